helper_value = 42
def helper_fn():
    from . import sibling
    return sibling.NAME
