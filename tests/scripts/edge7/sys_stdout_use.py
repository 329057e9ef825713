import sys
n = sys.stdout.write("hello\n"); print(n)
print(*[], sep="x"); print(*"abc", sep=""); print("a", "b", sep="\n")
sys.stdout.writelines(["l1\n", "l2\n"])
print(sys.argv[0].endswith("sys_stdout_use.py"), type(sys.argv).__name__, sys.version_info[:2] >= (3, 11), sys.maxsize == 2 ** 63 - 1)
print(isinstance(sys.modules, dict), "sys" in sys.modules, sys.byteorder, type(sys.path).__name__)
print("err line", file=sys.stderr)
