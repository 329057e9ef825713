import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e.code), e.args)
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code)
raise SystemExit
