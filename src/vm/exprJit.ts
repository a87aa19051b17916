// Compiles EVAL_EXPR descriptors — small arithmetic trees over fast locals, number
// literals and list items, written by the emitter — into JavaScript functions, so
// that V8 keeps the intermediate values unboxed in registers instead of pushing a
// heap number per operation through the interpreter.
//
// Each generated function repeats the interpreter's fast paths exactly (int32
// arithmetic with overflow detection, float arithmetic rounded to float32 unless
// --float64, true division always float) and returns `undefined` whenever anything
// is unusual — a non-number operand, an unbound local, an index out of range, an
// int overflow, a division by zero. The interpreter then runs the generic
// instructions that follow, which produce the same value or raise the proper error.
//
// The descriptor is decoded by bytecode/evalDescriptor.ts (its one definition). The
// number rules repeated here are those of numbers.ts: the cheap int cases inline,
// float floor division and modulo by calling numbers.ts itself.

import {
  type EvalDescriptor, type EvalExpr, type EvalPlace, EvalDescriptorError, decodeEval,
} from "../bytecode/evalDescriptor.js";
import { floatFloorDiv, floatMod } from "./numbers.js";
import { BuiltinFunction, PyFloat, PyList, PyModule, type Value } from "./values.js";
/** stack, frame base, the module's global slots. */
export type ExprFn = (stack: Value[], base: number, globals: (Value | undefined)[]) => Value | undefined;

/** What a descriptor may refer to: the code object's local and global counts. */
export interface EvalLimits {
  locals: number;
  globals: number;
}

/** Compiled functions by precision and descriptor text, with the decoded tree. */
const cache = new Map<string, { fn: ExprFn; tree: EvalDescriptor }>();
const fallback: ExprFn = () => undefined;

/**
 * The compiled function for a descriptor (cached by text and precision, so a
 * descriptor repeated across functions or cores compiles once). A descriptor that
 * does not decode, or refers past the code's locals or globals, is a corrupt image:
 * EvalDescriptorError.
 */
export function compileExpr(desc: string, float32: boolean, limits: EvalLimits): ExprFn {
  const key = (float32 ? "f32:" : "f64:") + desc;
  let entry = cache.get(key);
  if (!entry) {
    const tree = decodeEval(desc);
    let fn: ExprFn;
    try {
      fn = generate(tree, float32);
    } catch {
      // No code generation available (e.g. a page forbidding eval): always fall back.
      fn = fallback;
    }
    entry = { fn, tree };
    cache.set(key, entry);
  }
  checkLimits(entry.tree, limits);
  return entry.fn;
}

function checkLimits(d: EvalDescriptor, limits: EvalLimits): void {
  const local = (n: number) => {
    if (n >= limits.locals) throw new EvalDescriptorError(`EVAL descriptor refers to local ${n} of ${limits.locals}`);
  };
  const global = (n: number) => {
    if (n >= limits.globals) throw new EvalDescriptorError(`EVAL descriptor refers to global ${n} of ${limits.globals}`);
  };
  const walk = (e: EvalDescriptor): void => {
    switch (e.kind) {
      case "assign": walk(e.target); walk(e.value); break;
      case "local": local(e.slot); break;
      case "global": global(e.slot); break;
      case "item": local(e.list); local(e.index); break;
      case "itemConst": local(e.list); break;
      case "binary": walk(e.left); walk(e.right); break;
      case "neg": walk(e.operand); break;
      case "callGlobal": case "callModule": global(e.slot); walk(e.arg); break;
      case "int": case "float": break;
    }
  };
  walk(d);
}

function generate(d: EvalDescriptor, float32: boolean): ExprFn {
  let n = 0;
  const lines: string[] = [];
  const round = (x: string) => (float32 ? `Math.fround(${x})` : x);

  /** Emits a leaf value `x` (a JS expression) into v<id>/i<id>. */
  const leaf = (id: number, x: string) => {
    lines.push(
      `const x${id} = ${x};`,
      `let v${id}, i${id};`,
      `if (typeof x${id} === "number") { v${id} = x${id}; i${id} = (x${id} | 0) === x${id}; }`,
      `else if (x${id} instanceof PyFloat) { v${id} = x${id}.v; i${id} = false; }`,
      `else return undefined;`,
    );
  };

  /** Emits the checks that make `o<id>.items[j<id>]` a valid list item of `p`. */
  const item = (id: number, p: EvalPlace & { kind: "item" | "itemConst" }) => {
    lines.push(
      `const o${id} = s[b + ${p.list}];`,
      `if (!(o${id} instanceof PyList)) return undefined;`,
      p.kind === "item"
        ? `const j${id} = s[b + ${p.index}]; if (typeof j${id} !== "number" || (j${id} | 0) !== j${id} || j${id} < 0 || j${id} >= o${id}.items.length) return undefined;`
        : `const j${id} = ${p.index}; if (j${id} >= o${id}.items.length) return undefined;`,
    );
  };

  const node = (e: EvalExpr): number => {
    const id = n++;
    switch (e.kind) {
      case "local":
        leaf(id, `s[b + ${e.slot}]`);
        break;
      case "global":
        // A module global; unbound (undefined) or a builtin's name falls back.
        leaf(id, `g[${e.slot}]`);
        break;
      case "int":
        lines.push(`const v${id} = ${e.value}, i${id} = true;`);
        break;
      case "float":
        lines.push(`const v${id} = ${float32 ? Math.fround(e.value) : e.value}, i${id} = false;`);
        break;
      case "item": case "itemConst":
        item(id, e);
        leaf(id, `o${id}.items[j${id}]`);
        break;
      case "callGlobal": case "callModule": {
        // A call of a one-argument float function (BuiltinFunction.numeric): the
        // global must still hold it; domain and range errors fall back.
        const a = node(e.arg);
        lines.push(
          e.kind === "callGlobal"
            ? `const c${id} = g[${e.slot}];`
            : `const m${id} = g[${e.slot}]; if (!(m${id} instanceof PyModule)) return undefined; const c${id} = m${id}.get(${JSON.stringify(e.name)});`,
          `if (!(c${id} instanceof BuiltinFunction) || c${id}.numeric === undefined) return undefined;`,
          `const v${id} = ${round(`c${id}.numeric(v${a})`)}, i${id} = false;`,
          `if (v${id} !== v${id} ? v${a} === v${a} : (v${id} === Infinity || v${id} === -Infinity) && v${a} - v${a} === 0) return undefined;`,
        );
        break;
      }
      case "neg": {
        const a = node(e.operand);
        // -(-2**31) overflows; an int 0 stays 0 (never -0); a float just flips sign.
        lines.push(
          `let v${id}, i${id};`,
          `if (i${a}) { if (v${a} === -2147483648) return undefined; v${id} = v${a} === 0 ? 0 : -v${a}; i${id} = true; }`,
          `else { v${id} = -v${a}; i${id} = false; }`,
        );
        break;
      }
      case "binary": {
        const a = node(e.left);
        const b = node(e.right);
        const op = e.op;
        lines.push(`let v${id}, i${id};`);
        if (op === "//" || op === "%") {
          // numbers.ts: the int rule inline (floor; the remainder takes the divisor's
          // sign, never -0), CPython's float_floor_div / float_rem by call.
          const intR = op === "//" ? `Math.floor(v${a} / v${b})` : `v${a} % v${b}`;
          const fix = op === "%" ? `if (r${id} !== 0 && (r${id} < 0) !== (v${b} < 0)) r${id} += v${b}; ` : "";
          lines.push(
            `if (v${b} === 0) return undefined;`,
            `if (i${a} && i${b}) { let r${id} = ${intR}; ${fix}if ((r${id} | 0) !== r${id}) return undefined; v${id} = r${id} + 0; i${id} = true; }`,
            `else { v${id} = ${round(`${op === "//" ? "floorDiv" : "mod"}(v${a}, v${b})`)}; i${id} = false; }`,
          );
        } else if (op === "/") {
          lines.push(`if (v${b} === 0) return undefined;`, `v${id} = ${round(`v${a} / v${b}`)}; i${id} = false;`);
        } else {
          lines.push(
            `if (i${a} && i${b}) { const r${id} = v${a} ${op} v${b}; if ((r${id} | 0) !== r${id}) return undefined; v${id} = r${id} + 0; i${id} = true; }`,
            `else { v${id} = ${round(`v${a} ${op} v${b}`)}; i${id} = false; }`,
          );
        }
        break;
      }
    }
    return id;
  };

  // `(= T E)`: an assignment. The value is computed first (as Python does), then the
  // target is checked; a failed check falls back before anything was stored.
  const root = node(d.kind === "assign" ? d.value : d);
  const result = `(i${root} ? v${root} : ((v${root} | 0) === v${root} ? new PyFloat(v${root}) : v${root}))`;
  if (d.kind !== "assign") lines.push(`return ${result};`);
  else {
    const t = d.target;
    if (t.kind === "local") lines.push(`s[b + ${t.slot}] = ${result};`);
    else if (t.kind === "global") lines.push(`g[${t.slot}] = ${result};`);
    else {
      const id = n++;
      item(id, t);
      lines.push(`o${id}.items[j${id}] = ${result};`);
    }
    lines.push("return true;");
  }
  const body = `return function evalExpr(s, b, g) {\n${lines.join("\n")}\n};`;
  return new Function("PyFloat", "PyList", "PyModule", "BuiltinFunction", "floorDiv", "mod", body)(
    PyFloat, PyList, PyModule, BuiltinFunction, floatFloorDiv, floatMod,
  ) as ExprFn;
}
