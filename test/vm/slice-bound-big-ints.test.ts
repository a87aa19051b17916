// Slice-like bounds of sequence methods (`str.find(sub, start, end)`, `list.index(x,
// start, stop)`, `bytes.count`...) take ints of any size and objects with __index__, a
// big one clamped past any length as CPython's _PyEval_SliceIndex does: CPython's own
// pure-Python code passes `sys.maxsize` as a default end (collections.UserString).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "big-int and __index__ slice bounds of str, bytes, list and tuple methods against CPython",
  {
    "sys.maxsize and huge bounds clamp": `import sys
m = sys.maxsize
s = "hello"
for name in ["find", "rfind", "count", "index", "rindex", "startswith", "endswith"]:
    print(name, getattr(s, name)("l" if "with" not in name else "he", 0, m), getattr(s, name)("l", -m, 2**100))
print(b"hello".find(b"l", 0, m), b"hello".count(b"l", -2**80), bytearray(b"abcabc").rindex(b"a", 0, m))
print([1, 2, 3].index(2, 0, m), (1, 2).index(2, -2**70, 2**70), [5, 6].index(6, -m))
class I:
    def __index__(self):
        return 1
print("hello".find("l", I()), "hello".count("l", -m, I()), [0, 1, 1].index(1, I()))
`,
  },
  [
    ["'abc'.find('a', 1.5)", "TypeError: slice indices must be integers or None or have an __index__ method"],
    ["'abc'.count('a', 0, 2.0)", "TypeError: slice indices must be integers or None or have an __index__ method"],
    ["b'abc'.find(b'a', 'x')", "TypeError: slice indices must be integers or None or have an __index__ method"],
    ["[1].index(1, 'x')", "TypeError: slice indices must be integers or have an __index__ method"],
    ["[1].index(1, None)", "TypeError: slice indices must be integers or have an __index__ method"],
  ],
);
