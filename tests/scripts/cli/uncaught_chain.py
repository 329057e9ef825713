def inner():
    raise KeyError("missing")
def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("wrapped") from e
print("output before")
outer()
