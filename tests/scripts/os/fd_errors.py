# Errors of calls given a bad file descriptor: most name the descriptor as the filename, as
# CPython's path_error does; listdir(fd) names none.
import os

BAD = 999
for name, call in [("stat", lambda: os.stat(BAD)), ("chdir", lambda: os.chdir(BAD)),
                   ("chmod", lambda: os.chmod(BAD, 0o644)), ("listdir", lambda: os.listdir(BAD))]:
    try:
        call()
    except OSError as e:
        print(name, repr(e), e.errno, e.filename, str(e))
