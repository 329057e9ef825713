import sys
for code in [None, 0, 1, "text", 3.5, [1], True]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), e.args)
sys.exit(256 + 7)
