try:
    raise SystemExit(4)
except SystemExit as e:
    print("caught", e.code, repr(e))
raise SystemExit(None)
