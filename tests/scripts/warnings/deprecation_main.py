# The default filters of a release build: DeprecationWarning shows only when blamed on __main__;
# PendingDeprecationWarning, ImportWarning and ResourceWarning are ignored; the rest show once
# per location ("default").
import warnings

import _quiet_mod

print([(a, m, c.__name__, mod, ln) for a, m, c, mod, ln in warnings.filters])

_quiet_mod.deprecated_here()          # module _quiet_mod: ignored
_quiet_mod.deprecated_for_caller()    # blamed on __main__: shown
_quiet_mod.future_here()              # FutureWarning: shown, with _quiet_mod's line
_quiet_mod.user_here()                # two calls on two lines: both shown
_quiet_mod.user_here()                # same locations again: already in the registry
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("deprecated in main", DeprecationWarning)
for i in range(3):
    warnings.warn("loop", DeprecationWarning)   # "default": once for this line
print(sorted(k for k in _quiet_mod.__warningregistry__ if k != "version"))
print(len(__warningregistry__), __warningregistry__["version"])

# ResourceWarning shown on request, with the source object (no tracemalloc hint available).
warnings.simplefilter("always", ResourceWarning)
warnings.warn("unclosed thing", ResourceWarning, source=object())
print("end")
