# minipy's statistics: mean, fmean, median, median_low, median_high, mode, multimode, variance,
# pvariance, stdev, pstdev, quantiles and StatisticsError, frozen into the interpreter
# (stdlib/py/). Sums are exact (as integer ratios), so ints and Fractions give exact results and
# floats round once, as in CPython. Left out: Decimal data (there is no decimal module),
# geometric_mean, harmonic_mean, median_grouped, covariance, correlation, linear_regression and
# NormalDist.

import math as _math
from fractions import Fraction as _Fraction
from itertools import groupby as _groupby

__all__ = ['StatisticsError', 'fmean', 'mean', 'median', 'median_high', 'median_low', 'mode',
           'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    # (numerator, denominator) of x; (x, None) for a float infinity or NaN
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    # The type of a result mixing types T and S (bool counts as int; float wins over Fraction).
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, _Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, _Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _sum(data):
    # (type of the result, exact total, count). Numerators are summed per denominator so that
    # only a few Fractions are built.
    count = 0
    types = []
    partials = {}
    for typ, values in _groupby(data, type):
        if typ not in types:
            types.append(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]  # an infinity or NaN swamps everything else
    else:
        total = sum(_Fraction(n, d) for d, n in partials.items())
    return (_result_type(types), total, count)


def _ss(data, c=None):
    # (type, exact sum of squared deviations, mean, count) in one pass over data
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return (T, ssd, c, count)
    count = 0
    types = []
    sx = {}
    sxx = {}
    for typ, values in _groupby(data, type):
        if typ not in types:
            types.append(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            sx[d] = sx.get(d, 0) + n
            sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = _Fraction(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = sum(_Fraction(n, d) for d, n in sx.items())
        squares = sum(_Fraction(n, d * d) for d, n in sxx.items())
        # exact with Fractions, so the usual cancellation worry does not apply
        ssd = (count * squares - total * total) / count
        c = total / count
    return (_result_type(types), ssd, c, count)


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _isqrt_frac_round_odd(n, m):
    # isqrt(n/m), with the last bit set when inexact (round-to-odd keeps the final rounding to
    # float correct)
    a = _math.isqrt(n // m)
    return a | (a * a * m != n)


_SQRT_BITS = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    # sqrt(n/m) correctly rounded to a float
    q = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if q >= 0:
        num = _isqrt_frac_round_odd(n, m << 2 * q) << q
        den = 1
    else:
        num = _isqrt_frac_round_odd(n << -2 * q, m)
        den = 1 << -q
    return num / den


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = _math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = _math.fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = _math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    # the first value seen among those that occur most often
    counts = _counts(data)
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best = value
            best_count = count
    if not best_count:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)  # position scaled to the data, clamped
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)
