// globals() and f.__globals__ (introspection.ts globalsOf): writes through the dict
// are module globals at once, as in CPython (`globals()[name] = v` then `name`);
// the documented difference (a dict made before a later assignment keeps the old
// value) is not exercised here.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "globals() writes are globals, against CPython",
  {
    "subscript, update, del, pop, setdefault and __globals__ (the same dict)": `g = globals()
print(g is globals(), (lambda: 0).__globals__ is g)
g["newvar"] = 42
print(newvar)
for i in range(3):
    globals()["v%d" % i] = i * i
print(v0, v1, v2)
globals().update(a=1, b=2)
print(a, b)
del globals()["a"]
try:
    print(a)
except NameError as e:
    print("NameError", e)
def f():
    return counter
f.__globals__["counter"] = 7
print(f())
globals().setdefault("fresh", "yes")
print(fresh, globals().pop("b"), "b" in globals())
def make(name, value):
    globals()[name] = value
make("made", [1, 2])
print(made, sorted(k for k in globals() if not k.startswith("__")))
`,
  },
  [["globals()['x'] = 1\ndel globals()['x']\nprint(x)", "NameError: name 'x' is not defined"]],
);
