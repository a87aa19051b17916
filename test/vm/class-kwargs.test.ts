// `class C(**kw)`: the keywords merged as a call's (compiler/emitter.ts classKeywordsMerged), as CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("class keywords with **", {
  "metaclass and __init_subclass__ keywords": `class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta", name, kw)
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        pass
kw = {"metaclass": Meta, "x": 1}
class A(**kw):
    pass
class B(A, y=2, **{"z": 3}):
    pass
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class C(Base, **{"flag": True}):
    pass
`,
}, [
  ["class D(**{'a': 1}, a=2):\n    pass\n", "TypeError: __build_class__() got multiple values for keyword argument 'a'"],
  ["class D(**1):\n    pass\n", "TypeError: __build_class__() argument after ** must be a mapping, not int"],
  ["class B:\n    pass\nclass D(B, **{'a': 1}, **{'a': 2}):\n    pass\n", "TypeError: __build_class__() got multiple values for keyword argument 'a'"],
  ["class D(**{'a': 1}):\n    pass\n", "TypeError: D.__init_subclass__() takes no keyword arguments"],
]);
