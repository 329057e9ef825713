print('a' 'b' "c", r'\n', b'x\x00', '\t|'.expandtabs(4), '\u00e9', '\N{BULLET}')
print("""multi
line""", '''x''')
n = 5
print(f"{n}", f"{n!r:>4}", f"{n*2=}", f"{'q'!a}", f"{{lit}}", f"{3.14159:.2f}")
print(rf"\d{n}", len("\\"), "a\
b")
