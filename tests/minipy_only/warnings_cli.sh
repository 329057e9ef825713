#!/bin/sh
# -W options and PYTHONWARNINGS end to end: sys.warnoptions order, the filters they install,
# "Invalid -W option ignored" reports at startup, -E. Run with CPython as $1, the script printed
# warnings_cli.expected; the test runs it with minipy and compares.
M="$1"
EXP="$2"
code='import sys, warnings
print(sys.warnoptions)
p = lambda x: getattr(x, "pattern", x)
print([(a, p(m), c.__name__, p(mod), l) for a, m, c, mod, l in warnings.filters[:2]])
warnings.warn("user")
warnings.warn("dep", DeprecationWarning)
warnings.warn("spam eggs", RuntimeWarning)'
run() {
  echo "== $*"
  "$M" "$@" -c "$code" 2>&1 | grep -v '^  File '
}
out=$(
  run -W ignore
  run -W error::DeprecationWarning
  run -Wd -W "ignore:spam:RuntimeWarning"
  run -W "ignore::UserWarning:__main__:5"
  run -W bogus -W error::NoSuchWarning -W a:b:c:d:e:f -W d::::x -W "error::warnings.WarningMessage"
  PYTHONWARNINGS="error,ignore::UserWarning" run -W always::RuntimeWarning
  PYTHONWARNINGS="error" run -E
)
if [ -z "$EXP" ]; then printf '%s\n' "$out"; exit 0; fi
printf '%s\n' "$out" | diff "$EXP" - || { echo "warnings_cli: output differs from $EXP"; exit 1; }
