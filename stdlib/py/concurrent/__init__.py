# The concurrent package (frozen into minipy): only concurrent.futures lives here.
