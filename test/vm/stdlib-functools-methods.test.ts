// functools.partialmethod and singledispatchmethod are CPython's descriptors
// (modules/functools.ts). ePython's functions and classmethods have no __get__
// attribute, so they bind what they wrap through _functools._bind, the descriptor
// step of attribute lookup (classes.ts descriptorGet).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "functools.partialmethod and singledispatchmethod against CPython",
  {
    "partialmethod of methods, classmethods and staticmethods; flattening": `from functools import partialmethod, singledispatchmethod, partial
import functools

class Cell:
    def __init__(self):
        self._alive = False
    @property
    def alive(self):
        return self._alive
    def set_state(self, state, *, note=""):
        self._alive = bool(state)
        return note
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")

c = Cell()
print(c.alive, c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(note="x"))
print(Cell.set_dead.__qualname__, Cell.set_dead(c), c.alive, c.set_dead.func.__name__)
print(type(Cell.__dict__["set_alive"]).__name__)

class K:
    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)
    make1 = partialmethod(make, 1)
    @staticmethod
    def s(a, b):
        return a - b
    s10 = partialmethod(s, 10)
print(K.make1(2), K().make1(3), K().s10(4))
pm = partialmethod(partialmethod(Cell.set_state, 1), note="n")
print(pm.args, pm.keywords)
try:
    partialmethod(5)
except TypeError as e:
    print(e)

`,
    "singledispatchmethod: register by class and by annotation, on classmethods": `from functools import singledispatchmethod
class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"obj:{arg!r}"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg}"
    @fmt.register(list)
    def _(self, arg):
        return "list:" + ",".join(self.fmt(x) for x in arg)
    @fmt.register(bool)
    def _(self, arg):
        return "bool"
f = Formatter()
print(f.fmt(3), f.fmt("s"), f.fmt([1, "a", True]), f.fmt(2.5), f.fmt(False))
print(Formatter.fmt.__name__)

class Num:
    @singledispatchmethod
    @classmethod
    def parse(cls, x):
        raise NotImplementedError(type(x).__name__)
    @parse.register(str)
    @classmethod
    def _(cls, x):
        return cls.__name__ + ":" + x
    @parse.register(int)
    @classmethod
    def _(cls, x):
        return x * 2
print(Num.parse("7"), Num.parse(21))
try:
    Num.parse(1.5)
except NotImplementedError as e:
    print("NotImplementedError", e)
`,
  },
  [
    ["from functools import partialmethod\npartialmethod(5)", "TypeError: 5 is not callable or a descriptor"],
    ["from functools import singledispatchmethod\nsingledispatchmethod('f')", "TypeError: 'f' is not callable or a descriptor"],
    ["from functools import partialmethod\nclass A:\n    def f(self, a):\n        return a\n    g = partialmethod(f, 1)\nA().g(2)", "TypeError: A.f() takes 2 positional arguments but 3 were given"],
  ],
);
