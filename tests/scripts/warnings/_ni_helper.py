# Helper for native_warnings.py: a native DeprecationWarning blamed on a module that is not
# __main__ (ignored by the default filters).
def truth():
    return bool(NotImplemented)
