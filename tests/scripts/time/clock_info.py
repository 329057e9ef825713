import time
for c in ["time", "perf_counter", "monotonic", "process_time", "thread_time"]:
    info = time.get_clock_info(c)
    print(c, info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
try:
    time.get_clock_info("x")
except ValueError as e:
    print(type(e).__name__, e)
