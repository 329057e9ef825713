# minipy's fractions: Fraction, rational numbers with CPython's API, reprs, hashing (equal to the
# hash of an equal int or float) and mixed arithmetic rules. Frozen into the interpreter
# (stdlib/py/). Decimal inputs are not supported (there is no decimal module).

import math as _math
import sys as _sys

__all__ = ['Fraction']

_PyHASH_MODULUS = _sys.hash_info.modulus
_PyHASH_INF = _sys.hash_info.inf


def _parse(s):
    # [sign] digits [/ digits] | [sign] digits.digits [e[sign]digits] (underscores between digits)
    text = s.strip()
    if not text:
        return None
    sign = 1
    if text[0] in '+-':
        if text[0] == '-':
            sign = -1
        text = text[1:]

    def digits(t):
        if not t or t[0] == '_' or t[-1] == '_' or '__' in t:
            return None
        t = t.replace('_', '')
        return t if t.isdigit() and t.isascii() else None

    if '/' in text:
        num, _, den = text.partition('/')
        num, den = digits(num), digits(den)
        if num is None or den is None:
            return None
        return sign * int(num), int(den)
    mantissa, exp = text, 0
    for marker in ('e', 'E'):
        if marker in text:
            mantissa, _, e = text.partition(marker)
            esign = 1
            if e[:1] in ('+', '-'):
                esign = -1 if e[0] == '-' else 1
                e = e[1:]
            e = digits(e)
            if e is None:
                return None
            exp = esign * int(e)
            break
    whole, dot, frac = mantissa.partition('.')
    if whole:
        whole = digits(whole)
        if whole is None:
            return None
    if frac:
        frac = digits(frac)
        if frac is None:
            return None
    if not whole and not frac:
        return None
    num = int((whole or '0') + (frac or ''))
    den = 10 ** len(frac or '')
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, 'numerator') and hasattr(numerator, 'denominator'):
                numerator, denominator = numerator.numerator, numerator.denominator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            numerator, denominator = (
                Fraction(numerator)._numerator * Fraction(denominator)._denominator,
                Fraction(denominator)._numerator * Fraction(numerator)._denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic: Fraction op Fraction/int gives Fraction, with a float gives float ----

    def _operands(self, other, reverse):
        # (a, b) as Fractions, or as floats/complex when the other side is one; None otherwise.
        if isinstance(other, (int, Fraction)):
            o = other if isinstance(other, Fraction) else Fraction(other)
            return (o, self) if reverse else (self, o)
        if isinstance(other, (float, complex)):
            return (other, float(self)) if reverse else (float(self), other)
        return None

    def _binary(self, other, op, reverse):
        pair = self._operands(other, reverse)
        if pair is None:
            return NotImplemented
        a, b = pair
        if isinstance(a, Fraction):
            return op(a, b)
        return _FLOAT_OPS[op](a, b)

    def _add(a, b):
        na, da, nb, db = a._numerator, a._denominator, b._numerator, b._denominator
        return Fraction(na * db + nb * da, da * db)

    def _sub(a, b):
        na, da, nb, db = a._numerator, a._denominator, b._numerator, b._denominator
        return Fraction(na * db - nb * da, da * db)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * b._denominator))
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    def __add__(a, b): return a._binary(b, Fraction._add, False)
    def __radd__(b, a): return b._binary(a, Fraction._add, True)
    def __sub__(a, b): return a._binary(b, Fraction._sub, False)
    def __rsub__(b, a): return b._binary(a, Fraction._sub, True)
    def __mul__(a, b): return a._binary(b, Fraction._mul, False)
    def __rmul__(b, a): return b._binary(a, Fraction._mul, True)
    def __truediv__(a, b): return a._binary(b, Fraction._div, False)
    def __rtruediv__(b, a): return b._binary(a, Fraction._div, True)
    def __floordiv__(a, b): return a._binary(b, Fraction._floordiv, False)
    def __rfloordiv__(b, a): return b._binary(a, Fraction._floordiv, True)
    def __mod__(a, b): return a._binary(b, Fraction._mod, False)
    def __rmod__(b, a): return b._binary(a, Fraction._mod, True)
    def __divmod__(a, b): return a._binary(b, Fraction._divmod, False)
    def __rdivmod__(b, a): return b._binary(a, Fraction._divmod, True)

    def __pow__(a, b):
        if isinstance(b, int) or (isinstance(b, Fraction) and b._denominator == 1):
            power = b if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
            if a._numerator > 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
            return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
        if isinstance(b, (float, complex, Fraction)):
            return float(a) ** (float(b) if isinstance(b, Fraction) else b)
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if isinstance(a, (float, complex)):
            return a ** float(b)
        return NotImplemented

    def __pos__(a): return Fraction(a._numerator, a._denominator, _normalize=False)
    def __neg__(a): return Fraction(-a._numerator, a._denominator, _normalize=False)
    def __abs__(a): return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = other if isinstance(other, Fraction) else Fraction(other)
            return op(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b): return a._richcmp(b, _lt)
    def __gt__(a, b): return a._richcmp(b, _gt)
    def __le__(a, b): return a._richcmp(b, _le)
    def __ge__(a, b): return a._richcmp(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lt(a, b): return a < b
def _gt(a, b): return a > b
def _le(a, b): return a <= b
def _ge(a, b): return a >= b


_FLOAT_OPS = {
    Fraction._add: lambda a, b: a + b,
    Fraction._sub: lambda a, b: a - b,
    Fraction._mul: lambda a, b: a * b,
    Fraction._div: lambda a, b: a / b,
    Fraction._floordiv: lambda a, b: a // b,
    Fraction._mod: lambda a, b: a % b,
    Fraction._divmod: lambda a, b: divmod(a, b),
}
