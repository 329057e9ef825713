# SIGTERM with its default action ends the process (exit status -15 seen by the parent), after a
# handler was installed and removed again.

import signal
import sys

signal.signal(signal.SIGTERM, lambda s, f: print("handled", s))
signal.raise_signal(signal.SIGTERM)
for i in range(3):
    pass
signal.signal(signal.SIGTERM, signal.SIG_DFL)
print("about to terminate", flush=True)
signal.raise_signal(signal.SIGTERM)
for i in range(3):
    pass
print("not reached")
