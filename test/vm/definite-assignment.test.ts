// Definite assignment (src/bytecode/definiteAssignment.ts): the baseline compiler
// drops the unbound test of a local's read only where every path binds the local, so
// a local unbound on some path still raises CPython's UnboundLocalError at its line,
// compiled exactly as interpreted.
import { afterAll, describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { Core, RUN_DONE } from "../../src/vm/core.js";
import { PyError } from "../../src/vm/errors.js";
import { runtimeOf } from "../../src/vm/loader.js";
import { setBaselineHotThreshold } from "../../src/vm/jit/baseline.js";
import { A_BOUND, B_BOUND, boundLocals, noteProgramDialect } from "../../src/bytecode/definiteAssignment.js";
import { isCodeObject, type CodeObject, type Program } from "../../src/bytecode/code.js";
import { Op, instrWidth } from "../../src/bytecode/opcodes.js";

afterAll(() => setBaselineHotThreshold(64));

function codeNamed(program: Program, name: string): CodeObject {
  const find = (c: CodeObject): CodeObject | null => {
    if (c.name === name) return c;
    for (const k of c.consts) if (isCodeObject(k)) { const r = find(k); if (r) return r; }
    return null;
  };
  return find(program.modules[0].code)!;
}

/** Runs `source` with the baseline compiler's threshold `hot`; the output, the error and whether `fn` got compiled. */
function run(source: string, hot: number, fn: string, dialect: "python3" | "classic" = "python3") {
  setBaselineHotThreshold(hot);
  const program = compileProgram(source, "t.py", { dialect });
  const out: string[] = [];
  const core = new Core(program, {
    id: 0, numCores: 1, isHost: true, float32: false, memory: { local: 1 << 24, spill: 0 },
    write: (t) => out.push(t), randomSeed: 1,
  });
  core.start();
  let error: string | null = null;
  try {
    expect(core.run(Infinity)).toBe(RUN_DONE);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    error = `${e.kind}: ${e.pyMessage} ${JSON.stringify(e.traceback)}`;
  }
  const compiled = typeof runtimeOf(codeNamed(program, fn), false).compiled === "function";
  return { out: out.join(""), error, compiled, instructions: core.instructions };
}

/** For each read of local `name` in function `fn` of `source` (in code order): whether it is proven bound. */
function reads(source: string, fn: string, name: string, dialect: "python3" | "classic" = "python3"): boolean[] {
  const program = compileProgram(source, "t.py", { dialect });
  noteProgramDialect(program); // as a Core does for its program
  const code = codeNamed(program, fn);
  const local = code.varnames.indexOf(name);
  const flags = boundLocals(code);
  const out: boolean[] = [];
  const ins = code.code;
  for (let pc = 0; pc < ins.length; pc += instrWidth(ins[pc])) {
    const op = ins[pc];
    const twoLocals = op === Op.LOAD_FAST2 || op === Op.SUBSCR_FAST2 || op === Op.STORE_SUBSCR_FAST2;
    const oneLocal = op === Op.LOAD_FAST || op === Op.SUBSCR_FAST_INT || op === Op.STORE_SUBSCR_FAST_INT || op === Op.DELETE_FAST;
    if ((oneLocal || twoLocals) && ins[pc + 1] === local) out.push((flags[pc] & A_BOUND) !== 0);
    if (twoLocals && ins[pc + 2] === local) out.push((flags[pc] & B_BOUND) !== 0);
  }
  return out;
}

describe("definite assignment analysis", () => {
  it("proves parameters and locals stored on every path", () => {
    const src = "def f(a, *r, k=1, **kw):\n    if a:\n        x = 1\n    else:\n        x = 2\n    return a, r, k, kw, x\n";
    for (const v of ["a", "r", "k", "kw", "x"]) expect(reads(src, "f", v)).toEqual(v === "a" ? [true, true] : [true]);
  });

  it("keeps the test where some path leaves the local unbound", () => {
    expect(reads("def f(a):\n    if a:\n        x = 1\n    return x\n", "f", "x")).toEqual([false]);
    // A loop's variable after a loop that may not run; a while loop's body.
    expect(reads("def f(n):\n    for i in range(n):\n        pass\n    return i\n", "f", "i")).toEqual([false]);
    expect(reads("def f(n):\n    while n:\n        y = n\n        n -= 1\n    return y\n", "f", "y")).toEqual([false]);
    // Bound inside the body, before its read there.
    expect(reads("def f(n):\n    for i in range(n):\n        y = i\n        print(y, i)\n", "f", "y")).toEqual([true]);
  });

  it("follows del, except-as and handlers", () => {
    expect(reads("def f():\n    x = 1\n    del x\n    return x\n", "f", "x")).toEqual([true, false]);
    // `except E as e` unbinds e at the clause's end.
    expect(reads("def f():\n    try:\n        pass\n    except Exception as e:\n        print(e)\n    return e\n", "f", "e").at(-1)).toBe(false);
    // The handler cannot assume what the try body bound...
    expect(reads("def f(g):\n    try:\n        g()\n        x = 1\n    except Exception:\n        return x\n    return x\n", "f", "x")).toEqual([false, true]);
    // ...nor what it bound before a del somewhere in the code.
    expect(reads("def f(g):\n    x = 1\n    try:\n        del x\n        g()\n    except Exception:\n        return x\n", "f", "x")).toEqual([true, false]);
    expect(reads("def f(g):\n    x = 1\n    try:\n        g()\n    except Exception:\n        return x\n", "f", "x")).toEqual([true]);
  });

  it("knows classic parameters may be unbound", () => {
    expect(reads("def f(a):\n  return a\n", "f", "a", "classic")).toEqual([false]);
  });
});

// Each program makes `f` hot (compiled at the first backward jump with threshold 1),
// then takes the path where the local is unbound.
const unbound: Record<string, [string, string, number]> = {
  "an if without else": ["def f(flag):\n    for i in range(3):\n        pass\n    if flag:\n        x = i\n    return x\nfor k in range(20):\n    f(True)\nprint(f(False))\n", "x", 6],
  "a loop that does not run": ["def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t + i\nprint(f(5))\nprint(f(0))\n", "i", 5],
  "a del": ["def f(n):\n    x = 0\n    for i in range(n):\n        x += i\n        if i == 7:\n            del x\n    return 1\nprint(f(5))\nprint(f(9))\n", "x", 4],
  "except as": ["def f():\n    for i in range(3):\n        try:\n            1 / (i - 1)\n        except ZeroDivisionError as e:\n            print('caught', e)\n    print(e)\nf()\n", "e", 7],
  "a del in a try body": ["def f(n):\n    for i in range(n):\n        x = i\n        try:\n            if i == 5:\n                del x\n                raise ValueError\n        except ValueError:\n            for j in range(2):\n                if j:\n                    print(x)\nf(3)\nf(9)\n", "x", 11],
  "a handler": ["def f(g):\n    for i in range(3):\n        try:\n            g(i)\n            y = i\n        except ValueError:\n            print('handler', y)\nf(int)\nf(lambda i: int('z'))\n", "y", 7],
};

describe("UnboundLocalError, compiled as interpreted", () => {
  for (const [name, [src, v, line]] of Object.entries(unbound)) {
    it(name, () => {
      const interp = run(src, 0, "f");
      const jit = run(src, 1, "f");
      expect(jit.compiled).toBe(true);
      expect(interp.error).toMatch(new RegExp(`^UnboundLocalError: cannot access local variable '${v}' where it is not associated with a value `));
      expect(interp.error).toContain(`"line":${line}`);
      expect(jit.error).toBe(interp.error);
      expect(jit.out).toBe(interp.out);
      expect(jit.instructions).toBe(interp.instructions);
    });
  }

  it("a classic function called without its argument", () => {
    const src = "def f(a):\n  t = 0\n  for i in range(3):\n    t = t + i\n  return a + t\nprint f(1)\nprint f()\n";
    const interp = run(src, 0, "f", "classic");
    const jit = run(src, 1, "f", "classic");
    expect(jit.compiled).toBe(true);
    expect(interp.out).toBe("4\n");
    expect(interp.error).toMatch(/^UnboundLocalError: cannot access local variable 'a'/);
    expect(jit.error).toBe(interp.error);
  });
});
