import sys
print(sys.argv)
print(sys.argv[0] == "argv_and_path.py")
print(sys.path[0].endswith("tests/scripts/cli"), sys.path[0].startswith("/"))
print(__name__, __file__.endswith("/tests/scripts/cli/argv_and_path.py"), __file__.startswith("/"))
print(sorted(k for k in globals() if k.startswith("__")))
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
print(__doc__, __package__, __spec__)
