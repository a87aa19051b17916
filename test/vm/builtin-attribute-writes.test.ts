// Writing an attribute of a built-in value fails as in CPython 3.11, worded by what the
// type has under that name: a method (read-only), a data attribute (not writable) or
// nothing (no attribute).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("attribute writes on built-in values", {
  "methods, data attributes and missing names": `
def attempt(what, fn):
    try:
        fn()
    except AttributeError as e:
        print(what, '->', e)
def s1(): (1).real = 5
def s2(): setattr(1, "x", 2)
def s3(): (1).bit_length = 3
def s4(): "ab".upper = 1
def s5(): [].x = 1
def s6(): (1.5).imag = 2
def s7(): setattr((1, 2), "count", 0)
def s8(): slice(1, 2).start = 0
def s9(): {}.keys = 1
def s10(): (3).numerator = 1
for i, f in enumerate([s1, s2, s3, s4, s5, s6, s7, s8, s9, s10]):
    attempt(i, f)
for v in [1, [], "s"]:
    try:
        v.__class__ = int
    except TypeError as e:
        print(type(v).__name__, '->', e)
`,
}, []);

// Writing or deleting an attribute of a built-in type is CPython's TypeError, for the
// types ePython keeps apart from classes (int, str, list, NoneType) as for object.
describeCPythonParity("attributes of built-in types are read-only", {
  "writes and deletions": `
for t in (int, str, list, object, type(None), dict):
    for act in (lambda: setattr(t, "foo", 1), lambda: delattr(t, "foo")):
        try:
            act()
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
`,
}, [
  ["int.real = 1", "TypeError: cannot set 'real' attribute of immutable type 'int'"],
  ["del str.upper", "TypeError: cannot set 'upper' attribute of immutable type 'str'"],
]);
