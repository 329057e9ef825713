import io
s = io.StringIO('😀€\n')
print(repr(s.getvalue()))
print(s.write('\rxyz'))
print(s.truncate(1))
print(s.tell())
print(s.truncate())
print(s.truncate(0))
