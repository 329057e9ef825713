# Out-of-range arguments: CPython's OverflowError / MemoryError messages.
import socket
s=socket.socket()
for v in [1e10, float('inf'), 2**70, True, 9223372036, 9223372037, -1e10]:
  try: s.settimeout(v); print(v, s.gettimeout())
  except Exception as e: print(type(e).__name__, e)
s.settimeout(None)
for f in [2**40, -2**40, 2**70]:
  try: s.recv(10, f)
  except Exception as e: print(type(e).__name__, e)
try: s.recv(2**60)
except Exception as e: print(type(e).__name__, e)
try: s.recv(2**70)
except Exception as e: print(type(e).__name__, e)
try: s.listen(2**40)
except Exception as e: print(type(e).__name__, e)
try: s.bind(('127.0.0.1', True)); print(s.getsockname()[1]>0)
except Exception as e: print(type(e).__name__, e)
s.close()
