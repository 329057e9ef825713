# minipy's copy: shallow and deep copying, matching CPython 3.11's behaviour and messages.
# Frozen into the interpreter (stdlib/py/).
# Supports built-in containers, __copy__/__deepcopy__, and objects through __reduce_ex__ /
# __reduce__ (minipy's object.__reduce_ex__ gives CPython's copyreg-style tuples).
# minipy's own object.__reduce_ex__ cannot pickle, so the default reduction (CPython's
# copyreg.__newobj__ path: __getnewargs__, __getstate__, __dict__, __slots__, list and dict
# items) is done here in Python.
# Left out: copyreg.dispatch_table lookups (no copyreg module here) and __getnewargs_ex__.

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # backward-compatible alias, as in CPython


def _reduce(x, cls, kind):
    # The object's own reduction: __reduce_ex__(4) first, then __reduce__.
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        if getattr(cls, "__reduce_ex__", None) is object.__reduce_ex__:
            # minipy's object.__reduce_ex__ cannot pickle; do its job for copying here.
            if getattr(cls, "__reduce__", None) is not object.__reduce__:
                return x.__reduce__()
            return _object_reduce(x, cls)
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _is_python_class(c):
    # Classes made by a class statement get __module__ in their own dict; native types do not.
    return '__module__' in c.__dict__


def _slot_names(cls):
    # Names of all slots along the MRO, with private names mangled as attribute access sees them.
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _object_state(x, cls):
    # CPython 3.11's object.__getstate__: the instance dict (None if empty), paired with a dict
    # of the slots that are set when the class has slots. A user __getstate__ wins.
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        return getstate()
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


def _object_reduce(x, cls):
    # What object.__reduce_ex__(4) returns in CPython (copyreg.__reduce_ex__ / __newobj__):
    # rebuild with cls.__new__, then restore state and list/dict items.
    native = next(c for c in cls.__mro__ if not _is_python_class(c))
    if native is types.MethodType:  # as CPython's method.__reduce__: look it up again
        return (getattr, (x.__self__, x.__func__.__name__))
    if native in (set, frozenset):
        return (cls, (list(x),), _object_state(x, cls))
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is None and native not in (object, list, dict):
        name = cls.__name__
        if not _is_python_class(cls) and cls.__module__ != 'builtins':
            name = cls.__module__ + '.' + name
        raise TypeError("cannot pickle '%s' object" % name)
    args = getnewargs() if getnewargs is not None else ()
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), _object_state(x, cls), listitems, dictitems)


# --- shallow copy ---------------------------------------------------------------------------

def _copy_immutable(x):
    return x


# Types whose values never change: a copy may be the object itself.
_IMMUTABLE = (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type,
              range, slice, property, types.BuiltinFunctionType, type(Ellipsis),
              type(NotImplemented), types.FunctionType)

_copy_dispatch = {t: _copy_immutable for t in _IMMUTABLE}
for _t in (list, dict, set, bytearray):
    _copy_dispatch[_t] = _t.copy
del _t


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):  # metaclass instances (classes) are copied as themselves
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):  # a global's name: the object is a singleton
        return x
    return _reconstruct(x, None, *rv)


# --- deep copy ------------------------------------------------------------------------------

def _deepcopy_atomic(x, memo):
    return x


# Atomic for deepcopy: as above, except containers (tuple, frozenset, slice) whose items may
# themselves need copying; code objects are shared.
_deepcopy_dispatch = {t: _deepcopy_atomic for t in _IMMUTABLE if t not in (tuple, frozenset, slice)}
_deepcopy_dispatch[types.CodeType] = _deepcopy_atomic


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y  # registered before the items, so self-references resolve to the copy
    append = y.append
    for a in x:
        append(deepcopy_(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy_(a, memo) for a in x]
    # A tuple cannot be registered before its items are copied; if an item refers back to the
    # tuple, that inner copy has already made (and memoised) the tuple's copy.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x  # nothing inside changed: the tuple can be shared


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy_(key, memo)] = deepcopy_(value, memo)
    return y


def _deepcopy_method(x, memo):
    # A bound method is copied with a deep copy of the object it is bound to.
    return type(x)(x.__func__, deepcopy_(x.__self__, memo))


_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[types.MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    # Memo keys are ids: keep every original alive as long as the memo, so no id is reused for
    # a different object during one deepcopy.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x. memo maps id(original) to its copy, and is shared by nested calls."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


deepcopy_ = deepcopy  # the helpers above call through this name


# --- rebuilding from a reduce tuple ---------------------------------------------------------

def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            # The default state is the instance dict, or (dict, slots-dict) with __slots__.
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
