import re
print(re.findall(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))", "x * x - 1.5"))
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m, m.group(0), m.group(1, 2), m.groups(), m.span(2), m.start(1), m.end(), m[1], m.lastindex)
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Malcolm Reynolds")
print(m.groupdict(), m.group("last"), m.lastgroup, re.search("x", "abc"))
print(re.sub(r"(\d+)", r"<\1>", "a1b22c333"), re.sub("x*", "-", "abxd"), re.subn("a", "b", "aaa", count=2))
print(re.sub(r"(?P<w>\w+)@", r"\g<w> at ", "me@home you@work"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."), re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"x*", "axbc"), re.split(r"\b", "a b"), re.findall(r"\d+", "12 drummers, 11 pipers, 10 lords"))
print(re.findall(r"(a)(b)?", "ab a"), [m.span() for m in re.finditer(r"\w+", "hi there")], re.findall("", "ab"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.match("a|ab", "ab").group(), re.fullmatch("a|ab", "ab").group())
print(re.match(r"(a+)(a+)", "aaaa").groups(), re.match(r"(a+?)(a+)", "aaaa").groups(), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group())
print(re.findall(r"[a-c]+", "abcdcba xyz"), re.findall(r"[^a-c\s]+", "abcdcba xyz"), re.findall(r"[\d.-]+", "1.5-2 x"))
print(re.search(r"^b", "a\nb", re.M), re.search(r"^b", "a\nb"), re.search(r"a.b", "a\nb", re.S), re.findall(r"(?i)HELLO", "hello Hello"))
print(re.findall(r"\bfoo\b", "foo foobar (foo)"), re.search(r"(?<=-)\w+", "spam-egg").group(), re.findall(r"\w+(?=!)", "hi! yo ok!"))
print(re.findall(r"(\w)\1", "aabbcd"), re.match(r"(?P<x>a)(?P=x)", "aa").group(), re.findall(r"(?!ab)\w\w", "abcdab"))
print(re.escape("a.b*c"), re.compile(r"\d+"), re.compile("x", re.I | re.M), re.compile(r"a b # c", re.X).match("ab"))
print(re.findall(r"""
    \d+   # digits
    \s*   # spaces
""", "12  34", re.VERBOSE), re.sub(r"$", "!", "a\nb\n"), re.findall(r"^\w", "ab\ncd", re.M))
for bad in ["(", "a)", "*a", "[a", "a{2,1}", "\\q", "(?P<1>a)", "a**"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error", e)
p = re.compile(r"(\d+)-(\d+)")
print(p.groups, p.pattern, p.search("call 555-1234 now").groups(), p.sub(r"\2-\1", "1-2 3-4"), p.flags == re.UNICODE)
print(re.match(r"\w+", "héllo wörld").group(), re.match(r"\w+", "héllo", re.A).group(), re.findall(r"\s", "a b\tc\nd"))
print(re.sub(r"a|(b)", r"[\1]", "ab"), re.match(r"(a)|b", "b").groups(), re.match(r"(a)|b", "b").group(1))
print(re.findall(r"a*?", "aa"), re.sub(r"", "-", "abc"), re.match(r"[]a]+", "]a]").group(), re.match(r"[a\]]+", "a]").group())
print(re.match(r"x?", "").span(), re.search(r"\Aab\Z", "ab").group(), re.search(r"c$", "abc\n").group())
print(re.findall(rb"\d+", b"a12b345"), re.sub(rb"(\w)", rb"<\1>", b"ab"), re.match(rb"\w+", "héllo".encode()).group(), re.split(rb",", b"a,b"))
print(re.compile(rb"x"), re.search(rb"(?P<n>\d)", b"a1").groupdict(), re.escape(b"a.b"))
try:
    re.match("a", b"a")
except TypeError as e:
    print(type(e).__name__, e)
print(len(re.match(r"(?:ab)*", "ab" * 3000).group()), re.match(r"(ab)+", "ab" * 3000).span(1), re.match(r"(a|b)*c", "ab" * 2000 + "c").group(1))
print(re.findall(r"(\d\d)+", "123456 78"), re.match(r"(?:a|bc)*", "abca").group(), re.match(r"(\w\d){2}", "a1b2c3").groups(), re.match(r"(x)?y", "y").groups())
print(len(re.findall(r"\w+", "word " * 5000)), re.sub(r"\s+", " ", "a   b \n\t c"), re.match(r"(a)*?b", "aab").groups())
