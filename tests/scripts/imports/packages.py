import pkg
print(pkg.helper_value, pkg.exported)
import pkg.sub.deep
print(pkg.sub.deep.VALUE, pkg.sub.deep.SIB)
from pkg.helper import helper_fn
print(helper_fn())
from pkg import sibling
print(sibling.NAME)
import pkg.helper as ph
print(ph.helper_value)
from pkg import *
print(helper_value, exported)
try:
    print(_private)
except NameError as e:
    print(e)
import sys
print("pkg" in sys.modules, "pkg.sub.deep" in sys.modules)
import _mod_a
print(_mod_a.A, _mod_a.get_b())
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import _bad_module
except ValueError as e:
    print("import failed:", e)
print("_bad_module" in sys.modules)
try:
    import pkg.helper.nope
except ModuleNotFoundError as e:
    print(e)
import math, math as m2
print(m2 is math, pkg.__name__, pkg.sub.__package__)
print(__import__("pkg.sub", fromlist=["deep"]).deep.VALUE)
import importlib
print(importlib.import_module("pkg.sibling").NAME)
