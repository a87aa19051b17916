// types (library module, src/vm/modules/typesSource.ts; type objects vm/heapTypes.ts) against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("types", {
  "type objects, MethodType, ModuleType, SimpleNamespace, MappingProxyType": `import types, sys
from types import SimpleNamespace, FunctionType, GeneratorType, MethodType, BuiltinFunctionType, LambdaType, ModuleType, NoneType, MappingProxyType

def f(x):
    return x
def gen():
    yield 1
class A:
    def __init__(self, v): self.v = v
    def get(self): return self.v
a = A(7)
print(isinstance(f, FunctionType), isinstance(lambda: 0, LambdaType), type(f) is types.FunctionType)
print(isinstance(gen(), GeneratorType), isinstance(f, GeneratorType), isinstance((x for x in []), types.GeneratorType))
print(isinstance(a.get, MethodType), isinstance(A.get, MethodType), isinstance(A.get, FunctionType))
print(isinstance(len, BuiltinFunctionType), isinstance(f, BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, ModuleType), isinstance(None, NoneType), NoneType(), type(None) is NoneType)
m = MethodType(lambda self, k: self.v * k, a)
print(m(3), m.__self__ is a)
mod = ModuleType("plugin", "its doc")
mod.answer = 42
print(mod, mod.__name__, mod.__doc__, mod.answer, ModuleType("x").__doc__)
ns = SimpleNamespace(a=1, b="two", c=[3])
print(ns, ns.a, ns.b)
ns.d = 4.5
del ns.a
print(ns, repr(SimpleNamespace()))
print(SimpleNamespace(x=1) == SimpleNamespace(x=1), SimpleNamespace(x=1) == SimpleNamespace(x=2), SimpleNamespace(x=1) != SimpleNamespace(x=1))
class Point(SimpleNamespace):
    pass
p = Point(x=1, y=2)
p.me = p
print(p, p == SimpleNamespace(x=1, y=2, me=p))
print(vars(ns))
try:
    hash(ns)
except TypeError as e:
    print(e)
d = {"k": 1}
mp = MappingProxyType(d)
print(mp["k"], len(mp), "k" in mp, list(mp), mp.get("z", 0), list(mp.items()), mp)
d["j"] = 2
print(mp, mp == {"k": 1, "j": 2}, mp.copy())
try:
    mp["k"] = 5
except TypeError as e:
    print(e)
for bad in [(len, None), (1, 2)]:
    try:
        MethodType(*bad)
    except TypeError as e:
        print(e)
try:
    ModuleType()
except TypeError as e:
    print(e)
print(type(a.get) is type(A(1).get), types.SimpleNamespace)
`,
}, [
  ["import types\ntypes.SimpleNamespace(1)", "TypeError: no positional arguments expected"],
  ["import types\ntypes.NoneType(1)", "TypeError: NoneType takes no arguments"],
]);
