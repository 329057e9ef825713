# minipy's posixpath (os.path): CPython 3.11's POSIX path operations, with the same results and
# messages, str and bytes alike. Pure string work except where the file system is asked (exists,
# isdir, realpath, ...). minipy's own code.

import os
import stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
           "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists",
           "lexists", "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir", "pardir", "sep",
           "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _seps(p):
    """(sep, curdir, pardir, empty) in the type of p."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..', b''
    return '/', '.', '..', ''


def _check_arg_types(funcname, *args):
    # Turns an error from mixed or wrong argument types into CPython's message.
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = os.fspath(a)
    s = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + s  # a bytes/str mix-up is a TypeError even with one argument
        for b in map(os.fspath, p):
            if b.startswith(s):
                path = b
            elif not path or path.endswith(s):
                path += b
            else:
                path += s + b
    except (TypeError, AttributeError):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    s = _seps(p)[0]
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    s = _seps(p)[0]
    dot = b'.' if isinstance(p, bytes) else '.'
    slash_at = p.rfind(s)
    dot_at = p.rfind(dot)
    if dot_at > slash_at:
        # Leading dots of the file name do not start an extension (".bashrc").
        for i in range(slash_at + 1, dot_at):
            if p[i:i + 1] != dot:
                return p[:dot_at], p[dot_at:]
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = os.fspath(p)
    s = _seps(p)[0]
    head = p[:p.rfind(s) + 1]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head


# ---- asking the file system ----

def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_test(path, test, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return False
    return test(st.st_mode)


def isfile(path):
    return _mode_test(path, stat.S_ISREG)


def isdir(s):
    return _mode_test(s, stat.S_ISDIR)


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


# ---- expansion and normalisation ----

def expanduser(path):
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    s = _seps(path)[0]
    i = path.find(s, 1)
    if i < 0:
        i = len(path)
    if i != 1 or 'HOME' not in os.environ:
        return path  # ~user needs the password database (no pwd module yet)
    userhome = os.environ['HOME']
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    userhome = userhome.rstrip(s)
    return (userhome + path[i:]) or s


def expandvars(path):
    """$name and ${name} replaced by the environment's values; unknown names are left alone."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        env = {os.fsencode(k): os.fsencode(v) for k, v in os.environ.items()}
        dollar, lbrace, rbrace = b'$', b'{', b'}'
        word = lambda c: c.isalnum() or c == b'_'
    else:
        if '$' not in path:
            return path
        env = os.environ
        dollar, lbrace, rbrace = '$', '{', '}'
        word = lambda c: c.isascii() and (c.isalnum() or c == '_')
    out = path[:0]
    i = 0
    n = len(path)
    while i < n:
        c = path[i:i + 1]
        if c != dollar:
            out += c
            i += 1
            continue
        if path[i + 1:i + 2] == lbrace:
            end = path.find(rbrace, i + 2)
            name = path[i + 2:end] if end >= 0 else None
            stop = end + 1
        else:
            j = i + 1
            while j < n and word(path[j:j + 1]):
                j += 1
            name = path[i + 1:j]
            stop = j
        if name and name in env:
            out += env[name]
            i = stop
        else:
            out += c
            i += 1
    return out


def normpath(path):
    path = os.fspath(path)
    s, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes (implementation-defined), folds three or more to one.
    slashes = 0
    if path.startswith(s):
        slashes = 2 if path.startswith(s * 2) and not path.startswith(s * 3) else 1
    comps = []
    for comp in path.split(s):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not slashes and not comps) or (comps and comps[-1] == dotdot):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = s * slashes + s.join(comps)
    return path or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' folded."""
    filename = os.fspath(filename)
    path, ok = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    # Append `rest` to the resolved `path`, resolving each link met; `seen` maps a link to its
    # resolution (None while it is being resolved: a loop). Returns (path, fully_resolved).
    s, dot, dotdot, empty = _seps(path)
    if isabs(rest):
        rest = rest[1:]
        path = s
    while rest:
        name, _, rest = rest.partition(s)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, name = split(path)
                if name == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)  # raises OSError (ELOOP)
            else:
                return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    s, dot, dotdot, empty = _seps(path)
    start = dot if start is None else os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(s) if x]
        path_list = [x for x in abspath(path).split(s) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return dot
        return join(*rel_list)
    except (TypeError, AttributeError):
        _check_arg_types('relpath', path, start)
        raise


def commonprefix(m):
    """The longest common leading part (item by item, so it may not be a valid path)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    s, dot, dotdot, empty = _seps(paths[0])
    try:
        split_paths = [p.split(s) for p in paths]
        try:
            absolute, = set(p[:1] == s for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in parts if c and c != dot] for parts in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        return (s if absolute else s[:0]) + s.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
