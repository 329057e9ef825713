try:
    [][1]
finally:
    print("finally before traceback")
