// Methods of int and float values that core.getAttr does not know itself:
// `int.bit_count`, `int.as_integer_ratio`, `float.as_integer_ratio`, `float.hex`,
// `float.fromhex` (a class method of the type: methods/typeLevel.ts),
// and `conjugate` of both, with CPython's results and errors.
//
// Memory: the results are ints (big ones charged by intOf) and tuples (newTuple),
// strs (newStr) and floats (core.float), all charged as they are made.

import { expectArgs, expectKwargs, expectMethodArgs } from "../args.js";
import { PyError, typeError, valueError } from "../errors.js";
import { bitLength, intBitLength, intOf, intOfSafe, safeBits } from "../bigint.js";
import { BuiltinFunction, PyBigInt, type CoreApi, type NativeFn, type Value, floatValue, isFloat } from "../values.js";

type NumberMethod = (core: CoreApi, self: number | bigint) => Value;

/** A method of `owner` (int, float) taking no arguments, bound to `self`. */
function noArgs(owner: string, name: string, self: Value, f: (core: CoreApi) => Value): BuiltinFunction {
  return new BuiltinFunction(name, (core, args, kw) => {
    if (kw && kw.size > 0) throw typeError(`${owner}.${name}() takes no keyword arguments`);
    expectMethodArgs(owner, name, args, 0);
    return f(core);
  }, self);
}

/** Scratch for reading a double's bits (one per module: the methods run one at a time). */
const bits = new DataView(new ArrayBuffer(8));

/** A double's high and low 32-bit words (sign, 11 exponent bits, 52 mantissa bits). */
function wordsOf(x: number): [number, number] {
  bits.setFloat64(0, x);
  return [bits.getUint32(0), bits.getUint32(4)];
}

/**
 * A finite non-zero double as m · 2**e with m an odd integer (a safe-integer double,
 * |m| < 2**53): from its bits, without BigInt.
 */
function exactParts(x: number): [number, number] {
  const [hi, lo] = wordsOf(x);
  const biased = (hi >>> 20) & 0x7ff;
  const top = (hi & 0xfffff) | (biased === 0 ? 0 : 0x100000);
  let e = biased === 0 ? -1074 : biased - 1075;
  // Trailing zero bits of the 53-bit mantissa top·2**32 + lo (x is not zero).
  const tz = lo !== 0 ? 31 - Math.clz32(lo & -lo) : 32 + 31 - Math.clz32(top & -top);
  e += tz;
  const m = (top * 4294967296 + lo) / 2 ** tz; // exact: a power-of-two division of a safe integer
  return [hi >>> 31 ? -m : m, e];
}

function floatRatio(core: CoreApi, x: number): Value {
  if (Number.isNaN(x)) throw valueError("cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw new PyError("OverflowError", "cannot convert Infinity to integer ratio");
  if (x === 0) return core.newTuple([0, 1]);
  const [m, e] = exactParts(x);
  // Within 2**53 both stay doubles (x's own magnitude, or a denominator up to 2**52).
  if (e >= 0) {
    const n = e <= 53 - safeBits(m) ? m * 2 ** e : undefined;
    return core.newTuple([n !== undefined ? intOfSafe(core, n) : intOf(core, BigInt(m) << BigInt(e)), 1]);
  }
  const d = -e <= 52 ? intOfSafe(core, 2 ** -e) : intOf(core, 1n << BigInt(-e));
  return core.newTuple([intOfSafe(core, m), d]);
}

/** CPython's float.hex: `0x1.8000000000000p+0`, `-0x0.0p+0`, `0x0.0000000000001p-1022`, `inf`. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return `${sign}0x0.0p+0`;
  const [hi, lo] = wordsOf(x);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = ((hi & 0xfffff).toString(16).padStart(5, "0") + lo.toString(16).padStart(8, "0"));
  // Subnormals keep CPython's form: a leading 0 and the minimum exponent.
  const lead = biased === 0 ? "0" : "1";
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${lead}.${frac}p${exp < 0 ? "-" : "+"}${Math.abs(exp)}`;
}

const HEX_FLOAT = /^([+-])?(?:(inf(?:inity)?)|(nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?)$/i;

/** CPython's float.fromhex, correctly rounded (half to even), with its errors. */
export function floatFromHex(text: string): number {
  const m = HEX_FLOAT.exec(text.trim());
  const intDigits = m?.[4] ?? "", fracDigits = m?.[5] ?? "";
  if (!m || (!m[2] && !m[3] && intDigits === "" && fracDigits === "")) throw valueError("invalid hexadecimal floating-point string");
  const negative = m[1] === "-";
  if (m[2]) return negative ? -Infinity : Infinity;
  if (m[3]) return NaN;
  const mant = BigInt("0x0" + intDigits + fracDigits);
  // Far-out exponents only matter through their sign once the mantissa's size is known.
  const e = Math.max(-1e6, Math.min(1e6, Number(m[6] ?? "0"))) - 4 * fracDigits.length;
  let value: number;
  if (mant === 0n) value = 0;
  else {
    const top = bitLength(mant) - 1 + e;
    if (top > 1023) throw new PyError("OverflowError", "hexadecimal value too large to represent as a float");
    // The lowest bit a double keeps at this magnitude (53 bits, or the subnormal floor).
    const lsb = Math.max(top - 52, -1074);
    if (lsb > e) {
      // Round to the bits kept, half to even; q then has at most 54 bits.
      const shift = BigInt(lsb - e);
      let q = mant >> shift;
      const rest = mant - (q << shift), half = 1n << (shift - 1n);
      if (rest > half || (rest === half && (q & 1n) === 1n)) q++;
      value = Number(q) * 2 ** lsb;
    } else {
      // At most 53 bits, and e >= lsb >= -1074: both factors and the product are exact.
      value = Number(mant) * 2 ** e;
    }
    if (!Number.isFinite(value)) throw new PyError("OverflowError", "hexadecimal value too large to represent as a float");
  }
  return negative ? -value : value;
}

/** Float methods by name (self is the float's value). */
const FLOAT_METHODS = new Map<string, NumberMethod>([
  ["as_integer_ratio", (core, x) => floatRatio(core, x as number)],
  ["hex", (core, x) => core.newStr(floatHex(x as number))],
  ["conjugate", (core, x) => core.float(x as number)],
  ["is_integer", (_core, x) => Number.isInteger(x)],
]);

/** Int methods by name (self is the int's value; bools count as 0 and 1). */
const INT_METHODS = new Map<string, NumberMethod>([
  ["bit_count", (_core, x) => {
    let v = typeof x === "bigint" ? (x < 0n ? -x : x) : Math.abs(x);
    if (typeof v === "number") {
      let n = 0;
      for (; v; v = Math.floor(v / 2)) n += v % 2;
      return n;
    }
    return [...v.toString(2)].filter((d) => d === "1").length;
  }],
  ["bit_length", (_core, x) => intBitLength(x)],
  ["as_integer_ratio", (core, x) => core.newTuple([typeof x === "bigint" ? intOf(core, x) : x, 1])],
  ["conjugate", (core, x) => (typeof x === "bigint" ? intOf(core, x) : x)],
]);

/** `x.name` for an int or float method above, bound to x; undefined for anything else. */
export function numberAttribute(obj: Value, name: string): BuiltinFunction | undefined {
  if (isFloat(obj)) {
    const f = FLOAT_METHODS.get(name);
    return f && noArgs("float", name, obj, (core) => f(core, floatValue(obj)));
  }
  if ((typeof obj === "number" && (obj | 0) === obj) || typeof obj === "boolean" || obj instanceof PyBigInt) {
    const f = INT_METHODS.get(name);
    const x = obj instanceof PyBigInt ? obj.v : Number(obj);
    return f && noArgs("int", name, obj, (core) => f(core, x));
  }
  return undefined;
}

/** `float.fromhex(s)`: the float (methods/typeLevel.ts makes it a class method of float). */
export const floatFromHexMethod: NativeFn = (core, args, kw) => {
  expectKwargs("float.fromhex", kw);
  expectArgs("fromhex", args, 1);
  const s = args[0];
  if (typeof s !== "string") throw typeError("bad argument type for built-in operation");
  return core.float(floatFromHex(s));
};
