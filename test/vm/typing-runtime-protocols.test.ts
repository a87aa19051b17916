// typing.Protocol with @runtime_checkable (CPython 3.11's _ProtocolMeta and the
// __subclasshook__ Protocol.__init_subclass__ installs), abc.ABCMeta asking a class's
// __subclasshook__, and type.__instancecheck__/__subclasscheck__ for a metaclass's
// super() call. Found by pyperformance's typing_runtime_protocols benchmark, which
// raised ImportError (no runtime_checkable).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const protocols = `from typing import Protocol, runtime_checkable

@runtime_checkable
class HasX(Protocol):
    x: int

@runtime_checkable
class SupportsInt(Protocol):
    def __int__(self) -> int: ...

@runtime_checkable
class SupportsIntAndX(Protocol):
    x: int
    def __int__(self) -> int: ...

class NotRuntime(Protocol):
    def f(self): ...

class Empty: pass
class PropertyX:
    @property
    def x(self): return 42
class HasInt:
    def __int__(self): return 42
class Blocked:
    __int__ = None
class InstX:
    def __init__(self): self.x = 1
class NominalX(HasX):
    def __init__(self): self.x = 42
class NominalInt(SupportsInt):
    def __int__(self): return 7
class PropXInt:
    @property
    def x(self): return 1
    def __int__(self): return 1
`;

describeCPythonParity(
  "typing runtime-checkable protocols against CPython",
  {
  "every Supports* protocol answers for built-in values as CPython": `from typing import SupportsRound, SupportsComplex, SupportsBytes, SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs
class R:
    def __round__(self, n=0): return 1
vals = [1, True, 2.5, 1j, b"x", "s", [1], R(), None]
for P in (SupportsRound, SupportsComplex, SupportsBytes, SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs):
    print(P.__name__, [isinstance(v, P) for v in vals])
`,
    "isinstance by members: attributes, properties, methods, nominal": `${protocols}
for obj in (Empty(), PropertyX(), InstX(), NominalX()):
    print(type(obj).__name__, isinstance(obj, HasX))
for obj in (Empty(), HasInt(), Blocked(), NominalInt()):
    print(type(obj).__name__, isinstance(obj, SupportsInt), issubclass(type(obj), SupportsInt))
for obj in (Empty(), PropXInt(), InstX(), NominalX()):
    print(type(obj).__name__, isinstance(obj, SupportsIntAndX))
print(HasX._is_protocol, NominalX._is_protocol, HasX._is_runtime_protocol, NotRuntime._is_runtime_protocol)
print(int(NominalInt()), NominalX().x, type(HasX).__name__)
`,
    "errors: non-runtime, issubclass of data protocols, instantiation": `${protocols}
def t(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
t(lambda: isinstance(Empty(), NotRuntime))
t(lambda: issubclass(Empty, HasX))
t(lambda: issubclass(Empty, NotRuntime))
t(lambda: HasX())
t(lambda: runtime_checkable(Empty))
t(lambda: issubclass(1, SupportsInt))
`,
    "SupportsInt/Float/Index/Abs and a user protocol over built-in values": `from typing import SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, Protocol, runtime_checkable
from fractions import Fraction
from decimal import Decimal
class Celsius:
    def __init__(self, d): self.d = d
    def __float__(self): return float(self.d)
    def __int__(self): return int(self.d)
vals = [3, 2.5, True, 'x', [1], 1j, b'ab', Fraction(1, 3), Decimal('1.5'), Celsius(4), None, range(3)]
for P in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs):
    print(P.__name__, [isinstance(v, P) for v in vals], issubclass(int, P), issubclass(Celsius, P), issubclass(bool, P))
@runtime_checkable
class Sized(Protocol):
    def __len__(self): ...
print([isinstance(v, Sized) for v in vals], issubclass(dict, Sized), issubclass(int, Sized))
def to_int(x: SupportsInt) -> int:
    return int(x)
print(to_int(Celsius(7.9)))
try:
    SupportsInt()
except TypeError as e:
    print("TypeError", e)
`,
    "ABCMeta asks __subclasshook__; a metaclass defers to type's checks": `import abc
class Quacks(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in X.__dict__ for X in C.__mro__):
            return True
        return NotImplemented
class Duck:
    def quack(self): pass
class Refuses(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
class Child(Refuses): pass
print(issubclass(Duck, Quacks), isinstance(Duck(), Quacks), issubclass(Child, Quacks))
print(issubclass(Child, Refuses), isinstance(Child(), Refuses), object.__subclasshook__(int))
class Meta(type):
    def __instancecheck__(cls, inst):
        return super().__instancecheck__(inst)
    def __subclasscheck__(cls, sub):
        return type.__subclasscheck__(cls, sub)
class P(metaclass=Meta): pass
class Q(P): pass
print(isinstance(Q(), P), isinstance(3, P), issubclass(Q, P), issubclass(int, P), type.__instancecheck__(P, Q()))
`,
  },
  [
    ["import abc\nclass A(abc.ABC):\n    @classmethod\n    def __subclasshook__(cls, C): return 1\nissubclass(int, A)", "AssertionError: __subclasshook__ must return either False, True, or NotImplemented"],
    ["class M(type): pass\nclass P(metaclass=M): pass\ntype.__subclasscheck__(P, 3)", "TypeError: issubclass() arg 1 must be a class"],
  ],
);
