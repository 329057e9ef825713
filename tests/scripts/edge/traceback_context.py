class Resource:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("cleanup failed")
print("before")
with Resource():
    1 / 0
