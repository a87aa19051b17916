// A function's introspection attributes (vm/functionAttributes.ts): __defaults__ and
// __kwdefaults__ (replaceable: calls bind with the new ones), __closure__ and its
// cells' live (and writable) cell_contents, __code__'s co_* fields, __globals__; and a
// class's __subclasses__() (classes.ts), against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("function and class introspection", {
  "defaults, closure and code": `def make(n):
    k = 10
    def add(x, y=2, *args, z=3, **kw):
        return x + n + k
    return add
f = make(5)
print(f.__defaults__, f.__kwdefaults__, make.__defaults__, make.__kwdefaults__, make.__closure__)
print([type(c).__name__ for c in f.__closure__], [c.cell_contents for c in f.__closure__])
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames, co.co_nlocals, co.co_freevars, co.co_firstlineno, hex(co.co_flags))
print(f.__code__ is f.__code__, f.__code__ is make(1).__code__, type(co).__name__, type(co) is type(make.__code__))
print(repr(co).startswith("<code object add at 0x"), repr(co).endswith(", line 3>"))
def pos(a, b, /, c, *, d):
    pass
print(pos.__code__.co_posonlyargcount, pos.__code__.co_argcount, pos.__code__.co_kwonlyargcount, pos.__defaults__)
def gen(a, b=1):
    yield a
async def coro():
    pass
print(hex(gen.__code__.co_flags), hex(coro.__code__.co_flags), gen.__code__.co_varnames, (lambda: 0).__code__.co_name)
print(sorted(k for k in f.__globals__ if not k.startswith("__"))[:4])
`,
  "cells are live": `def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
i = counter()
cell = i.__closure__[0]
i(); i()
print(cell.cell_contents, repr(cell).startswith("<cell at 0x"), ": int object at 0x" in repr(cell))
i()
print(cell.cell_contents, type(cell) is type(counter().__closure__[0]))
def register(fn):
    print("registered", fn.__code__.co_name, fn.__code__.co_argcount)
    return fn
@register
def handler(event, context=None):
    return event
try:
    cell.nope
except AttributeError as e:
    print("AttributeError")
`,
  "built-in functions' identity": `for f in (len, print, max):
    print(f.__name__, f.__qualname__, f.__module__, f.__doc__ is None or len(f.__doc__) > 0)
import functools
@functools.wraps(len)
def mylen(x): return len(x)
print(mylen.__name__, mylen([1]))
`,
  "__subclasses__ of a plugin base": `class Plugin:
    pass
class A(Plugin): pass
class B(Plugin): pass
class C(A, B): pass
print(Plugin.__subclasses__(), A.__subclasses__(), B.__subclasses__(), C.__subclasses__())
registry = {cls.__name__.lower(): cls for cls in Plugin.__subclasses__()}
print(sorted(registry), registry["a"]().__class__.__name__)
def all_subclasses(cls):
    out = []
    for s in cls.__subclasses__():
        out.append(s)
        out.extend(all_subclasses(s))
    return out
print([c.__name__ for c in all_subclasses(Plugin)])
class Shape:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
print(len(Shape.__subclasses__()), type(int.__subclasses__).__name__ if False else "ok")
`,
  "defaults can be replaced; the rest is read-only": `def f(a, b=1, *, c=2):
    return a, b, c
print(f(0))
f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 20}
print(f(0), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print(e)
for name, val in [("__defaults__", [1]), ("__kwdefaults__", 3), ("__closure__", None), ("__globals__", {}), ("__code__", 5)]:
    try:
        setattr(f, name, val)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
def outer():
    x = 1
    def g():
        return x
    return g
g = outer()
g.__closure__[0].cell_contents = 42
print(g())
`,
}, [
  ["def f(): pass\nf.__code__ = 5\n", "TypeError: __code__ must be set to a code object"],
  ["def f(): pass\nf.__globals__ = {}\n", "AttributeError: readonly attribute"],
]);
