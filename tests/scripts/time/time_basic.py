import time
t0 = time.time()
print(type(t0).__name__, t0 > 1_600_000_000, type(time.time_ns()).__name__)
p = time.perf_counter(); m = time.monotonic()
time.sleep(0.01)
print(time.perf_counter() - p >= 0.009, time.monotonic() >= m, time.monotonic_ns() > 0)
print(time.process_time() >= 0, time.thread_time() >= 0, time.perf_counter_ns() > 0)
time.sleep(0)
g = time.gmtime(0)
print(g)
print(g.tm_year, g[0], g.tm_wday, g.tm_yday, len(g), g.tm_zone)
print(time.gmtime(1700000000))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)))
print(time.asctime(time.gmtime(1700000000)))
print(time.asctime((2024, 2, 5, 7, 8, 9, 0, 36, 0)))
print(time.strftime("%a %b %d %j", (2024, 2, 5, 7, 8, 9, 0, 36, 0)))
print(time.gmtime(1.9)[5], tuple(time.gmtime(86400 * 365))[:6])
lt = time.localtime()
print(isinstance(lt, time.struct_time), len(lt), type(time.mktime(lt)).__name__)
print(abs(time.mktime(time.localtime(1700000000)) - 1700000000) < 1)
for call in [lambda: time.sleep(-1), lambda: time.sleep("x"), lambda: time.strftime(5),
             lambda: time.asctime((1, 2)), lambda: time.gmtime("x")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_mday)
