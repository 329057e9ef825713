# Literal forms: numbers, strings, bytes, escapes and implicit concatenation.
print(0x1F, 0o17, 0b1011, 1_000_000, 0_0, 00, 10000000000000000000000)
print(1.5, 1., .5, 1e5, 1E-5, 1_000.000_1, 1e400, 0.1 + 0.2)
print(1j, 1.5J, 2 + 3j, 1e3j, 0j)
print('a' "b" '''c''' """d""")
print(r'\n', R"\d", u'uni', b'by', br'\z', Rb'w', B"q")
print('\n\t\\\'\"\a\b\f\v\r'.encode())
print('\x41\101\u00e9\U0001F600' == 'AAé😀')
print('\N{BULLET}\N{EM DASH}\N{LATIN SMALL LETTER A}\N{GREEK SMALL LETTER ALPHA}')
print(b'\x00\xff\n\777'[:3], len(b'\777'))
print('\q \d' == '\\q \\d')
print('a\
b')
print("""line1
line2""")
print('é' + "日本", len('日本'))
print(f"{'{'}{{}}", f"{1:{'>'}{5}}", f"{'x'!a}")
print(b"abc" b"def", "abc" f"{1 + 1}" "def")
