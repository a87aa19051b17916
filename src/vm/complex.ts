// Complex numbers (Python 3 dialect): `complex` is a built-in class of the object
// model whose instances hold `real` and `imag` as floats, and whose arithmetic,
// comparison, hashing and text are special methods. Operators therefore reach it
// through the same path as a user class (`binarySpecial`: `2 * z` finds
// `complex.__rmul__`), and the int/float fast paths of the interpreter stay as they
// are. Imaginary literals (`2j`) are read by the parser as `complex(0, 2.0)`.
//
// The algorithms are CPython's (Objects/complexobject.c): Smith's division,
// exponentiation by squaring for integral exponents up to 100 and the polar form
// otherwise, `hash = hash(real) + 1000003 * hash(imag)` in the device's 32-bit word,
// and repr without a `.0` on integral parts. Each part is a float of the core's
// precision (float32 unless --float64), as every other float.
//
// Size: an instance with two attributes (INSTANCE_BYTES + 2 * ATTRIBUTE_BYTES).

import { PyError, typeError, valueError, zeroDivision } from "./errors.js";
import * as cm from "./cmathFunctions.js";
import { ATTRIBUTE_BYTES, INSTANCE_BYTES, NotImplemented, PyClass, PyInstance, objectClass, typeNameOf } from "./classes.js";
import { formatFloat, formatSpec, parseSpec, unknownCode } from "./format.js";
import { complexHash, hashWordsValue } from "./hash.js";
import { bigToFloat } from "./bigint.js";
import * as libm from "./libm.js";
import { complexSpecial } from "./numberProtocol.js";
import { BuiltinFunction, PyBigInt, PyFloat, PyModule, type CoreApi, type Value } from "./values.js";

type Parts = [number, number];

const method = (name: string, fn: (core: CoreApi, args: Value[]) => Value) =>
  new BuiltinFunction(name, fn as unknown as BuiltinFunction["fn"]);

/** The parts of an int, bool, float or complex; undefined for anything else. */
function partsOf(v: Value): Parts | undefined {
  if (typeof v === "number") return [v, 0];
  if (typeof v === "boolean") return [v ? 1 : 0, 0];
  if (v instanceof PyFloat) return [v.v, 0];
  if (v instanceof PyBigInt) return [bigToFloat(v.v), 0];
  if (v instanceof PyInstance && v.cls === complexClass) return complexParts(v);
  return undefined;
}

/** A complex number (the built-in class's instance). */
export function isComplex(v: Value): boolean {
  return v instanceof PyInstance && v.cls === complexClass;
}

function complexParts(z: PyInstance): Parts {
  const re = z.dict.get("real")!, im = z.dict.get("imag")!;
  return [typeof re === "number" ? re : (re as PyFloat).v, typeof im === "number" ? im : (im as PyFloat).v];
}

/** A new complex of the core's precision, charged to it. */
export function makeComplex(core: CoreApi, re: number, im: number): PyInstance {
  core.charge(INSTANCE_BYTES + 2 * ATTRIBUTE_BYTES);
  const z = new PyInstance(complexClass);
  setParts(core, z, re, im);
  return z;
}

function setParts(core: CoreApi, z: PyInstance, re: number, im: number): void {
  z.dict.set("real", core.float(re) as Value);
  z.dict.set("imag", core.float(im) as Value);
}

function quotient(a: Parts, b: Parts): Parts {
  const [ar, ai] = a, [br, bi] = b;
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) throw zeroDivision("complex division by zero");
    const ratio = bi / br, denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi, denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function product(a: Parts, b: Parts): Parts {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/**
 * `x ** y` of two reals with x < 0 and y not integral: a complex in Python 3, as in
 * CPython (float.__pow__ hands it to complex.__pow__).
 */
export function realPowerToComplex(core: CoreApi, x: number, y: number): PyInstance {
  const [re, im] = power([x, 0], [y, 0]);
  return makeComplex(core, re, im);
}

/** CPython's complex_pow: c_powi for small integral exponents, else _Py_c_pow; an infinite part is its ERANGE. */
function power(a: Parts, b: Parts): Parts {
  const r = rawPower(a, b);
  if (Math.abs(r[0]) === Infinity || Math.abs(r[1]) === Infinity) throw new PyError("OverflowError", "complex exponentiation");
  return r;
}

function rawPower(a: Parts, b: Parts): Parts {
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    const n = b[0];
    let r: Parts = [1, 0], p = a;
    for (let mask = 1, m = Math.abs(n); mask > 0 && m >= mask; mask *= 2) {
      if (Math.floor(m / mask) % 2 === 1) r = product(r, p);
      p = product(p, p);
    }
    if (n >= 0) return r;
    // CPython's c_quot by zero sets EDOM, which complex_pow reports as this.
    if (r[0] === 0 && r[1] === 0) throw zeroDivision("0.0 to a negative or complex power");
    return quotient([1, 0], r);
  }
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) throw zeroDivision("0.0 to a negative or complex power");
    return [0, 0];
  }
  const vabs = libm.hypot(a[0], a[1]);
  let len = libm.powFinite(vabs, b[0]);
  const at = libm.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= libm.exp(at * b[1]);
    phase += b[1] * libm.log(vabs);
  }
  return [len * libm.cos(phase), len * libm.sin(phase)];
}

/** A binary operator as `__op__` (self on the left) or `__rop__` (self on the right). */
function binary(name: string, op: (a: Parts, b: Parts) => Parts, reflected: boolean): [string, BuiltinFunction] {
  return [name, method(name, (core, args) => {
    const self = partsOf(args[0])!, other = partsOf(args[1]);
    if (other === undefined) return NotImplemented;
    const [re, im] = reflected ? op(other, self) : op(self, other);
    return makeComplex(core, re, im);
  })];
}

function arithmetic(name: string, op: (a: Parts, b: Parts) => Parts): [string, BuiltinFunction][] {
  return [binary(`__${name}__`, op, false), binary(`__r${name}__`, op, true)];
}

/** repr of one part: the float's repr without a trailing `.0` (CPython's 'r' format). */
function partText(x: number, f32: boolean): string {
  const s = formatFloat(x, f32);
  return s.endsWith(".0") ? s.slice(0, -2) : s;
}

/**
 * repr(z); format's flags without a type: `noNegZero` ("z") prints a part that is
 * -0.0 as 0 (parentheses kept), `sign` ("+" or " ", "-" or "" for none) marks the
 * first part printed.
 */
export function complexText(z: PyInstance, f32: boolean, noNegZero = false, sign = ""): string {
  const [re, im] = complexParts(z);
  const part = (x: number) => partText(noNegZero && x === 0 ? 0 : x, f32);
  const first = (t: string) => (t.startsWith("-") || sign === "-" ? t : sign + t);
  const imText = part(im);
  if (re === 0 && !Object.is(re, -0)) return first(imText) + "j";
  return `(${first(part(re))}${imText.startsWith("-") ? "" : "+"}${imText}j)`;
}

/**
 * format(z, spec): the float spec applied to each part (the imaginary one always
 * signed), then fill, alignment and width to the whole, as CPython's complex.__format__.
 * Without a type the parts print as in repr, parentheses included (with a precision,
 * as 'g'); 'n' is 'g'; zero padding and '=' are refused, as CPython refuses them.
 */
function complexFormat(core: CoreApi, z: PyInstance, specValue: Value): string {
  const spec = typeof specValue === "string" ? specValue : "";
  if (spec === "") return complexText(z, core.float32);
  // CPython parses the spec as any number's (its ',' with 'c' errors, a '0' after a fill
  // being width), then refuses zero padding, '=' and the types a float lacks.
  const r = parseSpec(spec, "complex", "", ">");
  if (r.type !== "" && !"eEfFgGn".includes(r.type)) throw unknownCode(r.type, "complex");
  if (r.fill === "0") throw valueError("Zero padding is not allowed in complex format specifier");
  if (r.align === "=") throw valueError("'=' alignment flag is not allowed in complex format specifier");
  const type = r.type === "n" ? "g" : r.type;
  let body: string;
  if (type === "" && r.precision < 0) {
    body = complexText(z, core.float32, r.z, r.sign);
  } else {
    const [re, im] = complexParts(z);
    const floatSpec = `${r.z ? "z" : ""}${r.alt ? "#" : ""}${r.grouping}${r.precision < 0 ? "" : "." + r.precision}${type || "g"}`;
    const part = (x: number, s: string) => formatSpec(core.float(x) as Value, s + floatSpec, core);
    const skipRe = re === 0 && !Object.is(re, -0) && type === "";
    const reText = skipRe ? "" : part(re, r.sign);
    body = `${reText}${part(im, skipRe ? r.sign : "+")}j`;
    if (type === "" && !skipRe) body = `(${body})`; // repr's form, at the precision given
  }
  const w = Math.max(r.width, 0);
  if (body.length >= w) return body;
  const n = w - body.length;
  switch (r.align) {
    case "<": return body + r.fill.repeat(n);
    case "^": return r.fill.repeat(Math.floor(n / 2)) + body + r.fill.repeat(n - Math.floor(n / 2));
    default: return r.fill.repeat(n) + body;
  }
}

/** complex("1+2j"), complex(" 3j "), complex("-1.5e3-2J"): CPython's grammar, parentheses allowed. */
function parseComplex(text: string): Parts {
  let s = text.trim();
  if (s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1).trim();
  const num = "(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*(?:[eE][+-]?\\d(?:_?\\d)*)?|\\d(?:_?\\d)*\\.|inf(?:inity)?|nan)";
  const m = new RegExp(`^([+-]?${num})?(?:([+-]?${num}|[+-])?([jJ]))?$`, "i").exec(s);
  if (!m || s === "" || (m[1] === undefined && m[3] === undefined)) throw valueError("complex() arg is a malformed string");
  const value = (t: string) => {
    const u = t.replace(/_/g, "").toLowerCase();
    if (u.endsWith("inf") || u.endsWith("infinity")) return u.startsWith("-") ? -Infinity : Infinity;
    if (u.endsWith("nan")) return NaN;
    return Number(u);
  };
  if (m[3] === undefined) return [value(m[1]!), 0];
  const imText = m[2] === undefined ? (m[1] === undefined ? "1" : "") : m[2];
  // "2j" alone: group 1 took the number; it is the imaginary part.
  if (m[2] === undefined && m[1] !== undefined) return [0, value(m[1])];
  const im = imText === "+" || imText === "" ? 1 : imText === "-" ? -1 : value(imText);
  return [m[1] === undefined ? 0 : value(m[1]), im];
}

/** A cmath function's argument as parts: CPython's Py_complex converter, whose error is PyFloat_AsDouble's. */
function toParts(v: Value): Parts {
  const p = partsOf(v) ?? specialParts(v)?.parts;
  if (p === undefined) throw typeError(`must be real number, not ${typeNameOf(v)}`);
  return p;
}

/** An argument of complex(): its parts, and whether it is a complex (a real number's imaginary part is no part of the result). */
function argumentParts(v: Value, what: string): { parts: Parts; complex: boolean } {
  const p = partsOf(v);
  if (p !== undefined) return { parts: p, complex: v instanceof PyInstance };
  const s = specialParts(v);
  // (A str is parsed before this, so only the first argument's text offers it.)
  if (s === undefined) throw typeError(`complex() ${what} must be ${what === "first argument" ? "a string or a number" : "a number"}, not '${typeNameOf(v)}'`);
  return s;
}

/** The parts of an instance with `__complex__` (which must return a complex), `__float__` or `__index__`. */
function specialParts(v: Value): { parts: Parts; complex: boolean } | undefined {
  const s = complexSpecial(v);
  if (s === undefined) return undefined;
  if ("real" in s) return { parts: [s.real, 0], complex: false };
  if (!(s.complex instanceof PyInstance && s.complex.cls === complexClass)) {
    throw typeError(`__complex__ returned non-complex (type ${typeNameOf(s.complex)})`);
  }
  return { parts: complexParts(s.complex), complex: true };
}

export const complexClass: PyClass = new PyClass("complex", "builtins", [objectClass], new Map<string, Value>([
  ["__init__", method("__init__", (core, args) => {
    const self = args[0] as PyInstance;
    if (args.length > 3) throw typeError(`complex() takes at most 2 arguments (${args.length - 1} given)`);
    const real = args.length > 1 ? args[1] : 0;
    const imag = args.length > 2 ? args[2] : 0;
    if (typeof real === "string") {
      if (args.length > 2) throw typeError("complex() can't take second arg if first is a string");
      const [re, im] = parseComplex(real);
      setParts(core, self, re, im);
      return null;
    }
    if (typeof imag === "string") throw typeError("complex() second arg can't be a string");
    const a = argumentParts(real, "first argument");
    const b = argumentParts(imag, "second argument");
    // complex(a, b) = a + b*1j as CPython's complex_new combines the parts: a real b is
    // the imaginary part as it is (complex(1, -0.0) keeps -0.0), and only a complex a
    // or b adds its own imaginary part.
    const [ar, ai] = a.parts, [br, bi] = b.parts;
    const given = args.length > 2;
    setParts(core, self, b.complex ? ar - bi : ar, !given ? ai : a.complex ? br + ai : br);
    core.charge(2 * ATTRIBUTE_BYTES);
    return null;
  })],
  ...arithmetic("add", (a, b) => [a[0] + b[0], a[1] + b[1]]),
  ...arithmetic("sub", (a, b) => [a[0] - b[0], a[1] - b[1]]),
  ...arithmetic("mul", product),
  ...arithmetic("truediv", quotient),
  ...arithmetic("pow", power),
  ["__neg__", method("__neg__", (core, args) => {
    const [re, im] = partsOf(args[0])!;
    return makeComplex(core, -re, -im);
  })],
  ["__pos__", method("__pos__", (core, args) => {
    const [re, im] = partsOf(args[0])!;
    return makeComplex(core, re, im);
  })],
  // complex(z) of a complex is z; a subclass's instance gives a plain complex (as __pos__).
  ["__complex__", method("__complex__", (core, args) => {
    const z = args[0] as PyInstance;
    if (z.cls === complexClass) return z;
    const [re, im] = complexParts(z);
    return makeComplex(core, re, im);
  })],
  ["__abs__", method("__abs__", (core, args) => {
    const [re, im] = partsOf(args[0])!;
    const r = libm.hypot(re, im);
    if (r === Infinity && Number.isFinite(re) && Number.isFinite(im)) throw new PyError("OverflowError", "absolute value too large");
    return core.float(r) as Value;
  })],
  ["__bool__", method("__bool__", (_c, args) => {
    const [re, im] = partsOf(args[0])!;
    return re !== 0 || im !== 0;
  })],
  ["__eq__", method("__eq__", (_c, args) => {
    const a = partsOf(args[0])!, b = partsOf(args[1]);
    if (b === undefined) return NotImplemented;
    return a[0] === b[0] && a[1] === b[1];
  })],
  ["__ne__", method("__ne__", (_c, args) => {
    const a = partsOf(args[0])!, b = partsOf(args[1]);
    if (b === undefined) return NotImplemented;
    return !(a[0] === b[0] && a[1] === b[1]);
  })],
  ["__hash__", method("__hash__", (core, args) => {
    const [re, im] = partsOf(args[0])!;
    return hashWordsValue(core, complexHash(re, im));
  })],
  ["__repr__", method("__repr__", (core, args) => complexText(args[0] as PyInstance, core.float32))],
  ["__str__", method("__str__", (core, args) => complexText(args[0] as PyInstance, core.float32))],
  ["__setattr__", method("__setattr__", () => {
    throw new PyError("AttributeError", "readonly attribute");
  })],
  ["__format__", method("__format__", (core, args) => complexFormat(core, args[0] as PyInstance, args[1]))],
  ["conjugate", method("conjugate", (core, args) => {
    const [re, im] = partsOf(args[0])!;
    return makeComplex(core, re, -im);
  })],
]));

// ------------------------------------------------------------------ cmath

/** A cmath function of one complex: CPython's errors for its errno (cmathFunctions.ts). */
function cmathFn(name: string, f: (z: Parts) => Parts): [string, Value] {
  return [name, method(name, (core, args) => {
    if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
    const [re, im] = f(toParts(args[0]));
    mathError();
    return makeComplex(core, re, im);
  })];
}

/** math_error(): EDOM is ValueError, ERANGE OverflowError. */
function mathError(): void {
  if (cm.errno === cm.EDOM) throw valueError("math domain error");
  if (cm.errno === cm.ERANGE) throw new PyError("OverflowError", "math range error");
}

/** cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): CPython's test on complex distances. */
function isclose(_c: CoreApi, args: Value[], kw: Map<string, Value> | null): boolean {
  if (args.length !== 2) throw typeError(`isclose() takes exactly 2 positional arguments (${args.length} given)`);
  for (const k of kw?.keys() ?? []) if (k !== "rel_tol" && k !== "abs_tol") throw typeError(`'${k}' is an invalid keyword argument for isclose()`);
  const [ar, ai] = toParts(args[0]), [br, bi] = toParts(args[1]);
  const tol = (name: string, d: number) => (kw?.has(name) ? toParts(kw.get(name)!)[0] : d);
  const rel = tol("rel_tol", 1e-9), abs = tol("abs_tol", 0);
  if (rel < 0 || abs < 0) throw valueError("tolerances must be non-negative");
  if (ar === br && ai === bi) return true;
  if ([ar, ai, br, bi].some((v) => v === Infinity || v === -Infinity)) return false;
  const diff = libm.hypot(ar - br, ai - bi);
  return diff <= rel * libm.hypot(br, bi) || diff <= rel * libm.hypot(ar, ai) || diff <= abs;
}

/** The `cmath` module (Python 3 dialect): the common functions and constants. */
export function createCmath(core: CoreApi): PyModule {
  const m = new PyModule("cmath");
  const real = (name: string, f: (z: Parts) => number): [string, Value] => [name, method(name, (c, args) => {
    if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
    return c.float(f(toParts(args[0]))) as Value;
  })];
  const entries: [string, Value][] = [
    ["pi", core.float(Math.PI) as Value], ["e", core.float(Math.E) as Value], ["tau", core.float(2 * Math.PI) as Value],
    ["inf", core.float(Infinity) as Value], ["nan", core.float(NaN) as Value],
    ...(["sqrt", "exp", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"] as const)
      .map((name) => cmathFn(name, cm[name])),
    ["log", method("log", (c, args) => {
      if (args.length < 1 || args.length > 2) throw typeError(`log expected at most 2 arguments, got ${args.length}`);
      let r = cm.log(toParts(args[0]));
      let err = cm.errno;
      if (args.length === 2) {
        // As CPython 3.11: the base's log sets errno anew (log(0j, 2) is (-inf+nanj)).
        const b = cm.log(toParts(args[1]));
        err = cm.errno;
        // _Py_c_quot by zero sets EDOM (math domain error) where `/` raises.
        if (b[0] === 0 && b[1] === 0) {
          err = cm.EDOM;
          r = [0, 0];
        } else r = quotient(r, b);
      }
      if (err === cm.EDOM) throw valueError("math domain error");
      if (err === cm.ERANGE) throw new PyError("OverflowError", "math range error");
      return makeComplex(c, r[0], r[1]);
    })],
    real("phase", ([x, y]) => libm.atan2(y, x)),
    real("abs", ([x, y]) => libm.hypot(x, y)),
    ["polar", method("polar", (c, args) => {
      const [x, y] = toParts(args[0]);
      return c.newTuple([c.float(libm.hypot(x, y)) as Value, c.float(libm.atan2(y, x)) as Value]);
    })],
    ["rect", method("rect", (c, args) => {
      if (args.length !== 2) throw typeError(`rect expected 2 arguments, got ${args.length}`);
      const [r] = toParts(args[0]), [phi] = toParts(args[1]);
      const z = cm.rect(r, phi);
      mathError();
      return makeComplex(c, z[0], z[1]);
    })],
    ["isnan", method("isnan", (_c, args) => toParts(args[0]).some(Number.isNaN))],
    ["isinf", method("isinf", (_c, args) => toParts(args[0]).some((v) => v === Infinity || v === -Infinity))],
    ["isfinite", method("isfinite", (_c, args) => toParts(args[0]).every(Number.isFinite))],
    ["infj", makeComplex(core, 0, Infinity)], ["nanj", makeComplex(core, 0, NaN)],
    ["isclose", new BuiltinFunction("isclose", isclose as unknown as BuiltinFunction["fn"])],
  ];
  for (const [name, v] of entries) m.set(name, v);
  return m;
}
