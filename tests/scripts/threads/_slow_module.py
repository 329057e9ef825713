# Helper for concurrent_import.py: a module whose body takes a while (many switch points).
import sys
total = 0
for i in range(200_000):
    total += i
sys.slow_module_runs = getattr(sys, "slow_module_runs", 0) + 1
DONE = True
