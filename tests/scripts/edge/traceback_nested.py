def level3(x):
    return {"a": 1}[x]
def level2(x):
    return level3(x)
def level1(x):
    try:
        return level2(x)
    except KeyError as e:
        raise ValueError(f"bad key {x!r}") from e
print("start")
level1("zz")
