class C:
    cls_attr = "c"
o = C()
setattr(o, "x", 10)
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "nope", None), hasattr(o, "x"), hasattr(o, "y"))
delattr(o, "x")
print(hasattr(o, "x"))
for bad in [lambda: getattr(o, "missing"), lambda: delattr(o, "missing"), lambda: getattr(o, 5), lambda: setattr(1, "a", 2), lambda: getattr(1, "real", 0, 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(getattr(5, "real"), getattr("a", "upper")(), hasattr(None, "__class__"))
