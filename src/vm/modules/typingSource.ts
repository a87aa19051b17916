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
// `Generic` and `Protocol` are real base classes (`Box[int]` is Box itself, not an alias).
// Not provided: `NamedTuple` and `TypedDict` as base classes, `Protocol` checks,
// `get_type_hints`.

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

    def __eq__(self, other):
        return isinstance(other, _Form) and self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))


def _type_repr(t):
    if isinstance(t, type):
        return t.__name__
    if t is Ellipsis:
        return "..."
    return repr(t)


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
Awaitable = _Form("Awaitable")


# Base classes: \`class Stack(Generic[T])\` subclasses Generic itself (the parameters
# only matter to a type checker).
class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


AnyStr = _Form("AnyStr")
Text = str


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound

    def __repr__(self):
        return "~" + self.__name__


def cast(typ, val):
    return val


def NewType(name, tp):
    def new_type(x):
        return x
    return new_type


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f
`;
