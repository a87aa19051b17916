// dataclasses' keyword-only fields (kw_only= of dataclass and field, the KW_ONLY
// marker), InitVar pseudo-fields and slots=True, against CPython 3.11: __init__'s
// parameters and its argument errors, __match_args__, fields(), replace(), the
// remade class with __slots__. Modern public programs use them (they raised
// ImportError / TypeError: unexpected keyword argument 'slots').
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "dataclasses kw_only, InitVar and slots against CPython",
  {
    "classes, instances and the errors of their __init__": `from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, replace, asdict
import dataclasses

@dataclass(kw_only=True)
class A:
    x: int
    y: int = 2

@dataclass
class B:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
    d: int = field(default=4, kw_only=False)

@dataclass
class C:
    a: int
    scale: InitVar[int] = 2
    total: int = field(init=False, default=0)
    def __post_init__(self, scale):
        self.total = self.a * scale

@dataclass(slots=True)
class S:
    x: int
    y: list = field(default_factory=list)
    def norm(self):
        return self.x + len(self.y)

@dataclass(slots=True, frozen=True)
class FS:
    x: int
    y: int = 0

@dataclass
class Base:
    x: int = field(kw_only=True)
    y: int = 0

@dataclass
class Derived(Base):
    z: int = 1

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(A(x=1), A(y=5, x=0), B(1, b=2), B(1, 9, b=2), B.__match_args__, A.__match_args__)
t(lambda: A(1))
t(lambda: A())
t(lambda: B(1))
t(lambda: B(1, 2, 3))
t(lambda: B(1, 2, 3, b=1))
t(lambda: B())
print(C(3), C(3, 5), C(3, scale=10).total, [f.name for f in fields(C)], asdict(C(1)))
t(lambda: replace(C(2), a=4))
print(S(1), S(2, [1, 2]).norm(), S.__slots__, hasattr(S(1), '__dict__'), S(1) == S(1))
t(lambda: setattr(S(1), 'z', 3))
fs = FS(1, 2)
print(fs, hash(fs) == hash(FS(1, 2)), FS.__slots__)
t(lambda: setattr(fs, 'x', 9))
print(Derived(x=5), Derived(1, 2, x=0), Derived.__match_args__, [(f.name, f.kw_only) for f in fields(Derived)])
t(lambda: Derived(1, 2, 3))
print(repr(InitVar[int]), repr(dataclasses.InitVar(str)))
t(lambda: dataclass(slots=True)(type('Q', (), {'__slots__': (), '__annotations__': {'x': 'int'}, '__module__': '__main__'})))
print(type(S).__name__, S.__name__, S.__qualname__, S.__module__, dataclasses.is_dataclass(S))
@dataclass
class K:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = 5
print(K(1), K(1, 2, b=3))
t(lambda: K(1, 2, 3))
`,
  },
  [
    ["from dataclasses import dataclass, KW_ONLY\n@dataclass\nclass T:\n    _: KW_ONLY\n    __: KW_ONLY\n    x: int", "TypeError: '__' is KW_ONLY, but KW_ONLY has already been specified"],
    ["from dataclasses import dataclass\n@dataclass(weakref_slot=True)\nclass T:\n    x: int", "TypeError: weakref_slot is True but slots is False"],
    ["from dataclasses import dataclass, InitVar, field\n@dataclass\nclass T:\n    x: InitVar[int] = field(default_factory=int)", "TypeError: field x cannot have a default factory"],
  ],
);

// A field's metadata is a read-only mapping (an empty one when none was given), so
// `dict(f.metadata)` works for every field.
describeCPythonParity("dataclass field metadata", {
  "metadata of fields with and without it": `
from dataclasses import dataclass, field, fields
@dataclass
class C:
    a: int
    b: int = field(default=5, metadata={"unit": "m"})
for f in fields(C):
    print(f.name, f.metadata, dict(f.metadata), len(f.metadata), type(f.metadata).__name__)
try:
    fields(C)[1].metadata["x"] = 1
except TypeError as e:
    print(e)
`,
}, []);
