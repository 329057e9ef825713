import re
log = """2024-01-05 12:00:01 ERROR [db] connection lost (code=7)
2024-01-05 12:00:02 INFO  [web] GET /index.html 200
2024-01-05 12:00:03 WARN  [db] retry 3/5"""
pat = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("level"), m.group("mod"), m["msg"], m.span("msg"))
print(re.findall(r"code=(\d+)", log), re.sub(r"\d{4}-(\d\d)-(\d\d)", r"\2/\1", log.splitlines()[0]))
email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
print(email.findall("a.b@x.org, bad@, c+d@e-f.co.uk"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d"), re.sub(r"(?<!\d)(\d)(?!\d)", r"0\1", "1 22 3"))
print(re.match(r"^(\+|-)?\d+(\.\d+)?([eE][+-]?\d+)?$", "-12.5e+3").groups())
print(re.findall(r'"([^"\\]*(?:\\.[^"\\]*)*)"', r'say "hi \"there\"" and "bye"'))
print(re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), "camelCaseString").lstrip("_"))
print(re.findall(r"<(\w+)[^>]*>(.*?)</\1>", "<b class='x'>bold</b> <i>it</i>"))
words = re.findall(r"[a-z']+", "It's the end of the world as we know it.".lower())
print(words, len(re.findall(r"\b\w{3}\b", "the cat sat on a mat")))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"), re.search(r"(\d+)(?:px|em)", "width: 12em").group(1))
print(bool(re.fullmatch(r"[0-9a-fA-F]{6}", "1a2B3c")), re.match(r"(?x) \d+ \s* ([a-z]+)  # comment", "42  abc").group(1))
