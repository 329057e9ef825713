# minipy's enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique with CPython 3.11's
# behaviour for the common cases (member creation and aliases, lookup by value and name,
# iteration, reprs, the functional API, _missing_, custom __new__/__init__). Frozen into the
# interpreter (stdlib/py/). Not covered: _ignore_, boundary modes, verify(), enum.property.

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique']

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or base in (int, str, float, bytes, tuple, complex):
                return base
    return object


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        members = []
        body = {}
        for key, value in classdict.items():
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value)):
                body[key] = value
            else:
                members.append((key, value))
        # A __new__ in an enum's body builds its members (kept as _new_member_); lookups by value
        # use Enum.__new__. Only Enum itself (no bases) keeps its __new__.
        custom_new = body.pop('__new__', None) if bases else None
        if custom_new is not None and isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        member_type = _find_data_type(bases) if bases else object
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_member_type_', member_type)
        if custom_new is None:
            for base in enum_class.__mro__[1:]:
                saved = base.__dict__.get('_new_member_')
                if saved is not None:
                    custom_new = saved
                    break
        if custom_new is not None:
            type.__setattr__(enum_class, '_new_member_', custom_new)
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            metacls._add_member(enum_class, name, value, member_type, custom_new)
        # repr/str/format/reduce must be Enum's, not the mixed-in data type's (int.__repr__ comes
        # first in IntEnum's MRO), unless this class or an enum base defines its own.
        first_enum = None
        for base in reversed(bases):
            if isinstance(base, EnumType):
                first_enum = base
                break
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        if bases:
            # Calling an enum class looks a member up (Enum.__new__), whatever the data type's
            # __new__ or the one in the body (kept as _new_member_ for building members).
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        if Flag is not None and issubclass(enum_class, Flag):
            # Flag's operators win over the data type's (int.__or__ precedes them in IntFlag's MRO).
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', bits)
        return enum_class

    @staticmethod
    def _add_member(enum_class, name, value, member_type, custom_new):
        if isinstance(value, tuple) and member_type is not tuple:
            args = value
        else:
            args = (value,)
        if custom_new is not None:
            member = custom_new(enum_class, *args)
        elif member_type is object:
            member = object.__new__(enum_class)
        else:
            member = member_type.__new__(enum_class, *args)
        if not hasattr(member, '_value_'):
            if member_type is object:
                member._value_ = value
            else:
                try:
                    member._value_ = member_type(*args)
                except Exception:
                    member._value_ = value
        value = member._value_
        member._name_ = name
        member.__objclass__ = enum_class
        member.__init__(*args)
        member._sort_order_ = len(enum_class._member_names_)
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                member = other  # an alias
                break
        else:
            # A flag made of several bits (or none) is not canonical: it is not iterated.
            multi_bit = (Flag is not None and issubclass(enum_class, Flag) and isinstance(value, int)
                         and (value == 0 or value & (value - 1)))
            if not multi_bit:
                enum_class._member_names_.append(name)
        enum_class._member_map_[name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            pass
        type.__setattr__(enum_class, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {}
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1  # one past the largest value so far
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, '_value_repr_') else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""
    _value_repr_ = int.__repr__
    __str__ = int.__repr__
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""
    __str__ = str.__str__
    __format__ = str.__format__

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()




class Flag(Enum):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** last.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if value & ~mask == ~mask else value
        if value & ~mask:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._canonical_() if m._value_ & value == m._value_]
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _canonical_(cls):
        members = [cls._member_map_[n] for n in cls._member_names_]
        return [m for m in members if m._value_ and m._value_ & (m._value_ - 1) == 0]

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, '_value_repr_') else repr
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, v_repr(self._value_))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in self.__class__._canonical_() if m._value_ & self._value_ == m._value_])

    def __len__(self):
        return bin(self._value_).count('1')

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""
    _value_repr_ = int.__repr__
    __str__ = int.__repr__
    __format__ = int.__format__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
