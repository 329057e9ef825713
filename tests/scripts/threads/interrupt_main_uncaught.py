# An uncaught KeyboardInterrupt from _thread.interrupt_main() ends the program like Ctrl-C
# (traceback, exit status 130). The helper interrupts only once the main thread spins.
import _thread
import threading

go = False

def interrupter():
    while not go:
        pass
    _thread.interrupt_main()

t = threading.Thread(target=interrupter)
t.start()
print("main spins")
go = True
while True: pass
