import sys
def hook(t, v, tb):
    raise TypeError("broken hook")
sys.excepthook = hook
raise ValueError("original")
