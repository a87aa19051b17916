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
// Descriptor grammar: `(= T E)` assignment to a local, global or list item, `(op A B)` with op in + - * / // %, `(neg A)`, `(fg G A)` /
// `(fm G name A)` calls of one-argument float functions, `lN` fast local N, `iK` int,
// `gN` module global N, `fX` float, `sA,I` list local A indexed by int local I,
// `kA,K` A indexed by K >= 0.

import { BuiltinFunction, PyFloat, PyList, PyModule, type Value } from "./values.js";

/** stack, frame base, the module's global slots. */
export type ExprFn = (stack: Value[], base: number, globals: (Value | undefined)[]) => Value | undefined;

const cache = new Map<string, ExprFn>();
const fallback: ExprFn = () => undefined;

export function compileExpr(desc: string, float32: boolean): ExprFn {
  const key = (float32 ? "f32:" : "f64:") + desc;
  let fn = cache.get(key);
  if (!fn) {
    try {
      fn = generate(desc, float32);
    } catch {
      // No code generation available (e.g. a page forbidding eval): always fall back.
      fn = fallback;
    }
    cache.set(key, fn);
  }
  return fn;
}

function generate(desc: string, float32: boolean): ExprFn {
  const tokens = desc.replace(/[()]/g, (p) => ` ${p} `).trim().split(/\s+/);
  let pos = 0;
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

  const node = (): number => {
    const t = tokens[pos++];
    const id = n++;
    if (t === "(") {
      const op = tokens[pos++];
      if (op === "fg" || op === "fm") {
        // A call of a one-argument float function (BuiltinFunction.numeric): the
        // global must still hold it; domain and range errors fall back.
        const slot = Number(tokens[pos++]);
        const attr = op === "fm" ? tokens[pos++] : "";
        const a = node();
        if (tokens[pos++] !== ")") throw new Error(`bad descriptor ${desc}`);
        lines.push(
          op === "fg"
            ? `const c${id} = g[${slot}];`
            : `const m${id} = g[${slot}]; if (!(m${id} instanceof PyModule)) return undefined; const c${id} = m${id}.get(${JSON.stringify(attr)});`,
          `if (!(c${id} instanceof BuiltinFunction) || c${id}.numeric === undefined) return undefined;`,
          `const v${id} = ${round(`c${id}.numeric(v${a})`)}, i${id} = false;`,
          `if (v${id} !== v${id} ? v${a} === v${a} : (v${id} === Infinity || v${id} === -Infinity) && v${a} - v${a} === 0) return undefined;`,
        );
        return id;
      }
      const a = node();
      if (op === "neg") {
        if (tokens[pos++] !== ")") throw new Error(`bad descriptor ${desc}`);
        // -(-2**31) overflows; an int 0 stays 0 (never -0); a float just flips sign.
        lines.push(
          `let v${id}, i${id};`,
          `if (i${a}) { if (v${a} === -2147483648) return undefined; v${id} = v${a} === 0 ? 0 : -v${a}; i${id} = true; }`,
          `else { v${id} = -v${a}; i${id} = false; }`,
        );
        return id;
      }
      const b = node();
      if (tokens[pos++] !== ")") throw new Error(`bad descriptor ${desc}`);
      lines.push(`let v${id}, i${id};`);
      if (op === "//" || op === "%") {
        // Python's floor division and modulo (the result takes the divisor's sign).
        const q = op === "//" ? `Math.floor(v${a} / v${b})` : `v${a} % v${b}`;
        const fix = op === "%" ? `if (r${id} !== 0 && (r${id} < 0) !== (v${b} < 0)) r${id} += v${b}; ` : "";
        lines.push(
          `if (v${b} === 0) return undefined;`,
          `{ let r${id} = ${q}; ${fix}`,
          `if (i${a} && i${b}) { if ((r${id} | 0) !== r${id}) return undefined; v${id} = r${id} === 0 ? 0 : r${id}; i${id} = true; }`,
          `else { v${id} = ${round(`r${id}`)}; i${id} = false; } }`,
        );
      } else if (op === "/") {
        lines.push(`if (v${b} === 0) return undefined;`, `v${id} = ${round(`v${a} / v${b}`)}; i${id} = false;`);
      } else if (op === "+" || op === "-" || op === "*") {
        const intResult = op === "*" ? `(r${id} === 0 ? 0 : r${id})` : `r${id}`;
        lines.push(
          `if (i${a} && i${b}) { const r${id} = v${a} ${op} v${b}; if ((r${id} | 0) !== r${id}) return undefined; v${id} = ${intResult}; i${id} = true; }`,
          `else { v${id} = ${round(`v${a} ${op} v${b}`)}; i${id} = false; }`,
        );
      } else throw new Error(`bad operator in ${desc}`);
      return id;
    }
    const kind = t[0];
    const arg = t.slice(1);
    switch (kind) {
      case "l":
        leaf(id, `s[b + ${Number(arg)}]`);
        break;
      case "g":
        // A module global; unbound (undefined) or a builtin's name falls back.
        leaf(id, `g[${Number(arg)}]`);
        break;
      case "i":
        lines.push(`const v${id} = ${Number(arg) | 0}, i${id} = true;`);
        break;
      case "f": {
        const x = float32 ? Math.fround(Number(arg)) : Number(arg);
        lines.push(`const v${id} = ${x}, i${id} = false;`);
        break;
      }
      case "s": case "k": {
        const [list, index] = arg.split(",").map(Number);
        lines.push(
          `const o${id} = s[b + ${list}];`,
          `if (!(o${id} instanceof PyList)) return undefined;`,
          kind === "s"
            ? `const j${id} = s[b + ${index}]; if (typeof j${id} !== "number" || (j${id} | 0) !== j${id} || j${id} < 0 || j${id} >= o${id}.items.length) return undefined;`
            : `const j${id} = ${index}; if (j${id} >= o${id}.items.length) return undefined;`,
        );
        leaf(id, `o${id}.items[j${id}]`);
        break;
      }
      default:
        throw new Error(`bad descriptor token ${t}`);
    }
    return id;
  };

  // `(= T E)`: an assignment. The value is computed first (as Python does), then the
  // target is checked; a failed check falls back before anything was stored.
  const assign = tokens[0] === "(" && tokens[1] === "=";
  let target = "";
  if (assign) {
    pos = 2;
    target = tokens[pos++];
  }
  const root = node();
  if (assign && tokens[pos++] !== ")") throw new Error(`bad descriptor ${desc}`);
  if (pos !== tokens.length) throw new Error(`bad descriptor ${desc}`);
  const result = `(i${root} ? v${root} : ((v${root} | 0) === v${root} ? new PyFloat(v${root}) : v${root}))`;
  if (!assign) lines.push(`return ${result};`);
  else {
    const kind = target[0];
    const arg = target.slice(1);
    if (kind === "l") lines.push(`s[b + ${Number(arg)}] = ${result};`);
    else if (kind === "g") lines.push(`g[${Number(arg)}] = ${result};`);
    else if (kind === "s" || kind === "k") {
      const [list, index] = arg.split(",").map(Number);
      lines.push(
        `const to = s[b + ${list}];`,
        `if (!(to instanceof PyList)) return undefined;`,
        kind === "s"
          ? `const ti = s[b + ${index}]; if (typeof ti !== "number" || (ti | 0) !== ti || ti < 0 || ti >= to.items.length) return undefined;`
          : `const ti = ${index}; if (ti >= to.items.length) return undefined;`,
        `to.items[ti] = ${result};`,
      );
    } else throw new Error(`bad assignment target in ${desc}`);
    lines.push("return true;");
  }
  const body = `return function evalExpr(s, b, g) {\n${lines.join("\n")}\n};`;
  return new Function("PyFloat", "PyList", "PyModule", "BuiltinFunction", body)(PyFloat, PyList, PyModule, BuiltinFunction) as ExprFn;
}
