from collections import Counter
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! Quick, quick: the end."""
words = [w.strip(".,;:!").lower() for w in text.split()]
c = Counter(words)
print(len(words), len(c), c.most_common(3))
lengths = {}
for w in words: lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths): print(k, sorted(set(lengths[k])))
sentences = [s.strip() for s in text.replace("!", ".").split(".") if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print("".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]))
print(f"avg word length: {sum(map(len, words)) / len(words):.3f}")
print(text.title().split("\n")[1], text.count("the"), text.lower().count("the"))
