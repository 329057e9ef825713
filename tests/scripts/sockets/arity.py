# Wrong argument counts: the messages of CPython's C socket methods.
import socket

s = socket.socket()
for name, args in [('bind', ()), ('bind', (1, 2)), ('connect', ()), ('connect_ex', ()),
                   ('send', ()), ('send', (1, 2, 3)), ('sendall', ()), ('sendall', (b'', 0, 0)),
                   ('listen', (1, 2)), ('settimeout', ()), ('setblocking', (1, 2)),
                   ('recv', (1, 2, 3)), ('recv', ()), ('recvfrom', ()), ('shutdown', ())]:
    try:
        getattr(s, name)(*args)
    except TypeError as e:
        print(name, type(e).__name__, e)
s.close()
