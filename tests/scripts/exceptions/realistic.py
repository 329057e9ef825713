# Exceptions in a realistic flow: custom subclasses, handlers with tuples, finally, chaining, an uncaught exception with a note.
class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
def validate(d):
    errors = []
    for k, v in d.items():
        try:
            if not isinstance(v, int):
                raise TypeError(f"{k} must be int, not {type(v).__name__}")
            if v < 0:
                raise ValidationError(k, "negative")
        except (TypeError, ValidationError) as e:
            errors.append(e)
    return errors
for e in validate({"a": 1, "b": -2, "c": "x"}):
    print(type(e).__name__, e, getattr(e, "field", None), isinstance(e, ValueError))
def risky(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        return None
    finally:
        print("finally", n)
print(risky(2), risky(0))
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__cause__.args)
e = RuntimeError("with note")
e.add_note("extra info")
raise e
