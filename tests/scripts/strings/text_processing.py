# A small text-processing program: word counts, ciphers, wrapping, tables - typical str usage.
TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away!  Naïve café owners serve crème brûlée — 5 € each.
"""

words = [w.strip(".,;!—").lower() for w in TEXT.split()]
words = [w for w in words if w]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{w:<8}|{c:>3}|{'#' * c}")


def caesar(s, k):
    out = []
    for ch in s:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


enc = caesar("Hello, World! Ça va?", 3)
print(enc, "->", caesar(enc, -3))


def is_pal(s):
    t = [c.casefold() for c in s if c.isalnum()]
    return t == t[::-1]


for s in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "hello", "Ésope reste ici et se repose"]:
    print(repr(s), is_pal(s))


def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines


for line in wrap(TEXT, 24):
    print("|" + line.ljust(24) + "|")

rows = [("name", "qty", "price"), ("apple", 3, 0.5), ("crème", 12, 2.25), ("€uro", 100, 1e3)]
for r in rows:
    print("{:<6} {:>4} {:>8}".format(*r) if r[0] == "name" else "{:<6} {:>4d} {:>8.2f}".format(*r))
print("%-6s|%4s|%8s" % rows[0])
for r in rows[1:]:
    print("%-6s|%4d|%8.2f" % r)

csv = "id,name,score\n1,Ann,90\n2,Bob,85\n3,Cé,77\n"
header, *data = csv.strip().splitlines()
cols = header.split(",")
recs = [dict(zip(cols, line.split(","))) for line in data]
print(recs)
print(sum(int(r["score"]) for r in recs) / len(recs), max(recs, key=lambda r: r["name"])["name"])
print("-".join(sorted(set("mississippi"))), "mississippi".count("ss"), "mississippi".replace("ss", "SS", 1))
print(" ".join(w.capitalize() for w in "hello big world".split()), "hello big world".title())
acc = ""
for i in range(10):
    acc += str(i) * 2 + ","
print(acc.rstrip(","), len(acc))
print(str(123).zfill(6), hex(255)[2:].upper().rjust(4, "0"), format(3.14159, ".2f").replace(".", ","))
