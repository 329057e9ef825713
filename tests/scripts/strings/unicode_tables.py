# Character classes and case mappings over all of Unicode, summarised per block of 4096 code
# points (counts and checksums), so the tables can be compared with CPython's cheaply. Every 5th
# code point is sampled to keep the test fast.
PREDS = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "islower", "isupper",
         "istitle", "isprintable", "isidentifier"]
for block in range(0, 0x110000, 0x8000):
    chars = [chr(c) for c in range(block, block + 0x8000, 5) if not 0xD800 <= c < 0xE000]
    line = [hex(block)]
    for p in PREDS:
        n = 0
        h = 0
        for ch in chars:
            if getattr(ch, p)():
                n += 1
                h = (h * 31 + ord(ch)) % 1000000007
        line.append("%d/%d" % (n, h))
    h = 0
    for ch in chars:
        for m in (ch.upper(), ch.lower(), ch.title(), ch.casefold()):
            if m != ch:
                for c in m:
                    h = (h * 131 + ord(c)) % 1000000007
    line.append(str(h))
    print(" ".join(line))
