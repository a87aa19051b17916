// The `enum` module (Python 3 dialect): a library module written in ePython on the
// metaclasses of vm/metaclasses.ts, compiled into the program image when a program
// imports it (see `libraryModules`).
//
// EnumType (the metaclass) takes the member names out of the class namespace (every
// name that is not a dunder, a _sunder_, a private name or a descriptor), makes the
// class, then one member per name: `object.__new__` (or the mixed-in type's
// `__new__`, `int.__new__` for IntEnum, or the class's own `__new__`), `_value_` and
// `_name_` set; a member whose value an earlier one has is an alias of it. Members are
// class attributes (so `Color.RED` is one dict lookup) and compare by identity; the
// metaclass's `__setattr__` refuses to reassign them. `Color(1)` goes through the
// metaclass's `__call__` to `Enum.__new__` (a value lookup, then `_missing_`).
// Flag values that are not members are pseudo-members made by `Flag._missing_`
// (`<P.W|X: 3>`); values of several bits are aliases, as in 3.11. repr/str/format
// follow CPython 3.11 (IntEnum/IntFlag/StrEnum: str and format of the value).
//
// The functional API (`Enum('Color', 'RED GREEN')`) is CPython's `_create_`; the class's
// __module__ is the `module=` given (there is no caller frame to take it from).
// `_ignore_` names are taken out of the class; `member()`/`nonmember()` force a name in
// or out, `@verify(UNIQUE, CONTINUOUS, NAMED_FLAGS)` checks a class. Not provided:
// `Flag` boundaries (STRICT/CONFORM/EJECT/KEEP), `enum.property`, `global_enum`, pickling.

export const ENUM_SOURCE = `# enum: library module of ePython-TS (see src/vm/modules/enumSource.ts)
"""Support for enumerations (CPython 3.11's enum, on ePython's metaclasses)."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "member", "nonmember", "verify", "EnumCheck",
           "CONTINUOUS", "NAMED_FLAGS", "UNIQUE"]

_type_of = type  # \`type\` is a parameter of the functional API

import operator as _operator

_DESCRIPTOR_TYPES = ("function", "builtin_function_or_method", "property", "classmethod", "staticmethod")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == "_" and name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    pattern = "_" + cls_name.lstrip("_") + "__"
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


def _is_descriptor(obj):
    return type(obj).__name__ in _DESCRIPTOR_TYPES or hasattr(type(obj), "__get__")


class member:
    """Forces item to become an Enum member during class creation."""
    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects item from becoming an Enum member during class creation."""
    def __init__(self, value):
        self.value = value


# EnumType.__new__ names its members \`member\`: the markers under other names.
_member_mark = member
_nonmember_mark = nonmember


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    def __init__(self, value=None):
        self.value = value
        self._unset = value is None

    def __repr__(self):
        return "auto(_auto_null)" if self._unset else "auto(%r)" % (self.value,)

    # A class body may compute with members made by auto() (\`RW = R | W\`,
    # \`B = A + 10\`). CPython's _EnumDict gives each auto() its value as it is assigned;
    # here the body runs before the metaclass sees any name, so an operation on an
    # auto() is kept as a _Deferred expression, worked out once the values of the
    # members before it are known (EnumType.__new__ below).
    def __or__(self, other): return _Deferred(_operator.or_, self, other)
    def __ror__(self, other): return _Deferred(_operator.or_, other, self)
    def __and__(self, other): return _Deferred(_operator.and_, self, other)
    def __rand__(self, other): return _Deferred(_operator.and_, other, self)
    def __xor__(self, other): return _Deferred(_operator.xor, self, other)
    def __rxor__(self, other): return _Deferred(_operator.xor, other, self)
    def __add__(self, other): return _Deferred(_operator.add, self, other)
    def __radd__(self, other): return _Deferred(_operator.add, other, self)
    def __sub__(self, other): return _Deferred(_operator.sub, self, other)
    def __rsub__(self, other): return _Deferred(_operator.sub, other, self)
    def __mul__(self, other): return _Deferred(_operator.mul, self, other)
    def __rmul__(self, other): return _Deferred(_operator.mul, other, self)
    def __lshift__(self, other): return _Deferred(_operator.lshift, self, other)
    def __invert__(self): return _Deferred(_operator.invert, self)
    def __neg__(self): return _Deferred(_operator.neg, self)


class _Deferred(auto):
    """An operation on auto() values in a class body, evaluated when the members are made."""
    def __init__(self, op, *operands):
        self.op = op
        self.operands = operands
        self.value = None
        self._unset = True

    def resolve(self):
        return self.op(*[_resolved(x) for x in self.operands])


def _resolved(x):
    if isinstance(x, _Deferred):
        return x.resolve()
    if isinstance(x, auto):
        if x._unset:
            raise TypeError("an auto() value used before the member it belongs to was made")
        return x.value
    return x


_builtin_bin = bin


def bin(num, max_bits=None):
    # CPython's enum.bin: sign and digits apart, padded to max_bits (Flag's errors).
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _refusing_writes(attr):
    # A member's name and value are read-only: CPython's errors for setting or deleting.
    def fset(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute %r" % attr)

    def fdel(self):
        raise AttributeError("<enum 'Enum'> cannot delete attribute %r" % attr)

    return fset, fdel


def _bits(n):
    # The single bits of a non-negative int, lowest first.
    out = []
    bit = 1
    while bit <= n:
        if n & bit:
            out.append(bit)
        bit <<= 1
    return out


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        # CPython's _ignore_: a list (or a string of names) kept out of the class.
        ignore = classdict.get("_ignore_", ())
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for key in list(ignore) + ["_ignore_"]:
            classdict.pop(key, None)
        member_names = []
        unwrapped = {}
        for key in classdict:
            value = classdict[key]
            # member(x) makes x a member even if it is a function; nonmember(x) keeps
            # x a plain class attribute (CPython's _EnumDict).
            if isinstance(value, _nonmember_mark):
                unwrapped[key] = value.value
                continue
            if isinstance(value, _member_mark):
                unwrapped[key] = value.value
            elif key == "_ignore_" or _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            member_names.append(key)
        classdict.update(unwrapped)
        members = {}
        for key in member_names:
            members[key] = classdict.pop(key)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if members and first_enum is not None and first_enum._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (cls, first_enum))
        classdict["_member_names_"] = []
        classdict["_member_map_"] = {}
        classdict["_value2member_map_"] = {}
        classdict["_member_type_"] = member_type
        # A __new__ of an enum class makes its members; Enum.__new__ then looks values up.
        new_member = classdict.get("__new__") if first_enum is not None else None
        if new_member is not None:
            classdict["__new_member__"] = new_member
            del classdict["__new__"]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        if new_member is None:
            new_member = getattr(enum_class, "__new_member__", None)
        last_values = []
        for name in member_names:
            value = members[name]
            if isinstance(value, _Deferred):
                value.value = value.resolve()
                value._unset = False
            if isinstance(value, auto):
                if value._unset:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                    value._unset = False
                value = value.value
            last_values.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if new_member is not None:
                member = new_member(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, "_value_"):
                if member_type is object:
                    member._value_ = value
                else:
                    member._value_ = member_type(*args)
            value = member._value_
            member._name_ = name
            member.__init__(*args)
            canonical = None
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
            if canonical is not None:
                member = canonical
            elif enum_class._is_alias_value_(value):
                # Flag: a value of several bits is an alias of its bits (3.11).
                pass
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                if value not in enum_class._value2member_map_:
                    enum_class._value2member_map_[value] = member
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        if first_enum is not None:
            # Looking a value up (\`Color(1)\`), whatever __new__ the mixed-in type has.
            type.__setattr__(enum_class, "__new__", Enum.__new__)
        if member_type is not object:
            # The mixed-in type's repr/str/format do not hide the enum's (CPython's rule).
            for name in ("__repr__", "__str__", "__format__"):
                if name not in classdict:
                    found = getattr(enum_class, name, None)
                    if found is not None and found is getattr(member_type, name, None):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        enum_class._finish_()
        return enum_class

    def _get_mixins_(cls_name, bases):
        if not bases:
            return object, None
        first_enum = None
        member_type = object
        for base in bases:
            if isinstance(base, EnumType):
                if first_enum is None:
                    first_enum = base
                if base._member_type_ is not object and member_type is object:
                    member_type = base._member_type_
            elif member_type is object:
                member_type = base
        if first_enum is None:
            raise TypeError("new enumerations should be created as \`EnumName([mixin_type, ...] [data_type,] enum_type)\`")
        return member_type, first_enum
    _get_mixins_ = staticmethod(_get_mixins_)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        # The functional API, as CPython 3.11: Enum('Color', 'RED GREEN'), a list of
        # names or of (name, value) pairs, or a mapping. Without a frame to look at,
        # the class's module is the one given, else this one's.
        metacls = _type_of(cls)
        bases = (cls,) if type is None else (type, cls)
        first_enum = metacls._get_mixins_(class_name, bases)[1]
        classdict = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_
        return member in cls._value2member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if cls._is_flag_:
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        if name in cls._member_map_:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""
    _is_flag_ = False

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__name__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member" % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def _is_alias_value_(cls, value):
        return False

    @classmethod
    def _finish_(cls):
        pass

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def _get_name(self):
        return self._name_

    def _get_value(self):
        return self._value_

    name = property(_get_name, *_refusing_writes("name"))
    value = property(_get_value, *_refusing_writes("value"))
    del _get_name, _get_value

    _value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)

    def __eq__(self, other):
        return int.__eq__(self, other)

    def __ne__(self, other):
        return int.__ne__(self, other)

    def __hash__(self):
        return int.__hash__(self)

    def __lt__(self, other):
        return int.__lt__(self, other)

    def __le__(self, other):
        return int.__le__(self, other)

    def __gt__(self, other):
        return int.__gt__(self, other)

    def __ge__(self, other):
        return int.__ge__(self, other)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        member = str.__new__(cls, *values)
        member._value_ = str(*values)
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(self, format_spec)

    def __eq__(self, other):
        return str.__eq__(self, other)

    def __ne__(self, other):
        return str.__ne__(self, other)

    def __hash__(self):
        return str.__hash__(self)


class Flag(Enum):
    """Support for flags."""
    _is_flag_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if v > high:
                high = v
        bit = 1
        while bit <= high:
            bit <<= 1
        return bit

    @classmethod
    def _is_alias_value_(cls, value):
        return isinstance(value, int) and (value == 0 or len(_bits(value)) > 1)

    @classmethod
    def _finish_(cls):
        mask = 0
        for name in cls._member_names_:
            mask |= cls._member_map_[name]._value_
        type.__setattr__(cls, "_flag_mask_", mask)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__name__))
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if cls._member_type_ is object else (value % (mask + 1))
        if cls._member_type_ is object and value & ~mask:
            max_bits = max(value.bit_length(), mask.bit_length())
            raise ValueError("%r invalid value %r\\n    given %s\\n  allowed %s" % (cls, value, bin(value, max_bits), bin(mask, max_bits)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_bits_(value)]
        extra = value & ~mask
        pseudo._name_ = "|".join(names) if names else None
        if extra and names:
            pseudo._name_ = None
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _iter_bits_(cls, value):
        out = []
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                out.append(m)
        return out

    def __iter__(self):
        return iter(self.__class__._iter_bits_(self._value_))

    def __len__(self):
        return len(_bits(self._value_))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (type(other).__name__, self.__class__.__name__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)

    def __eq__(self, other):
        return int.__eq__(self, other)

    def __ne__(self, other):
        return int.__ne__(self, other)

    def __hash__(self):
        return int.__hash__(self)

    __repr__ = Flag.__repr__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Check an enumeration for various constraints (CPython 3.11's enum.verify)."""
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if issubclass(enumeration, Flag):
            enum_type = "flag"
        elif issubclass(enumeration, Enum):
            enum_type = "enum"
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                duplicates = []
                for name, m in enumeration.__members__.items():
                    if name != m.name:
                        duplicates.append((name, m.name))
                if duplicates:
                    alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
                    raise ValueError("aliases found in %r: %s" % (enumeration, alias_details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = []
                if enum_type == "flag":
                    # every power of two between the lowest and the highest
                    for i in range(low.bit_length(), high.bit_length() - 1):
                        if 2 ** i not in values:
                            missing.append(2 ** i)
                else:
                    for i in range(low + 1, high):
                        if i not in values:
                            missing.append(i)
                if missing:
                    raise ValueError(("invalid %s %r: missing values %s" % (
                        enum_type, cls_name, ", ".join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names or alias.value < 0:
                        continue
                    missed = [v for v in _bits(alias.value) if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = "alias %s is missing" % missing_names[0]
                    else:
                        alias = "aliases %s and %s are missing" % (", ".join(missing_names[:-1]), missing_names[-1])
                    if len(_bits(missing_value)) == 1:
                        value = "value 0x%x" % missing_value
                    else:
                        value = "combined values of 0x%x" % missing_value
                    raise ValueError("invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]"
                                     % (cls_name, alias, value))
        return enumeration
`;
