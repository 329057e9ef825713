# minipy's linecache: the lines of source files, read once and kept, for warnings and any
# user code that shows source. CPython's API (getline, getlines, clearcache, checkcache,
# updatecache); files are read as UTF-8 (no coding cookies), and a module's loader is not
# consulted: frozen modules have no source to show.

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None:
        return entry
    return updatecache(filename, module_globals)


def clearcache():
    cache.clear()


def checkcache(filename=None):
    # There is no os.stat to compare with: forget the file(s) so the next read is fresh.
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def lazycache(filename, module_globals):
    return False


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    # "<string>", "<stdin>", "<frozen x>": nothing on disk to read.
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8', errors='replace') as f:
            text = f.read()
    except (OSError, ValueError):
        return []
    # Only newlines end a line (str.splitlines would also split at \f, \x1c, ...).
    lines = [line + '\n' for line in text.split('\n')]
    if text.endswith('\n') or not text:
        lines.pop()
    cache[filename] = lines
    return lines
