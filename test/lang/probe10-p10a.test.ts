// Probe 10 (p10a): syntax and other compile-time errors as students make them.
// Each erring program's report must end with CPython 3.11's last line; with CPython
// on the machine, the whole report (file, line, source line, caret range, message)
// must be CPython's, running the same file (ePython adds only ", column N" to the
// first line). The valid programs use unusual but legal syntax and must run as there.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { colors, formatSyntaxError, formatSyntaxWarning } from "../../src/host/report.js";
import { EPythonSyntaxError } from "../../src/lang/index.js";
import { lateModuleAttributes, standardModules, withLibraryModules } from "../../src/vm/modules/index.js";
import { cpython311 } from "../helpers/cpython.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const dir = mkdtempSync(join(tmpdir(), "p10a-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** ePython's report for the program in `file`, as the CLI prints it (no colours, no column). */
function epythonReport(source: string, file: string): string {
  try {
    compileProgram(source, file, {
      dialect: "python3",
      readFile: withLibraryModules(() => null, "python3"),
      isBuiltinModule: (n) => standardModules.has(n),
      lateAttributes: lateModuleAttributes,
    });
  } catch (e) {
    if (e instanceof EPythonSyntaxError) return formatSyntaxError(e, colors(false)).replace(/, column \d+\n/, "\n");
    throw e;
  }
  return "no error";
}

const errors: [string, string][] = [
  ["scores = [3, 7, 9]\ntotal = 0\nfor s in scores:\n    if s > 5\n        total += s\nprint(total)\n", "SyntaxError: expected ':'"],
  ["def greet(name)\n    return \"hi \" + name\n\nprint(greet(\"bob\"))\n", "SyntaxError: expected ':'"],
  ["class Point\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n", "SyntaxError: expected ':'"],
  ["x = int(\"5\")\nif x > 3:\nprint(\"big\")\n", "IndentationError: expected an indented block after 'if' statement on line 2"],
  ["def area(w, h):\nreturn w * h\nprint(area(2, 3))\n", "IndentationError: expected an indented block after function definition on line 1"],
  ["items = [1, 2, 3]\nfor i in items:\n", "IndentationError: expected an indented block after 'for' statement on line 2"],
  ["def f(n):\n    if n > 0:\n        print(\"pos\")\n      print(\"done\")\nf(1)\n", "IndentationError: unindent does not match any outer indentation level"],
  ["a = 1\nb = 2\n    c = a + b\nprint(c)\n", "IndentationError: unexpected indent"],
  ["def f():\n    x = 1\n\ty = 2\n    return x\n", "TabError: inconsistent use of tabs and spaces in indentation"],
  ["values = [1, 2, 3]\ntotal = sum(values\nprint(total)\n", "SyntaxError: '(' was never closed"],
  ["data = {\n    \"a\": 1,\n    \"b\": [1, 2, 3,\n}\n", "SyntaxError: closing parenthesis '}' does not match opening parenthesis '[' on line 3"],
  ["x = (1 + 2))\nprint(x)\n", "SyntaxError: unmatched ')'"],
  ["def f():\n    return [1, 2, 3)\nprint(f())\n", "SyntaxError: closing parenthesis ')' does not match opening parenthesis '['"],
  ["name = \"alice\"\ngreeting = 'hello, + name\nprint(greeting)\n", "SyntaxError: unterminated string literal (detected at line 2)"],
  ["def f():\n    \"\"\"Compute things.\n\n    More text\n    return 1\n\nprint(f())\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 7)"],
  ["colors = [\n    \"red\",\n    \"green\"\n    \"blue\",\n    1 2,\n]\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma?"],
  ["def add(a, b):\n    return a + b\nprint(add(1 2))\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma?"],
  ["x = 10\nprint \"x is\", x\n", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?"],
  ["def f():\n    return 1\nif True:\n    f() = 3\n", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?"],
  ["x = 1\ny = 2abc\n", "SyntaxError: invalid decimal literal"],
  ["month = 08\nprint(month)\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"],
  ["x = 5\nif x > 2:\n    return x\nprint(x)\n", "SyntaxError: 'return' outside function"],
  ["n = 3\nif n:\n    break\n", "SyntaxError: 'break' outside loop"],
  ["pairs = [(1, 2), (3, 4)]\nswapped = [b, a for a, b in pairs]\n", "SyntaxError: did you forget parentheses around the comprehension target?"],
  ["s = {x, for x in range(3)}\n", "SyntaxError: did you forget parentheses around the comprehension target?"],
  ["x = [a, b for a, b range(3)]\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma?"],
  ["def f():\n    for i in range(3):\n        pass\n    continue\n", "SyntaxError: 'continue' not properly in loop"],
  ["def outer():\n    def inner():\n        nonlocal count\n        count += 1\n    inner()\n", "SyntaxError: no binding for nonlocal 'count' found"],
  ["counter = 0\ndef bump():\n    print(counter)\n    global counter\n    counter += 1\n", "SyntaxError: name 'counter' is used prior to global declaration"],
  ["def f(a, b, a):\n    return a + b\n", "SyntaxError: duplicate argument 'a' in function definition"],
  ["def f(a, b):\n    return a - b\nprint(f(a=1, 2))\n", "SyntaxError: positional argument follows keyword argument"],
  ["name = \"x\"\nprint(f\"hello {} {name}\")\n", "SyntaxError: f-string: empty expression not allowed"],
  ["items = [\"a\", \"b\"]\nprint(f\"{'\\n'.join(items)}\")\n", "SyntaxError: f-string expression part cannot include a backslash"],
  ["print(“hello”)\n", "SyntaxError: invalid character '“' (U+201C)"],
  ["try:\n    x = 1 / 0\nprint(\"after\")\n", "SyntaxError: expected 'except' or 'finally' block"],
  ["for i in range(3):\n    5 = i\n", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?"],
  ["import asyncio\ndef main():\n    await asyncio.sleep(1)\n", "SyntaxError: 'await' outside async function"],
  ["class = \"math\"\nprint(class)\n", "SyntaxError: invalid syntax"],
  ["x = 3\nif x > 5:\n    print(\"big\")\nelse if x > 2:\n    print(\"medium\")\n", "SyntaxError: expected ':'"],
  ["nums = [1, 2]\nfor n nums:\n    print(n)\n", "SyntaxError: invalid syntax"],
  ["x := 5\nprint(x)\n", "SyntaxError: invalid syntax"],
  ["a = [1, 2]\nprint(*a + 1)\nb = *a\n", "SyntaxError: can't use starred expression here"],
  ["def make(size=3, name):\n    return name * size\n", "SyntaxError: non-default argument follows default argument"],
  ["f = lambda x: return x + 1\n", "SyntaxError: invalid syntax"],
  ["x = 1\ns = '''abc\ndef\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 3)"],
  ["class Shop:\n    def __init__(self):\n        self.items = []\n\n    def add(self, item):\n        def check(i):\n            if i is None\n                return False\n            return True\n        if check(item):\n            self.items.append(item)\n", "SyntaxError: expected ':'"],
  ["x = 1\ny = 2\nprint(x +)", "SyntaxError: invalid syntax"],
  ["v0 = 0 * 2\nv1 = 1 * 2\nv2 = 2 * 2\nv3 = 3 * 2\nv4 = 4 * 2\nv5 = 5 * 2\nv6 = 6 * 2\nv7 = 7 * 2\nv8 = 8 * 2\nv9 = 9 * 2\nv10 = 10 * 2\nv11 = 11 * 2\nv12 = 12 * 2\nv13 = 13 * 2\nv14 = 14 * 2\nv15 = 15 * 2\nv16 = 16 * 2\nv17 = 17 * 2\nv18 = 18 * 2\nv19 = 19 * 2\nprint(v1 v2)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma?"],
  ["x = 4\nif (x > 3:\n    print(x)\n", "SyntaxError: invalid syntax"],
  ["x = 4\nif x = 4:\n    print(x)\n", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?"],
  ["d = {\"a\": 1, \"b\"}\n", "SyntaxError: ':' expected after dictionary key"],
  ["from math import\nprint(1)\n", "SyntaxError: invalid syntax"],
  ["def run:\n    pass\n", "SyntaxError: expected '('"],
  ["x = 1\nyield x\n", "SyntaxError: 'yield' outside function"],
  ["class A:\n    return 1\n", "SyntaxError: 'return' outside function"],
  ["print(1, sep=\"\", sep=\",\")\n", "SyntaxError: keyword argument repeated: sep"],
  ["a = [1, 2]\ndel *a\n", "SyntaxError: cannot delete starred"],
  ["x =\nprint(x)\n", "SyntaxError: invalid syntax"],
  ["price = 5\ntotal = $price\n", "SyntaxError: invalid syntax"],
  ["x = 3\nprint(f\"{x!}\")\n", "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'"],
  ["try:\n    pass\nexcept ValueError, TypeError:\n    pass\n", "SyntaxError: multiple exception types must be parenthesized"],
  ["x = 1\nnonlocal x\n", "SyntaxError: name 'x' is assigned to before nonlocal declaration"],
  ["def f():\n    None = 3\n", "SyntaxError: cannot assign to None"],
  ["a, b = 1, 2\na, b += 1\n", "SyntaxError: 'tuple' is an illegal expression for augmented assignment"],
  ["def f(x):\n    return x = 1\n", "SyntaxError: invalid syntax"],
  ["x = 1\nif x:\n    pass\nelse:\n    pass\nelif x > 2:\n    pass\n", "SyntaxError: invalid syntax"],
  ["x = 1 + 2\n", "SyntaxError: invalid non-printable character U+00A0"],
  ["x = 1\nprint(f\"value}\")\n", "SyntaxError: f-string: single '}' is not allowed"],
  ["def f(*a, *b):\n    pass\n", "SyntaxError: * argument may appear only once"],
  ["def f():\n    async = 1\n", "SyntaxError: invalid syntax"],
  ["print(x: 1)\n", "SyntaxError: invalid syntax"],
  ["print(x for x in range(3), 1)\n", "SyntaxError: Generator expression must be parenthesized"],
  ["class A(object:\n    pass\n", "SyntaxError: invalid syntax"],
  ["d = {\"a\": 1}\nprint(d[\"a)\n", "SyntaxError: unterminated string literal (detected at line 2)"],
  ["x = 1\nif x:", "IndentationError: expected an indented block after 'if' statement on line 2"],
  ["@staticmethod\nx = 1\n", "SyntaxError: invalid syntax"],
  ["def f(a):\n    global a\n", "SyntaxError: name 'a' is parameter and global"],
  ["def f():\n    from math import *\n", "SyntaxError: import * only allowed at module level"],
  ["def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", "SyntaxError: name 'x' is nonlocal and global"],
  ["x = 0xZZ\n", "SyntaxError: invalid hexadecimal literal"],
  ["x = 1.2.3\n", "SyntaxError: invalid syntax"],
  ["x = q\"abc\"\n", "SyntaxError: invalid syntax"],
  ["cmd = \"go\"\nmatch cmd:\n    case \"go\"\n        print(1)\n", "SyntaxError: expected ':'"],
  ["xs = [x for x range(3)]\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma?"],
  ["d = {1:: 2}\n", "SyntaxError: invalid syntax"],
  ["print((x = 1))\n", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?"],
  ["try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "SyntaxError: default 'except:' must be last"],
  ["f = lambda x: int: x\n", "SyntaxError: invalid syntax"],
  ["def f(**k): return k\nf(a.b=1)\n", "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"?"],
  ["del print()\n", "SyntaxError: cannot delete function call"],
  ["if True:\n        a = 1\n\tb = 2\n", "TabError: inconsistent use of tabs and spaces in indentation"],
  ["for i in range(2):\n    print(i)\n    else:\n        pass\n", "SyntaxError: invalid syntax"],
  ["f(a\n  b)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma?"],
  ["x = [1, 2 3 4]\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma?"],
  ["print(\"a\" b c)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma?"],
  ["x = [n for n range(3)]\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma?"],
  ["print(_ x)\n", "SyntaxError: invalid syntax"],
  ["x = foo(a\ny = 2\n", "SyntaxError: '(' was never closed"],
  ["x = foo(a\ny = 2\n)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma?"],
  ["f(a, b, x=1, c)\n", "SyntaxError: positional argument follows keyword argument"],
  ["f(**k, a=1, b)\n", "SyntaxError: positional argument follows keyword argument unpacking"],
  ["x = 2abc\n", "SyntaxError: invalid decimal literal"],
  ["x = 1ex\n", "SyntaxError: invalid decimal literal"],
  ["x = 0x_\n", "SyntaxError: invalid hexadecimal literal"],
  ["x = 1jx\n", "SyntaxError: invalid imaginary literal"],
  ["x = 0_7\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"],
  ["x = 12.e\n", "SyntaxError: invalid decimal literal"],
  ["if x:\n", "IndentationError: expected an indented block after 'if' statement on line 1"],
  ["try:\n  x\n", "SyntaxError: expected 'except' or 'finally' block"],
  ["def f():\n  if x:\n", "IndentationError: expected an indented block after 'if' statement on line 2"],
  ["for x in y:\n\n\n", "IndentationError: expected an indented block after 'for' statement on line 1"],
  ["x = 1\n\t\ty\n", "IndentationError: unexpected indent"],
  ["if x:\n    a\n  b", "IndentationError: unindent does not match any outer indentation level"],
  ["if True:\n\tx=1\n        y=2\n", "TabError: inconsistent use of tabs and spaces in indentation"],
  ["exec \"x = 1\"\n", "SyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)?"],
  ["x:=5\n", "SyntaxError: invalid syntax"],
  ["try:\n  pass\nexcept A, B as e:\n  pass\n", "SyntaxError: multiple exception types must be parenthesized"],
  ["if x = y + 1:\n  pass\n", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?"],
  ["print((x = 1))\n", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?"],
  ["d[x = 1]\n", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?"],
  ["y = (f() = 1)\n", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?"],
  ["if x.y = 1:\n  pass\n", "SyntaxError: cannot assign to attribute here. Maybe you meant '==' instead of '='?"],
  ["if x = not y:\n pass\n", "SyntaxError: invalid syntax"],
  ["x = {'a': 1, bbb + 1, 2: 3}\n", "SyntaxError: ':' expected after dictionary key"],
  ["x = 1 if y\n", "SyntaxError: expected 'else' after 'if' expression"],
  ["x = yield = 1\n", "SyntaxError: assignment to yield expression not possible"],
  ["from __future__ import braces\n", "SyntaxError: not a chance"],
  ["from __future__ import nested\n", "SyntaxError: future feature nested is not defined"],
  ["x = 1\nfrom __future__ import annotations\n", "SyntaxError: from __future__ imports must occur at the beginning of the file"],
  ["def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n", "SyntaxError: name 'x' is nonlocal and global"],
  ["nonlocal x\n", "SyntaxError: nonlocal declaration not allowed at module level"],
  ["def f():\n  print(x)\n  nonlocal x\n", "SyntaxError: name 'x' is used prior to nonlocal declaration"],
  ["print(f'{}' 'a', 1)\n", "SyntaxError: f-string: empty expression not allowed"],
  ["f'{a b}'\n", "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?"],
  ["print(f'{x €}')\n", "SyntaxError: invalid character '€' (U+20AC)"],
  ["print(f'{*x}')\n", "SyntaxError: f-string: cannot use starred expression here"],
  ["print(f'{[1, 2}')\n", "SyntaxError: f-string: closing parenthesis '}' does not match opening parenthesis '['"],
  ["print(f'{x!r')\n", "SyntaxError: f-string: expecting '}'"],
  ["print(f'{)}')\n", "SyntaxError: f-string: unmatched ')'"],
  ["[i for i in (j := range(3))]\n", "SyntaxError: assignment expression cannot be used in a comprehension iterable expression"],
  ["[x := 1 for x in y]\n", "SyntaxError: assignment expression cannot rebind comprehension iteration variable 'x'"],
  ["class A:\n  [y := 1 for x in z]\n", "SyntaxError: assignment expression within a comprehension cannot be used in a class body"],
  ["x = [await y for y in z]\n", "SyntaxError: asynchronous comprehension outside of an asynchronous function"],
  ["s = 'it's'\n", "SyntaxError: unterminated string literal (detected at line 1)"],
  ["x = [1, 2,, 3]\n", "SyntaxError: invalid syntax"],
  ["while x < 10\n    x += 1\n", "SyntaxError: expected ':'"],
  ["for i in range(5):\nprint(i)\n", "IndentationError: expected an indented block after 'for' statement on line 1"],
  ["x = 5 +* 3\n", "SyntaxError: invalid syntax"],
];

describe("syntax errors report as CPython 3.11", () => {
  errors.forEach(([source, last], i) => {
    it(`${JSON.stringify(source.slice(0, 60))} -> ${last}`, () => {
      const file = join(dir, `e${i}.py`);
      writeFileSync(file, source);
      const report = epythonReport(source, file);
      expect(report.split("\n").pop()).toBe(last);
      if (cpython311) expect(report).toBe(spawnSync(cpython311, [file], { encoding: "utf8" }).stderr.trimEnd());
    });
  });
});

const warned: string[] = [
  "x = 5\nif x is 5:\n    print(\"five\")\n",
  "x = \"a\"\nprint(x is not \"a\", x is \"a\" is x)\n",
  "print(x is -1 if (x := 3) else 0)\n",
  "def f(x):\n    return x is ()\nprint(f(1))\n",
  "p = [\n  (1, 2)\n  (3, 4)\n] if False else 0\n",
  "assert (1 == 1, \"msg\")\n",
  "x = 1\nif x is 1 and x is 1:\n  pass\nprint(x is 2)\n",
  "y = [[1, 2]\n     [0, 1]] if False else 0\nprint(y)\n",
  "x = None[0] if False else (lambda: 1)()\n",
  "x = {1}[0] if False else \"abc\"[True]\n",
  "x = \"abc\"[1.5] if False else 1\n",
  "x = (1, 2)[[0]] if False else b\"ab\"[-1]\n",
  "print(... is ..., None is not None, x := 1, f\"{x}\" is \"1\", 1 is 1)\n",
];

// CPython prints a script's SyntaxWarnings on stderr before running it; the program runs on.
describe("SyntaxWarnings as CPython 3.11 prints them", () => {
  warned.forEach((source, i) => {
    it(JSON.stringify(source.slice(0, 60)), () => {
      const file = join(dir, `w${i}.py`);
      writeFileSync(file, source);
      let text = "";
      compileProgram(source, file, {
        dialect: "python3",
        readFile: withLibraryModules(() => null, "python3"),
        isBuiltinModule: (n) => standardModules.has(n),
        syntaxWarning: (f, w) => (text += formatSyntaxWarning(f, w, source)),
      });
      expect(text).toContain("SyntaxWarning: ");
      if (cpython311) expect(text).toBe(spawnSync(cpython311, [file], { encoding: "utf8" }).stderr);
    });
  });
});

describeCPythonParity("unusual but valid syntax runs", {
  v01_unusual: "a = [1, 2, 3]\nprint(*a, sep='')\ndef gen():\n    x = yield\n    print(\"got\", x)\n    y = yield x\n    print(\"got\", y)\ng = gen(); next(g); g.send(5)\ntry:\n    g.send(6)\nexcept StopIteration:\n    print(\"stop\")\nregistry = {}\ndef deco(name):\n    def w(f):\n        registry[name] = f\n        return f\n    return w\n@deco(\"a\" + \"b\")\ndef f(): return 1\n@(lambda f: f)\ndef h(): return 2\n@registry[\"ab\"].__call__ if False else (lambda q: q)\ndef k(): return 3\nprint(sorted(registry), h(), k())\nmatch = 5\ncase = [match, 2]\n_ = case\ntype = \"t\"\nprint(match, case, type)\nmatch case:\n    case [5, x]:\n        print(\"matched\", x)\n    case _:\n        print(\"no\")\n",
  v02_unusual: "from contextlib import contextmanager\n@contextmanager\ndef cm(n):\n    print(\"enter\", n)\n    yield n\n    print(\"exit\", n)\nwith (cm(1) as a, cm(2) as b):\n    print(a, b)\nwith (cm(3) as c,\n      cm(4)):\n    print(c)\nwith (cm(5)):\n    pass\nf = lambda: (yield)\ngg = f()\nprint(next(gg))\ntotal = 1 + \\\n    2 + \\\n    3\nprint(total); print(\"semi\"); x = 1\nif x: pass; y = 1\nprint(y)\nname = \"w\"\nprint(f\"{'a' + name}\", f'{\"b\"}', f\"{ {'k': 1}['k'] }\", f\"{name!r:>5}\")\nwidth = 6\nprint(f\"{3.14159:{width}.{2}f}|\")\nélève = 3\nπ = 3.14\nprint(élève, π)\nprint(f\"{x=}\", f\"{x = }\")\n",
  v03_unusual: "def f(a, /, b, *, c):\n    return a + b + c\nprint(f(1, 2, c=3), f(1, b=2, c=3))\nprint([*range(3), *\"ab\"], {**{'a': 1}, 'b': 2})\na, *rest = [1, 2, 3]\nprint(a, rest)\n(x, y), z = (1, 2), 3\nprint(x, y, z)\n[p, q] = 4, 5\nprint(p, q)\nif (n := len(rest)) > 1:\n    print(\"n\", n)\nprint([y for x in range(3) if (y := x * 2) > 0])\nclass A: pass\nclass B(A, metaclass=type): x = 1; y = 2\nprint(B.x, B.y)\nprint(not not 1, - - 1, + - 1, ~ ~ 3)\nprint(1 if 0 else 2 if 0 else 3)\nprint((lambda: 0 is not 1)())\nprint((lambda *a, **k: (a, k))(1, b=2))\ndef g(*, k=1, **kw): return k, kw\nprint(g(k=2, z=3))\nprint(\"abc\" \"def\" f\"{1}\")\nprint(1_000_000, 0x_ff, 0o17, 0b1_0, 1e3, 1j, .5, 5.)\nassert True, \"msg\"\ndel a\nglobal_var = 1\ndef h():\n    global global_var\n    global_var += 1\nh(); print(global_var)\nx = [1,\n     2,\n]\nprint(x, (1,), ())\nfor i, in [(1,), (2,)]:\n    print(i)\nprint(print)\n",
  v04_unusual: "import asyncio\nasync def co():\n    await asyncio.sleep(0)\n    return [i async for i in agen()]\nasync def agen():\n    for i in range(3):\n        yield i\nprint(asyncio.run(co()))\ndef outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\nprint(outer()())\nmatch [1, 2, 3]:\n    case [1, *others] if len(others) == 2:\n        print(\"others\", others)\nmatch {\"k\": 1}:\n    case {\"k\": v, **rest}:\n        print(v, rest)\nclass C:\n    match = 1\n    def case(self): return 2\nprint(C.match, C().case())\nprint(r\"\\d\", b\"\\x00\", rb\"x\", Rb\"y\", BR\"z\", F\"{1}\", fR\"{2}\\n\")\ntry:\n    raise ValueError(\"x\")\nexcept (ValueError, TypeError) as e:\n    print(type(e).__name__)\nfinally:\n    print(\"fin\")\nwhile False: pass\nelse: print(\"else\")\nfor _ in (): pass\nelse: print(\"for-else\")\nprint(...)\nx: int = 5\ny: \"list[int]\"\nprint([(a, b) for a in range(2) for b in range(2) if a != b])\nprint(*(i for i in range(3)))\nprint(dict(a=1, **{\"b\": 2}))\n",
}, []);
