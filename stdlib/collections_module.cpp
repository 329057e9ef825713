// The collections module: namedtuple, defaultdict, Counter, OrderedDict and deque, written in
// Python (embedded below, following CPython's Lib/collections semantics and reprs) and run by the
// VM when the module is first imported.
#include <string>

#include "interp/compiler.h"
#include "interp/frame.h"
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/list_object.h"
#include "runtime/runtime.h"
#include "runtime/tuple_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/type_object.h"

namespace minipy {

namespace {

const char* const kCollectionsSource = R"PY(
_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = tuple.__new__
    namespace = {'_tuple_new': tuple_new, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    code = f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))'
    __new__ = eval(code, namespace)
    __new__.__name__ = '__new__'
    __new__.__qualname__ = f'{typename}.__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result
    _make.__func__.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, f'Alias for field number {index}')
    result = type(typename, (tuple,), class_namespace)
    if module is None:
        module = _caller_module_name(1)
    if module is not None:
        result.__module__ = module
    return result


class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({list(self.items())!r})'

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def copy(self):
        return self.__class__(self)

    __copy__ = copy


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


class deque:
    """A list-backed double-ended queue; popleft/appendleft are amortised O(1)."""
    __slots__ = ('_items', '_head', '_maxlen')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0

    def _list(self):
        self._compact()
        return self._items

    def __len__(self):
        return len(self._items) - self._head

    def append(self, x):
        if self._maxlen == 0:
            return
        self._items.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._head:
            self._head -= 1
            self._items[self._head] = x
        else:
            self._items.insert(0, x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self._items.pop()

    def pop(self):
        if not len(self):
            raise IndexError('pop from an empty deque')
        x = self._items.pop()
        if not len(self):
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        if not len(self):
            raise IndexError('pop from an empty deque')
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._items):
            self._compact()
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items = []
        self._head = 0

    def copy(self):
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._list().count(x)

    def index(self, x, start=0, stop=None):
        items = self._list()
        try:
            return items.index(x, start, len(items) if stop is None else stop)
        except ValueError:
            raise ValueError(f'{x!r} is not in deque') from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._list().insert(i, x)

    def remove(self, value):
        items = self._list()
        try:
            items.remove(value)
        except ValueError:
            raise ValueError(f'{value!r} is not in deque') from None

    def reverse(self):
        self._list().reverse()

    def rotate(self, n=1):
        items = self._list()
        if items:
            n %= len(items)
            if n:
                items[:] = items[-n:] + items[:-n]

    def __iter__(self):
        items = self._items
        i = self._head
        while i < len(items):
            yield items[i]
            i += 1

    def __reversed__(self):
        return reversed(self._list())

    def __contains__(self, x):
        return x in self._list()

    def _index(self, i):
        n = len(self)
        if not isinstance(i, int):
            raise TypeError(f'sequence index must be integer, not {type(i).__name__!r}')
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        j = self._index(i)
        del self._items[j]

    def __repr__(self):
        body = repr(self._list())
        if self._maxlen is None:
            return f'{type(self).__name__}({body})'
        return f'{type(self).__name__}({body}, maxlen={self._maxlen})'

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._list() == other._list()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._list() < other._list()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._list() <= other._list()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._list() > other._list()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._list() >= other._list()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return self.__class__(self._list() * n, self._maxlen)

    def __bool__(self):
        return len(self) > 0
)PY";

// _tuplegetter(index, doc): the read-only field descriptor of namedtuple classes.
struct TupleGetterObject : Object {
  int64_t index;
  Ref doc;
};
TypeObject TupleGetterType;

Ref tg_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("_tuplegetter", kwnames);
  check_nargs("_tuplegetter", nargs, 2, 2);
  Ref r = new_object<TupleGetterObject>(type);
  auto* g = static_cast<TupleGetterObject*>(r.obj());
  g->index = index_as_int64(args[0], exc::OverflowError);
  g->doc = Ref(args[1]);
  return r;
}
Ref tg_get(Value self, Value obj, Value type) {
  if (!obj) return Ref(self);
  auto* g = static_cast<TupleGetterObject*>(self.as_object());
  if (!is_tuple(obj))
    raisef(exc::TypeError, "descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
           (long long)g->index, std::string(type_name(obj)).c_str());
  if (g->index < 0 || size_t(g->index) >= tuple_size(obj)) raise(exc::IndexError, "tuple index out of range");
  return Ref(tuple_item(obj, size_t(g->index)));
}
void tg_set(Value self, Value obj, Value v) {
  raise(exc::AttributeError, v ? "can't set attribute" : "can't delete attribute");
}
Ref tg_doc(Value self) { return static_cast<TupleGetterObject*>(self.as_object())->doc; }
void tg_set_doc(Value self, Value v) { static_cast<TupleGetterObject*>(self.as_object())->doc = Ref(v ? v : None()); }
const GetSetDef kTupleGetterGetSets[] = {{"__doc__", tg_doc, tg_set_doc}, {nullptr, nullptr}};
void init_tuplegetter_type() {
  TupleGetterType.name = "_collections._tuplegetter";
  TupleGetterType.basicsize = sizeof(TupleGetterObject);
  TupleGetterType.dealloc = dealloc_as<TupleGetterObject>;
  TupleGetterType.new_ = tg_new;
  TupleGetterType.descr_get = tg_get;
  TupleGetterType.descr_set = tg_set;
  TupleGetterType.getsets = kTupleGetterGetSets;
  static_type_declare(&TupleGetterType);
}
TypeInitHook tuplegetter_hook(&init_tuplegetter_type);

// namedtuple() sets __module__ to its caller's module, as CPython does through sys._getframe.
Ref caller_module_name(Value, const Value* args, size_t nargs, Value kwnames) {
  int64_t depth = nargs ? index_as_int64(args[0], nullptr) : 0;
  Frame* f = current_frame();
  while (f && depth-- > 0) f = f->back;
  if (!f) return Ref(None());
  Ref g = frame_globals(f);
  Value n = g && is_dict(g) ? dict_get_str(g, "__name__") : Value();
  return Ref(n ? n : None());
}
const MethodDef kHelpers[] = {{"_caller_module_name", caller_module_name}, {nullptr, nullptr}};

Ref make_collections_module() {
  Ref m = module_new("collections");
  Value d = module_dict(m);
  module_add_functions(m, kHelpers);
  dict_set_str(d, "__path__", list_new());  // a package: collections.abc is its submodule
  dict_set_str(d, "_tuplegetter", type_value(&TupleGetterType));
  if (tstate() && tstate()->interp && tstate()->interp->builtins)
    dict_set_str(d, "__builtins__", tstate()->interp->builtins);
  Ref code = compile_source(kCollectionsSource, "<frozen collections>", ParseMode::Exec);
  eval_code(code, d, d);
  return m;
}

BuiltinModule reg_collections("collections", &make_collections_module);

}  // namespace

}  // namespace minipy
