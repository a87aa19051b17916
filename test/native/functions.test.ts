// Functions as values in native code: nested functions and closures (cells shared as
// in Python), lambdas, functions passed and stored, *args and keyword-only
// parameters, map/filter/sorted/min/max with functions. Inference accepts or rejects
// with a positioned message; accepted programs print exactly the interpreter's output.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { infer, rejects } from "../helpers/nativeInfer.js";
import { mangle } from "../../src/compiler/infer.js";
import { emitC } from "../../src/native/emitC.js";
import { cliPath, repoRoot } from "../helpers/run.js";


describe("native inference of functions as values", () => {
  it("gives a closure the type of its definition and creator, and calls it directly", () => {
    const p = infer("def make_adder(n):\n    def add(v):\n        return v + n\n    return add\nadd3 = make_adder(3)\nprint(add3(1))\n");
    expect(p.specs.map((s) => s.cName)).toEqual(["py_make_adder__i", "py_make_adder__i_add__i"]);
    expect(mangle(p.main.vars.get("add3")!)).toBe("Fmake_adder__i_add");
    // n is a cell of make_adder: it lives in the environment the closure points to
    expect([...p.specs[0].cells]).toEqual(["n"]);
    const c = emitC(p);
    expect(c).toContain("struct env_py_make_adder__i { ep_int v_n; };");
    expect(c).toContain("static inline ep_int py_make_adder__i_add__i(env_py_make_adder__i *up, ep_int v_v)");
    expect(c).toContain("ep_add(v_v, up->v_n, 3, FN)");
  });

  it("specialises a function per function value passed to it", () => {
    const p = infer("def twice(f, v):\n    return f(f(v))\nprint(twice(abs, -3), twice(lambda s: s + '!', 'a'))\n");
    expect(p.specs.map((s) => s.cName)).toEqual(["py_twice__Babs_i", "py_twice__Flambda3_29_s", "py_lambda3_29__s"]);
  });

  it("types *args as a tuple of the extra arguments and binds keyword-only parameters", () => {
    const p = infer("def f(a, *rest, k=1):\n    return a + k, rest\nprint(f(1), f(1, 2.5, 'x', k=3))\n");
    expect(p.specs.map((s) => s.cName)).toEqual(["py_f__i_T0_i", "py_f__i_T2fs_i"]);
  });

  it("rejects what it cannot compile, at the node", () => {
    expect(rejects("fs = [lambda: k for k in range(3)]\n").message).toBe("native code: a lambda that uses the comprehension variable 'k' is not supported natively");
    const mixed = rejects("def f(x):\n    return x\nfs = [f, 1]\n");
    expect(mixed.message).toBe("native code: list elements must have one type; this list mixes function f and int");
    expect([mixed.line, mixed.col]).toEqual([3, 10]);
    expect(rejects("def f(n):\n    def g(x=n):\n        return x\n    return g\nprint(f(1)())\n").message)
      .toBe("native code: the default of a nested function or lambda must be a constant natively");
    expect(rejects("def f(a, *, b):\n    return a\nprint(f(1))\n").message).toBe("native code: f() missing required keyword-only argument 'b'");
    expect(rejects("def f(a):\n    return a\nprint(f(1, 2))\n").message).toBe("native code: f() takes 1 positional argument but 2 were given");
    expect(rejects("print(list(map(print if True else abs, [1])))\n").message).toBe("native code: the function given to map() must be a name or a lambda natively");
    expect(rejects("def f(*a):\n    return a\nxs = [1]\nprint(f(*xs))\n").message).toBe("native code: f(*x) needs a tuple natively (its length is part of its type); found list of int");
    expect(rejects("def f(*a):\n    for v in a:\n        print(v)\nf(1, 'a')\n").message).toBe("native code: iterating over a tuple needs elements of one type natively; found tuple (int, str)");
    expect(rejects("fs = [abs, str]\nprint([f(-1) for f in fs])\n").message).toBe("native code: the functions this value may hold return different types (int and str); native code needs one");
    expect(rejects("fs = []\nfor k in range(3):\n    fs.append(lambda k=k: k)\n").message).toBe("native code: the default of a nested function or lambda must be a constant natively");
    expect(rejects("m = map(abs, [1])\nprint(list(m), list(m))\n").message).toMatch(/^native code: map\(\) is supported natively where it is iterated once/);
    expect(rejects("print(sorted([1, 2], key=lambda v: [v]))\n").message).toBe("native code: a key= function must return a number, a str or a tuple of them natively; found list of int");
  });
});

const hasCC = spawnSync("sh", ["-c", "command -v cc || command -v gcc"]).status === 0;

/** Runs a program with the interpreter and natively (one core); both outputs. */
function both(src: string, dir = mkdtempSync(join(tmpdir(), "ep-nfunc-"))): { interp: string; native: string; stderr: string } {
  const file = join(dir, "prog.py");
  writeFileSync(file, src);
  const interp = spawnSync("node", [cliPath, "run", "--cores", "1", file], { cwd: repoRoot, encoding: "utf8" }).stdout;
  const r = spawnSync("node", [cliPath, "run", "--native", "--cores", "1", file], { cwd: repoRoot, encoding: "utf8", timeout: 120_000 });
  return { interp, native: r.stdout, stderr: r.stderr };
}

const PROGRAMS: Record<string, string> = {
  closures: `
def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


c1 = make_counter(0)
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())


def make_adder(n):
    def add(v):
        return v + n
    return add


adders = [make_adder(k) for k in range(3)]
print([a(10) for a in adders], make_adder(3)(make_adder(10)(0)))


def outer():
    trace = []

    def middle():
        def inner():
            trace.append("inner")
            return len(trace)
        trace.append("middle")
        return inner()

    return middle(), trace


print(outer())


def late():
    x = 1
    def get():
        return x
    x = 2          # the closure sees the variable, not the value at def time
    return get


print(late()())


def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)   # a nested function calling itself
    return fact


print(fact_maker()(10))
`,
  lambdas_and_values: `
square = lambda v: v * v
print(square(7), (lambda a, b=2: a ** b)(3), (lambda: "no args")())


def twice(f, v):
    return f(f(v))


def compose(f, g):
    return lambda v: f(g(v))


print(twice(square, 3), twice(abs, -4), twice(lambda s: s + "!", "hey"))
print(compose(square, lambda v: v + 3)(2), compose(str, abs)(-5))
pairs = [(3, "c"), (1, "a"), (2, "b"), (0, "a")]
print(sorted(pairs, key=lambda p: p[1]), sorted([5, -8, 2, -1], key=abs))
print(sorted(pairs, key=lambda p: p[1], reverse=True), sorted([0.5, -2.0, 1.0], key=abs, reverse=True))
print(max(["pear", "fig", "banana"], key=len), min(["pear", "fig", "banana", "kiw"], key=len))
print(list(map(square, [1, 2, 3])), list(filter(lambda v: v % 2, range(7))), list(filter(None, [0, 3, 0, 4])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), sum(map(abs, [-1, -2])))
for s in map(str, range(3)):
    print(s + "!")
print(callable(square), callable(5), callable(abs))
import math
f = abs
g = math.sqrt
k = len
print(f(-3), g(16.0), sorted(["aa", "b"], key=k), twice(f, -2))
`,
  several_functions: `
def square(v):
    return v * v


def make_adder(n):
    def add(v):
        return v + n
    return add


add3 = make_adder(3)
ops = [square, add3, abs, lambda v: -v]
print([op(-4) for op in ops])
for op in ops:
    print(op(5), end=" ")
print()


def pick(c):
    if c:
        return lambda v: v + 1
    return lambda v: v * 2


print(pick(True)(10), pick(False)(10))
f = square if len(ops) > 2 else add3
print(f(6), callable(f))
log = []
actions = [lambda: log.append(1), lambda: log.append(2)]
for act in actions:
    act()
print(log)
`,
  nested_definitions: `
def f():
    def g():
        return 1
    return 0
print(f())
handlers = []
def register(k):
    def h(v):
        return v + k
    handlers.append(h)
register(1)
register(5)
def fire(x):
    return [h(x) for h in handlers]
print(fire(10))
def p():
    def add(v):
        return v + 1
    return add(1)
def q():
    def add(v):
        return v * 2
    return add(4)
print(p(), q())
star = lambda *a: len(a)
print(star(), star(1, 2))
def outer():
    def a(n):
        return b(n - 1) if n else 0
    def b(n):
        return a(n) + 1
    return a(3)
print(outer())
def noret():
    def side():
        print("side")
    side()
noret()
def cond(flag):
    if flag:
        def w():
            return "yes"
    else:
        def w():
            return "no"
    return w()
print(cond(True), cond(False))
`,
  parameters: `
def clamp(x, *, lo=0, hi=10):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


print(clamp(-5), clamp(5), clamp(50), clamp(50, hi=20), clamp(-5, lo=-2, hi=2))


def total(first, *rest, scale=1):
    s = first * scale
    return s, rest, len(rest)


print(total(1), total(1, 2, 3.5), total(2, "x", scale=3))


def add3(a, b, c=0):
    return a + b + c


t = (1, 2)
u = (1, 2.5, 3)
print(add3(*t), add3(*u), add3(*(4, 5)), add3(0, *t), total(*u), total(9, *t))


def summed(*nums):
    s = 0
    for n in nums:
        s += n
    return s, sum(nums), max(nums) if nums else -1


print(summed(), summed(1, 2, 3), summed(1, 2.5))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


r = (fib(10), 1)
print(r, type(r) is tuple, type(fib(3)) == int, type(1.5) is not float)
`,
  "list.sort with key= and tuple keys (sorted, min, max too)": `
words = ["pear", "fig", "banana", "kiwi", "apple"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: (len(w), w), reverse=True)
print(words)
nums = [3.5, -1.0, 2.25, -7.5]
nums.sort(key=abs)
print(nums)
pts = [(1, 5), (2, 2), (0, 9), (2, 1)]
print(min(pts, key=lambda p: (p[1], p[0])), max(pts, key=lambda p: (p[0], -p[1])))
print(sorted(pts, key=lambda p: (p[0], p[1]), reverse=True))
`,
};

describe.skipIf(!hasCC)("native functions as values run like the interpreter", () => {
  for (const [name, src] of Object.entries(PROGRAMS)) {
    it(name, () => {
      const r = both(src);
      expect(r.stderr).toBe("");
      expect(r.native).toBe(r.interp);
    }, 120_000);
  }

  it("links the program's own modules (import, import as, from-import, module variables)", () => {
    const dir = mkdtempSync(join(tmpdir(), "ep-nfunc-mod-"));
    writeFileSync(join(dir, "tools.py"), [
      "import math", "from math import sqrt as root", "SCALE = 2", "calls = 0", "",
      "def hyp(a, b):", "    global calls", "    calls += 1", "    return root(a * a + b * b) * SCALE", "",
      "def make_scaler(k):", "    return lambda v: v * k * SCALE", "",
      "print('tools loaded', math.pi > 3)", "",
    ].join("\n"));
    writeFileSync(join(dir, "mid.py"), "import tools\ndef both(a, b):\n    return tools.hyp(a, b) + tools.hyp(b, a)\n");
    const r = both([
      "import mid", "import tools as t", "from tools import make_scaler, SCALE as S",
      "print(mid.both(3, 4), t.calls, S, t is t)", "s3 = make_scaler(3)", "print(s3(5), list(map(t.hyp, [3], [4])))",
      "t.SCALE = 10", "print(s3(5), t.hyp(3, 4), S)", "def f():", "    return t.SCALE + t.calls", "print(f())", "",
    ].join("\n"), dir);
    expect(r.stderr).toBe("");
    expect(r.native).toBe(r.interp);
    expect(r.native).toContain("tools loaded True");
  }, 120_000);

  it("reports an error in a user module at its own file and line", () => {
    const dir = mkdtempSync(join(tmpdir(), "ep-nfunc-mod-"));
    writeFileSync(join(dir, "bad.py"), "def g(x):\n    return [x, 'a']\n");
    const r = both("from bad import g\nprint(g(1))\n", dir);
    expect(r.stderr).toContain(`${join(dir, "bad.py")}:2:16: error: native code: list elements must have one type`);
  }, 120_000);

  it("a runtime error in a lambda names its line and <lambda>", () => {
    const r = both("f = lambda v: 10 // v\nprint(f(2))\nprint(f(0))\n");
    expect(r.native).toContain("5");
    expect(r.stderr).toMatch(/line 1, in <lambda>\nZeroDivisionError/);
  }, 120_000);
});
