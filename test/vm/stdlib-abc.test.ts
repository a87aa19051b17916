import { describe, expect, it } from "vitest";
import { runSource } from "../helpers/runSource.js";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";

describe.runIf(haveCPython)("abc (against CPython 3.11)", () => {
  it("a class with abstract methods cannot be instantiated; overriding them all can", () => {
    expectSameAsCPython(`from abc import ABC, abstractmethod
import abc
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def perimeter(self):
        pass
    def describe(self):
        return type(self).__name__ + ' ' + str(self.area())
class Half(Shape):
    def area(self):
        return 1
class Sq(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
    def perimeter(self):
        return 4 * self.s
class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        pass
for c in [Shape, Half, Named]:
    try:
        c()
    except TypeError as e:
        print(e)
print(Sq(3).describe(), Sq(2).perimeter(), isinstance(Sq(1), Shape), isinstance(Sq(1), ABC), abc.ABC, issubclass(Sq, ABC))
class N2(Named):
    @property
    def name(self):
        return 'n2'
print(N2().name)
class Plain(ABC):
    pass
print(type(Plain()).__name__)
`);
  });
});

describe("abc", () => {
  it("the uncaught error is CPython's TypeError", () => {
    const r = runSource("from abc import ABC, abstractmethod\nclass Shape(ABC):\n    @abstractmethod\n    def area(self):\n        pass\nShape()\n");
    expect(r.error?.kind).toBe("TypeError");
    expect(r.error?.pyMessage).toBe("Can't instantiate abstract class Shape with abstract method area");
  });

  it("abstract methods outside an ABC subclass are not enforced (as CPython without ABCMeta)", () => {
    const r = runSource("from abc import abstractmethod\nclass S:\n    @abstractmethod\n    def f(self):\n        pass\nS()\nprint('ok')\n");
    expect(r.error).toBeNull();
    expect(r.out).toContain("ok");
  });
});
