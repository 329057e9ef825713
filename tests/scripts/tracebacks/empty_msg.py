def go():
    raise ValueError
try:
    go()
except ValueError as e:
    print(repr(str(e)))
raise ValueError
