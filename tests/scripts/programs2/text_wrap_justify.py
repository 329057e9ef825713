def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur); cur = []
        cur.append(w)
    if cur: lines.append(cur)
    return lines
def justify(words, width):
    if len(words) == 1: return words[0].ljust(width)
    gaps = len(words) - 1; spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]
txt = "Python is a programming language that lets you work quickly and integrate systems more effectively."
for line in wrap(txt, 24)[:-1]: print("|" + justify(line, 24) + "|")
print("|" + " ".join(wrap(txt, 24)[-1]).ljust(24) + "|")
print(max(len(" ".join(l)) for l in wrap(txt, 24)), len(wrap(txt, 10)))
