import statistics as st
from fractions import Fraction as F

ints = [1, 2, 3, 4, 4]
floats = [2.5, 3.25, 5.5, 11.25, 0.1, 0.7]
fracs = [F(1, 2), F(3, 4), F(5, 6)]
mixed = [1, 2.5, F(1, 4), True]
for data in (ints, floats, fracs, [1, 2, 3, 4], [0.1] * 10, [1e300, 1e300, -1e300], [7]):
    print(repr(st.mean(data)), repr(st.fmean(data)), repr(st.median(data)),
          repr(st.median_low(data)), repr(st.median_high(data)))
print(repr(st.mean(mixed)), repr(st.mean([1, F(1, 3)])), repr(st.mean([True, False])))
print(st.mean(iter([1, 2, 3])), st.mean(range(10)), st.mean([float('inf'), 1.0]))
print(st.fmean([3.5, 4.0, 5.25], weights=[0.5, 1, 2]), st.fmean(x for x in [1, 2]))
for data in (ints, floats, fracs, [1, 2, 3, 4], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
             [F(1, 3), 2], [10**20, 10**20 + 1, 10**20 + 2]):
    print(repr(st.variance(data)), repr(st.pvariance(data)), repr(st.stdev(data)),
          repr(st.pstdev(data)))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1.5, 2.5, 2.5], mu=2), st.stdev(range(20)))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red']), st.mode('aabbbc'))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.multimode([3, 1]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76,
                    119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111,
                    75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5]), st.quantiles([1, 2, 3, 4, 5], method='inclusive'))
print(st.quantiles([1.5, 2.0], n=3), st.quantiles([F(1, 3), 1, 2], n=2), st.quantiles([1, 9], n=1))
print(st.median([1, 3, 2, 4]), st.median([1.0, 2.0]), st.median_low(['b', 'a', 'c', 'd']))

errors = [
    lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.median_low([]),
    lambda: st.median_high([]), lambda: st.mode([]), lambda: st.variance([1]),
    lambda: st.pvariance([]), lambda: st.stdev([1]), lambda: st.pstdev([]),
    lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
    lambda: st.quantiles([1, 2], method='odd'), lambda: st.mean(['a', 'b']),
    lambda: st.mean([1, 'x']), lambda: st.fmean([1, 2], weights=[1]),
    lambda: st.fmean([1, 2], weights=[1, -1]), lambda: st.mode([[1], [2]]),
]
for f in errors:
    try:
        print(f())
    except (st.StatisticsError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
