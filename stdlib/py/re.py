# minipy's re: regular expressions with CPython's API (compile, search, match, fullmatch, findall,
# finditer, sub, subn, split, escape; Pattern and Match objects) over a backtracking matcher
# written in Python. Frozen into the interpreter (stdlib/py/). Supported syntax: literals and
# escapes, classes, . ^ $ \A \Z \b \B, groups (capturing, (?:), (?P<name>), (?P=name), \N),
# lookahead/lookbehind, greedy/lazy quantifiers, alternation, inline flags at the start, and the
# flags I, M, S, X, A. Not supported: conditional groups, possessive quantifiers, atomic groups.

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
           'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG']

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_LETTERS = {'a': ASCII, 'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL, 'u': UNICODE,
                 'x': VERBOSE}


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
            else:
                msg = '%s at position %d' % (msg, pos)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# ---- parsing: pattern text -> node tuples ----------------------------------------------------
# Nodes: ('lit', ch) ('any',) ('set', negated, items) ('cat', [nodes]) ('alt', [nodes])
# ('group', index or None, node) ('rep', node, min, max, greedy) ('bol',) ('eol',) ('begin',)
# ('end',) ('wordb',) ('nwordb',) ('look', ahead, negate, node) ('backref', index)
# set items: ('ch', c) ('range', lo, hi) ('cls', letter)

_CLASS_ESCAPES = 'dDwWsS'
_SIMPLE_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '0': '\0'}


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}
        self.verbose = bool(flags & VERBOSE)

    def error(self, msg, pos=None):
        raise error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        self._skip_verbose()
        return self.p[self.i] if self.i < len(self.p) else None

    def _skip_verbose(self):
        if not self.verbose:
            return
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in ' \t\n\r\f\v':
                self.i += 1
            elif c == '#':
                while self.i < len(p) and p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse(self):
        self._leading_flags()
        node = self.alternation()
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                self.error("unbalanced parenthesis")
            self.error("unexpected character")
        return node

    def _leading_flags(self):
        p = self.p
        while p.startswith('(?', self.i) and self.i + 2 < len(p) and p[self.i + 2] in _FLAG_LETTERS:
            j = self.i + 2
            add = 0
            while j < len(p) and p[j] in _FLAG_LETTERS:
                add |= _FLAG_LETTERS[p[j]]
                j += 1
            if j < len(p) and p[j] == ')':
                self.flags |= add
                self.verbose = bool(self.flags & VERBOSE)
                self.i = j + 1
            else:
                break

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else ('alt', branches)

    def sequence(self):
        items = []
        while True:
            c = self.peek()
            if c is None or c == '|' or c == ')':
                break
            atom = self.atom()
            if atom is None:
                continue
            atom = self.quantifier(atom)
            items.append(atom)
        return items[0] if len(items) == 1 else ('cat', items)

    def quantifier(self, atom):
        while True:
            c = self.peek()
            start = self.i
            if c == '*':
                lo, hi = 0, None
                self.i += 1
            elif c == '+':
                lo, hi = 1, None
                self.i += 1
            elif c == '?':
                lo, hi = 0, 1
                self.i += 1
            elif c == '{':
                got = self._braces()
                if got is None:
                    return atom
                lo, hi = got
            else:
                return atom
            if atom[0] in ('bol', 'eol', 'begin', 'end', 'wordb', 'nwordb'):
                self.error("nothing to repeat", start)
            if atom[0] == 'rep':
                self.error("multiple repeat", start)
            greedy = True
            if self.i < len(self.p) and self.p[self.i] == '?':
                greedy = False
                self.i += 1
            atom = ('rep', atom, lo, hi, greedy)

    def _braces(self):
        p = self.p
        j = self.i + 1
        k = p.find('}', j)
        if k < 0:
            return None
        body = p[j:k]
        lo_s, comma, hi_s = body.partition(',')
        if not (lo_s.isdigit() or lo_s == '') or not (hi_s.isdigit() or hi_s == ''):
            return None
        if not comma and not lo_s:
            return None
        lo = int(lo_s) if lo_s else 0
        hi = (int(hi_s) if hi_s else None) if comma else lo
        if hi is not None and hi < lo:
            self.error("min repeat greater than max repeat", j)
        self.i = k + 1
        return lo, hi

    def atom(self):
        p = self.p
        c = p[self.i]
        if c == '(':
            return self.group()
        self.i += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '[':
            return self.charset()
        if c == '\\':
            return self.escape()
        if c in '*+?':
            self.error("nothing to repeat", self.i - 1)
        if c == '{' and self._looks_like_braces(self.i - 1):
            self.error("nothing to repeat", self.i - 1)
        return ('lit', c)

    def _looks_like_braces(self, at):
        save = self.i
        self.i = at
        got = self._braces()
        self.i = save
        return got is not None

    def group(self):
        p = self.p
        start = self.i
        self.i += 1
        if p.startswith('?', self.i):
            self.i += 1
            c = p[self.i] if self.i < len(p) else ''
            if c == ':':
                self.i += 1
                node = self.alternation()
                self._close(start)
                return ('group', None, node)
            if c == 'P':
                if p.startswith('<', self.i + 1):
                    k = p.find('>', self.i + 2)
                    if k < 0:
                        self.error("missing >, unterminated name", self.i + 2)
                    name = p[self.i + 2:k]
                    if not name.isidentifier():
                        self.error("bad character in group name %r" % name, self.i + 2)
                    if name in self.names:
                        self.error("redefinition of group name %r as group %d; was group %d"
                                   % (name, self.ngroups + 1, self.names[name]), self.i + 2)
                    self.i = k + 1
                    self.ngroups += 1
                    index = self.ngroups
                    self.names[name] = index
                    node = self.alternation()
                    self._close(start)
                    return ('group', index, node)
                if p.startswith('=', self.i + 1):
                    k = p.find(')', self.i + 2)
                    name = p[self.i + 2:k]
                    if name not in self.names:
                        self.error("unknown group name %r" % name, self.i + 2)
                    self.i = k + 1
                    return ('backref', self.names[name])
                self.error("unknown extension ?P" + p[self.i + 1:self.i + 2], self.i)
            if c in '=!':
                self.i += 1
                node = self.alternation()
                self._close(start)
                return ('look', True, c == '!', node)
            if c == '<' and p[self.i + 1:self.i + 2] in ('=', '!'):
                neg = p[self.i + 1] == '!'
                self.i += 2
                node = self.alternation()
                self._close(start)
                return ('look', False, neg, node)
            if c == '#':
                k = p.find(')', self.i)
                if k < 0:
                    self.error("missing ), unterminated comment", start)
                self.i = k + 1
                return None
            if c in _FLAG_LETTERS or c == '-':
                # scoped flags (?i:...) are approximated by applying them to the whole pattern
                j = self.i
                while j < len(p) and (p[j] in _FLAG_LETTERS or p[j] == '-'):
                    j += 1
                if j < len(p) and p[j] == ':':
                    for letter in p[self.i:j]:
                        if letter != '-':
                            self.flags |= _FLAG_LETTERS[letter]
                    self.i = j + 1
                    node = self.alternation()
                    self._close(start)
                    return ('group', None, node)
                self.error("global flags not at the start of the expression", start)
            self.error("unknown extension ?" + c, start + 1)
        self.ngroups += 1
        index = self.ngroups
        node = self.alternation()
        self._close(start)
        return ('group', index, node)

    def _close(self, start):
        if self.peek() != ')':
            self.error("missing ), unterminated subpattern", start)
        self.i += 1

    def escape(self):
        p = self.p
        if self.i >= len(p):
            self.error("bad escape (end of pattern)", self.i - 1)
        c = p[self.i]
        self.i += 1
        if c in _CLASS_ESCAPES:
            return ('set', False, [('cls', c)])
        if c == 'b':
            return ('wordb',)
        if c == 'B':
            return ('nwordb',)
        if c == 'A':
            return ('begin',)
        if c == 'Z':
            return ('end',)
        if c.isdigit() and c != '0':
            j = self.i
            while j < len(p) and p[j].isdigit() and j - self.i < 1:
                j += 1
            index = int(p[self.i - 1:j])
            if index > self.ngroups:
                self.error("invalid group reference %d" % index, self.i - 1)
            self.i = j
            return ('backref', index)
        return ('lit', self._char_escape(c))

    def _char_escape(self, c):
        p = self.p
        if c in _SIMPLE_ESCAPES:
            if c == '0':
                j = self.i
                while j < len(p) and j - self.i < 2 and p[j] in '01234567':
                    j += 1
                value = int(p[self.i - 1:j], 8)
                self.i = j
                return chr(value)
            return _SIMPLE_ESCAPES[c]
        if c == 'x':
            digits = p[self.i:self.i + 2]
            if len(digits) != 2 or not all(d in '0123456789abcdefABCDEF' for d in digits):
                self.error("incomplete escape \\x" + digits, self.i - 2)
            self.i += 2
            return chr(int(digits, 16))
        if c in 'uU':
            n = 4 if c == 'u' else 8
            digits = p[self.i:self.i + n]
            if len(digits) != n or not all(d in '0123456789abcdefABCDEF' for d in digits):
                self.error("incomplete escape \\%s%s" % (c, digits), self.i - 2)
            self.i += n
            return chr(int(digits, 16))
        if c.isalnum() and c.isascii():
            self.error("bad escape \\" + c, self.i - 2)
        return c

    def charset(self):
        p = self.p
        start = self.i - 1
        negated = False
        if self.i < len(p) and p[self.i] == '^':
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                self.error("unterminated character set", start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if c == '\\':
                if self.i >= len(p):
                    self.error("unterminated character set", start)
                e = p[self.i]
                self.i += 1
                if e in _CLASS_ESCAPES:
                    items.append(('cls', e))
                    continue
                if e == 'b':
                    lo = '\b'
                else:
                    lo = self._char_escape(e)
            else:
                lo = c
            if self.i + 1 < len(p) and p[self.i] == '-' and p[self.i + 1] != ']':
                self.i += 1
                h = p[self.i]
                self.i += 1
                if h == '\\':
                    e = p[self.i]
                    self.i += 1
                    if e in _CLASS_ESCAPES:
                        self.error("bad character range %s-\\%s" % (lo, e), self.i - 4)
                    h = self._char_escape(e)
                if ord(h) < ord(lo):
                    self.error("bad character range %s-%s" % (lo, h), self.i - 3)
                items.append(('range', lo, h))
            else:
                items.append(('ch', lo))
        return ('set', negated, items)


# ---- matching ----------------------------------------------------------------------------------

def _is_word(ch, ascii_only):
    if ascii_only:
        return ch == '_' or (ch.isascii() and ch.isalnum())
    return ch == '_' or ch.isalnum()


def _class_test(letter, ch, ascii_only):
    if letter in 'dD':
        r = ch.isdigit() if not ascii_only else ch in '0123456789'
        if not ascii_only and r:
            r = ch.isdecimal()
    elif letter in 'wW':
        r = _is_word(ch, ascii_only)
    else:
        r = ch in ' \t\n\r\f\v' or (not ascii_only and ch.isspace())
    return r if letter.islower() else not r


def _set_test(items, negated, ch, flags):
    ascii_only = bool(flags & ASCII)
    icase = bool(flags & IGNORECASE)
    cands = (ch, ch.lower(), ch.upper()) if icase else (ch,)
    hit = False
    for c in cands:
        for item in items:
            kind = item[0]
            if kind == 'ch':
                if c == item[1] or (icase and c.lower() == item[1].lower()):
                    hit = True
            elif kind == 'range':
                if item[1] <= c <= item[2]:
                    hit = True
            elif _class_test(item[1], c, ascii_only):
                hit = True
            if hit:
                break
        if hit:
            break
    return hit != negated


class _Matcher:
    """Backtracking over the node tree; `k(pos)` continues the match after a node."""

    def __init__(self, string, flags, ngroups):
        self.s = string
        self.flags = flags
        self.caps = [None] * (ngroups + 1)
        self.steps = 0

    def m(self, node, i, k):
        kind = node[0]
        s = self.s
        if kind == 'lit':
            if i < len(s) and (s[i] == node[1] or (self.flags & IGNORECASE and s[i].lower() == node[1].lower())):
                return k(i + 1)
            return None
        if kind == 'cat':
            return self._cat(node[1], 0, i, k)
        if kind == 'any':
            if i < len(s) and (s[i] != '\n' or self.flags & DOTALL):
                return k(i + 1)
            return None
        if kind == 'set':
            if i < len(s) and _set_test(node[2], node[1], s[i], self.flags):
                return k(i + 1)
            return None
        if kind == 'alt':
            for branch in node[1]:
                r = self.m(branch, i, k)
                if r is not None:
                    return r
            return None
        if kind == 'group':
            index = node[1]
            if index is None:
                return self.m(node[2], i, k)
            caps = self.caps
            old = caps[index]

            def close(j):
                saved = caps[index]
                caps[index] = (i, j)
                r = k(j)
                if r is None:
                    caps[index] = saved
                return r
            r = self.m(node[2], i, close)
            if r is None:
                caps[index] = old
            return r
        if kind == 'rep':
            return self._rep(node, i, k)
        if kind == 'bol':
            if i == 0 or (self.flags & MULTILINE and s[i - 1] == '\n'):
                return k(i)
            return None
        if kind == 'eol':
            n = len(s)
            if i == n or (i == n - 1 and s[i] == '\n') or (self.flags & MULTILINE and s[i] == '\n'):
                return k(i)
            return None
        if kind == 'begin':
            return k(i) if i == 0 else None
        if kind == 'end':
            return k(i) if i == len(s) else None
        if kind in ('wordb', 'nwordb'):
            a = bool(self.flags & ASCII)
            before = i > 0 and _is_word(s[i - 1], a)
            after = i < len(s) and _is_word(s[i], a)
            at = before != after
            if at == (kind == 'wordb'):
                return k(i)
            return None
        if kind == 'look':
            ahead, neg, sub = node[1], node[2], node[3]
            saved = list(self.caps)
            if ahead:
                found = self.m(sub, i, lambda j: j) is not None
            else:
                found = False
                for start in range(i, -1, -1):
                    if self.m(sub, start, lambda j: j if j == i else None) is not None:
                        found = True
                        break
            if neg:
                self.caps = saved
                return k(i) if not found else None
            if not found:
                self.caps = saved
                return None
            r = k(i)
            if r is None:
                self.caps = saved
            return r
        if kind == 'backref':
            span = self.caps[node[1]]
            if span is None:
                return None
            text = s[span[0]:span[1]]
            if self.flags & IGNORECASE:
                if s[i:i + len(text)].lower() == text.lower():
                    return k(i + len(text))
                return None
            if s.startswith(text, i):
                return k(i + len(text))
            return None
        raise error("internal: unknown node %r" % (kind,))

    def _cat(self, items, idx, i, k):
        if idx == len(items):
            return k(i)
        return self.m(items[idx], i, lambda j: self._cat(items, idx + 1, j, k))

    def _rep(self, node, i, k):
        sub, lo, hi, greedy = node[1], node[2], node[3], node[4]
        width = _fixed_width(sub)
        if width:
            # A fixed-width body without inner captures matches or not at each step, whatever
            # follows: count the repetitions in a loop (no recursion), then try the rest from the
            # longest (greedy) or shortest (lazy) count. A capturing body records its last step.
            index = sub[1] if sub[0] == 'group' else None
            body = sub[2] if index is not None else sub
            n = len(self.s)
            count = 0
            j = i
            while (hi is None or count < hi) and j + width <= n and self.m(body, j, _identity) is not None:
                j += width
                count += 1
            if count < lo:
                return None
            counts = range(count, lo - 1, -1) if greedy else range(lo, count + 1)
            caps = self.caps
            old = caps[index] if index is not None else None
            for c in counts:
                if index is not None:
                    caps[index] = (i + (c - 1) * width, i + c * width) if c else old
                r = k(i + c * width)
                if r is not None:
                    return r
            if index is not None:
                caps[index] = old
            return None
        return self._rep_general(sub, lo, hi, greedy, i, k, 0)

    def _rep_general(self, sub, lo, hi, greedy, i, k, count):
        def more(j):
            if j == i and count >= lo:
                return None  # an empty iteration cannot make progress
            return self._rep_general(sub, lo, hi, greedy, j, k, count + 1)
        can_more = hi is None or count < hi
        if count < lo:
            return self.m(sub, i, more)
        if greedy:
            if can_more:
                r = self.m(sub, i, more)
                if r is not None:
                    return r
            return k(i)
        r = k(i)
        if r is not None:
            return r
        if can_more:
            return self.m(sub, i, more)
        return None


def _identity(j):
    return j


def _fixed_width(node, top=True):
    # The width every match of `node` has, or None; inner capturing groups and backreferences
    # disqualify (only the repeated node itself may capture, handled by the caller).
    kind = node[0]
    if kind in ('lit', 'any', 'set'):
        return 1
    if kind == 'cat':
        total = 0
        for item in node[1]:
            w = _fixed_width(item, False)
            if w is None:
                return None
            total += w
        return total
    if kind == 'group':
        if node[1] is not None and not top:
            return None
        return _fixed_width(node[2], False)
    if kind == 'alt':
        widths = {_fixed_width(b, False) for b in node[1]}
        if len(widths) == 1:
            return widths.pop()
        return None
    if kind in ('bol', 'eol', 'begin', 'end', 'wordb', 'nwordb'):
        return 0
    if kind == 'rep' and node[2] == node[3]:
        w = _fixed_width(node[1], False)
        return None if w is None else w * node[2]
    return None


# ---- Pattern and Match -------------------------------------------------------------------------

class Match:
    def __init__(self, pattern, string, pos, endpos, caps):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._caps = caps
        # The group that closed last: the latest end, and among those the outermost.
        self.lastindex = None
        best = None
        for index in range(1, len(caps)):
            span = caps[index]
            if span is not None and (best is None or span[1] > best[1] or (span[1] == best[1] and span[0] < best[0])):
                self.lastindex = index
                best = span
        self.lastgroup = None
        if self.lastindex is not None:
            for name, index in pattern.groupindex.items():
                if index == self.lastindex:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, str):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
            raise IndexError("no such group")
        try:
            g = g.__index__()
        except AttributeError:
            raise IndexError("no such group") from None
        if not 0 <= g < len(self._caps):
            raise IndexError("no such group")
        return g

    def group(self, *groups):
        if not groups:
            groups = (0,)
        out = []
        for g in groups:
            span = self._caps[self._index(g)]
            out.append(None if span is None else self.string[span[0]:span[1]])
        return out[0] if len(out) == 1 else tuple(out)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if span is None else self.string[span[0]:span[1]] for span in self._caps[1:])

    def groupdict(self, default=None):
        return {name: (default if self._caps[index] is None else self.string[self._caps[index][0]:self._caps[index][1]])
                for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        span = self._caps[self._index(group)]
        return -1 if span is None else span[0]

    def end(self, group=0):
        span = self._caps[self._index(group)]
        return -1 if span is None else span[1]

    def span(self, group=0):
        span = self._caps[self._index(group)]
        return (-1, -1) if span is None else span

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(len(self._caps)))

    def expand(self, template):
        return _expand_template(self.re, template)(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())


class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        # bytes patterns run on their latin-1 decoding (one char per byte), with ASCII classes
        is_bytes = not isinstance(pattern, str)
        parser = _Parser(pattern.decode('latin-1') if is_bytes else pattern, flags)
        self._node = parser.parse()
        self.flags = parser.flags | (UNICODE if not is_bytes and not parser.flags & ASCII else 0)
        self._mflags = self.flags | (ASCII if is_bytes else 0)
        self.groups = parser.ngroups
        self.groupindex = dict(parser.names)

    def __repr__(self):
        text = repr(self.pattern)
        shown = self.flags & ~UNICODE if isinstance(self.pattern, str) else self.flags
        if not shown:
            return 're.compile(%s)' % text
        names = []
        for name, value in (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
                            ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128),
                            ('ASCII', 256)):
            if shown & value:
                names.append('re.' + name)
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _check(self, string):
        if isinstance(self.pattern, str) and not isinstance(string, str):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        if not isinstance(self.pattern, str) and isinstance(string, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")

    def _match_at(self, string, i, endpos, full, nonempty=False):
        sub = string[:endpos] if endpos < len(string) else string
        if not isinstance(sub, str):
            sub = bytes(sub).decode('latin-1')
        mt = _Matcher(sub, self._mflags, self.groups)
        if full:
            end = mt.m(self._node, i, lambda j: j if j == len(sub) else None)
        elif nonempty:
            end = mt.m(self._node, i, lambda j: j if j > i else None)
        else:
            end = mt.m(self._node, i, _identity)
        if end is None:
            return None
        mt.caps[0] = (i, end)
        return Match(self, string, i, endpos, mt.caps)

    def _bounds(self, string, pos, endpos):
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        return pos, max(endpos, 0)

    def match(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        return self._match_at(string, pos, endpos, False)

    def fullmatch(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        return self._match_at(string, pos, endpos, True)

    def search(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        for i in range(pos, endpos + 1):
            m = self._match_at(string, i, endpos, False)
            if m is not None:
                return m
        return None

    def finditer(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        i = pos
        must_advance = False  # after an empty match, the next one at that spot must be non-empty
        while i <= endpos:
            m = self._match_at(string, i, endpos, False, must_advance)
            if m is None:
                i += 1
                must_advance = False
                continue
            yield m
            i = m.end()
            must_advance = m.end() == m.start()

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) if m.group(1) is not None else string[:0])
            else:
                out.append(tuple(g if g is not None else string[:0] for g in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        self._check(string)
        out = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit and count >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            count += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        self._check(string)
        if callable(repl):
            fn = repl
        else:
            fn = _expand_template(self, repl)
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            pieces.append(string[last:m.start()])
            pieces.append(fn(m))
            last = m.end()
            n += 1
        pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _template_parts(pattern, template):
    # The replacement string as literal pieces and group numbers: \1, \g<1>, \g<name>, escapes.
    parts = []
    literal = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        e = template[i + 1]
        if e == 'g':
            k = template.find('>', i + 3)
            if template[i + 2:i + 3] != '<' or k < 0:
                raise error("missing <", template, i + 2)
            name = template[i + 3:k]
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, template, i + 3)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            else:
                raise IndexError("unknown group name %r" % name)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = k + 1
            continue
        if e.isdigit() and e != '0':
            j = i + 2
            if j < n and template[j].isdigit():
                j += 1
            index = int(template[i + 1:j])
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, template, i + 1)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = j
            continue
        if e in _SIMPLE_ESCAPES:
            literal.append(_SIMPLE_ESCAPES[e])
        elif e == '\\':
            literal.append('\\')
        elif e.isascii() and e.isalpha():
            raise error("bad escape \\" + e, template, i)
        else:
            literal.append('\\' + e)
        i += 2
    parts.append(''.join(literal))

    return parts


def _expand_template(pattern, template):
    if isinstance(template, str):
        parts = _template_parts(pattern, template)
        empty, encode = '', None
    else:
        parts = _template_parts(pattern, bytes(template).decode('latin-1'))
        empty, encode = b'', 'latin-1'

    def expand(m):
        out = []
        for part in parts:
            if isinstance(part, int):
                g = m.group(part)
                if g is not None:
                    out.append(g)
            else:
                out.append(part.encode(encode) if encode else part)
        return empty.join(out)
    return expand


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if len(_cache) >= 512:
            _cache.clear()
        p = _cache[key] = Pattern(pattern, flags)
    return p


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    return bytes(escape(pattern.decode('latin-1')), 'latin-1')
