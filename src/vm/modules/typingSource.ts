// The `typing` module (Python 3 dialect): a library module written in ePython.
//
// Annotations on a core are never evaluated (function annotations are dropped and
// class annotations kept as text, see the parser's `withAnnotations`), so `typing`
// only has to make the names a program imports exist and behave at run time: they
// can be subscripted (`List[int]`, `Dict[str, Tuple[int, ...]]`), printed, and used
// as aliases. `cast` returns its value, `TYPE_CHECKING` is False, `NewType` returns
// a function that returns its argument, as in CPython. Static checking is a type
// checker's business, not the device's.
//
// `NamedTuple` works as a base class (`class P(NamedTuple): x: int; y: int = 0`) and
// as a function (`NamedTuple("P", [("x", int)])`): the class is a tuple subclass whose
// fields come from its annotations (in order, defaults from the class body), made
// by its metaclass (read-only fields, `_fields`, `_field_defaults`, `_asdict`,
// `_replace`, `_make`, CPython's repr and errors). A `TypedDict` class makes plain
// dicts (`Movie(name=..., year=...)` is a dict, as in CPython) and records
// `__total__`, `__required_keys__` and `__optional_keys__` (`Required[...]` and
// `NotRequired[...]` keys too); `TypedDict("Name", {...}, total=...)` makes one.
// The aliases of the collection types answer isinstance/issubclass as their classes
// (`isinstance(x, Iterable)`, `issubclass(C, Mapping)`: collections.abc, imported on
// the first such check; `List`: list...); a subscripted alias refuses, as CPython's.
// Not provided: subclassing an alias (`class M(typing.Mapping)`: use
// collections.abc.Mapping), field types of a NamedTuple (its
// `__annotations__` hold the annotations' text).
// `Generic` and `Protocol` are real base classes (`Box[int]` is an alias of Box, CPython's);
// `@runtime_checkable` protocols answer isinstance/issubclass by their members.
// `Self` is a form that refuses subscripts and calls; `Annotated[T, x]` keeps T as
// `__origin__` and the rest as `__metadata__` (get_type_hints strips it unless
// include_extras=True).

export const TYPING_SOURCE = `# typing: library module of ePython-TS (see src/vm/modules/typingSource.ts)

TYPE_CHECKING = False


class _Form:
    def __init__(self, name, args=None):
        self._name = name
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Form(self._name, params)

    def __call__(self, *args):
        raise TypeError("Type " + self._name + " cannot be instantiated")

    def __repr__(self):
        if self.__args__ is None:
            return "typing." + self._name
        return "typing." + self._name + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def _key(self):
        # As CPython compares them: Optional[X] is Union[X, None], and a union's members
        # are compared as a set (Union[int, str] == Union[str, int]).
        if self.__args__ is not None and self._name in ("Union", "Optional"):
            args = [type(None) if a is None else a for a in self.__args__]
            if self._name == "Optional":
                args.append(type(None))
            try:
                return ("Union", frozenset(args))
            except TypeError:
                return ("Union", tuple(args))
        return (self._name, self.__args__)

    def __eq__(self, other):
        return isinstance(other, _Form) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    # isinstance(x, List) / issubclass(C, Iterable): the alias's class (CPython's
    # _BaseGenericAlias). The collection ABCs are imported on the first such check
    # only, so that importing typing for annotations costs no collections.abc.
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self._name == "Union" and self.__args__ is not None:
            return any(issubclass(cls, type(None) if a is None else a) for a in self.__args__)
        if self._name == "Optional" and self.__args__ is not None:
            return cls is type(None) or issubclass(cls, self.__args__[0])
        if self.__args__ is not None:
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        origin = _origin(self._name)
        if origin is None:
            raise TypeError("typing." + self._name + " cannot be used with isinstance()")
        return issubclass(cls, origin)


# (The tables are local constants: module-level ones would stay on the core's heap
# for every program that imports typing for its annotations.)
def _origin(name):
    builtin = {"List": list, "Dict": dict, "Set": set, "FrozenSet": frozenset, "Tuple": tuple, "Type": type}
    if name in builtin:
        return builtin[name]
    if name in ("Iterable", "Iterator", "Generator", "Sequence", "MutableSequence", "Mapping",
                "MutableMapping", "Hashable", "Sized", "Collection", "Container", "Reversible",
                "Callable", "AbstractSet", "MutableSet", "MappingView", "KeysView", "ItemsView",
                "ValuesView", "ByteString", "Awaitable"):
        import collections.abc
        return getattr(collections.abc, "Set" if name == "AbstractSet" else name)
    in_collections = {"Deque": "deque", "DefaultDict": "defaultdict", "Counter": "Counter", "OrderedDict": "OrderedDict"}
    if name in in_collections:
        import collections
        return getattr(collections, in_collections[name])
    return None


def _type_repr(t):
    if isinstance(t, list):
        return "[" + ", ".join(_type_repr(a) for a in t) + "]"
    if isinstance(t, type):
        # CPython's typing._type_repr: a class outside builtins is named with its module.
        # (ePython's built-in types have no __module__ or __qualname__.)
        module = getattr(t, "__module__", "builtins")
        if module == "builtins":
            return t.__name__
        return module + "." + getattr(t, "__qualname__", t.__name__)
    if t is Ellipsis:
        return "..."
    return repr(t)


class _SelfForm(_Form):
    # typing.Self: only an annotation (PEP 673).
    def __getitem__(self, params):
        raise TypeError("typing.Self is not subscriptable")

    def __call__(self, *args):
        raise TypeError("Cannot instantiate typing.Self")


class _AnnotatedForm(_Form):
    # Annotated[T, x, ...] (PEP 593): T with metadata no one checks at run time.
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        return _AnnotatedAlias(params[0], tuple(params[1:]))

    def __call__(self, *args):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __repr__(self):
        return "<class 'typing.Annotated'>"


class _AnnotatedAlias:
    # CPython's _AnnotatedAlias: __origin__ the type, __metadata__ the rest; nested
    # Annotated flattens; calling it makes an instance of the type.
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        self.__origin__ = origin
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[" + _type_repr(self.__origin__) + ", " + ", ".join(repr(a) for a in self.__metadata__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        raise TypeError(repr(self) + " is not a generic class")

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


Self = _SelfForm("Self")
Annotated = _AnnotatedForm("Annotated")
Any = _Form("Any")
Union = _Form("Union")
Optional = _Form("Optional")
List = _Form("List")
Dict = _Form("Dict")
Set = _Form("Set")
FrozenSet = _Form("FrozenSet")
Tuple = _Form("Tuple")
Callable = _Form("Callable")
Iterable = _Form("Iterable")
Iterator = _Form("Iterator")
Generator = _Form("Generator")
Sequence = _Form("Sequence")
MutableSequence = _Form("MutableSequence")
Mapping = _Form("Mapping")
MutableMapping = _Form("MutableMapping")
Type = _Form("Type")
ClassVar = _Form("ClassVar")
Final = _Form("Final")
Required = _Form("Required")
NotRequired = _Form("NotRequired")
Literal = _Form("Literal")
Deque = _Form("Deque")
DefaultDict = _Form("DefaultDict")
Counter = _Form("Counter")
NoReturn = _Form("NoReturn")
Hashable = _Form("Hashable")
Sized = _Form("Sized")
Collection = _Form("Collection")
Container = _Form("Container")
Reversible = _Form("Reversible")
AbstractSet = _Form("AbstractSet")
MutableSet = _Form("MutableSet")
MappingView = _Form("MappingView")
KeysView = _Form("KeysView")
ItemsView = _Form("ItemsView")
ValuesView = _Form("ValuesView")
ByteString = _Form("ByteString")
OrderedDict = _Form("OrderedDict")
Awaitable = _Form("Awaitable")


# Base classes: \`class Stack(Generic[T])\` subclasses Generic itself (the parameters
# only matter to a type checker). A generic class subscripted (\`Stack[int]\`) is
# CPython's alias of it (_GenericAlias below).
class Generic:
    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)


class _GenericAlias:
    # A user generic class with type arguments, as CPython's typing._GenericAlias:
    # printed __main__.Stack[int]; calling it makes an instance of the class (its
    # __orig_class__ the alias); as a base class it is the class (__mro_entries__);
    # other attributes are the class's.
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        return _type_repr(self.__origin__) + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return () if self.__origin__ in bases else (self.__origin__,)

    def __getattr__(self, attr):
        if attr[:2] == "__" and attr[-2:] == "__":
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __getitem__(self, params):
        # Stack[T][int]: the alias's type variables replaced in order.
        if not isinstance(params, tuple):
            params = (params,)
        tvars = [a for a in self.__args__ if isinstance(a, TypeVar)]
        if len(params) != len(tvars):
            raise TypeError("Too " + ("many" if len(params) > len(tvars) else "few") + " arguments for " + repr(self))
        subst = dict(zip(tvars, params))
        return _GenericAlias(self.__origin__, tuple(subst.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


# Protocols as CPython 3.11's typing: @runtime_checkable ones answer isinstance by
# their members (_ProtocolMeta.__instancecheck__) and, when every member is a method,
# issubclass through the __subclasshook__ that Protocol.__init_subclass__ installs
# (abc.ABCMeta asks it). CPython lets abc and functools check any protocol (it looks
# at its caller's frame); here the checks ABCMeta makes for _ProtocolMeta's fallback
# are the allowed ones (_reckless_depth counts them).
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

_EXCLUDED_ATTRIBUTES = ['__parameters__', '__orig_bases__', '__orig_class__',
                        '_is_protocol', '_is_runtime_protocol',
                        '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                        '__init__', '__module__', '__new__', '__slots__',
                        '__subclasshook__', '__weakref__', '__class_getitem__',
                        '_MutableMapping__marker']

_reckless_depth = [0]


def _allow_reckless_class_checks():
    return _reckless_depth[0] > 0


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:  # without object
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _EXCLUDED_ATTRIBUTES:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    # PEP 544 prohibits using issubclass() with protocols that have non-method members.
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)

    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')

    # Already using a custom __init__: nothing to find.
    if cls.__init__ is not _no_init_or_replace_init:
        return

    # The first instantiation of a concrete subclass finds the __init__ its MRO
    # would run without the protocol's, and installs it.
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__

    cls.__init__(self, *args, **kwargs)


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if (
            getattr(cls, '_is_protocol', False) and
            not getattr(cls, '_is_runtime_protocol', False) and
            not _allow_reckless_class_checks()
        ):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")

        if ((not getattr(cls, '_is_protocol', False) or
                _is_callable_members_only(cls)) and
                issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                    # All *methods* can be blocked by setting them to None.
                    (not callable(getattr(cls, attr, None)) or
                     getattr(instance, attr) is not None)
                    for attr in _get_protocol_attrs(cls)):
                return True
        _reckless_depth[0] += 1
        try:
            return super().__instancecheck__(instance)
        finally:
            _reckless_depth[0] -= 1


class Protocol(Generic, metaclass=_ProtocolMeta):
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)

        # Determine if this is a protocol or a concrete subclass.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        # Set (or override) the protocol subclass hook.
        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented

            # First, perform various sanity checks.
            if not getattr(cls, '_is_runtime_protocol', False):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if not _is_callable_members_only(cls):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                # Same error message as for issubclass(1, int).
                raise TypeError('issubclass() arg 1 must be a class')

            # Second, perform the actual structural compatibility check.
            mro = getattr(other, '__mro__', None)
            if mro is None:
                # A built-in type (no __mro__ or __dict__ on a core): its attributes
                # are its own or object's, and none of them is None.
                for attr in _get_protocol_attrs(cls):
                    if not hasattr(other, attr):
                        return NotImplemented
                return True
            for attr in _get_protocol_attrs(cls):
                for base in mro:
                    # Check if the members appears in the class dictionary...
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break

                    # ...or in annotations, if it is a sub-protocol.
                    annotations = getattr(base, '__annotations__', {})
                    if (isinstance(annotations, dict) and
                            attr in annotations and
                            issubclass(other, Generic) and other._is_protocol):
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook

        # We have nothing more to do for non-protocols...
        if not cls._is_protocol:
            return

        # ... otherwise check consistency of bases, and prohibit instantiation.
        for base in cls.__bases__:
            if not (base in (object, Generic) or
                    issubclass(base, Generic) and base._is_protocol):
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# The one-method protocols of CPython's typing (SupportsAbs and SupportsRound are
# generic there: subscripting gives the class itself, as Generic does here).
@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @_abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @_abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @_abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    @_abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @_abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits=0):
        pass


AnyStr = _Form("AnyStr")
Text = str


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        # CPython's checks and variance marks (+T covariant, -T contravariant).
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


def cast(typ, val):
    return val


def get_origin(tp):
    # CPython's answers: List[int] -> list, Optional[int] -> Union, list[int] -> list,
    # int | None -> types.UnionType, a bare alias or a class -> None.
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _Form):
        if tp.__args__ is None:
            return _origin(tp._name)
        if tp._name in ('Union', 'Optional'):
            return Union
        origin = _origin(tp._name)
        if origin is None:
            # The module's own form (get_origin(Literal['a']) is Literal).
            form = globals().get(tp._name)
            return form if isinstance(form, _Form) else _Form(tp._name)
        return origin
    if type(tp).__name__ in ('UnionType', 'types.UnionType'):
        return type(tp)
    return getattr(tp, '__origin__', None)


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _Form):
        args = tp.__args__ or ()
        if tp._name == 'Optional':
            return (args[0], type(None))
        return tuple(args)
    args = getattr(tp, '__args__', None)
    return args if isinstance(args, tuple) else ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    # CPython 3.11's answers for functions, methods, classes (their MRO's annotations,
    # base first) and modules; the annotations' text is read in the owner's module
    # (_annotations.evaluate: names, attributes, subscripts, unions, literals).
    from _annotations import evaluate
    def value(text, owner):
        v = evaluate(text, owner) if isinstance(text, str) else text
        # Annotated[T, ...] is T unless the caller asks for the extras, as CPython's.
        while isinstance(v, _AnnotatedAlias) and not include_extras:
            v = v.__origin__
        return type(None) if v is None else v
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            for name, text in ann.items():
                hints[name] = value(text, base)
        return hints
    target = getattr(obj, '__wrapped__', obj) if callable(obj) else obj
    ann = getattr(target, '__annotations__', None)
    if ann is None:
        if callable(obj) or type(obj).__name__ == 'module':
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    return {name: value(text, getattr(target, '__func__', target)) for name, text in ann.items()}


def NewType(name, tp):
    def new_type(x):
        return x
    # Named as CPython's NewType is (its __name__, __qualname__, __supertype__).
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def _field(name, index):
    from _collections import _tuplegetter
    return _tuplegetter(name, index)


def _name_list(names):
    quoted = ["'" + n + "'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _namedtuple_fields(cls):
    own = vars(cls)
    fields = list(own["__annotations__"]) if "__annotations__" in own else []
    defaults = {}
    for name in fields:
        if name.startswith("_"):
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in own:
            defaults[name] = own[name]
        elif defaults:
            raise TypeError("Non-default namedtuple field " + name + " cannot follow default field" +
                            ("s " if len(defaults) > 1 else " ") + ", ".join(defaults))
    cls._fields = tuple(fields)
    # Positional sub-patterns of \`case P(x, y):\` name the fields, as collections.namedtuple's.
    cls.__match_args__ = cls._fields
    cls._field_defaults = defaults
    if own.get("__doc__") is None:
        cls.__doc__ = cls.__name__ + "(" + ", ".join(fields) + ")"
    for i, name in enumerate(fields):
        setattr(cls, name, _field(name, i))


_NT_BOOKKEEPING = ("__module__", "__qualname__", "__doc__", "__dict__", "__weakref__")


class _NamedTupleMeta(type):
    # CPython's NamedTupleMeta: \`class P(NamedTuple)\` makes a class of type \`type\` derived
    # straight from tuple (its __bases__ and __mro__ show no NamedTuple), given
    # NamedTuple's methods unless the body defines its own.
    def __new__(mcls, name, bases, ns, _root=False):
        if _root:
            return super().__new__(mcls, name, bases, ns)
        for key, value in vars(NamedTuple).items():
            if key not in _NT_BOOKKEEPING and key not in ns:
                ns[key] = value
        bases = tuple(tuple if b is NamedTuple else b for b in bases)
        cls = type.__new__(type, name, bases, ns)
        _namedtuple_fields(cls)
        return cls


class NamedTuple(tuple, metaclass=_NamedTupleMeta, _root=True):
    _fields = ()
    _field_defaults = {}

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            return _namedtuple_call(*args, **kwargs)
        fields = cls._fields
        defaults = cls._field_defaults
        n = len(args)
        if n > len(fields):
            if defaults:
                takes = "from %d to %d" % (len(fields) - len(defaults) + 1, len(fields) + 1)
            else:
                takes = str(len(fields) + 1)
            raise TypeError("%s.__new__() takes %s positional arguments but %d were given" % (cls.__name__, takes, n + 1))
        values = list(args)
        missing = []
        for name in fields[:n]:
            if name in kwargs:
                raise TypeError("%s.__new__() got multiple values for argument '%s'" % (cls.__name__, name))
        for name in fields[n:]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in defaults:
                values.append(defaults[name])
            else:
                missing.append(name)
        for name in kwargs:
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (cls.__name__, name))
        if missing:
            raise TypeError("%s.__new__() missing %d required positional argument%s: %s" %
                            (cls.__name__, len(missing), "s" if len(missing) > 1 else "", _name_list(missing)))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(
            name + "=" + repr(value) for name, value in zip(self._fields, self)) + ")"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(self._fields, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return tuple.__new__(type(self), values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError("Expected %d arguments, got %d" % (len(cls._fields), len(values)))
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)


def _namedtuple_call(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    seen = set()
    for name, _ in fields:
        if name in seen:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        seen.add(name)
    ns = {"__annotations__": {name: tp for name, tp in fields}, "__module__": "__main__"}
    return _NamedTupleMeta(typename, (NamedTuple,), ns)


def _td_marker(annotation):
    # "Required" or "NotRequired" for an annotation (its text, or the form itself)
    # wrapped in one, else None.
    if isinstance(annotation, str):
        head = annotation.split("[", 1)[0].strip()
        head = head.rsplit(".", 1)[-1]
        return head if head in ("Required", "NotRequired") and "[" in annotation else None
    if isinstance(annotation, _Form) and annotation.__args__ is not None and annotation._name in ("Required", "NotRequired"):
        return annotation._name
    return None


class _TypedDictMeta(type):
    # CPython's: a TypedDict is no class to test values against.
    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class TypedDict(dict, metaclass=_TypedDictMeta):
    def __init_subclass__(cls, total=True, **kwargs):
        own = vars(cls)
        keys = list(own["__annotations__"]) if "__annotations__" in own else []
        required = set()
        optional = set()
        annotations = {}
        for base in cls.__bases__:
            required |= getattr(base, "__required_keys__", set())
            optional |= getattr(base, "__optional_keys__", set())
            if base is not TypedDict:
                annotations.update(getattr(base, "__annotations__", {}))
        # As CPython's: a TypedDict's __annotations__ hold its bases' keys too.
        annotations.update(own.get("__annotations__", {}))
        cls.__annotations__ = annotations
        for key in keys:
            # PEP 655: Required[...] / NotRequired[...] override the class's total.
            marker = _td_marker(own["__annotations__"][key])
            if marker == "Required" or (marker is None and total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        cls.__total__ = total
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)

    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_call(*args, **kwargs)
        return dict(*args, **kwargs)


def _typeddict_call(typename, fields=None, /, *, total=True, **kwargs):
    # The functional form, TypedDict("Movie", {"title": str}, total=False): a class.
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return type(typename, (TypedDict,), ns, total=total)
`;
