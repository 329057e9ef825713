#!/usr/bin/env python3
"""Regenerate the expected outputs of script tests from CPython (the oracle).

usage: python3 scripts/regen_expected.py [--python PY] [--check] [DIR_OR_FILE...]

A script test is tests/scripts/<area>/<name>.py (names starting with '_' are helper modules, not
tests; sub-folders hold packages the tests import). Each is run by CPython the way the CTest
runner (tests/harness/script_test.cpp) runs minipy: in the script's folder, with the bare file
name, PYTHONHASHSEED=0, stdin from /dev/null. <name>.expected gets the exact stdout, a marker
line with the exit status, then stderr normalised as ../shared/tools/difftest.py does (and with
the script's folder dropped from the paths in File lines).
--check lists stale or missing files instead of writing them (exit 1 if any).
"""
import os
import subprocess
import sys

MARKER = "\n<<<minipy-expected exit={}>>>\n"
HERE = os.path.dirname(os.path.abspath(__file__))


def normalise_stderr(err, script, folder):
    # The main script's frames name it by absolute path (CPython 3.9+): keep them relative to the
    # script's folder so the expected files do not depend on where the repository lives.
    keep = []
    for line in err.splitlines():
        if line.startswith('  File "'):
            if script in line:
                keep.append(line[2:].rstrip().replace(folder + "/", ""))
            continue
        if line.startswith("    ") or not line.strip():
            continue
        # frames inside an exception group's tree ("  |   File ...") name the script too
        keep.append(line.rstrip().replace(folder + "/", ""))
    return "".join(l + "\n" for l in keep)


def expected_for(python, path):
    folder, script = os.path.split(os.path.abspath(path))
    env = dict(os.environ, PYTHONHASHSEED="0")
    p = subprocess.run([python, script], cwd=folder, env=env, stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=300)
    out = p.stdout.decode("utf-8", "surrogateescape")
    err = p.stderr.decode("utf-8", "replace")
    status = p.returncode if p.returncode >= 0 else 128 - p.returncode  # a signal, as a shell reports it
    return out + MARKER.format(status) + normalise_stderr(err, script, folder)


def scripts_in(target):
    if os.path.isfile(target):
        return [target]
    target = os.path.abspath(target)
    found = []
    # target is either tests/scripts (areas below it) or one area folder
    areas = [target]
    if not any(f.endswith(".py") for f in os.listdir(target)):
        areas = sorted(os.path.join(target, d) for d in os.listdir(target)
                       if os.path.isdir(os.path.join(target, d)))
    for area in areas:
        for f in sorted(os.listdir(area)):
            if f.endswith(".py") and not f.startswith("_"):
                found.append(os.path.join(area, f))
    return found


def main():
    args = sys.argv[1:]
    python, check = "python3", False
    if "--python" in args:
        i = args.index("--python")
        python = args[i + 1]
        del args[i:i + 2]
    if "--check" in args:
        args.remove("--check")
        check = True
    if not args:
        args = [os.path.join(HERE, "..", "tests", "scripts")]
    stale = 0
    for target in args:
        for path in scripts_in(target):
            exp_path = path[:-3] + ".expected"
            text = expected_for(python, path)
            old = None
            if os.path.exists(exp_path):
                with open(exp_path, encoding="utf-8", errors="surrogateescape", newline="") as f:
                    old = f.read()
            if old == text:
                continue
            stale += 1
            if check:
                print("stale:", exp_path)
            else:
                with open(exp_path, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
                    f.write(text)
                print("wrote", exp_path)
    return 1 if (check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
