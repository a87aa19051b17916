import { describe, expect, it } from "vitest";
import { PyFloat, PyTuple, type Value } from "../../../src/vm/values.js";
import { F, js, load, pyError } from "./fakeCore.js";

// [function, arguments, CPython 3.11 result] — generated with python3 (float64 core).
const CPYTHON: [string, Value[], number][] = [
  ["sqrt", [F(0.5)], 0.7071067811865476],
  ["sqrt", [F(2.0)], 1.4142135623730951],
  ["sqrt", [F(0.001)], 0.03162277660168379],
  ["sqrt", [F(10.0)], 3.1622776601683795],
  ["sqrt", [F(0.0)], 0.0],
  ["sqrt", [F(-0.0)], -0.0],
  ["exp", [F(0.0)], 1.0],
  ["exp", [F(1.0)], 2.718281828459045],
  ["exp", [F(-2.5)], 0.0820849986238988],
  ["exp", [F(50.0)], 5.184705528587072e+21],
  ["log", [F(1.0)], 0.0],
  ["log", [F(2.718281828459045)], 1.0],
  ["log", [F(10.0)], 2.302585092994046],
  ["log", [F(0.1)], -2.3025850929940455],
  ["log", [F(8.0), F(2.0)], 3.0],
  ["log", [100, 10], 2.0],
  ["log", [F(0.5), F(0.25)], 0.5],
  ["log2", [F(1.0)], 0.0],
  ["log10", [F(1.0)], 0.0],
  ["log2", [F(8.0)], 3.0],
  ["log10", [F(8.0)], 0.9030899869919435],
  ["log2", [F(0.3)], -1.7369655941662063],
  ["log10", [F(0.3)], -0.5228787452803376],
  ["pow", [F(2.0), F(10.0)], 1024.0],
  ["pow", [F(2.0), F(0.5)], 1.4142135623730951],
  ["pow", [F(-2.0), F(3.0)], -8.0],
  ["pow", [F(1.0), F(NaN)], 1.0],
  ["pow", [F(NaN), F(0.0)], 1.0],
  ["pow", [F(Infinity), F(-1.0)], 0.0],
  ["pow", [F(-1.0), F(Infinity)], 1.0],
  ["pow", [F(0.5), F(-Infinity)], Infinity],
  ["pow", [2, 3], 8.0],
  ["sin", [F(0.0)], 0.0],
  ["sin", [F(0.5)], 0.479425538604203],
  ["sin", [F(-1.25)], -0.9489846193555862],
  ["sin", [F(3.0)], 0.1411200080598672],
  ["cos", [F(0.0)], 1.0],
  ["cos", [F(0.5)], 0.8775825618903728],
  ["cos", [F(-1.25)], 0.3153223623952687],
  ["cos", [F(3.0)], -0.9899924966004454],
  ["tan", [F(0.0)], 0.0],
  ["tan", [F(0.5)], 0.5463024898437905],
  ["tan", [F(-1.25)], -3.0095696738628313],
  ["tan", [F(3.0)], -0.1425465430742778],
  ["atan", [F(0.0)], 0.0],
  ["atan", [F(0.5)], 0.4636476090008061],
  ["atan", [F(-1.25)], -0.8960553845713439],
  ["atan", [F(3.0)], 1.2490457723982544],
  ["sinh", [F(0.0)], 0.0],
  ["sinh", [F(0.5)], 0.5210953054937474],
  ["sinh", [F(-1.25)], -1.6019190803008256],
  ["sinh", [F(3.0)], 10.017874927409903],
  ["cosh", [F(0.0)], 1.0],
  ["cosh", [F(0.5)], 1.1276259652063807],
  ["cosh", [F(-1.25)], 1.8884238771610158],
  ["cosh", [F(3.0)], 10.067661995777765],
  ["tanh", [F(0.0)], 0.0],
  ["tanh", [F(0.5)], 0.46211715726000974],
  ["tanh", [F(-1.25)], -0.8482836399575129],
  ["tanh", [F(3.0)], 0.9950547536867305],
  ["asinh", [F(0.0)], 0.0],
  ["asinh", [F(0.5)], 0.48121182505960347],
  ["asinh", [F(-1.25)], -1.0475930126492587],
  ["asinh", [F(3.0)], 1.8184464592320668],
  ["asin", [F(0.0)], 0.0],
  ["asin", [F(0.5)], 0.5235987755982989],
  ["asin", [F(-0.75)], -0.848062078981481],
  ["acos", [F(0.0)], 1.5707963267948966],
  ["acos", [F(0.5)], 1.0471975511965979],
  ["acos", [F(-0.75)], 2.4188584057763776],
  ["atanh", [F(0.0)], 0.0],
  ["atanh", [F(0.5)], 0.5493061443340548],
  ["atanh", [F(-0.75)], -0.9729550745276566],
  ["acosh", [F(1.0)], 0.0],
  ["acosh", [F(2.5)], 1.566799236972411],
  ["acosh", [F(10.0)], 2.993222846126381],
  ["atan2", [F(1.0), F(-1.0)], 2.356194490192345],
  ["atan2", [F(-0.0), F(-1.0)], -3.141592653589793],
  ["atan2", [F(0.0), F(0.0)], 0.0],
  ["hypot", [F(3.0), F(4.0)], 5.0],
  ["hypot", [F(1.0), F(2.0), F(2.0)], 3.0],
  ["hypot", [], 0.0],
  ["degrees", [F(1.0)], 57.29577951308232],
  ["radians", [F(180.0)], 3.141592653589793],
  ["fmod", [F(7.5), F(2.0)], 1.5],
  ["fmod", [F(-7.5), F(2.0)], -1.5],
  ["fmod", [F(5.0), F(Infinity)], 5.0],
  ["copysign", [F(3.0), F(-0.0)], -3.0],
  ["copysign", [F(-3.0), F(2.0)], 3.0],
  ["erf", [F(0.5)], 0.5204998778130465],
  ["erfc", [F(0.5)], 0.4795001221869535],
  ["erf", [F(1.0)], 0.8427007929497149],
  ["erfc", [F(1.0)], 0.15729920705028513],
  ["erf", [F(-0.3)], -0.3286267594591274],
  ["erfc", [F(-0.3)], 1.3286267594591274],
  ["erf", [F(2.5)], 0.999593047982555],
  ["erfc", [F(2.5)], 0.0004069520174449589],
  ["erf", [F(-3.0)], -0.9999779095030014],
  ["erfc", [F(-3.0)], 1.9999779095030015],
  ["erf", [F(0.01)], 0.011283415555849616],
  ["erfc", [F(0.01)], 0.9887165844441503],
  ["erf", [F(6.0)], 1.0],
  ["erfc", [F(6.0)], 2.1519736712498916e-17],
  ["erf", [F(27.0)], 1.0],
  ["erfc", [F(27.0)], 5.23705e-319],
  ["gamma", [F(0.5)], 1.7724538509055159],
  ["lgamma", [F(0.5)], 0.5723649429247004],
  ["gamma", [F(1.0)], 1.0],
  ["lgamma", [F(1.0)], 0.0],
  ["gamma", [F(1.5)], 0.886226925452758],
  ["lgamma", [F(1.5)], -0.12078223763524543],
  ["gamma", [F(5.0)], 24.0],
  ["lgamma", [F(5.0)], 3.178053830347945],
  ["gamma", [F(10.5)], 1133278.3889487854],
  ["lgamma", [F(10.5)], 13.940625219403763],
  ["gamma", [F(25.0)], 6.204484017332391e+23],
  ["lgamma", [F(25.0)], 54.78472939811232],
  ["gamma", [F(0.001)], 999.4237724845954],
  ["lgamma", [F(0.001)], 6.907178885383854],
  ["gamma", [F(-0.5)], -3.544907701811032],
  ["lgamma", [F(-0.5)], 1.265512123484645],
  ["gamma", [F(-2.5)], -0.9453087204829417],
  ["lgamma", [F(-2.5)], -0.05624371649767457],
  ["gamma", [F(150.0)], 3.8089226376305703e+260],
  ["lgamma", [F(150.0)], 600.0094705553274],
  ["gamma", [F(171.5)], 9.483367566824801e+307],
  ["lgamma", [F(171.5)], 709.1431630309282],
  ["lgamma", [F(300.0)], 1409.202067470412],
  ["lgamma", [F(-300.5)], -1416.614259909392],
  ["expm1", [F(1e-05)], 1.0000050000166668e-05],
  ["log1p", [F(1e-05)], 9.999950000333332e-06],
  ["cbrt", [F(-27.0)], -3.0000000000000004],
  ["exp2", [F(10.0)], 1024.0],
  ["remainder", [F(5.0), F(2.0)], 1.0],
  ["remainder", [F(7.0), F(2.0)], -1.0],
  ["remainder", [F(-5.5), F(2.0)], 0.5],
  ["remainder", [F(3.0), F(2.0)], -1.0],
  ["ldexp", [F(0.75), 4], 12.0],
  ["ldexp", [F(1.0), -1074], 5e-324],
  ["ldexp", [F(1.0), 1023], 8.98846567431158e+307],
  ["fabs", [-3], 3.0],
  ["fabs", [F(-2.5)], 2.5],
];

const SPECIAL = new Set(["erf", "erfc", "gamma", "lgamma"]);

/** Relative closeness; special functions are our own implementations (not libm). */
function close(got: number, want: number, name: string): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (!Number.isFinite(want) || want === 0) return Object.is(got, want) || got === want;
  const tol = SPECIAL.has(name) ? 1e-12 : 4e-16;
  return Math.abs(got - want) <= tol * Math.abs(want);
}

describe("math (python3 dialect) against CPython", () => {
  const { call } = load("math");
  it.each(CPYTHON)("%s%j", (name, args, want) => {
    const got = call(name, args);
    expect(got).toBeInstanceOf(PyFloat);
    const v = (got as PyFloat).v;
    expect(close(v, want, name), `${name}(${args.map((a) => js(a)).join(", ")}) = ${v}, CPython ${want}`).toBe(true);
  });

  it("keeps the sign of zero", () => {
    expect(Object.is((call("sqrt", [F(-0)]) as PyFloat).v, -0)).toBe(true);
    expect(Object.is((call("copysign", [F(3), F(-0)]) as PyFloat).v, -3)).toBe(true);
    expect(Object.is((call("atan2", [F(-0), F(-1)]) as PyFloat).v, -Math.PI)).toBe(true);
  });
});

describe("math constants", () => {
  it("python3: floats at the core's precision", () => {
    const { mod } = load("math");
    expect(mod.get("pi")).toEqual(F(Math.PI));
    expect(mod.get("e")).toEqual(F(Math.E));
    expect(mod.get("tau")).toEqual(F(2 * Math.PI));
    expect(mod.get("inf")).toEqual(F(Infinity));
    expect(Number.isNaN((mod.get("nan") as PyFloat).v)).toBe(true);
    const m32 = load("math", { float32: true }).mod;
    expect(m32.get("pi")).toEqual(F(Math.fround(Math.PI)));
  });

  it("classic: pi() and e() are functions with the original's constants", () => {
    const { call, mod } = load("math", { dialect: "classic" });
    expect(call("pi")).toEqual(F(3.141592));
    expect(call("e")).toEqual(F(2.718281));
    expect(mod.get("tau")).toEqual(F(2 * Math.PI));
    expect(pyError(() => call("pi", [1])).kind).toBe("TypeError");
  });
});

describe("math errors where CPython raises them", () => {
  // The 32-bit device word's OverflowErrors (--int-overflow error); big results: test/vm/bigint.test.ts.
  const { call } = load("math", { intOverflow: "error" });
  const cases: [string, Value[], string, string][] = [
    ["sqrt", [-1], "ValueError", "math domain error"],
    ["log", [0], "ValueError", "math domain error"],
    ["log", [F(-2)], "ValueError", "math domain error"],
    ["log", [2, 0], "ValueError", "math domain error"],
    ["log", [2, 1], "ZeroDivisionError", "float division by zero"],
    ["log2", [0], "ValueError", "math domain error"],
    ["log10", [-1], "ValueError", "math domain error"],
    ["log1p", [-1], "ValueError", "math domain error"],
    ["acos", [2], "ValueError", "math domain error"],
    ["asin", [F(-1.5)], "ValueError", "math domain error"],
    ["acosh", [0], "ValueError", "math domain error"],
    ["atanh", [1], "ValueError", "math domain error"],
    ["sin", [F(Infinity)], "ValueError", "math domain error"],
    ["pow", [0, -1], "ValueError", "math domain error"],
    ["pow", [F(-8), F(1 / 3)], "ValueError", "math domain error"],
    ["pow", [10, 400], "OverflowError", "math range error"],
    ["exp", [1000], "OverflowError", "math range error"],
    ["cosh", [1000], "OverflowError", "math range error"],
    ["ldexp", [F(1), 2000], "OverflowError", "math range error"],
    ["fmod", [1, 0], "ValueError", "math domain error"],
    ["fmod", [F(Infinity), 1], "ValueError", "math domain error"],
    ["remainder", [1, 0], "ValueError", "math domain error"],
    ["gamma", [0], "ValueError", "math domain error"],
    ["gamma", [-1], "ValueError", "math domain error"],
    ["gamma", [F(-Infinity)], "ValueError", "math domain error"],
    ["gamma", [200], "OverflowError", "math range error"],
    ["lgamma", [0], "ValueError", "math domain error"],
    ["lgamma", [-3], "ValueError", "math domain error"],
    ["floor", [F(NaN)], "ValueError", "cannot convert float NaN to integer"],
    ["ceil", [F(Infinity)], "OverflowError", "cannot convert float infinity to integer"],
    ["trunc", [F(-Infinity)], "OverflowError", "cannot convert float -infinity to integer"],
    ["floor", [F(3e9)], "OverflowError", "integer 3000000000 does not fit in a 32-bit int"],
    ["factorial", [-1], "ValueError", "factorial() not defined for negative values"],
    ["factorial", [F(2)], "TypeError", "'float' object cannot be interpreted as an integer"],
    ["factorial", [13], "OverflowError", "factorial() result does not fit in a 32-bit int"],
    ["comb", [-1, 2], "ValueError", "n must be a non-negative integer"],
    ["comb", [3, -2], "ValueError", "k must be a non-negative integer"],
    ["comb", [40, 20], "OverflowError", "comb() result does not fit in a 32-bit int"],
    ["perm", [3, -2], "ValueError", "k must be a non-negative integer"],
    ["perm", [20, 10], "OverflowError", "perm() result does not fit in a 32-bit int"],
    ["isqrt", [-1], "ValueError", "isqrt() argument must be nonnegative"],
    ["isqrt", [F(2)], "TypeError", "'float' object cannot be interpreted as an integer"],
    ["gcd", [F(2), 4], "TypeError", "'float' object cannot be interpreted as an integer"],
    ["sqrt", ["a"], "TypeError", "must be real number, not str"],
    ["floor", ["a"], "TypeError", "must be real number, not str"],
    ["sqrt", [], "TypeError", "math.sqrt() takes exactly one argument (0 given)"],
    ["atan2", [1], "TypeError", "atan2 expected 2 arguments, got 1"],
    ["fsum", [L2()], "ValueError", "-inf + inf in fsum"],
    ["fsum", [L3()], "OverflowError", "intermediate overflow in fsum"],
    ["prod", [5], "TypeError", "'int' object is not iterable"],
    ["ldexp", [F(1), F(2)], "TypeError", "Expected an int as second argument to ldexp."],
  ];
  it.each(cases)("%s%j raises %s", (name, args, kind, message) => {
    expect(pyError(() => call(name, args))).toEqual({ kind, message });
  });

  it("rejects keyword arguments it does not take", () => {
    expect(pyError(() => call("sqrt", [F(4)], { x: 1 }))).toEqual({
      kind: "TypeError", message: "math.sqrt() takes no keyword arguments",
    });
  });
});

function L2(): Value {
  return load("math").core.newList([F(Infinity), F(-Infinity)]);
}
function L3(): Value {
  return load("math").core.newList([F(1e308), F(1e308)]);
}

describe("math integer-valued functions", () => {
  // The 32-bit device word (--int-overflow error); big results: test/vm/bigint.test.ts.
  const { call, core } = load("math", { intOverflow: "error" });
  it("floor/ceil/trunc return ints in python3", () => {
    expect(call("floor", [F(2.7)])).toBe(2);
    expect(call("floor", [F(-2.5)])).toBe(-3);
    expect(call("ceil", [F(2.1)])).toBe(3);
    expect(call("ceil", [F(-0.5)])).toBe(0);
    expect(Object.is(call("ceil", [F(-0.5)]), 0)).toBe(true); // never -0
    expect(call("trunc", [F(-2.7)])).toBe(-2);
    expect(call("floor", [7])).toBe(7);
    expect(call("floor", [true])).toBe(1);
    expect(call("floor", [F(2147483647)])).toBe(2147483647);
  });

  it("factorial, comb, perm, gcd, lcm, isqrt", () => {
    expect(call("factorial", [0])).toBe(1);
    expect(call("factorial", [5])).toBe(120);
    expect(call("factorial", [12])).toBe(479001600);
    expect(call("comb", [30, 15])).toBe(155117520);
    expect(call("comb", [5, 7])).toBe(0);
    expect(call("comb", [2147483647, 1])).toBe(2147483647);
    expect(call("perm", [3])).toBe(6);
    expect(call("perm", [5, 2])).toBe(20);
    expect(call("perm", [5, 9])).toBe(0);
    expect(call("gcd", [12, -18])).toBe(6);
    expect(call("gcd", [])).toBe(0);
    expect(call("gcd", [0, 0, 5])).toBe(5);
    expect(pyError(() => call("gcd", [-2147483648, 0])).kind).toBe("OverflowError");
    expect(call("lcm", [4, 6])).toBe(12);
    expect(call("lcm", [])).toBe(1);
    expect(call("lcm", [4, 0])).toBe(0);
    expect(pyError(() => call("lcm", [65536, 65537])).kind).toBe("OverflowError");
    expect(call("isqrt", [0])).toBe(0);
    expect(call("isqrt", [15])).toBe(3);
    expect(call("isqrt", [16])).toBe(4);
    expect(call("isqrt", [2147483647])).toBe(46340);
  });

  it("prod keeps ints int and overflows past int32", () => {
    expect(call("prod", [core.newList([1, 2, 3, 4])])).toBe(24);
    expect(call("prod", [core.newList([])])).toBe(1);
    expect(call("prod", [core.newList([2, F(1.5)])])).toEqual(F(3));
    expect(call("prod", [core.newList([2, 3])], { start: 5 })).toBe(30);
    expect(pyError(() => call("prod", [core.newList([65536, 65536])])).kind).toBe("OverflowError");
    expect(pyError(() => call("prod", [core.newList([1, "a"])])).message)
      .toBe("unsupported operand type(s) for *: 'int' and 'str'");
  });

  it("fsum is exact", () => {
    const xs = core.newList([F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1)]);
    expect(call("fsum", [xs])).toEqual(F(1));
    expect(call("fsum", [core.newList([F(1e100), F(1), F(-1e100), F(1e-100), F(1e50), F(-1), F(-1e50)])])).toEqual(F(1e-100));
    expect(call("fsum", [core.newTuple([1, 2, 3])])).toEqual(F(6));
    expect(call("fsum", [core.newList([F(Infinity), F(1)])])).toEqual(F(Infinity));
    expect(Number.isNaN((call("fsum", [core.newList([F(NaN), F(1)])]) as PyFloat).v)).toBe(true);
  });

  it("modf, frexp, ldexp", () => {
    expect(js(call("modf", [F(3.5)]))).toEqual([0.5, 3]);
    const m = call("modf", [F(-3)]) as PyTuple;
    expect(m).toBeInstanceOf(PyTuple);
    expect(Object.is((m.items[0] as PyFloat).v, -0)).toBe(true);
    expect(js(call("modf", [F(Infinity)]))).toEqual([0, Infinity]);
    expect(js(call("frexp", [F(8)]))).toEqual([0.5, 4]);
    expect(js(call("frexp", [F(-8)]))).toEqual([-0.5, 4]);
    expect(js(call("frexp", [F(0)]))).toEqual([0, 0]);
    expect(js(call("frexp", [F(5e-324)]))).toEqual([0.5, -1073]);
    expect((call("frexp", [F(1)]) as PyTuple).items[1]).toBe(1);
    expect(call("ldexp", [F(0.5), 4])).toEqual(F(8));
  });

  it("predicates and isclose", () => {
    expect(call("isnan", [F(NaN)])).toBe(true);
    expect(call("isnan", [1])).toBe(false);
    expect(call("isinf", [F(-Infinity)])).toBe(true);
    expect(call("isfinite", [F(Infinity)])).toBe(false);
    expect(call("isfinite", [3])).toBe(true);
    expect(call("isclose", [F(1), F(1 + 1e-10)])).toBe(true);
    expect(call("isclose", [F(1), F(1.001)])).toBe(false);
    expect(call("isclose", [F(1), F(1.001)], { rel_tol: F(0.01) })).toBe(true);
    expect(call("isclose", [F(0), F(1e-12)])).toBe(false);
    expect(call("isclose", [F(0), F(1e-12)], { abs_tol: F(1e-9) })).toBe(true);
    expect(call("isclose", [F(Infinity), F(Infinity)])).toBe(true);
    expect(call("isclose", [F(NaN), F(NaN)])).toBe(false);
    expect(pyError(() => call("isclose", [1, 2], { rel_tol: -1 })).message).toBe("tolerances must be non-negative");
  });

  it("accepts ints and bools, always returns floats", () => {
    expect(call("sqrt", [4])).toEqual(F(2));
    expect(call("fabs", [true])).toEqual(F(1));
    expect(call("pow", [2, 3])).toEqual(F(8));
    expect(call("hypot", [3, 4])).toEqual(F(5));
    expect(call("dist", [core.newList([0, 0]), core.newTuple([3, 4])])).toEqual(F(5));
  });
});

describe("math on a float32 core", () => {
  const { call } = load("math", { float32: true });
  it("rounds results to float32", () => {
    expect(call("sqrt", [2])).toEqual(F(Math.fround(Math.SQRT2)));
    expect(call("sin", [F(Math.fround(0.5))])).toEqual(F(Math.fround(Math.sin(Math.fround(0.5)))));
  });
  it("detects overflow of the float32 range", () => {
    expect(pyError(() => call("exp", [100]))).toEqual({ kind: "OverflowError", message: "math range error" });
    expect(pyError(() => call("pow", [10, 39]))).toEqual({ kind: "OverflowError", message: "math range error" });
    expect(call("exp", [88])).toEqual(F(Math.fround(Math.exp(88))));
  });
});

describe("math (classic dialect)", () => {
  const { call } = load("math", { dialect: "classic" });
  it("floor and ceil return floats", () => {
    expect(call("floor", [F(2.7)])).toEqual(F(2));
    expect(call("ceil", [F(2.1)])).toEqual(F(3));
    expect(call("floor", [5])).toEqual(F(5));
  });
  it("pow is an int on two ints, a float otherwise (real exponents work)", () => {
    expect(call("pow", [2, 10])).toBe(1024);
    expect(call("pow", [-3, 3])).toBe(-27);
    expect(call("pow", [7, 0])).toBe(1);
    expect(call("pow", [1, 1000000000])).toBe(1);
    expect(call("pow", [-1, 1000000001])).toBe(-1);
    expect(call("pow", [F(2), 3])).toEqual(F(8));
    expect(call("pow", [2, F(0.5)])).toEqual(F(Math.SQRT2));
    expect(call("pow", [2, -1])).toEqual(F(0.5));
    expect(pyError(() => call("pow", [2, 31])).kind).toBe("OverflowError");
    expect(call("pow", [-2, 31])).toBe(-2147483648);
  });
  it("the rest works as in python3", () => {
    expect(call("sqrt", [16])).toEqual(F(4));
    expect(call("log", [1])).toEqual(F(0));
    expect(call("exp", [0])).toEqual(F(1));
    expect(call("trunc", [F(-2.5)])).toBe(-2);
    expect(pyError(() => call("sqrt", [-1])).message).toBe("math domain error");
  });
});

describe("math: no overflow check where CPython has none", () => {
  const { call } = load("math");
  it("degrees, radians and hypot return inf", () => {
    expect(call("degrees", [F(1e308)])).toEqual(F(Infinity));
    expect(call("radians", [F(Infinity)])).toEqual(F(Infinity));
    expect(call("hypot", [F(1.7e308), F(1.7e308)])).toEqual(F(Infinity));
    expect(pyError(() => call("exp2", [2000])).message).toBe("math range error");
    expect(pyError(() => call("expm1", [1000])).message).toBe("math range error");
  });
});
