// What programs of students and competitive programmers hit (probe 11, algorithms and
// numerics): the KeyError of an empty set.pop() / dict.popitem() carries its message as
// e.args[0] (repr(e) is KeyError('pop from an empty set')), and int/float methods
// without parameters refuse arguments with CPython's `int.bit_length()` messages; a
// shift past what an int can count is OverflowError; cmath's and complex()'s argument
// TypeErrors name the argument's type as CPython does; a non-iterable assigned to a list
// slice and min()/max() with a default and several arguments give CPython's TypeErrors;
// sort's reverse is an int (reverse=None is a TypeError).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "algorithms and numerics against CPython",
  {
    "empty set.pop() and dict.popitem(): KeyError's args are the message": `for f in (lambda: set().pop(), lambda: {}.popitem()):
    try:
        f()
    except KeyError as e:
        print(repr(e), str(e), e.args)
`,
    "int and float methods without parameters refuse arguments": `print((255).bit_length(), (-2**70).bit_length(), True.bit_length(), (2.0).is_integer(), (2.5).is_integer())
f = (10).bit_length
print(f(), int.bit_length(7), float.is_integer(3.0))
for g, a in (((1).bit_length, (5,)), ((1).bit_count, (2,)), ((1.5).is_integer, (1,)), ((1.5).hex, (2,)), ((2**80).bit_length, ())):
    try:
        g(*a, **({} if a else {"x": 1}))
    except TypeError as e:
        print(e)
`,
    "cmath and complex() argument errors name the type": `import cmath
for f, a in ((cmath.sqrt, ("x",)), (cmath.exp, (None,)), (cmath.rect, ("1", 2)), (cmath.phase, ([1],)), (cmath.isclose, (1, "a")), (cmath.log, (1, "b")), (complex, ([1],)), (complex, (1, {})), (complex, (b"1",))):
    try:
        print(f(*a))
    except TypeError as e:
        print(e)
print(cmath.sqrt(4), cmath.log(8, 2), cmath.polar(1j))
`,
    "huge shifts": `for a, b in ((1, 10**20), (0, 10**30), (5, 100), (-1, 10**25)):
    try:
        print(a << b)
    except OverflowError as e:
        print(e)
print(1 >> 10**20, -1 >> 10**20)
`,
    "slice assignment of a non-iterable; min/max default with several arguments": `l = [1, 2, 3, 4]
for v in (5, None, 2.5):
    for f in (lambda: l.__setitem__(slice(1, 2), v), lambda: l.__setitem__(slice(None, None, 2), v)):
        try:
            f()
        except TypeError as e:
            print(e)
l[1:3] = "ab"; l[::2] = (9, 8); print(l)
for f in (lambda: max(1, 2, default=0), lambda: min([1], [2], key=len, default=0)):
    try:
        f()
    except TypeError as e:
        print(e)
print(max([], default=5), min([3, 1], default=0))
`,
    "sorted() and list.sort() take reverse as an int": `for r in (None, 1.5, "x", 0, 2, True):
    for f in (lambda: sorted([2, 1, 3], reverse=r), lambda: [2, 1, 3].sort(reverse=r)):
        try:
            print(f())
        except TypeError as e:
            print(e)
`,
  },
  [
    ["sorted([1], reverse=2**70)", "OverflowError: Python int too large to convert to C int"],
    ["l = [1, 2]\nl[0:1] = 3", "TypeError: can only assign an iterable"],
    ["print(1 << 10**20)", "OverflowError: too many digits in integer"],
    ["{}.popitem()", "KeyError: 'popitem(): dictionary is empty'"],
    ["s = set()\ns.pop()", "KeyError: 'pop from an empty set'"],
    ["(7).bit_length(1)", "TypeError: int.bit_length() takes no arguments (1 given)"],
  ],
);
