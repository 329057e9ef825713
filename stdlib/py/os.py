# minipy's os module: CPython 3.11's os over the native posix module (stdlib/posix_*.cpp), frozen
# into the interpreter. Like CPython's os.py it re-exports posix, makes os.path the posixpath
# module (also importable as os.path), and adds the Python-level parts: environ, fspath and
# PathLike, scandir's DirEntry, makedirs, walk. minipy's own code.

import abc
import sys
import stat as _stat

import posix
from posix import *
from posix import _exit, _scandir_entries

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name", "path",
           "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode",
           "get_exec_path", "fdopen", "extsep", "_exit", "makedirs", "removedirs", "renames",
           "walk", "getenv", "environ", "PathLike", "fspath", "scandir", "DirEntry"]
__all__ += [n for n in dir(posix) if not n.startswith('_') and n not in __all__]

name = 'posix'
linesep = '\n'
error = OSError


# ---- fspath and PathLike (needed by posixpath, imported below) ----

def fspath(path):
    """The str or bytes behind a path: itself, or what its __fspath__() returns."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


class PathLike(abc.ABC):
    """Abstract base class for objects with a file-system path (__fspath__)."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented

    def __class_getitem__(cls, item):
        return cls


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


import posixpath as path  # noqa: E402  (it uses fspath, defined above)

sys.modules['os.path'] = path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull  # noqa: E402


# ---- the environment ----

def _check_env_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ:
    """os.environ: a mapping of str kept in step with the process environment (setting an item
    calls putenv, deleting one unsetenv), so child processes see the changes."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_env_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_env_str(key)
        _check_env_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_env_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __repr__(self):
        items = ', '.join('{!r}: {!r}'.format(k, v) for k, v in self._data.items())
        return 'environ({%s})' % items

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is self._MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self._data))
        except StopIteration:
            raise KeyError from None
        value = self._data[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        return dict(self._data)

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other.items() if isinstance(other, _Environ) else other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(dict(posix.environ))


def getenv(key, default=None):
    """The environment variable `key`, or `default`."""
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    return open(fd, mode, buffering, encoding, *args, **kwargs)


# ---- scandir ----

_DT_UNKNOWN, _DT_DIR, _DT_REG, _DT_LNK = 0, 4, 8, 10


class DirEntry:
    """One entry of os.scandir(): its name and path, and cached answers about its type."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, dirpath, entry_name, d_type, ino):
        self = object.__new__(cls)
        self.name = entry_name
        if dirpath is None:
            self.path = entry_name
        else:
            s = path._seps(dirpath)[0]
            self.path = dirpath + entry_name if dirpath.endswith(s) else dirpath + s + entry_name
        self._d_type = d_type
        self._ino = ino
        self._stat = None
        self._lstat = None
        return self

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def __class_getitem__(cls, item):
        return cls

    def inode(self):
        return self._ino

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self.is_symlink():
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def is_symlink(self):
        if self._d_type != _DT_UNKNOWN:
            return self._d_type == _DT_LNK
        try:
            return _stat.S_ISLNK(self.stat(follow_symlinks=False).st_mode)
        except FileNotFoundError:
            return False

    def _is_type(self, d_type, test, follow_symlinks):
        if self._d_type != _DT_UNKNOWN and not (follow_symlinks and self._d_type == _DT_LNK):
            return self._d_type == d_type
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._is_type(_DT_DIR, _stat.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is_type(_DT_REG, _stat.S_ISREG, follow_symlinks)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    def __init__(self, entries):
        self._entries = entries
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._i >= len(self._entries):
            raise StopIteration
        entry = self._entries[self._i]
        self._i += 1
        return entry

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of `path` (a directory or a descriptor)."""
    if path is None:
        path = '.'
    raw = _scandir_entries(path)
    if isinstance(path, int):
        dirpath = None
    else:
        dirpath = fspath(path)
    return _ScandirIterator([DirEntry._make(dirpath, n, t, i) for n, t, i in raw])


# ---- directory trees ----

def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir -p: create the leaf directory and every missing parent."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made by someone else meanwhile
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:  # xxx/newdir/. exists once xxx/newdir does
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir the leaf directory, then each parent that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for each directory of the tree under `top`."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        entries = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with entries:
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = True
                if walk_into:
                    walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        # The caller may have pruned or reordered `dirs`.
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
