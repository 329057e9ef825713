import _mod_a
B = 2
