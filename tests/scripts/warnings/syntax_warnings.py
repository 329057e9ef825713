# Compiler SyntaxWarnings go through warnings once it is loaded: filters, records, and "error"
# turning them into SyntaxErrors at the spot.
import warnings
src = "x = 1\nif x is 1:\n    pass\n"
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile(src, "fake.py", "exec")
print([(str(m.message), m.category.__name__, m.filename, m.lineno) for m in log])
warnings.simplefilter("error")
try:
    compile(src, "fake.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e, e.lineno, e.filename, e.offset)
warnings.resetwarnings()
warnings.simplefilter("ignore", SyntaxWarning)
compile(src, "fake.py", "exec")
warnings.resetwarnings()
compile(src, "fake.py", "exec")
compile(src, "fake.py", "exec")
print("end")
warnings.filterwarnings("ignore", category=SyntaxWarning, module="quiet")
compile("(1, 2)(3)", "quiet.py", "exec")
compile("(1, 2)(3)", "loud.py", "exec")
warnings.filterwarnings("error", message="'set' object")
try:
    exec("y = (1, 2)[3, 4]\n")
except TypeError as e:
    print("TypeError", e)
try:
    exec("y = (1, 2)(3)\n")
except TypeError as e:
    print("TypeError", e)
try:
    exec("y = 1\ny = {1, 2}[0]\n")
except SyntaxError as e:
    print("SyntaxError", e, e.offset)
