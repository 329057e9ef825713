# Filters match by category subclass, message regex (case-insensitive, anchored at the start),
# module regex and line number; the first matching filter wins.
import warnings


class AppWarning(UserWarning):
    pass


class DbWarning(AppWarning):
    pass


warnings.resetwarnings()
warnings.simplefilter("always")
warnings.simplefilter("ignore", AppWarning)
warnings.warn("app", AppWarning)        # ignored
warnings.warn("db", DbWarning)          # subclass: ignored
warnings.warn("user", UserWarning)      # base class: shown
warnings.filterwarnings("error", category=DbWarning)
try:
    warnings.warn("db again", DbWarning)
except DbWarning as e:
    print("error for", e)

warnings.resetwarnings()
warnings.simplefilter("always")
warnings.filterwarnings("ignore", message="spam")
warnings.warn("spam and eggs")          # matches at the start: ignored
warnings.warn("SPAM upper")             # case-insensitive: ignored
warnings.warn("eggs and spam")          # not at the start: shown
warnings.filterwarnings("ignore", message=r"num\d+$")
warnings.warn("num42")
warnings.warn("num42x")

warnings.resetwarnings()
warnings.simplefilter("always")
warnings.filterwarnings("ignore", module="__ma")     # regex match on __main__
warnings.warn("module filtered")
warnings.filterwarnings("always", module="__main__", lineno=43)
warnings.warn("line 43 wins")
warnings.warn("line 44 does not")

warnings.resetwarnings()
warnings.filterwarnings("ignore", category=UserWarning)
warnings.filterwarnings("error", category=UserWarning, append=True)   # after: never reached
warnings.warn("ignored, not an error")
warnings.filterwarnings("ignore", category=UserWarning)              # moves to the front again
print(len(warnings.filters), [f[0] for f in warnings.filters])
warnings.simplefilter("always", append=True)
warnings.simplefilter("always", append=True)                          # already present
print([(f[0], f[2].__name__) for f in warnings.filters])
print(type(warnings.filters[0][1]), warnings.filters[0][3])

for bad in [lambda: warnings.simplefilter("sometimes"),
            lambda: warnings.filterwarnings("ignore", message=3),
            lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", category="x"),
            lambda: warnings.filterwarnings("ignore", lineno=-1),
            lambda: warnings.warn("x", 5),
            lambda: warnings.warn("x", str),
            lambda: warnings.warn("x", stacklevel="2")]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)

# A non-str message, and a Warning instance overriding the category argument.
warnings.resetwarnings()
warnings.simplefilter("always")
warnings.warn(123)
warnings.warn(DbWarning("instance wins"), RuntimeWarning)
print(sorted(warnings.__all__))
