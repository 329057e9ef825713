text = "b a c b a b d e e e e"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {}
for w, n in freq.items(): inv.setdefault(n, []).append(w)
print(inv, max(inv), inv[max(inv)])
print({k: v for k, v in freq.items() if v > 1}, len(freq), sum(freq.values()))
s = sorted(freq, key=freq.get, reverse=True); print(s)
