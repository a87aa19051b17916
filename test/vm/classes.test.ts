// Classes of the Python 3 dialect (vm/classes.ts): programs compared with CPython
// 3.11's output (fixtures made by test/vm/fixtures/oop/gen.sh with the real binary),
// memory charges and collection, and the compile-time rules for class bodies.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";
import { compileProgram } from "../../src/compiler/program.js";
import { standardModules } from "../../src/vm/modules/index.js";
import { analyze, assertValid } from "../../src/compiler/analyze.js";
import { inferProgram, NativeError } from "../../src/compiler/infer.js";
import { emitC } from "../../src/native/emitC.js";
import { parse } from "../../src/lang/index.js";

const dir = join(__dirname, "fixtures", "oop");
const fixture = (name: string) => ({
  source: readFileSync(join(dir, `${name}.py`), "utf8"),
  expected: readFileSync(join(dir, `${name}.out`), "utf8"),
});

describe("classes print what CPython 3.11 prints", () => {
  it.each(["classes_basic", "classes_inherit", "classes_special", "classes_more"])("%s", (name) => {
    const { source, expected } = fixture(name);
    expect(output(source, { float64: true })).toBe(expected);
  });
});

const compileError = (src: string) => {
  try {
    compileProgram(src, "main.py", { dialect: "python3", readFile: () => null, isBuiltinModule: (n) => standardModules.has(n) });
  } catch (e) {
    return (e as Error).message;
  }
  return null;
};

describe("class bodies", () => {
  it("hide their names from the methods defined in them (Python's scoping)", () => {
    const src = "v = 'global'\nclass C:\n    v = 'class'\n    def m(self):\n        return v\n    w = v\nprint(C().m(), C.w, C.v)\n";
    expect(output(src)).toBe("global class class\n");
  });

  it("pass closure variables of an enclosing function through to their methods", () => {
    const src = "def make(k):\n    class C:\n        def get(self):\n            return k * 2\n    return C\nprint(make(21)().get())\n";
    expect(output(src)).toBe("42\n");
  });

  it("run once at definition, in order, with decorators applied to the class", () => {
    const src = "log = []\ndef deco(c):\n    log.append('deco ' + c.__name__)\n    c.extra = 1\n    return c\n@deco\nclass C:\n    log.append('body')\n    if True:\n        flag = 'set'\nprint(log, C.extra, C.flag)\n";
    expect(output(src)).toBe("['body', 'deco C'] 1 set\n");
  });

  it("reject 'return' with a compile error", () => {
    // `metaclass=`, other class keywords and `**kw` are supported (test/vm/metaclasses.test.ts, class-kwargs.test.ts).
    expect(compileError("class C:\n    return 1\n")).toMatch(/'return' outside function/);
  });

  it("are not part of the classic dialect", () => {
    const src = "class C:\n    pass\n";
    expect(() => compileProgram(src, "main.py", { dialect: "classic", readFile: () => null, isBuiltinModule: () => false })).toThrow(/'class' is not supported yet/);
  });

  it("refuse a built-in type that cannot be a base, as CPython", () => {
    const r = runSource("class B(bool):\n    pass\n");
    expect(r.error?.kind).toBe("TypeError");
    expect(r.error?.pyMessage).toBe("type 'bool' is not an acceptable base type");
  });
});

describe("objects in the core's memory", () => {
  it("charge an instance 16 bytes plus 8 per attribute", () => {
    const src = [
      "import memory",
      "class P:",
      "    def __init__(self):",
      "        self.a = 1",
      "        self.b = 2",
      "p = None",
      "memory.gc()",
      "before = memory.used()",
      "p = P()",
      "memory.gc()",
      "print(memory.used() - before)",
      "p.c = 3",
      "memory.gc()",
      "print(memory.used() - before)",
    ].join("\n");
    expect(output(src)).toBe("32\n40\n");
  });

  it("are collected, cycles included, so a long loop of garbage objects fits", () => {
    const src = "class N:\n    def __init__(self):\n        self.other = None\n        self.data = [0] * 20\nfor i in range(3000):\n    a = N()\n    b = N()\n    a.other = b\n    b.other = a\nprint('done')\n";
    expect(output(src, { strictMemory: true })).toBe("done\n");
  });

  it("count what live objects hold: a chain of instances exhausts a small core", () => {
    const src = "class N:\n    pass\nhead = None\nwhile True:\n    n = N()\n    n.nxt = head\n    head = n\n";
    const r = runSource(src, { strictMemory: true });
    expect(r.error?.kind).toBe("MemoryError");
  });
});

describe("methods run in the interpreter loop", () => {
  it("deep recursion through methods is bounded by memory, not the JavaScript stack", () => {
    const src = "import sys\nsys.setrecursionlimit(10**6)\nclass R:\n    def down(self, n):\n        return 0 if n == 0 else 1 + self.down(n - 1)\nprint(R().down(20000))\n";
    expect(output(src, { profile: "host" })).toBe("20000\n");
  });

  it("a method may block in a message-passing call", () => {
    const src = [
      "from parallel import *",
      "class Peer:",
      "    def swap(self, v):",
      "        other = 1 - coreid()",
      "        return sendrecv(v, other)",
      "    def __init__(self, v):",
      "        self.got = self.swap(v)",
      "print(coreid(), Peer(coreid() * 10).got)",
    ].join("\n");
    const out = output(src, { cores: 2, prefix: false }).split("\n").filter(Boolean).sort();
    expect(out).toEqual(["0 10", "1 0"]);
  });
});

describe("the native compiler", () => {
  const rejects = (src: string): string => {
    try {
      emitC(inferProgram(assertValid(analyze(parse(src, "t.py", { dialect: "python3" })))));
    } catch (e) {
      if (e instanceof NativeError) return e.message;
      throw e;
    }
    return "accepted";
  };

  it("reports class, try and raise as not supported natively (a diagnostic, not a crash)", () => {
    expect(rejects("class C:\n    pass\n")).toBe("native code: the 'ClassDef' statement is not supported natively");
    expect(rejects("try:\n    x = 1\nexcept ValueError:\n    pass\n")).toBe("native code: the 'Try' statement is not supported natively");
    expect(rejects("def f():\n    raise ValueError\nf()\n")).toBe("native code: the 'Raise' statement is not supported natively");
  });
});
