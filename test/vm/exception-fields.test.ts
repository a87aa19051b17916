// AttributeError's name/obj, NameError's name and ImportError's name/path/msg
// (CPython 3.10+): given as keywords by the program, or read from the error the VM
// raised (exceptionFields.ts), in the interpreter and in compiled loops.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("exception fields", {
  "built-in values name themselves as obj": `for v, n in ((5, "foo"), ("abc", "uper"), ([1], "apend"), (2.5, "x"), (None, "y")):
    try:
        getattr(v, n)
    except AttributeError as e:
        print(e, "|", e.name, e.obj)
`,
  "attribute lookups": `class C:
    def __init__(self): self.a = 1
o = C()
def probe(o, n):
    try:
        return getattr(o, n)
    except AttributeError as e:
        return (e.name, e.obj is o)
for i in range(100):
    r = probe(o, "zz")
print(r)
def f():
    try:
        o.q
    except AttributeError as e:
        return e.name, e.obj is o, e.args, str(e)
for i in range(100): r = f()
print(r)
try:
    C.nope
except AttributeError as e:
    print(e.name, e.obj is C)
import math
try:
    math.zz
except AttributeError as e:
    print(e.name, e.obj is math)
try:
    del math.zz
except AttributeError as e:
    print("del", e.name, e.obj)
try:
    del o.qq
except AttributeError as e:
    print("del", e.name, e.obj)
class S:
    __slots__ = ('a',)
try:
    S().a
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    None.foo
except AttributeError as e:
    print(e.name, e.obj)
print(hasattr(o, "zz"), getattr(o, "zz", 5))
`,
  "keywords and defaults": `e = AttributeError("x", name="n", obj=3)
print(e.args, e.name, e.obj, str(e), repr(e))
e.obj = 4
e.name = "m"
print(e.obj, e.name)
e = AttributeError("x")
print(e.name, e.obj)
class MyAE(AttributeError): pass
e = MyAE("m", name="k")
print(e.name, e.obj, e.args, repr(e), str(e))
e = NameError("x", name="nm")
print(e.name, e.args)
e = NameError(name="z")
print(e.name, e.args, repr(e))
e = ImportError("m", name="a", path="/p")
print(e.name, e.path, e.args, e.msg)
class MyIE(ImportError): pass
e = MyIE("a", "b", path="p")
print(e.name, e.path, e.msg, e.args)
e = ModuleNotFoundError("m", name="x")
print(e.name, e.msg, ImportError().msg)
try:
    raise AttributeError("'C' object has no attribute 'x'")
except AttributeError as e:
    print(e.name, e.obj)
`,
  "names and imports": `try:
    undefined_thing
except NameError as e:
    print(e.name, e)
def f():
    print(loc)
    loc = 1
try:
    f()
except NameError as e:
    print(type(e).__name__, e.name)
def g():
    for i in range(100):
        try:
            missing_name
        except NameError as e:
            r = e.name
    return r
print(g())
try:
    import a_missing_mod
except ModuleNotFoundError as e:
    print(e.name, e.path, e.msg)
try:
    from math import nope
except ImportError as e:
    print(e.name)
`,
}, [
  ["AttributeError('x', bad=1)", "TypeError: 'bad' is an invalid keyword argument for AttributeError()"],
  ["class E(AttributeError): pass\nE('m', foo=1)", "TypeError: 'foo' is an invalid keyword argument for AttributeError()"],
  ["ImportError('x', foo=1)", "TypeError: 'foo' is an invalid keyword argument for ImportError()"],
  ["NameError('x', obj=1)", "TypeError: 'obj' is an invalid keyword argument for NameError()"],
  ["KeyError('m', name=1)", "TypeError: KeyError() takes no keyword arguments"],
]);
