// Exception notes (PEP 678, vm/exceptionNotes.ts): add_note() and __notes__ as in
// CPython 3.11, the notes an uncaught exception prints after its message (in a chain
// and in an exception group's boxes too), and the copies split()/except* make.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { cpython311 } from "../helpers/cpython.js";
import { uncaughtReports } from "../helpers/uncaught.js";

describeCPythonParity("exception notes", {
  "add_note and __notes__": `
e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("one")
e.add_note("two\\nlines")
print(e.__notes__, e.__dict__)
class S(str): pass
e.add_note(S("sub"))
print(len(e.__notes__), type(e.__notes__[2]).__name__)
e.__notes__ = ["replaced"]
e.add_note("more")
print(e.__notes__)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)
class MyErr(Exception):
    pass
m = MyErr()
m.add_note("mine")
print(m.__notes__)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("in handler")
        raise
except KeyError as again:
    print(again.__notes__)
`,
  "groups copy their notes": `
eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
eg.add_note("n")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
eg.__notes__ = ("tup",)
print(eg.subgroup(ValueError).__notes__)
eg.__notes__ = 5
print(hasattr(eg.subgroup(ValueError), "__notes__"))
try:
    raise ExceptionGroup("h", [ValueError(1), TypeError(2)])
except* ValueError as v:
    v.add_note("star")
    print(v.__notes__)
except* TypeError as t:
    print(hasattr(t, "__notes__"))
`,
}, [
  ["ValueError().add_note(3)", "TypeError: note must be a str, not 'int'"],
  ["ValueError().add_note()", "TypeError: BaseException.add_note() takes exactly one argument (0 given)"],
  ["ValueError().add_note('a', 'b')", "TypeError: BaseException.add_note() takes exactly one argument (2 given)"],
  ["e = ValueError()\ne.__notes__ = ('t',)\ne.add_note('x')", "TypeError: Cannot add note: __notes__ is not a list"],
]);

describe("uncaught exceptions print their notes as CPython", () => {
  const programs: Record<string, string> = {
    "notes after the message": `
e = ValueError("v")
e.add_note("first")
e.add_note("second\\nthird")
raise e
`,
    "notes of any kind": `
class N:
    def __str__(self): return "custom\\nnote"
class B:
    def __str__(self): raise ValueError
class L(list): pass
e = ValueError("v")
e.__notes__ = L([N(), 5, B(), b"by"])
raise e
`,
    "a str of notes prints its characters": `
e = ValueError("v")
e.__notes__ = "ab"
raise e
`,
    "a sequence class": `
class S:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return "s%d" % i
e = ValueError("v")
e.__notes__ = S()
raise e
`,
    "in a chain and in a group": `
def inner():
    try:
        raise KeyError("a")
    except KeyError as e:
        e.add_note("while looking up a")
        raise
try:
    inner()
except KeyError as k:
    try:
        raise ValueError("v") from k
    except ValueError as v:
        v.__notes__ = ["l1", "l2\\nl3"]
        eg = ExceptionGroup("grp", [v, TypeError("t")])
        eg.add_note("group note")
        eg.exceptions[1].add_note("tnote")
        try:
            raise eg
        except* TypeError as g:
            g.add_note("not shown: g is a part")
            raise
`,
  };
  for (const [name, src] of Object.entries(programs)) {
    it.skipIf(!cpython311)(name, () => {
      const [ours, expected] = uncaughtReports(src);
      expect(ours).toBe(expected);
    });
  }
});
