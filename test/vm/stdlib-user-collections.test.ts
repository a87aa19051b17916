// collections.UserDict / UserList / UserString are CPython's pure-Python wrappers
// (modules/userCollectionsSource.ts), handed out by `collections` on first use: the
// wrapped object is `data`, and the mixin methods of collections.abc go through the
// subclass's own __setitem__/__getitem__, as CPython's.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "collections.UserDict, UserList, UserString against CPython",
  {
    "UserDict subclasses: overridden item methods, mixins, copy, | and __missing__": `from collections import UserDict, UserList, UserString
import collections, copy

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data

d = LowerDict({"A": 1}, B=2)
d.update(C=3)
d.setdefault("D", 4)
print(d, d.data, len(d), "a" in d, "A" in d, "z" in d, d["A"], d.get("b"), d.get("zz", 0))
print(list(d), list(d.items()), sorted(d.keys()), list(d.values()))
print(d == {"a": 1, "b": 2, "c": 3, "d": 4}, isinstance(d, collections.abc.MutableMapping), isinstance(d, dict))
e = d.copy()
e["X"] = 9
print(type(e).__name__, e, d)
print(d | {"q": 0}, {"q": 0} | d, type(d | {}).__name__)
d |= {"Z": 26}
print(d)
print(d.pop("d"), d.popitem(), len(d), d.data)
del d["b"]
print(d, UserDict.fromkeys("ab", 0), repr(UserDict()))
class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2
m = Defaulting(a=1)
print(m["a"], m["bb"], "bb" in m)
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)
print(copy.copy(m), copy.deepcopy(d), UserDict, type(d).__mro__[1])

`,
    "UserList: a stack subclass, slicing, operators, sorting and copies": `from collections import UserDict, UserList, UserString
import collections, copy
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([3, 1, 2])
s.push(5)
s.extend(UserList([7]))
s += [8]
print(s, s.data, len(s), s[0], s[1:3], type(s[1:3]).__name__, 5 in s, s.index(2), s.count(1))
s.sort()
print(s, s * 2, 2 * s, s + [0], [0] + s, s == [1, 2, 3, 5, 7, 8], s < [2], s > UserList([1]))
s.reverse(); s.insert(0, 100); print(s.pop(), s.pop(0), s, list(reversed(s)))
s.remove(7); s[0] = 'x'; del s[1]; print(s, s.copy(), type(s.copy()).__name__, copy.copy(s))
print(UserList(), UserList("abc"), UserList((1, 2)) == UserList([1, 2]))

`,
    "UserString: str methods return the subclass, comparisons, % and conversions": `from collections import UserDict, UserList, UserString
import collections, copy
u = UserString("Hello World")
print(u, repr(u), len(u), u[0], u[-5:], type(u[1:]).__name__, "World" in u, UserString("lo") in u)
print(u.upper(), u.lower(), u.split(), u.replace("l", "L"), u.startswith("He"), u.find("o"), u.count("l"))
print(u + "!", "> " + u, u * 2, u == "Hello World", u < "Z", hash(u) == hash("Hello World"))
print(u.strip("Hd"), u.center(15, "*"), u.zfill(13), u.title(), u.swapcase(), u.join(["a", "b"]))
print(UserString("%s-%d") % ("a", 3), u.encode(), int(UserString("42")) + 1, float(UserString("1.5")))
print(u.partition(" "), u.isalpha(), u.splitlines(), str(u) is not None, sorted([UserString("b"), UserString("a")]))
class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
print(Shout("hey").shout(), type(Shout("hey").shout()).__name__, Shout("abc")[::-1])
print(list(UserString("abc")), "{}!".format(UserString("x")), f"{UserString('y')}", collections.UserString)
`,
    "reached as collections.X, validating subclasses, isinstance of the ABCs": `import collections
class Registry(collections.UserDict):
    def __setitem__(self, key, value):
        if not callable(value):
            raise TypeError(f"{key!r} is not callable")
        super().__setitem__(key, value)
r = Registry(add=lambda a, b: a + b)
r["neg"] = lambda a: -a
try:
    r.update({"bad": 3})
except TypeError as e:
    print(e)
print(sorted(r), r["add"](2, 3), len(r), isinstance(r, collections.UserDict), type(r).__name__)
class Tracked(collections.UserList):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
t = Tracked(range(3))
t[1] = 10
t.append(4)
print(t, t.data, isinstance(t, collections.abc.MutableSequence), t == Tracked([0, 10, 2, 4]))
print(getattr(collections, "UserString")("abc").upper(), collections.UserString.__mro__[1].__name__)
`,
    "called straight off the module (a method call on the module object)": `import collections
def wrap(i):
    return collections.UserList([i])
print([wrap(i) for i in range(3)], collections.UserDict(a=1), collections.UserString("x") + "y")
`,
  },
  [
    ["from collections import UserDict\nUserDict()['nope']", "KeyError: 'nope'"],
    ["from collections import UserList\nUserList([1]).index(5)", "ValueError: 5 is not in list"],
    ["from collections import UserString\nUserString('ab').index('z')", "ValueError: substring not found"],
    ["from collections import UserList\nUserList(5)", "TypeError: 'int' object is not iterable"],
  ],
);
