// Issue 9's call and statement syntax (brief S): `**kwargs`, starred assignment, `with`,
// exception context, small builtins. Each fixture in test/vm/fixtures/syntax is a
// program whose .out is CPython 3.11's output (regenerate with
// `python3.11 X.py > X.out`); the VM must print exactly the same.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";
import { rejects } from "../helpers/nativeInfer.js";
import { compileProgram } from "../../src/compiler/program.js";
import { decodeProgram, encodeProgram } from "../../src/bytecode/image.js";
import { formatRuntimeError } from "../../src/host/report.js";

const dir = join(__dirname, "fixtures", "syntax");
const fixture = (name: string) => ({
  source: readFileSync(join(dir, `${name}.py`), "utf8"),
  expected: readFileSync(join(dir, `${name}.out`), "utf8"),
});

describe("programs print what CPython 3.11 prints", () => {
  it.each(["kwargs", "starred", "with", "context", "builtins_small"])("%s", (name) => {
    const { source, expected } = fixture(name);
    expect(output(source, { float64: true, strictMemory: true })).toBe(expected);
  });
});

describe("**kwargs", () => {
  it("an uncaught binding error names the function as CPython does", () => {
    const r = runSource("def f(a, **kw):\n    return kw\nf(1, **{'a': 2})\n");
    expect(r.error?.kind).toBe("TypeError");
    expect(r.error?.pyMessage).toBe("f() got multiple values for argument 'a'");
  });

  it("the keyword dict is charged to the core and collected", () => {
    // 2000 calls each building a 3-entry dict: garbage, so a small core keeps going.
    const src = "def f(**kw):\n    return len(kw)\nt = 0\nfor i in range(2000):\n    t += f(a=i, b=2, c=3)\nprint(t)\n";
    expect(output(src, { strictMemory: true })).toBe("6000\n");
  });

  it("the classic dialect has no '**'", () => {
    expect(() => runSource("def f(**kw):\n    return 1\n", { classic: true })).toThrow(/'\*\*' parameters are not supported in the classic dialect/);
  });
});

describe("starred assignment", () => {
  it.each([
    ["*a = [1]\n", "starred assignment target must be in a list or tuple"],
    ["a, *b, *c = [1, 2]\n", "multiple starred expressions in assignment"],
    ["for *a in [[1]]:\n    pass\n", "starred assignment target must be in a list or tuple"],
  ])("%j is CPython's SyntaxError", (src, message) => {
    expect(() => runSource(src)).toThrow(message);
  });

  it("the starred list is charged to the core", () => {
    const r = runSource("xs = list(range(2000))\nfor i in range(50):\n    a, *b = xs\n", { localMemory: 12_000, strictMemory: true });
    expect(r.error?.kind).toBe("MemoryError");
  });
});

describe("native code refuses what runs only in the interpreter", () => {
  it.each([
    ["def k(xs):\n    a, *b = xs\n    return a\nprint(k([1, 2]))\n", "native code: starred assignment targets are not supported natively"],
    ["def k(xs):\n    for a, *b in xs:\n        pass\n    return 1\nprint(k([[1, 2]]))\n", "native code: starred assignment targets are not supported natively"],
    ["def k(**kw):\n    return 1\nprint(k())\n", "native code: **kwargs parameters are not supported natively (keyword-only parameters and *args are)"],
    ["def k(m):\n    with m:\n        pass\n    return 1\nprint(k(1))\n", "native code: the 'With' statement is not supported natively"],
  ])("%j", (src, message) => {
    expect(rejects(src).message).toBe(message);
  });
});

describe("the new instructions", () => {
  it.each(["kwargs", "starred", "with"])("%s survives the image codec and its verifier", (name) => {
    const { source } = fixture(name);
    const program = compileProgram(source, "main.py", { dialect: "python3", readFile: () => null, isBuiltinModule: () => false });
    const again = decodeProgram(encodeProgram(program).bytes);
    expect(again.modules[0].code.code).toEqual(program.modules[0].code.code);
  });
});

describe("with", () => {
  it("the classic dialect has no 'with'", () => {
    expect(() => runSource("with a:\n    pass\n", { classic: true })).toThrow(/'with' is not supported yet/);
  });
});

describe("exception context in tracebacks", () => {
  it("an uncaught error prints its chain as CPython does (without CPython's carets)", () => {
    // CPython's stderr for `python3.11 chain_uncaught.py`, its path then replaced by main.py.
    const source = readFileSync(join(dir, "chain_uncaught.py"), "utf8");
    const expected = readFileSync(join(dir, "chain_uncaught.err"), "utf8")
      .split("\n").filter((l) => !/^\s*[~^]+\s*$/.test(l)).join("\n");
    const r = runSource(source);
    expect(r.error).not.toBeNull();
    const text = formatRuntimeError(r.error!, 0, "device core", (f) => (f === "main.py" ? source : null), undefined);
    expect(text).toBe(`Error on device core 0:\n${expected.trimEnd()}`);
  });

  it("raise ... from None prints no context", () => {
    const r = runSource("try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ValueError('v') from None\n");
    expect(r.error?.chain).toEqual([]);
  });

  it("a VM error raised in an except clause has the handled exception as its context", () => {
    const r = runSource("try:\n    [][1]\nexcept IndexError:\n    {}['k']\n");
    expect(r.error?.kind).toBe("KeyError");
    expect(r.error?.chain.map((c) => [c.kind, c.message, c.link, c.traceback.map((t) => t.line)])).toEqual([
      ["IndexError", "list index out of range", "context", [2]],
    ]);
  });
});

describe("small builtins", () => {
  it("__import__ runs one of the program's own modules once, as import does", () => {
    const files = { "geo.py": "print('geo loaded')\ndef area(r):\n    return 3 * r * r\n" };
    const src = "g = __import__('geo')\nprint(g.area(2), __import__('geo') is g)\nimport geo\nprint(geo is g)\n";
    expect(output(src, { files })).toBe("geo loaded\n12 True\nTrue\n");
  });

  it.each([
    ["open('data.txt')", "open() is not available on a core: cores have no files or operating system"],
    ["eval('1 + 1')", "eval() is not available on a core: ePython compiles the whole program ahead of time"],
    ["exec('x = 1')", "exec() is not available on a core"],
    ["compile('1', 'f', 'eval')", "compile() is not available on a core"],
  ])("%s says it is deliberately absent", (call, message) => {
    const r = runSource(`${call}\n`);
    expect(r.error?.kind).toBe("NotImplementedError");
    expect(r.error?.pyMessage).toContain(message);
  });

  it("sys.stdin is the core's input stream (empty here), named by attribute or by string", () => {
    expect(output("import sys\nfor line in sys.stdin:\n    print(line)\nprint(repr(sys.stdin.read()))\n")).toBe("''\n");
    expect(output("import sys\nprint(hasattr(sys, 'stdin'), hasattr(sys, 'stdout'))\n")).toBe("True True\n");
  });
});
