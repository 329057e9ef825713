# OSError subclasses carry errno, strerror and filename(s), printed as CPython prints them.
import errno
import os


def show(fn, *args):
    try:
        fn(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename), repr(e.filename2), "|", e)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


show(os.stat, "no_such_file_here")
show(os.lstat, "no_such_dir/x")
show(os.listdir, "no_such_dir")
show(os.mkdir, ".")
show(os.rmdir, "no_such_dir")
show(os.remove, "no_such_file_here")
show(os.unlink, ".")
show(os.rename, "no_such_file_here", "other")
show(os.open, "no_such_file_here", os.O_RDONLY)
show(os.chdir, "no_such_dir")
show(os.read, 12345, 1)
show(os.write, 12345, b"x")
show(os.close, 12345)
show(os.fstat, 12345)
show(os.waitpid, -1, 0)
show(os.kill, 999999999, 0)
show(os.stat, [1])
show(os.mkdir, 1.5)
show(os.listdir, [])
show(os.rename, "a", 3)
show(os.stat, "a\0b")
show(os.write, 1, "str")
show(os.read, "x", 1)
show(os.waitstatus_to_exitcode, -1)
show(os.register_at_fork)
show(lambda: os.register_at_fork(before=1))
print(os.strerror(errno.ENOENT), "|", os.strerror(errno.EACCES))
print(os.error is OSError, issubclass(FileNotFoundError, os.error))
try:
    os.stat("no_such_file_here")
except FileNotFoundError as e:
    print(e.args)
os.stat("no_such_file_here")
