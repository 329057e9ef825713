import sys
sys.stdout.write("partial")
sys.stdout.flush()
assert 1 == 2, "math broke"
