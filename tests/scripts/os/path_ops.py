# os.path's string operations (no file system involved), str and bytes.
import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.devnull, repr(os.linesep), os.name)
for args in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""), ("a",), (b"x", b"y")]:
    print("join", args, repr(os.path.join(*args)))
for p in ["a/b/c", "/a", "/", "a", "a/b/", "//x//y", "", b"a/b"]:
    print("split", repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
for p in ["a.txt", "a.tar.gz", ".bashrc", "..x", "dir.d/file", "dir/.hidden.txt", "noext", "a.", b"f.py"]:
    print("splitext", repr(p), os.path.splitext(p))
for p in ["", ".", "a/./b", "a/../b", "../a", "/../a", "//a//b/", "///a", "a/b/../../..", b"x/../y/"]:
    print("normpath", repr(p), repr(os.path.normpath(p)))
for p in ["/a", "a", "", "//"]:
    print("isabs", repr(p), os.path.isabs(p))
print("commonprefix", repr(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"])), repr(os.path.commonprefix([])))
print("commonpath", os.path.commonpath(["/usr/lib", "/usr/local/x", "/usr/lib/y"]), os.path.commonpath(["a/b", "a/c"]))
print("relpath", os.path.relpath("/a/b/c", "/a/x"), os.path.relpath("/a", "/a"), os.path.relpath("/a/b", "/"))
print("abspath", os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.abspath("/a/../b"))
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/tester"
print("expanduser", os.path.expanduser("~"), os.path.expanduser("~/x"), os.path.expanduser("x~"), os.path.expanduser(b"~/y"))
if home is not None:
    os.environ["HOME"] = home
os.environ["MINIPY_OS_TEST"] = "val"
print("expandvars", os.path.expandvars("$MINIPY_OS_TEST/${MINIPY_OS_TEST}/$NOPE_NOT_SET/$"))
print("splitdrive", os.path.splitdrive("/a/b"), os.path.normcase("A/B"))

class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p

print("fspath", os.fspath("s"), os.fspath(b"b"), os.fspath(P("x/y")), os.path.join(P("a"), "b"))
print("PathLike", isinstance(P("a"), os.PathLike), isinstance("a", os.PathLike), issubclass(P, os.PathLike))
for bad in [lambda: os.fspath(1), lambda: os.fspath(P(3)), lambda: os.path.join("a", 1),
            lambda: os.path.join("a", b"b"), lambda: os.path.relpath(""), lambda: os.path.commonpath([]),
            lambda: os.path.commonpath(["/a", "b"]), lambda: os.path.basename(None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
