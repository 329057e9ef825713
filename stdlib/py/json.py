# minipy's json: JSON encoding and decoding with CPython's API, output and error messages.
# Frozen into the interpreter (stdlib/py/). A single module: json.encoder / json.decoder are not
# separate submodules here. The parser is hand-written (there is no `re` module).

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


# ---- errors ------------------------------------------------------------------------------------

class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---- encoding ----------------------------------------------------------------------------------

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'  # nothing to escape
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        code = ord(ch)
        if code < 0x20:
            out.append('\\u%04x' % code)
        elif code < 0x7f or not ensure_ascii:
            out.append(ch)
        elif code < 0x10000:
            out.append('\\u%04x' % code)
        else:
            code -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
    out.append('"')
    return ''.join(out)


def _float_text(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        markers = {} if self.check_circular else None
        chunks = []
        self._encode(o, chunks, markers, indent, 0)
        return iter(chunks)

    def _key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        return None

    def _encode(self, o, out, markers, indent, level):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, markers, indent, level)
        elif isinstance(o, dict):
            self._encode_dict(o, out, markers, indent, level)
        else:
            marker = self._enter(markers, o)
            self._encode(self.default(o), out, markers, indent, level)
            self._leave(markers, marker)

    def _enter(self, markers, o):
        if markers is None:
            return None
        marker = id(o)
        if marker in markers:
            raise ValueError("Circular reference detected")
        markers[marker] = o
        return marker

    def _leave(self, markers, marker):
        if markers is not None:
            del markers[marker]

    def _open(self, out, bracket, indent, level):
        out.append(bracket)
        if indent is None:
            return self.item_separator, None
        newline = '\n' + indent * (level + 1)
        out.append(newline)
        return self.item_separator + newline, '\n' + indent * level

    def _encode_list(self, lst, out, markers, indent, level):
        if not lst:
            out.append('[]')
            return
        marker = self._enter(markers, lst)
        sep, close = self._open(out, '[', indent, level)
        first = True
        for value in lst:
            if not first:
                out.append(sep)
            first = False
            self._encode(value, out, markers, indent, level + 1)
        if close is not None:
            out.append(close)
        out.append(']')
        self._leave(markers, marker)

    def _encode_dict(self, dct, out, markers, indent, level):
        if not dct:
            out.append('{}')
            return
        marker = self._enter(markers, dct)
        sep, close = self._open(out, '{', indent, level)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            text = self._key_text(key)
            if text is None:
                if self.skipkeys:
                    continue
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(text, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, markers, indent, level + 1)
        if close is not None:
            out.append(close)
        out.append('}')
        self._leave(markers, marker)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and
            indent is None and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                  allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


# ---- decoding ----------------------------------------------------------------------------------

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, pos):
    esc = s[pos:pos + 4]
    if len(esc) == 4 and esc[1:2] not in ('x', 'X'):
        try:
            return int(esc, 16)
        except ValueError:
            pass
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos - 1)


def _scan_string(s, end, strict):
    # `end` is just past the opening quote; returns (text, index past the closing quote).
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        start = end
        # Jump to the next quote or backslash; the text before it is taken whole unless it holds
        # a control character (an error when strict).
        q = s.find('"', end)
        b = s.find('\\', end, q if q >= 0 else n)
        stop = b if b >= 0 else q
        if stop >= 0:
            chunk = s[end:stop]
            if not strict or chunk.isprintable() or all(c >= ' ' for c in chunk):
                end = stop
        while end < n and s[end] != '"' and s[end] != '\\' and (not strict or s[end] >= ' '):
            end += 1
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        chunks.append(s[start:end])
        ch = s[end]
        end += 1
        if ch == '"':
            break
        if ch != '\\':
            raise JSONDecodeError("Invalid control character at", s, end - 1)
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            if esc not in _BACKSLASH:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            chunks.append(_BACKSLASH[esc])
            end += 1
            continue
        uni = _hex4(s, end + 1)
        end += 5
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _hex4(s, end + 2)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))
    return ''.join(chunks), end


class JSONDecoder(object):
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    # Parse one value at s[i]; StopIteration(i) means "no value here" (as CPython's scanner).
    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        ch = s[i]
        if ch == '"':
            return _scan_string(s, i + 1, self.strict)
        if ch == '{':
            return self._object(s, i + 1)
        if ch == '[':
            return self._array(s, i + 1)
        if ch == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if ch == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if ch == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if ch == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if ch == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if ch == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and s[j] in '123456789':
            while j < n and s[j] in _DIGITS:
                j += 1
        else:
            raise StopIteration(i)
        int_end = j
        frac = exp = ''
        if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
            k = j + 1
            while k < n and s[k] in _DIGITS:
                k += 1
            frac = s[j:k]
            j = k
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in _DIGITS:
                while k < n and s[k] in _DIGITS:
                    k += 1
                exp = s[j:k]
                j = k
        if frac or exp:
            return self.parse_float(s[i:int_end] + frac + exp), j
        return self.parse_int(s[i:int_end]), j

    def _object(self, s, i):
        pairs = []
        i = _skip_ws(s, i)
        if s[i:i + 1] != '"':
            if s[i:i + 1] == '}':
                return self._finish_object(pairs), i + 1
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
        while True:
            key, i = _scan_string(s, i + 1, self.strict)
            i = _skip_ws(s, i)
            if s[i:i + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            i = _skip_ws(s, i)
            ch = s[i:i + 1]
            i += 1
            if ch == '}':
                break
            if ch != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            i = _skip_ws(s, i)
            if s[i:i + 1] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
        return self._finish_object(pairs), i

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj

    def _array(self, s, i):
        values = []
        i = _skip_ws(s, i)
        if s[i:i + 1] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            i = _skip_ws(s, i)
            ch = s[i:i + 1]
            i += 1
            if ch == ']':
                break
            if ch != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            i = _skip_ws(s, i)
        return values, i


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
        s = s.decode('utf-8-sig' if s[:3] == b'\xef\xbb\xbf' else 'utf-8')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
