# sys.setrecursionlimit applies at once, also to calls made from the frame that changed it.
import sys
sys.setrecursionlimit(60000)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(50000))
sys.setrecursionlimit(200)
try:
    down(1000)
except RecursionError as e:
    print(type(e).__name__, e)
print(down(100))
