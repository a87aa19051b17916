// Private name mangling (compiler/mangling.ts, lang/privateNames.ts): `__x` inside a
// class body and everything nested in it is `_Class__x`, as CPython's compiler makes
// it — attributes, locals, parameters, nested defs and classes, imports, except and
// match names, class annotations, `__slots__` — while keyword arguments, dunders,
// dotted module names and __name__/__qualname__ keep the written name.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "private name mangling against CPython",
  {
    "names, attributes, parameters, nested defs and classes": `class C:
    __cv = 5
    def __init__(self, __p=1):
        self.__x = __p
        __local = 3
        print(sorted(k for k in locals()))
    def f(self, **kw):
        return kw
    def g(self):
        import math as __m
        return self.f(__k=1), __m.pi > 3, self.__cv, C.__cv, getattr(self, "__x", "no"), self._C__x
    def __dunder__(self):
        return "d"
    class __Inner:
        pass
    def h(self):
        return self.__Inner.__name__, self.__Inner.__qualname__, [self.__x for _ in range(1)], (lambda: self.__x)()
print(vars(C()).keys(), sorted(k for k in vars(C) if 'C' in k or k.startswith('__c')))
c = C()
print(c.g(), c.__dunder__(), c.h())
class D(C):
    def __init__(self):
        super().__init__()
        self.__x = "D"
print(sorted(vars(D()).items()))
def outer():
    __y = 1
    class E:
        def m(self):
            return __y
    return E().m()
try:
    print(outer())
except NameError as e:
    print("NameError", e)
class _Under:
    def m(self):
        self.__a = 1
        return vars(self)
print(_Under().m())
class ___:
    def m(self):
        self.__a = 1
        return vars(self)
print(___().m())
`,
    "slots, name-mangled methods, dataclass fields, enums, __getattr__": `class C:
    __slots__ = ('__x', 'y')
    def __init__(self):
        self.__x = 1
        self.y = 2
    def get(self):
        return self.__x
print(C().get(), sorted(k for k in dir(C) if 'x' in k))
class P:
    def __init__(self):
        self.__secret = 42
    def __private(self):
        return "p"
    def call(self):
        return self.__private()
p = P()
print(p.call(), p._P__secret, hasattr(p, "__secret"))
try:
    p.__private()
except AttributeError as e:
    print(e)
from dataclasses import dataclass
@dataclass
class D:
    __a: int = 1
    b: int = 2
print(D(), D.__annotations__ if False else "")
from enum import Enum
class E(Enum):
    __ignore__ = []
    A = 1
print(list(E))
class N:
    def __init__(self):
        self.__d = {}
    def __getattr__(self, name):
        return name
print(N().__zz, N()._N__d)
`,
    "match captures, except names, global and nonlocal, comprehensions": `class M:
    def run(self, v):
        match v:
            case {"k": __val, **__rest}:
                return __val, __rest
            case [__first, *__others]:
                return __first, __others
    def err(self):
        try:
            1 / 0
        except ZeroDivisionError as __e:
            return type(__e).__name__, sorted(k for k in locals() if "e" in k)
    def counter(self):
        __n = 0
        def bump():
            nonlocal __n
            __n += 1
            return __n
        bump()
        return bump(), [__n for __i in range(2)], {__j: __n for __j in "ab"}
print(M().run({"k": 1, "z": 2}), M().run([1, 2, 3]), M().err(), M().counter())
__g = "module-level names are never mangled"
class G:
    def read(self):
        global __g
        __g = "set"
        return sorted(k for k in globals() if "__g" in k)
print(G().read(), __g)
`,
  },
  [
    [`class C:\n    __slots__ = ("__x", "y")\n    def __init__(self):\n        self.__x = 1\nc = C()\nprint(C._C__x, C.y, c._C__x)\nc.__x\n`, "AttributeError: 'C' object has no attribute '__x'"],
    [`class A:\n    def __init__(self):\n        self.__v = 1\nA().__v\n`, "AttributeError: 'A' object has no attribute '__v'"],
    [`class A:\n    def m(self):\n        return __undefined\nA().m()\n`, "NameError: name '_A__undefined' is not defined"],
  ],
);
