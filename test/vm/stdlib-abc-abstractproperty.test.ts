// abc.abstractproperty, abstractclassmethod and abstractstaticmethod (modules/abc.ts):
// the deprecated spellings tutorials still use, built-in descriptors remembered as
// abstract, so a class that does not override them cannot be instantiated.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "abc.abstractproperty and friends against CPython",
  {
    "decorator and call forms, overridden by properties and methods": `from abc import ABC, ABCMeta, abstractproperty, abstractclassmethod, abstractstaticmethod, abstractmethod
import abc

class Shape(ABC):
    @abstractproperty
    def name(self):
        "The shape's name."
    @abstractmethod
    def area(self):
        pass
    def describe(self):
        return f"{self.name}: {self.area():.2f}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    @property
    def name(self):
        return "square"
    def area(self):
        return self.s ** 2

class Half(Shape):
    def area(self):
        return 0.5

try:
    Shape()
except TypeError as e:
    print(e)
try:
    Half()
except TypeError as e:
    print(e)
print(Square(3).describe(), isinstance(Square(1), Shape))

class Old(metaclass=ABCMeta):
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v
    x = abstractproperty(get_x, set_x)
    @abstractclassmethod
    def make(cls):
        return cls
    @abstractstaticmethod
    def helper():
        return 1
try:
    Old()
except TypeError as e:
    print(e)
class New(Old):
    x = property(Old.get_x, Old.set_x)
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def helper():
        return 2
n = New()
n.x = 5
print(n.x, New.make(), New.helper(), Old.make(), Old.helper(), abc.abstractproperty is abstractproperty)
`,
  },
  [
    ["from abc import ABC, abstractproperty\nclass A(ABC):\n    @abstractproperty\n    def v(self):\n        pass\nA()", "TypeError: Can't instantiate abstract class A with abstract method v"],
  ],
);
