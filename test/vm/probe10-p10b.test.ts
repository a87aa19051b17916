// Data-processing scripts (probe 10, p10b): what small command-line tools and homework
// read and print, compared with CPython 3.11. Standard input through the CLI is tested
// in test/cli/probe10-stdin.test.ts.
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { cpython311, runCPython } from "../helpers/cpython.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output } from "../helpers/runSource.js";

describeCPythonParity(
  "data-processing scripts against CPython",
  {
    // The usage line is wrapped at 78 columns (it was at 76: a 77-column line wrapped).
    "argparse usage of 77 columns stays on one line": `import argparse
p = argparse.ArgumentParser(prog="tally")
p.add_argument("numbers", nargs="*", type=float)
p.add_argument("-o", "--op", choices=["sum", "max", "min", "mean"], default="sum")
p.add_argument("-p", "--precision", type=int, default=2)
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--label", default="result")
p.add_argument("--no-header", dest="header", action="store_false")
print(p.format_usage(), end="")
print(p.format_help(), end="")
for n in range(8, 16):
    q = argparse.ArgumentParser(prog="t" * n)
    q.add_argument("--alpha", metavar="A" * n)
    q.add_argument("-b", choices=["one", "two", "three"])
    q.add_argument("--gamma-ray", type=int)
    q.add_argument("files", nargs="+")
    print(q.format_usage(), end="")
`,
    // A wrapped usage breaks where CPython's does: a required option and its metavar
    // are two parts ("--mode" may end one line and "{fast,safe}" start the next).
    "argparse wraps a long usage at CPython's parts": `import argparse
p = argparse.ArgumentParser(prog="proc")
p.add_argument("inputs", nargs="+", metavar="INPUT")
p.add_argument("-n", "--count", type=int, default=1)
p.add_argument("-D", "--define", action="append", default=[])
p.add_argument("--point", nargs=2, type=float, metavar=("X", "Y"))
p.add_argument("--mode", choices=("fast", "safe"), required=True)
p.add_argument("--tag", action="extend", nargs="+", dest="tags")
p.add_argument("--level", type=int, choices=range(0, 4), default=0)
g = p.add_mutually_exclusive_group(required=True)
g.add_argument("--json", action="store_true")
g.add_argument("--csv-output-file-name", metavar="NAME")
p.add_argument("--width", type=int, default=80)
p.add_argument("--color", nargs="?", const="auto", default="never")
p.add_argument("rest", nargs="*")
print(p.format_usage(), end="")
for prog in ("x", "a-much-longer-program-name", "p" * 50):
    p.prog = prog
    print(p.format_usage(), end="")
`,
    // glibc's strftime flags, as CPython on Linux passes them through (they were copied
    // as text: '%-d' printed "%-d"); %s in datetime; no zone for tm_isdst -1.
    "strftime flags, widths and %s": `import datetime, time
d = datetime.datetime(2005, 3, 5, 7, 8, 9, 12)
a = datetime.datetime(2024, 12, 31, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
for f in ['%-d', '%_d', '%0e', '%^a', '%^B', '%-j', '%_j', '%-y', '%-H:%-M', '%#p', '%#a', '%-D', '%-f', '%^p',
          '%-Y', '%10d', '%-10d', '%_10d', '%5a', '%05a', '%-z', '%#Z', '%-q', '%-', '%^c', '%_m/%_d', '%-I',
          '%-e', '%-U', '%-%', '%Ey', '%Od', '%-m/%-d/%Y %-I:%M %p', '%s', '%-s', '%d%', '%']:
    print(repr(f), repr(d.strftime(f)), repr(time.strftime(f, d.timetuple())), repr(a.strftime(f)),
          repr(datetime.date(2024, 1, 1).strftime(f)), repr(datetime.time(0, 5).strftime(f)))
print(f"{d:%-d %B %Y, %-I:%M %p}", "{:%A %-d}".format(datetime.date(2024, 3, 5)))
print(repr(time.strftime('%z|%Z', d.timetuple())), time.strftime('%z|%Z', time.gmtime(0)), a.strftime('%z|%Z'))
`,
    // input() reads sys.stdin when a program replaced it (it read the core's input) and
    // writes its prompt to a replaced sys.stdout, as CPython's input() without a terminal.
    "input() reads a replaced sys.stdin": `import sys, io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    sys.stdin = io.StringIO("alpha\\nbeta")
    a = input("first? ")
    b = input("second? ")
print(repr(buf.getvalue()), a, b)
class Feeder:
    def __init__(self, lines): self.lines = list(lines)
    def readline(self): return self.lines.pop(0) if self.lines else ""
sys.stdin = Feeder(["x\\n", "y"])
print(input("> "), input())
try:
    input()
except EOFError as e:
    print("EOFError", e)
class Bad:
    def readline(self): return 42
sys.stdin = Bad()
try:
    input()
except TypeError as e:
    print("TypeError", e)
`,
    // %(prog)s in a description, epilog or group description ('%(prog)s' was printed);
    // help of a parser whose prefix_chars lack '-' ('-h' was refused: ValueError).
    "argparse expands %(prog)s in texts; +h with prefix_chars='+'": `import argparse
p = argparse.ArgumentParser(prog="sorter", description="%(prog)s sorts lines read from standard input and writes them to standard output, sorted.",
                            epilog="See %(prog)s --help; 100%% free.")
g = p.add_argument_group("extra", "Options %(prog)s takes for output.")
g.add_argument("--out")
p.print_help()
q = argparse.ArgumentParser(prog="plus", prefix_chars="+", exit_on_error=False)
q.add_argument("+x", type=int)
print(q.parse_args(["+x", "5"]), q.format_usage(), end="")
q.print_help()
try:
    q.parse_args(["+x", "five"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
print(argparse.ArgumentParser(prog="mix", prefix_chars="+-").format_usage(), end="")
`,
    // JSONDecoder.raw_decode (it was missing): a stream of concatenated JSON values.
    "json.JSONDecoder.raw_decode": `import json
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.decode(' 5 '))
s = '{"x": 1} [2, 3]  "é😀" 4.5 null'
i = 0
while i < len(s):
    while i < len(s) and s[i].isspace():
        i += 1
    if i >= len(s):
        break
    obj, i = dec.raw_decode(s, i)
    print(repr(obj), i)
for bad, idx in [(' 1', 0), ('[1,', 0), ('x', 0), ('1', 5), ('', 0), ('😀[1]', 1), ('[1] ', -1)]:
    try:
        print(dec.raw_decode(bad, idx))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
    except ValueError as e:
        print("ValueError:", e)
print(json.JSONDecoder(object_hook=lambda d: sorted(d)).raw_decode('{"b": 1, "a": 2}'))
`,
    // d |= m on a dict subclass changed a new plain dict (the name was rebound, the
    // object unchanged); OrderedDict | dict and defaultdict | dict gave plain dicts.
    "|= and | of dict subclasses, OrderedDict and defaultdict": `from collections import OrderedDict, defaultdict
class D(dict):
    pass
d = D(a=1); e = d
d |= {"b": 2}
print(type(d).__name__, d is e, e)
d |= [("c", 3)]
print(d)
class D2(dict):
    def __or__(self, o): return "D2.or"
x = D2(a=1); y = x; x |= {"b": 3}; print(x, x is y, x | {})
o = OrderedDict(a=1); p = o
print(o | {"b": 2}, {"z": 0} | o, type({"z": 0} | o).__name__)
o |= {"c": 3}; print(o, o is p)
dd = defaultdict(list, {"x": [1]}); ee = dd
print(dd | {"y": 2}, {"y": 2} | dd, type(dd | {}).__name__)
dd |= {"q": 1}; print(dd, dd is ee)
class MyOD(OrderedDict): pass
class MyDD(defaultdict): pass
print(type(MyOD(a=1) | {}).__name__, type(MyDD(int).copy()).__name__, type({} | MyDD(int)).__name__)
for bad in (OrderedDict(), defaultdict(), D()):
    try:
        bad | 1
    except TypeError as err:
        print(err)
    try:
        bad |= 5
    except TypeError as err:
        print(err)
`,
  },
  [
    ["from collections import deque\ndeque().foo\n", "AttributeError: 'collections.deque' object has no attribute 'foo'"],
    ["from collections import defaultdict\ndefaultdict(int)()\n", "TypeError: 'collections.defaultdict' object is not callable"],
    ["from collections import OrderedDict\nOrderedDict() - 1\n", "TypeError: unsupported operand type(s) for -: 'collections.OrderedDict' and 'int'"],
    ["from collections import Counter\nCounter().foo\n", "AttributeError: 'Counter' object has no attribute 'foo'"],
  ],
);

// Errors the compiler reports, with CPython's message (its last stderr line).
const syntaxErrors: [string, string][] = [
  // `:=` in a comprehension's iterable (any of its for clauses, also inside a lambda there).
  ["[x for x in (y := [1, 2])]\n", "assignment expression cannot be used in a comprehension iterable expression"],
  ["print([a for a in range(3) for b in (c := [1])])\n", "assignment expression cannot be used in a comprehension iterable expression"],
  ["print([x for x in (lambda: (y := [5]))()])\n", "assignment expression cannot be used in a comprehension iterable expression"],
  ["def f():\n    return {k: v for k, v in (p := {1: 2}).items()}\n", "assignment expression cannot be used in a comprehension iterable expression"],
];

describe("compile-time errors of data-processing scripts against CPython", () => {
  for (const [src, message] of syntaxErrors) {
    it(JSON.stringify(src), () => {
      let ours = "no error";
      try {
        compileProgram(src, "m.py", { dialect: "python3", readFile: () => null, isBuiltinModule: () => false });
      } catch (e) {
        ours = (e as Error).message;
      }
      expect(ours).toBe(message);
      if (cpython311) expect(runCPython(src).err.trim().split("\n").pop()).toBe(`SyntaxError: ${message}`);
    });
  }
  it("keeps := allowed in a comprehension's condition and element", () => {
    expect(output("print([x for x in range(4) if (y := x)], y, [(z := x) for x in 'ab'], z)\n")).toBe("[1, 2, 3] 3 ['a', 'b'] b\n");
  });
});
