import _mod_b
A = 1
def get_b():
    return _mod_b.B
