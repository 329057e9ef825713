import sys
big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), hex(big)[:10], sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300)
