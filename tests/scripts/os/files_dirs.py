# Files and directories in a scratch folder next to the script: mkdir/makedirs, open/read/write
# on descriptors, stat, listdir/scandir/walk, rename/replace, remove, rmdir. Output never
# depends on absolute paths.
import os
import stat

base = "_os_files_scratch"
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)

os.mkdir(base)
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename == os.path.join(base, "a"))
print(os.path.isdir(base), os.path.isfile(base), os.path.exists(os.path.join(base, "a", "b", "c")))

fname = os.path.join(base, "data.bin")
fd = os.open(fname, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello "), os.write(fd, bytearray(b"world")))
os.close(fd)
fd = os.open(fname, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3))
st = os.fstat(fd)
os.close(fd)
print("size", st.st_size, os.stat(fname).st_size, os.path.getsize(fname), stat.S_ISREG(st.st_mode))
print("mode", oct(stat.S_IMODE(os.stat(fname).st_mode) & 0o600), type(os.stat(fname).st_mtime).__name__,
      isinstance(os.stat(fname).st_mtime_ns, int), os.stat(fname)[6])
print("isfile", os.path.isfile(fname), os.path.isdir(fname), os.path.islink(fname), os.access(fname, os.R_OK))

with open(os.path.join(base, "a", "note.txt"), "w") as f:
    f.write("text\n")
os.symlink("note.txt", os.path.join(base, "a", "link"))
print("link", os.path.islink(os.path.join(base, "a", "link")), os.readlink(os.path.join(base, "a", "link")),
      os.path.realpath(os.path.join(base, "a", "link")) == os.path.realpath(os.path.join(base, "a", "note.txt")))
print("listdir", sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
with os.scandir(os.path.join(base, "a")) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print("entry", e.name, e.path == os.path.join(base, "a", e.name), e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_file(follow_symlinks=False), os.fspath(e) == e.path)
print(repr(entries[0]))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print("walk", os.path.relpath(root, base), dirs, sorted(files))
print("bottom-up", [os.path.relpath(r, base) for r, d, f in os.walk(base, topdown=False) if not d])

os.rename(fname, os.path.join(base, "renamed.bin"))
os.replace(os.path.join(base, "renamed.bin"), os.path.join(base, "a", "note.txt"))
print("after rename", sorted(os.listdir(base)), open(os.path.join(base, "a", "note.txt"), "rb").read())

old = os.getcwd()
os.chdir(base)
print("chdir", os.path.basename(os.getcwd()), sorted(os.listdir()), sorted(os.listdir(".")))
os.chdir(old)
print("back", os.getcwd() == old)

r, w = os.pipe()
print("pipe", os.get_inheritable(r), os.write(w, b"xyz"), os.read(r, 10))
d = os.dup(w)
os.write(d, b"dup")
print(os.read(r, 10), os.get_inheritable(d))
os.dup2(w, d)
os.close(d)
os.close(w)
print("eof", os.read(r, 10))
os.close(r)
print("urandom", len(os.urandom(16)), type(os.urandom(0)).__name__)

for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        p = os.path.join(root, d)
        (os.unlink if os.path.islink(p) else os.rmdir)(p)
os.rmdir(base)
print("cleaned", os.path.exists(base))
