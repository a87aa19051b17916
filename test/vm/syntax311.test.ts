// Python 3.11 grammar corners (issue 9), each compared with CPython 3.11: f-string
// details, star-expressions, global/nonlocal, decorators of any expression (PEP 614),
// parenthesised context managers, lambdas, chained comparisons, del forms, numeric
// and string literal forms, line structure. And CPython's compile-time errors for
// global/nonlocal declarations after a use or an assignment.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { compileProgram } from "../../src/compiler/program.js";

const programs: Record<string, string> = {
  s1: String.raw`
x = 42; w = 8; name = "bob"
print(f"{x=}")
print(f"{x = }")
print(f"{x=!r:>{w}}|")
print(f"{name!r:>{w}}|")
print(f"{'nested'}")
print(f"{{literal}} {x}")
print(f"{x:#x} {x:08.3f} {x:,}")
print(f"{3.14159:.{3}f}")
print(f"{name=!s}")
print(f"{x*2=}")
d = {"k": 1}
print(f"{d['k']}")
print(f'{d["k"]=}')
print(f"{'a' if x else 'b'}")
print(f"{x!a}")
print(f"""{
x
}""")
print(f"{(lambda: 5)()}")
print(f"{name:*^11}")
`,
  s2: String.raw`
def f():
    return 1, *[2, 3]
print(f())
def g():
    yield 1, *[2, 3]
print(list(g()))
a = {}
a[1, 2] = 3
print(a)
t = (0, 1)
print(a[*t[1:2], 2] if False else a[1, 2])
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
for [a1, (b1, c1)] in [(1, (2, 3))]:
    print(a1, b1, c1)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *{4: 1}])
print({**{"a": 1}, "b": 2, **{"a": 3}})
def h(*args, **kw): return args, kw
print(h(*[1], 2, *(3,), k=1, **{"z": 2}))
`,
  s3: String.raw`
g = 0
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        def inner2():
            nonlocal x
            x *= 10
        inner2()
        return x
    return inner()
print(outer())
def setg():
    global g
    g = 5
setg(); print(g)
def newg():
    global brand_new
    brand_new = "made"
newg(); print(brand_new)
class C:
    y = 1
    def m(self):
        global y
        y = 2
C().m(); print(y, C.y)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c())
x = 10
def shadow():
    print(x)
shadow()
lst = [lambda i=i: i for i in range(3)]
print([f() for f in lst])
`,
  s4: String.raw`
def deco(f): return f
decos = [deco, lambda f: (lambda *a: f(*a) * 2)]
@decos[1]
def twice(x): return x + 1
print(twice(3))
class NS: pass
ns = NS(); ns.d = deco
@ns.d
def same(): return "same"
print(same())
@(lambda f: f)
def ident(): return "ident"
print(ident())
@deco if True else None
def cond(): return "cond"
print(cond())
class CM:
    def __init__(s, n): s.n = n
    def __enter__(s): print("enter", s.n); return s.n
    def __exit__(s, *a): print("exit", s.n)
with (CM(1) as a, CM(2) as b):
    print(a, b)
with (CM(3) as a,
      CM(4)):
    print(a)
with (CM(5)):
    pass
with CM(6) as x, CM(7) as y:
    print(x + y)
f = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
g = lambda *, k=1: k
print(g(), g(k=2))
h = lambda a, /, b: a + b
print(h(1, b=2))
`,
  s5: String.raw`
calls = []
def v(n):
    calls.append(n); return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(5), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
x = list(range(10))
del x[2:5]
print(x)
del x[::2]
print(x)
class O: pass
o = O(); o.a = 1; o.b = 2
del o.a
print(hasattr(o, "a"), o.b)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(e)
d = {1: 2, 3: 4, 5: 6}
del d[1], d[3]
print(d)
y = [1, 2, 3]
del (y[0], y[0])
print(y)
print([i if i % 2 else -i for i in range(5)])
print([i for i in range(10) if i % 2 if i % 3])
print({i: (j if j else "z") for i, j in enumerate([0, 1])})
print(__debug__)
try:
    assert 1 == 2, f"custom {1 + 1}"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("bare", repr(e))
print(1_000_000, 0x_ff, 0o17, 0b1010_1010, 1_0.5_0, 1e1_0, 0O7, 0B1, 0XAB)
print(rb"\n", Rb"\d", BR"x", br"y", u"uni", R"raw\n", U"up")
s = ("abc"
     "def"
     'ghi')
print(s)
total = 1 + \
    2 + \
    3
print(total)
if True: print("one"); print("two")
x = 1; y = 2; print(x + y);
if __name__ == "__main__":
    print("main")
print(0 if 0 else 1 if 1 else 2)
print(not 1 == 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 // 3, -10 // 3, 10 % -3, divmod(-7, 2))
print(...)
print(type(...).__name__)
`,
};

describeCPythonParity("Python 3.11 syntax sweep", programs, [
  // An annotated attribute or subscript without a value still evaluates its object (and key).
  ["x.y: int\n", "NameError: name 'x' is not defined"],
  ["a = {}\na[k]: int\n", "NameError: name 'k' is not defined"],
]);

function compileError(src: string): string {
  try {
    compileProgram(src, "m.py", { dialect: "python3", readFile: () => null, isBuiltinModule: () => false });
  } catch (e) {
    return (e as Error).message.split("\n")[0]!.replace(/^m\.py:\d+:\d+: error[^:]*: /, "");
  }
  return "no error";
}

describe("global and nonlocal after a use (CPython's messages)", () => {
  it.each([
    ["x = 1\nglobal x\n", "name 'x' is assigned to before global declaration"],
    ["print(x)\nglobal x\n", "name 'x' is used prior to global declaration"],
    ["def f():\n    x += 1\n    global x\n", "name 'x' is assigned to before global declaration"],
    ["def f():\n    for x in y: pass\n    global x\n", "name 'x' is assigned to before global declaration"],
    ["def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration"],
    ["class A:\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"],
    ["def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x\n", "name 'x' is assigned to before nonlocal declaration"],
    ["def f():\n  x = 1\n  def g():\n    print(x)\n    nonlocal x\n", "name 'x' is used prior to nonlocal declaration"],
    ["global x\nx = 1\nglobal x\n", "no error"],
    ["def f():\n    global x\n    global x\n    x = 1\n", "no error"],
    ["try:\n    pass\nexcept* ValueError:\n    pass\n", "no error"],
    // The comparison hint of CPython's invalid_named_expression rule, and what it leaves out.
    ["f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?"],
    ["x, 1 = a < b\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?"],
    ["f() = [1]\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?"],
    ["... = 1\n", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?"],
    ["f() = x = 1\n", "cannot assign to function call"],
    ["(a, f()) = 1\n", "cannot assign to function call"],
    ["f() = not x\n", "cannot assign to function call"],
    ["True = 1\n", "cannot assign to True"],
    ["for ... in x: pass\n", "cannot assign to ellipsis"],
    ["__debug__ = 1\n", "cannot assign to __debug__"],
    ["Ellipsis = 1\n", "no error"],
  ])("%j", (src, message) => {
    expect(compileError(src)).toBe(message);
  });
});
