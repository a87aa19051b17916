// Calls with `*args` and `**kwargs` (CALL_EX, CALL_EX_KW), compiled as the interpreter
// runs them (kwargs.ts spreadCallArgs lays the arguments out for both), with the loop
// long enough for the functions to be compiled; a lone `f(*xs)` passes the iterable
// itself, as CPython does; functions taking **kwargs return in compiled code; the
// messages for a starred value that is not iterable are CPython's.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "calls with *args and **kwargs against CPython",
  {
    "f(*a), f(*a, k=v), f(*a, **m) to functions, classes, methods, builtins, generators": `def f(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, sorted(kw.items()))
class P:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def m(self, *a, **k):
        return (self.x, a, sorted(k.items()))
def gen(*xs):
    for x in xs:
        yield x * 2
def run(n):
    out = []
    args = [1, 2, 3]
    kw = {"c": 9, "z": 1}
    for i in range(n):
        out.append(f(*args))
        out.append(f(*args, c=i))
        out.append(f(*args, **kw))
        out.append(f(*(i,), **{"b": 5}))
        out.append(max(*args))
        out.append(max(*args, key=lambda v: -v))
        p = P(*[i], **{"y": 2})
        out.append((p.x, p.y))
        out.append(p.m(*args, k=1))
        out.append(list(gen(*args)))
        out.append(print(*args, sep="-", **{"end": "!\\n"}) if i < 2 else None)
        out.append("{}-{}".format(*args))
        out.append(dict(*[[("a", i)]], **{"b": 2}))
    return out
res = run(400)
print(len(res), res[:14], res[-14:])
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)
print([wrapper(i, c=i) for i in range(3)])
for bad in ("f(*None)", "f(**None)", "f(*[1], **{'a': 2})", "f(**{1: 2})", "max(*[])"):
    try:
        print(eval(bad) if False else None)
        if bad == "f(*None)": f(*None)
        elif bad == "f(**None)": f(**None)
        elif bad == "f(*[1], **{'a': 2})": f(*[1], **{'a': 2})
        elif bad == "f(**{1: 2})": f(**{1: 2})
        else: max(*[])
    except TypeError as e:
        print("TypeError", e)
    except ValueError as e:
        print("ValueError", e)
`,
    "starred values that are not iterable; any iterable after *": `def f(*a): return a
for src in ("[*None]", "(1, *None)", "f(*None)", "f(1, *None)", "f(*None, **{})", "print(*5)"):
    try:
        if src == "[*None]": [*None]
        elif src == "(1, *None)": (1, *None)
        elif src == "f(*None)": f(*None)
        elif src == "f(1, *None)": f(1, *None)
        elif src == "f(*None, **{})": f(*None, **{})
        else: print(*5)
    except TypeError as e: print(src, "->", e)
print(f(*"ab"), f(*{1: 2}), f(*(x for x in range(3))), f(*range(2), **{}))
`,
  },
  [
    ["def f(*a):\n    return a\nf(*None)\n", "TypeError: __main__.f() argument after * must be an iterable, not NoneType"],
    ["print([*3])\n", "TypeError: Value after * must be an iterable, not int"],
    ["def f(a):\n    return a\nf(*[1, 2])\n", "TypeError: f() takes 1 positional argument but 2 were given"],
  ],
);
