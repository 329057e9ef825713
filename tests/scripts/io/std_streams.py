import sys
print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.encoding, sys.stdout.name)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
n = sys.stdout.write("direct write\n")
print(n)
sys.stderr.write("to stderr\n")
sys.stdout.flush()
print("done", file=sys.stdout)
print("err line", file=sys.stderr)
saved = sys.stdout
import io
sys.stdout = io.StringIO()
print("captured")
text = sys.stdout.getvalue()
sys.stdout = saved
print("got", repr(text))
