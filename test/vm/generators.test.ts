// Generators (vm/generators.ts): programs compared with CPython 3.11's output
// (fixtures in test/vm/fixtures/generators, .out made by the real binary), the
// syntax errors, memory accounting, the verifier's rules for the new opcodes, the
// image codec, blocking inside a generator, and the native compiler's diagnostic.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";
import { compileProgram } from "../../src/compiler/program.js";
import { decodeProgram, encodeProgram } from "../../src/bytecode/image.js";
import { verifyProgram } from "../../src/bytecode/verify.js";
import { Op } from "../../src/bytecode/opcodes.js";
import { CodeFlags, isCodeObject, type CodeObject } from "../../src/bytecode/code.js";
import { EPythonSyntaxError } from "../../src/lang/index.js";
import { rejects } from "../helpers/nativeInfer.js";
import { setBaselineHotThreshold } from "../../src/vm/jit/baseline.js";

const dir = join(__dirname, "fixtures", "generators");

const compile = (src: string, dialect: "python3" | "classic" = "python3") =>
  compileProgram(src, "main.py", { dialect, readFile: () => null, isBuiltinModule: () => false });

function syntaxError(src: string, dialect: "python3" | "classic" = "python3"): { message: string; line: number; col: number } {
  try {
    compile(src, dialect);
  } catch (e) {
    if (e instanceof EPythonSyntaxError) return { message: e.message, line: e.line, col: e.col };
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(src)}`);
}

describe("generators behave as in CPython 3.11", () => {
  it.each(["gen_basic", "gen_methods", "gen_errors", "gen_inline", "gen_sink"])("%s", (name) => {
    const source = readFileSync(join(dir, `${name}.py`), "utf8");
    const expected = readFileSync(join(dir, `${name}.out`), "utf8");
    expect(output(source, { float64: true, strictMemory: true })).toBe(expected);
  });

  it("an uncaught error inside a generator shows the generator's frame in the traceback", () => {
    const r = runSource("def g():\n    yield 1\n    yield 1 // 0\nfor x in g():\n    pass\n");
    expect(r.error?.kind).toBe("ZeroDivisionError");
    expect(r.error?.traceback.map((e) => `${e.func}:${e.line}`)).toEqual(["<module>:4", "g:3"]);
  });

  it("a generator's body does not run until it is first resumed", () => {
    expect(output("def g():\n    print('start')\n    yield 1\nx = g()\nprint('made')\nprint(next(x))\n")).toBe("made\nstart\n1\n");
  });
});

describe("syntax", () => {
  it.each([
    ["x = yield 1\n", "'yield' outside function", 1, 5],
    ["class A:\n    yield 1\n", "'yield' outside function", 2, 5],
    ["def f():\n    return [(yield) for y in z]\n", "'yield' inside list comprehension", 2, 14],
    ["def f():\n    return ((yield) for y in z)\n", "'yield' inside generator expression", 2, 14],
    ["def f():\n    return 1 + yield 2\n", "invalid syntax", 2, 16],
  ])("%j", (src, message, line, col) => {
    expect(syntaxError(src)).toEqual({ message, line, col });
  });

  it("the classic dialect has no generators", () => {
    expect(syntaxError("def f():\n  yield 1\n", "classic")).toEqual({ message: "'yield' is not supported yet", line: 2, col: 3 });
  });

  it("yield forms: statement, assignment, parenthesised, tuple, from", () => {
    const src = "def g():\n    yield\n    x = yield 1, 2\n    y = (yield x) or 5\n    z = yield from [y]\n    yield z\nprint(list(g()))\n";
    expect(output(src)).toBe("[None, (1, 2), None, 5, None]\n");
  });
});

describe("memory", () => {
  it("a suspended generator is charged to its core, and collected when dropped", () => {
    // 2000 live generators of a 12-local frame cannot fit 8 KB; made and dropped in turn, they do.
    const make = "def g(n):\n    a = b = c = d = e = f = h = i = j = k = l = n\n    yield a\n";
    const dropped = output(`${make}t = 0\nfor i in range(2000):\n    x = g(i)\n    t += next(x)\nprint(t)\n`, { localMemory: 8192, strictMemory: true });
    expect(dropped).toBe("1999000\n");
    const kept = runSource(`${make}keep = []\nfor i in range(2000):\n    x = g(i)\n    next(x)\n    keep.append(x)\n`, { localMemory: 8192, strictMemory: true });
    expect(kept.error?.kind).toBe("MemoryError");
  });

  it("MemoryError inside a generator is catchable outside it", () => {
    const src = "def grow():\n    xs = []\n    while True:\n        xs.append([0] * 50)\n        yield len(xs)\n" +
      "n = 0\ntry:\n    for n in grow():\n        pass\nexcept MemoryError:\n    print('recovered', n > 3)\n";
    expect(output(src, { localMemory: 8192, strictMemory: true })).toBe("recovered True\n");
  });
});

describe("blocking inside a generator", () => {
  it("works when a for loop drives it, directly or through yield from", () => {
    const src = "from parallel import *\n" +
      "def gen(n):\n    for i in range(n):\n        yield recv(0)\n    return 'end'\n" +
      "def relay():\n    r = yield from gen(2)\n    yield r\n" +
      "def replies():\n    while True:\n        yield sendrecv('pong', 0)\n" +
      "if coreid() == 0:\n    for i in range(5):\n        send(i * 10, 1)\n    print(sendrecv('ping', 1))\n" +
      "else:\n    print([v for v in gen(3)])\n    for v in relay():\n        print(v)\n" +
      "    for r in replies():\n        print(r)\n        break\n";
    const r = runSource(src, { cores: 2, prefix: true });
    expect(r.error).toBeNull();
    expect(r.stuck).toBeNull();
    expect(r.out.split("\n").sort().join("\n")).toBe(["", "[device 0] pong", "[device 1] 30", "[device 1] 40", "[device 1] [0, 10, 20]", "[device 1] end", "[device 1] ping"].sort().join("\n"));
  });

  it("in a nested resume (next, send, builtins) is a clear RuntimeError, never a hang", () => {
    const src = "from parallel import *\ndef g():\n    yield recv(0)\n" +
      "if coreid() == 1:\n    try:\n        print(next(g()))\n    except RuntimeError as e:\n        print(e)\n";
    const r = runSource(src, { cores: 2 });
    expect(r.out).toBe("a blocking operation (a message receive, input(), a collective) cannot be used inside a generator ('g') driven by next(), send(), asyncio or a builtin, on core 1; a for loop, a comprehension, list(), tuple(), set(), frozenset(), dict(), sorted(), sum(), min(), max(), any(), all(), str.join(), list.extend() and set.update(), directly or through enumerate(), zip(), map() and filter(), run it where it may block\n");
    expect(r.error).toBeNull();
  });
});

function allCodes(c: CodeObject, out: CodeObject[] = []): CodeObject[] {
  out.push(c);
  for (const k of c.consts) if (isCodeObject(k)) allCodes(k, out);
  return out;
}

describe("bytecode", () => {
  const src = "def g(n):\n    try:\n        x = yield n\n    finally:\n        pass\n    r = yield from (i for i in range(x or 2))\n    return r\nprint(list(g(5)), sum(i for i in range(4)))\n";

  it("survives the image codec and its verifier", () => {
    const program = compile(src);
    const again = decodeProgram(encodeProgram(program).bytes);
    expect(allCodes(again.modules[0].code).map((c) => Array.from(c.code))).toEqual(allCodes(program.modules[0].code).map((c) => Array.from(c.code)));
    expect(output(src)).toBe("[5, 0, 1] 6\n");
  });

  it("the verifier keeps suspension to generator bodies", () => {
    const program = compile(src);
    const g = allCodes(program.modules[0].code).find((c) => c.name === "g")!;
    expect(g.code[0]).toBe(Op.GEN_START);
    g.flags &= ~CodeFlags.GENERATOR;
    expect(() => verifyProgram(program)).toThrow(/GEN_START/);
    g.flags |= CodeFlags.GENERATOR;
    const code = g.code;
    g.code = Int32Array.from([Op.NOP, ...Array.from(code.slice(1))]);
    expect(() => verifyProgram(program)).toThrow(/must start with GEN_START/);
    g.code = code;
    expect(() => verifyProgram(program)).not.toThrow();
  });
});

describe("native code", () => {
  it("reports generators as not supported natively", () => {
    const e = rejects("def g(n):\n    yield n\ndef k(n):\n    s = 0\n    for x in g(n):\n        s += x\n    return s\nprint(k(3))\n");
    expect(e.message).toContain("generators (yield) are not supported natively");
  });
});

describe("a builtin consuming a generator in place, from compiled code", () => {
  it("sorted(g, key=f) keeps the caller's stack when the generator's compiled frame returns", () => {
    // The key runs once the generator has returned, in a frame that may be the
    // generator's own, reused (Frame.spare): the result's slot was read from it after.
    const src = "def g():\n    for i in range(3):\n        yield i\nfor i in range(40):\n    r = sorted(g(), key=lambda p: -p)\nprint(i, r)\n";
    try {
      for (const hot of [0, 1, 3]) {
        setBaselineHotThreshold(hot);
        expect(output(src), `threshold ${hot}`).toBe("39 [2, 1, 0]\n");
      }
    } finally {
      setBaselineHotThreshold(64);
    }
  });
});
