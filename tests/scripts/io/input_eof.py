import sys
print("stdin is", type(sys.stdin).__name__)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(sys.stdin.readline() == "")
print(sys.stdin.read() == "")
