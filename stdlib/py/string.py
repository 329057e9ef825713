# minipy's string: the character constants, capwords and Template (substitute, safe_substitute,
# get_identifiers, is_valid), frozen into the interpreter (stdlib/py/).
# Left out: Formatter, and overriding Template.pattern in a subclass (delimiter, idpattern,
# braceidpattern and flags may be overridden).

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits


class _Chain:
    # Keyword arguments shadow the mapping (what CPython builds a ChainMap for).
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


_NO_MAPPING = {}


def _merged(mapping, kws):
    """The names a substitution looks up: keywords first, then the mapping."""
    if mapping is _NO_MAPPING:
        return kws
    return _Chain(kws, mapping) if kws else mapping


class Template:
    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = 2  # re.IGNORECASE

    def __init__(self, template):
        self.template = template

    # Scanning: placeholders are found by hand for the default identifier pattern (fast, no
    # regex engine); a subclass's own idpattern is matched with re at each delimiter.
    def _ident_at(self, text, pos, brace):
        pattern = self.braceidpattern if brace and self.braceidpattern is not None \
            else self.idpattern
        if pattern == _DEFAULT_IDPATTERN and self.flags & 2:
            if pos < len(text) and text[pos] in _ID_START:
                end = pos + 1
                while end < len(text) and text[end] in _ID_REST:
                    end += 1
                return end
            return -1
        import re
        m = re.compile(pattern, self.flags).match(text, pos)
        return m.end() if m is not None else -1

    def _scan(self):
        # Yields (start, end, kind, name) for each placeholder; kind is 'escaped', 'named',
        # 'braced' or 'invalid' (then start is where the bad text begins, after the delimiter).
        text = self.template
        delim = self.delimiter
        dl = len(delim)
        pos = 0
        while True:
            i = text.find(delim, pos)
            if i < 0 or not delim:
                return
            j = i + dl
            if text.startswith(delim, j):
                yield (i, j + dl, 'escaped', None)
                pos = j + dl
                continue
            end = self._ident_at(text, j, False)
            if end > j:
                yield (i, end, 'named', text[j:end])
                pos = end
                continue
            if text.startswith('{', j):
                end = self._ident_at(text, j + 1, True)
                if end > j + 1 and text.startswith('}', end):
                    yield (i, end + 1, 'braced', text[j + 1:end])
                    pos = end + 1
                    continue
            yield (j, j, 'invalid', None)
            pos = j

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = _merged(mapping, kws)
        out = []
        pos = 0
        text = self.template
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                self._invalid(start)
            out.append(text[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            else:
                out.append('%s' % (mapping[name],))
            pos = end
        out.append(text[pos:])
        return ''.join(out)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = _merged(mapping, kws)
        out = []
        pos = 0
        text = self.template
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                continue  # the delimiter stays as it is
            out.append(text[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            else:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(text[start:end])
            pos = end
        out.append(text[pos:])
        return ''.join(out)

    def is_valid(self):
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
