// functools.cached_property is CPython's descriptor (modules/functools.ts): the first
// read stores the value in the instance's __dict__ under the attribute's own name, so
// vars() shows it and `del obj.x` or `obj.__dict__.pop("x")` invalidates it. A
// __set_name__ that raises is wrapped in RuntimeError as in CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "functools.cached_property and __set_name__ errors against CPython",
  {
    "cached in the instance dict, invalidated by del and by __dict__.pop": `import functools
class Data:
    def __init__(self, xs):
        self.xs = xs
    @functools.cached_property
    def mean(self):
        "The mean."
        print("computing")
        return sum(self.xs) / len(self.xs)
d = Data([1, 2, 3])
print(d.mean, d.mean, vars(d), "mean" in d.__dict__)
del d.mean
print(d.mean)
d.xs.append(10)
d.__dict__.pop("mean")
print(d.mean)
d.mean = 99
print(d.mean, Data.mean.__doc__, type(Data.__dict__["mean"]).__name__, Data.mean.attrname)
class Sub(Data):
    pass
s = Sub([4])
print(s.mean, s.__dict__)
`,
    "misuse raises CPython's errors": `from functools import cached_property
class S:
    __slots__ = ("a",)
    @cached_property
    def w(self):
        return 1
try:
    S().w
except TypeError as e:
    print(e)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(object())
except TypeError as e:
    print(e)
try:
    class D:
        a = cached_property(lambda self: 1)
        b = a
except RuntimeError as e:
    print(e, "|", repr(e.__cause__))
class V:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)
try:
    class K:
        x = V()
except RuntimeError as e:
    print(e, "|", repr(e.__cause__))
`,
  },
  [],
);
