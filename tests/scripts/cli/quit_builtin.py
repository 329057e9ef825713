print(repr(exit), repr(quit))
print(type(exit).__name__)
try:
    quit(9)
except SystemExit as e:
    print("SystemExit", e.code)
exit("bye")
