# utf-8 / ascii / latin-1 / utf-16 / utf-32 codecs with the common error handlers
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

TEXT = "aé€😀"
for enc in ["utf-8", "UTF8", "utf_8", "latin-1", "iso-8859-1", "ascii", "utf-16", "utf-16-le", "UTF-16BE",
            "utf-32", "utf-32-le", "utf-32-be", "u8"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        show(lambda: TEXT.encode(enc, errors))
    show(lambda: TEXT.encode(enc, "replace").decode(enc, "replace"))
for data in [b"\xff", b"a\xc3", b"\xc3a", b"\xed\xa0\x80", b"ab\xe2\x82", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xe0\x80\x80z"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        show(lambda: data.decode("utf-8", errors))
    show(lambda: data.decode("ascii", "replace"))
    show(lambda: data.decode("latin-1"))
for data, enc in [(b"a", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdc", "utf-16-le"),
                  (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xd8\x00", "utf-16-le"), (b"abc", "utf-32-le"),
                  (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"),
                  (b"\xff\xfea\x00", "utf-16"), (b"\xfe\xff\x00a", "utf-16"), (b"a\x00", "utf-16"),
                  (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32"), (b"\x00\xd8\x00\xdc", "utf-16-le")]:
    show(lambda: data.decode(enc))
    show(lambda: data.decode(enc, "replace"))
show(lambda: "\ud800".encode("utf-16"))
show(lambda: "\ud800\udc00x".encode("utf-32-le"))
show(lambda: "a\ud800b".encode("utf-8", "surrogatepass"))
show(lambda: b"a\xed\xa0\x80b".decode("utf-8", "surrogatepass"))
show(lambda: "\udcff".encode("utf-8", "surrogateescape"))
show(lambda: "\udcff".encode("latin-1", "surrogateescape"))
show(lambda: b"\xff\xfe".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
show(lambda: b"x".decode("nope"))
show(lambda: "é".encode("ascii", "nope"))
show(lambda: str(b"\xe9t\xe9", "latin-1"))
show(lambda: bytes("été", "utf-16-le"))
