// Tests of src/vm/format.ts. Expected strings come from CPython 3.11 (and numpy for
// float32 reprs); the tables at the end of the file were generated with python3:
//   F64_REPR  "<float64 bits hex> <repr(x)>" for random doubles (random bit patterns,
//             random magnitudes, short decimals, values near the layout thresholds);
//   F32_REPR  "<float32 bits hex> <numpy shortest float32 digits, Python repr layout>";
//   SPEC_TABLE / PCT_TABLE / PCT_EXTRA: format(v, spec) and fmt % v, or "!Kind: message"
//             for the exception raised.

import { describe, expect, test } from "vitest";
import {
  ascii, classicStr, formatFloat, formatSpec, percentFormat, repr, reprStr, str,
} from "../../src/vm/format.js";
import { PyError } from "../../src/vm/errors.js";
import {
  BuiltinFunction, PyFloat, PyFunction, PyList, PyModule, PyRange, PyTuple, PyType,
  ListIterator, type Value,
} from "../../src/vm/values.js";
import type { CodeObject } from "../../src/bytecode/code.js";
import { fakeCore, f32, f64 } from "./fakeCore.js";

/** Encoded values of the generated tables: [kind, payload]. */
type Enc = [string, unknown];

function dec([t, v]: Enc): Value {
  switch (t) {
    case "i": case "b": case "s": return v as Value;
    case "n": return null;
    case "f": {
      const s = v as string;
      return new PyFloat(s === "nan" ? NaN : s === "inf" ? Infinity : s === "-inf" ? -Infinity : Number(s));
    }
    case "l": return new PyList((v as Enc[]).map(dec));
    case "T": case "t": return new PyTuple((v as Enc[]).map(dec));
  }
  throw new Error(`bad encoding ${t}`);
}

/** Result or "!Kind: message", as in the tables. */
function outcome(fn: () => string): string {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PyError) return `!${e.kind}: ${e.pyMessage}`;
    throw e;
  }
}

const core64 = fakeCore({ float32: false });
const core32 = fakeCore({ float32: true });

function fromBits64(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt("0x" + hex));
  return dv.getFloat64(0);
}

function fromBits32(hex: string): number {
  const dv = new DataView(new ArrayBuffer(4));
  dv.setUint32(0, parseInt(hex, 16));
  return dv.getFloat32(0);
}

function table(text: string): [string, string][] {
  return text.trim().split("\n").map((l) => l.split(" ") as [string, string]);
}

/** A small deterministic PRNG (mulberry32) for the randomized tests. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random finite doubles: random bit patterns and random magnitudes. */
function randomDoubles(n: number, seed: number): number[] {
  const r = rng(seed);
  const dv = new DataView(new ArrayBuffer(8));
  const out: number[] = [];
  while (out.length < n) {
    if (r() < 0.5) {
      dv.setUint32(0, Math.floor(r() * 2 ** 32));
      dv.setUint32(4, Math.floor(r() * 2 ** 32));
      const x = dv.getFloat64(0);
      if (Number.isFinite(x)) out.push(x);
    } else {
      out.push((r() * 2 - 1) * 10 ** Math.floor(r() * 60 - 30));
    }
  }
  return out;
}

/** Significant digits and decimal exponent of a Python float repr ("1.5e-05", "120.0"). */
function digitsOf(s: string): { digits: string; exp: number } {
  const m = /^-?(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) throw new Error(`not a float repr: ${s}`);
  const intPart = m[1];
  const frac = m[2] ?? "";
  const all = (intPart + frac).replace(/^0+/, "");
  const lead = (intPart + frac).length - all.length;
  const exp = intPart.length - lead - 1 + (m[3] ? Number(m[3]) : 0);
  return { digits: all.replace(/0+$/, "") || "0", exp };
}

/** Python's repr layout: exponent form iff exponent < -4 or >= 16, else fixed with ".0". */
function checkLayout(s: string, x: number): void {
  const { exp } = digitsOf(s);
  const sci = s.includes("e");
  if (x !== 0) expect(sci, s).toBe(exp < -4 || exp >= 16);
  if (sci) expect(s, s).toMatch(/^-?\d(\.\d*[1-9])?e[+-]\d\d+$/);
  else expect(s, s).toMatch(/^-?\d+\.\d+$/);
}

describe("formatFloat (float64, Python repr)", () => {
  test.each([
    [1.0, "1.0"], [0.1, "0.1"], [1 / 3, "0.3333333333333333"], [0.1 + 0.2, "0.30000000000000004"],
    [1e16, "1e+16"], [1e15, "1000000000000000.0"], [1.5e-5, "1.5e-05"], [0.0001, "0.0001"],
    [-0.0, "-0.0"], [0, "0.0"], [Infinity, "inf"], [-Infinity, "-inf"], [NaN, "nan"],
    [5e-324, "5e-324"], [1.7976931348623157e308, "1.7976931348623157e+308"], [2 ** 53, "9007199254740992.0"],
    [123.456, "123.456"], [-2.5, "-2.5"], [1e22, "1e+22"], [1.2345e-300, "1.2345e-300"], [100, "100.0"],
    [9999999999999998, "9999999999999998.0"], [12345678901234567890, "1.2345678901234567e+19"],
  ])("%s -> %s", (x, s) => {
    expect(formatFloat(x, false)).toBe(s);
  });

  test("matches CPython on a table of random doubles", () => {
    for (const [hex, s] of table(F64_REPR)) expect(formatFloat(fromBits64(hex), false), hex).toBe(s);
  });

  test("5000 random doubles: round-trip, shortest digits, Python layout", () => {
    for (const x of randomDoubles(5000, 42)) {
      const s = formatFloat(x, false);
      expect(parseFloat(s), s).toBe(x);
      // JS's own shortest round-trip digits (independent of our re-layout).
      const js = Math.abs(x).toExponential().replace(/e.*$/, "").replace(".", "");
      expect(digitsOf(s).digits, s).toBe(js);
      checkLayout(s, x);
    }
  });
});

describe("formatFloat (float32)", () => {
  test.each([
    [0.1, "0.1"], [1 / 3, "0.33333334"], [16777217, "16777216.0"], [3.4e38, "3.4e+38"],
    [1e-45, "1e-45"], [2.3, "2.3"], [1e16, "1e+16"], [1e-5, "1e-05"], [0.0001, "0.0001"],
    [123456789, "123456790.0"], [2 ** -126, "1.1754944e-38"], [0.1 + 0.2, "0.3"], [100, "100.0"],
    [5e-5, "5e-05"], [1e15, "1000000000000000.0"], [65504, "65504.0"], [-7.1, "-7.1"],
    [-0.0, "-0.0"], [Infinity, "inf"], [NaN, "nan"], [2048.21875, "2048.2188"], [7123.40625, "7123.4062"],
  ])("fround(%s) -> %s", (x, s) => {
    expect(formatFloat(Math.fround(x), true)).toBe(s);
  });

  test("matches numpy.float32 digits on a table of random floats", () => {
    for (const [hex, s] of table(F32_REPR)) expect(formatFloat(fromBits32(hex), true), hex).toBe(s);
  });

  test("5000 random float32: round-trip, no shorter decimal round-trips, Python layout", () => {
    const r = rng(7);
    const dv = new DataView(new ArrayBuffer(4));
    for (let n = 0; n < 5000; ) {
      dv.setUint32(0, Math.floor(r() * 2 ** 32));
      const x = dv.getFloat32(0);
      if (!Number.isFinite(x)) continue;
      n++;
      const s = formatFloat(x, true);
      expect(Math.fround(parseFloat(s)), s).toBe(x);
      checkLayout(s, x);
      const len = digitsOf(s).digits.length;
      if (x === 0 || len === 1) continue;
      // The three (len-1)-digit decimals nearest to x must all fail to round-trip.
      const [m, e] = Math.abs(x).toExponential(len - 2).split("e");
      const k = Number(m.replace(".", ""));
      for (const c of [k - 1, k, k + 1]) {
        const t = `${c}e${Number(e) - (len - 2)}`;
        expect(Math.fround(parseFloat(t)) === Math.abs(x), `${s} vs ${t}`).toBe(false);
      }
    }
  });
});

describe("str and repr", () => {
  const fn = new PyFunction({ name: "f", qualname: "f" } as unknown as CodeObject, new PyModule("__main__"), null, null, null);

  test("scalars", () => {
    expect(str(42, true)).toBe("42");
    expect(str(-7, true)).toBe("-7");
    expect(str(true, true)).toBe("True");
    expect(repr(false, true)).toBe("False");
    expect(str(null, true)).toBe("None");
    expect(str(f32(0.1), true)).toBe("0.1");
    expect(str(f64(0.1), false)).toBe("0.1");
    expect(str(f64(Math.fround(0.1)), false)).toBe("0.10000000149011612");
    expect(str("it's", true)).toBe("it's");
    expect(repr("it's", true)).toBe(`"it's"`);
  });

  test.each([
    ["a\nb", "'a\\nb'"], ["it's", `"it's"`], ['say "hi"', `'say "hi"'`], [`both ' and "`, `'both \\' and "'`],
    ["\x00\x7f\x1b", "'\\x00\\x7f\\x1b'"], ["é", "'é'"], ["\u200b", "'\\u200b'"], ["\xa0", "'\\xa0'"],
    ["😀", "'😀'"], ["\u{e0001}", "'\\U000e0001'"], ["tab\t", "'tab\\t'"], ["back\\slash", "'back\\\\slash'"],
    ["\r", "'\\r'"], ["\x85", "'\\x85'"], ["\u2028", "'\\u2028'"], ["", "''"],
  ])("repr(%j) = %s", (s, r) => {
    expect(reprStr(s)).toBe(r);
    expect(repr(s, true)).toBe(r);
  });

  test("ascii", () => {
    expect(ascii("é😀", true)).toBe("'\\xe9\\U0001f600'");
  });

  test("containers", () => {
    const l = new PyList([1, "a", f64(2.5), null, true, new PyTuple([1]), new PyTuple([]), new PyTuple([1, 2]), new PyList([])]);
    expect(repr(l, false)).toBe("[1, 'a', 2.5, None, True, (1,), (), (1, 2), []]");
    expect(str(l, false)).toBe("[1, 'a', 2.5, None, True, (1,), (), (1, 2), []]");
    expect(str(new PyList([f32(0.1), f32(1 / 3)]), true)).toBe("[0.1, 0.33333334]");
  });

  test("recursive containers", () => {
    const l = new PyList([1]);
    l.items.push(l);
    expect(repr(l, true)).toBe("[1, [...]]");
    const inner = new PyList([]);
    const t = new PyTuple([inner]);
    inner.items.push(t);
    expect(repr(t, true)).toBe("([(...)],)");
    // The same list twice is not recursion.
    const x = new PyList([1]);
    expect(repr(new PyList([x, x]), true)).toBe("[[1], [1]]");
  });

  test("ranges, functions, modules, types", () => {
    expect(repr(new PyRange(0, 10, 1), true)).toBe("range(0, 10)");
    expect(repr(new PyRange(0, 10, 2), true)).toBe("range(0, 10, 2)");
    expect(repr(new PyRange(5, -1, -1), true)).toBe("range(5, -1, -1)");
    const s = repr(fn, true);
    expect(s).toMatch(/^<function f at 0x[0-9a-f]+>$/);
    expect(repr(fn, true)).toBe(s); // stable address
    const g = new PyFunction({ name: "g", qualname: "g" } as unknown as CodeObject, new PyModule("m"), null, null, null);
    expect(repr(g, true).slice(-8)).not.toBe(s.slice(-8));
    expect(repr(new BuiltinFunction("len", () => 0), true)).toBe("<built-in function len>");
    expect(repr(new BuiltinFunction("append", () => 0, new PyList([])), true))
      .toMatch(/^<built-in method append of list object at 0x[0-9a-f]+>$/);
    expect(repr(new PyModule("math"), true)).toBe("<module 'math'>");
    expect(repr(new PyType("int", null), true)).toBe("<class 'int'>");
    expect(repr(new ListIterator(new PyList([])), true)).toMatch(/^<list_iterator object at 0x[0-9a-f]+>$/);
  });
});

describe("classicStr (the original ePython's print format)", () => {
  const negNaN = (() => {
    const dv = new DataView(new ArrayBuffer(8));
    dv.setUint32(0, 0xfff80000);
    return dv.getFloat64(0);
  })();

  test.each([
    [42, "42"], [-3, "-3"], [true, "true"], [false, "false"], [null, "NONE"], ["abc", "abc"],
    [f32(2.3), "2.300000"], [f32(1000), "1000.000000"], [f32(-0), "-0.000000"], [f32(0.1), "0.100000"],
    [f32(1e30), "1000000015047466219876688855040.000000"],
    [f32(3.4e38), "339999995214436424907732413799364296704.000000"],
    [f32(1e-7), "0.000000"], [f32(0.0078125), "0.007812"], [f32(16777217), "16777216.000000"],
    [f64(1e30), "1000000000000000019884624838656.000000"],
    [f32(Infinity), "inf"], [f32(-Infinity), "-inf"], [f64(negNaN), "-nan"], [f64(-negNaN), "nan"],
  ] as [Value, string][])("%s -> %s", (v, s) => {
    expect(classicStr(v)).toBe(s);
  });

  test("lists use Python's layout with classic element formats", () => {
    expect(classicStr(new PyList([1, f32(2.5), "a", false, null]))).toBe("[1, 2.500000, a, false, NONE]");
    expect(classicStr(new PyTuple([1]))).toBe("(1,)");
  });
});

describe("formatSpec", () => {
  test("matches CPython's format() on a table of values and specs", () => {
    for (const [enc, expected] of SPEC_TABLE) {
      const v = dec(enc);
      SPECS.forEach((spec, i) => {
        expect(outcome(() => formatSpec(v, spec, core64)), `format(${JSON.stringify(enc)}, ${JSON.stringify(spec)})`)
          .toBe(expected[i]);
      });
    }
  });

  test.each([
    [1234, "08,", "0,001,234"], [1234, "09,", "0,001,234"], [255, "#010_x", "0x000_00ff"],
    [12345678, "_", "12_345_678"], ["ab", "05", "ab000"], ["ab", "^6", "  ab  "], ["ab", "^5", " ab  "],
    [true, "", "True"], [true, ">5", "    1"], [97, "c", "a"], [-5, "#010x", "-0x0000005"],
    [f64(-1234.5), "012,.2f", "-0,001,234.50"], [f64(1234567.0), ",", "1,234,567.0"],
    [f64(Infinity), "010", "0000000inf"], [f64(-0.0), "z.0f", "0"], [f64(-0.4), "z.0f", "0"],
    [f64(5), "%", "500.000000%"], [5, ".2f", "5.00"], [5, "%", "500.000000%"],
    ["x", "→^5", "→→x→→"], ["abc", "€<6", "abc€€€"],
  ] as [Value, string, string][])("format(%j, %j) = %j", (v, spec, s) => {
    expect(formatSpec(v, spec, core64)).toBe(s);
  });

  test("float32 values: repr by default, their exact value otherwise", () => {
    expect(formatSpec(f32(0.1), "", core32)).toBe("0.1");
    expect(formatSpec(f32(0.1), ">6", core32)).toBe("   0.1");
    expect(formatSpec(f32(1 / 3), "+", core32)).toBe("+0.33333334");
    for (const [x, spec, s] of SPEC32) expect(formatSpec(f32(Number(x)), spec, core32), `${x} ${spec}`).toBe(s);
  });

  test("objects without __format__ only accept an empty spec", () => {
    expect(formatSpec(null, "", core32)).toBe("None");
    expect(formatSpec(new PyList([1]), "", core32)).toBe("[1]");
    expect(outcome(() => formatSpec(null, "5", core32)))
      .toBe("!TypeError: unsupported format string passed to NoneType.__format__");
    expect(outcome(() => formatSpec(new PyList([1]), "5", core32)))
      .toBe("!TypeError: unsupported format string passed to list.__format__");
  });
});

describe("percentFormat", () => {
  test("matches CPython's % on a table of formats and values", () => {
    for (const [enc, expected] of PCT_TABLE) {
      const v = dec(enc);
      PCT_FORMATS.forEach((fmt, i) => {
        expect(outcome(() => percentFormat(fmt, v, core64)), `${JSON.stringify(fmt)} % ${JSON.stringify(enc)}`)
          .toBe(expected[i]);
      });
    }
  });

  test("argument tuples, '*', errors", () => {
    for (const [fmt, enc, expected] of PCT_EXTRA) {
      expect(outcome(() => percentFormat(fmt, dec(enc), core64)), `${JSON.stringify(fmt)} % ${JSON.stringify(enc)}`)
        .toBe(expected);
    }
  });

  test("a single non-tuple argument, lists as 'mappings'", () => {
    expect(percentFormat("x=%d", 5, core32)).toBe("x=5");
    expect(percentFormat("%s", new PyList([1, "a"]), core32)).toBe("[1, 'a']");
    expect(percentFormat("abc", new PyList([1]), core32)).toBe("abc");
    expect(outcome(() => percentFormat("abc", 5, core32)))
      .toBe("!TypeError: not all arguments converted during string formatting");
    expect(percentFormat("%s", f32(0.1), core32)).toBe("0.1");
    expect(percentFormat("%.10f", f32(0.1), core32)).toBe("0.1000000015");
  });
});

// ---- generated with python3 3.11 (see header) ----
const F64_REPR = `
c480989aeeb70340 -9.796616610858632e+21
be7a3a3904df4fa2 -9.77048e-08
bb205c1a15289ffa -6.766243521412635e-24
4376345785d8a004 1.0000000000000006e+17
450816665cf6abac 3.64e+24
4151f57882f3369e 4707810.046094565
c339002f144688f9 -7037076621396217.0
57708107d64a3ce0 1.5876262895134075e+113
56eaa3017576714a 5.00460164228483e+110
fa92890682bde024 -2.6916248509312395e+282
3bbb5ed02b1dce02 5.7959e-21
bc80f2ac98c5faf9 -2.94e-17
93fd7234ae711399 -2.1867095102270915e-212
3b8d0e76600027e8 7.691189858038818e-22
3fe0000000000000 0.5
41dd404030000000 1963000000.0
c2ee036947100000 -264000000000000.0
3a1d123980257585 9.173250068704641e-29
4376345785d89ff9 9.999999999999989e+16
5987baf13aa725cb 1.9608773770896137e+123
bdd2db90cdc454be -6.860383393464529e-11
b6307bad0f967bcc -1.1278201151876427e-47
c42843ac50c66891 -2.2379910953932636e+20
4341c37937e08000 1e+16
c2e1dac48334bb82 -157050379806172.06
0fc01b119f318042 8.104644700856244e-233
53650fc77de6002d 5.491624169433838e+93
beaef3982f0b65e1 -9.224278e-07
3d0036847569cd7a 7.2e-15
3e0af9051fee9fd7 7.850098903072173e-10
29aa57a529ddf4c7 5.608236388575786e-108
173148758980bb2c 5.780202677294167e-197
b9b425b285a1a512 -9.933363773444062e-31
433e69464f470000 8560000000000000.0
67f8ab1fc00187a6 7.03427205817114e+192
f46d4e1dc05f69af -6.714137047285728e+252
c5b48de6c1d64492 -6.361248456944856e+27
4341c37937e08000 1e+16
2d87bab8650ffbcf 2.3297945069853475e-89
d2cf5d1dae103641 -7.9861318468407615e+90
bf0a535333b8d014 -5.021188414069968e-05
baffe7307f81e254 -1.6493507735484791e-24
be5a445275e38718 -2.4462941333113226e-08
923c73249f0e5690 -7.870495342264318e-221
87ed24ba22910c37 -1.7239120105766284e-270
4341c37937e08004 1.0000000000000008e+16
82a4e5f289cb56b8 -6.390926442744239e-296
c5108b2a2c280291 -5e+24
84459a03cc9a502c -4.433232309677068e-288
c3a5c8d126f5c214 -7.848672177003587e+17
e15e16c15f081999 -1.0575571389321733e+161
c4a52d02c7e14af6 -5e+22
c1f33411ea800000 -5154873000.0
7afbd9be7e14fe2e 2.5883911246851285e+284
0783a82e72101a3f 1.8168131224175954e-272
ebc6222b22d57caa -1.4553132984624949e+211
a0277bbff8373eeb -8.757359180646575e-154
3c52725dd1d243ac 4e-18
416ffffffffffffa 16777215.999999989
e6c0bc683563c1a6 -9.102445474937712e+186
d8a6922450b7da40 -1.1383519061991314e+119
3e5917fddb127737 2.3370345385139245e-08
3d68a10a1b4047b2 7e-13
4e779665d14b5d87 1.0174680038527165e+70
336e875c6c9e62ea 5.936903211250274e-61
f3a30d701d1940b1 -1.0657079822298294e+249
3e0404ca142f8324 5.826210975223754e-10
3cca686d9e8cd78d 7.3296709419507e-16
941164e42605125c -5.166841989571824e-212
88488c9c91e19cb8 -9.293779367173671e-269
3d70cefbac3cf71d 9.554541817492563e-13
177e844cdf176b4f 1.632983473682896e-195
8caa597d35136f41 -1.177679339671358e-247
408cd53d8bf445c3 922.655052097682
26cf6137851e1ad7 9.493826513737217e-122
c393639e1b5d7ff8 -3.4928353744623974e+17
c0b2520000000000 -4690.0
0700937ba99d4575 5.984618553375296e-275
4341c37937e08006 1.0000000000000012e+16
c1224f8000000000 -600000.0
63b4d323502f5232 2.0119514275681303e+172
42c1b08e57440000 38900000000000.0
bad565381d534503 -2.7652890202935154e-25
0883bd312c92bdc3 1.1956379889832531e-267
4376345785d89ffd 9.999999999999995e+16
bfb44068200c1e40 -0.07910776884465864
e72c9f1638556b58 -9.962737086968845e+188
c8d9d94ebec1e4d9 -9.007012368674242e+42
8b1423d496903191 -2.6826396859049356e-255
af9fe017fe6b0ff4 -2.6882913529178125e-79
3ee4f8b588e368ee 9.999999999999996e-06
42000cf59b255f9b 8617112420.671682
bb7b32aaac3a241f -3.5996143112696817e-22
42281fc8786c0abf 51806223414.02099
e65325f3c8c7e57f -8.13629092552967e+184
3e4bead3593f1cb2 1.3e-08
39aee1d247125412 7.613029081697537e-31
3f732f568c2cfa71 0.004683816982661613
4231309c65800000 73830000000.0
407018aef77f9e04 257.54271650171745
4341c37937e07ffe 9999999999999996.0
3f0363a30667b2ce 3.69819761550698e-05
bf6c38674293714d -0.0034448639677135185
1fe6394390f23ccc 5.179744739142337e-155
9dea7b52ba87b56c -1.4370727411880272e-164
433ffffffffffffe 9007199254740990.0
442d8b30949bb57b 2.7249262895210834e+20
843aac11016ef2f6 -2.736918939056266e-288
c1b28f9640000000 -311400000.0
bbb76299c4c54877 -4.952e-21
3d03a4d4bffb565a 8.723631286805502e-15
cb3aae05eb872685 -2.555415034975311e+54
8f492c25eb147d31 -4.9481054214482156e-235
903f13f626bde4db -2.0017785863766594e-230
3b59eadf574aa901 8.575371620802988e-23
d66d12fb20df15ca -2.133808319286009e+108
3f7b643f44b96d74 0.0066874
ebea631864b0bca6 -6.939984225477053e+211
c3a47f19a52c0a90 -7.384637e+17
4231509f1715ffda 74367047445.99942
3fe66083b59d965e 0.6992815539530957
3ee4f8b588e368f2 1.0000000000000003e-05
bb9342f9192c0628 -1.019701324998505e-21
3f1a36e2eb1c432b 9.999999999999998e-05
42632896fd440000 658282900000.0
3f1a36e2eb1c432f 0.00010000000000000003
01de19709ee4b994 1.1236260540809888e-299
bb53673c02237be6 -6.42e-23
4515aa49adce60d5 6.547900912591629e+24
433ffffffffffffa 9007199254740986.0
99cfde30a09455f9 -2.3437242537003485e-184
5aab95e60a09b32a 5.975437074369581e+128
dcec869699bd1c73 -4.246243161550597e+139
bec9afa3b3fd807e -3.0620207382287524e-06
4387c519fe3668bc 2.1410047661369536e+17
411730b209784e84 379948.50924799615
bd693f90f1836ea7 -7.176e-13
c3ab230677c393e0 -9.777068873305252e+17
bfc72dfe80bfc9a0 -0.18109113012867528
570df529821a34f5 2.2514192329253945e+111
418f377ba0aa4365 65466228.08313636
51d3eedf6a597af4 1.5489362636501953e+86
3ee4f8b588e368ed 9.999999999999994e-06
4292f685f50e477a 5212504671121.869
3f1a36e2eb1c432f 0.00010000000000000003
334df055106c43e5 1.4555437281652193e-61
bf2a36e2eb1c432d -0.0002
41b22bc6d9927b52 304858841.5721942
f980d39a9d0be60f -1.864240016386488e+277
bec9b7bec4107075 -3.065795255453565e-06
96b589011efddfab -2.813398497955842e-199
3cb46c683957bbdf 2.834325181771178e-16
af5877ef2bd443a5 -1.289758494120577e-80
801930d10f92baa6 -3.50319661440384e-308
3268c382871f7a4a 7.348296568170143e-66
4010ba5e353f7cee 4.182
e9a5d980b386d7bc -8.362401494741593e+200
3bb823fdbdbaded4 5.111968886783708e-21
3b0d03a3e67cd5fb 3e-24
945dd4a86ca3cca1 -1.4177720647493479e-210
bb88b19c0c2fc66f -6.536391086187815e-22
bc8d0dba2a77f762 -5.04e-17
bbdb2752ce74ff42 -2.3e-20
5791bb3e5c60d954 6.822788404050407e+113
4376345785d89ffd 9.999999999999995e+16
bde9e6fd11122445 -1.8846402956940956e-10
ee4ab6f078f7191a -1.9313260175249696e+223
3b2bd2047300cb7f 1.1506239646177718e-23
c5226a6caddd94e0 -1.1131620188470448e+25
3ee4f8b588e368f8 1.0000000000000013e-05
999e5af3bc00ea1e -2.790595860231667e-185
41733742b10c3341 20149291.065478567
847d757c0095b6dd -4.8366094047237045e-287
40e4a67a98306cb2 42291.831077778144
e671ebcb19d04c51 -3.045939197610224e+185
3feffffffffffffa 0.9999999999999993
3a06f7bc6fe9e823 3.623667131745112e-29
4061800000000000 140.0
4341c37937e08002 1.0000000000000004e+16
3fdbb6a9e038ba5c 0.4330239
c5b1c2c0d0cc60fb -5.496687321982629e+27
bcf8c5117a7e165e -5.5e-15
abd48af31ea6b1db -1.5027282957498996e-97
8ee73ac76567439d -7.134692284670844e-237
3fdffffffffffffe 0.4999999999999999
4f4b07fa63f86177 9.551986697641095e+73
e5fee7e1f8954f90 -2.0519050275016952e+183
3fe0000000000001 0.5000000000000001
baa217045d34385b -2.922582639945847e-26
ba11bd37c34cc0a4 -5.597483130124571e-29
3c3aaf0a468a189b 1.4465290154048737e-18
3f1a36e2eb1c4334 0.0001000000000000001
3d205edea2a4c96e 2.908e-14
3b0070ff029c12db 1.7e-24
887a682ad43c9553 -7.997630704270823e-268
d081600ed76ddbd0 -6.438124074222475e+79
95aba85f9bbf7879 -2.7566977619065845e-204
17d81233a2c7e288 8.243634828007598e-194
69751214a5b097a1 1.008032672440647e+200
f9bfb0fa719112b2 -2.8089005275067117e+278
f3b347bb6233807f -2.1568901607581244e+249
f97f789a53f5f446 -1.743363777260257e+277
41e7b5b6f85dcdbe 3182278594.931365
4183e1c310000000 41695330.0
43032d732fb96a9c 674749662834003.5
433ffffffffffff6 9007199254740982.0
c2d159442b0c302c -76300373733568.69
3e71553a87de70f0 6.457017495551627e-08
136f715545f667ae 4.5605061258126735e-215
bee3de222dd23fbf -9.473661913866783e-06
3ead37caf72fc025 8.7076249e-07
3dc6ac9e834cb5d3 4.12443e-11
e6341dc53bc8f4d6 -2.1369052631451857e+184
6865bdbdba387e2e 7.935426051754345e+194
c162667300000000 -9647000.0
3eeaa4e055f9844d 1.2704872175807935e-05
0dcdf9a0687813ae 3.5119974835673107e-242
b7687c73b66a0a27 -8.783972164334738e-42
3f1a36e2eb1c432d 0.0001
ba3e7eca9e6027f6 -3.849045370681439e-28
4200daafa2e5a67b 9048552540.70629
8497ecfac2d4f4ed -1.5712627443901067e-286
457fa90f61cb4629 6.124010254659642e+26
cfbb2ed62a584a86 -1.229519999206211e+76
f31c92e6f0d855c4 -3.121655863121898e+246
bdd9fac5dcf8d18f -9.451316746853901e-11
4341c37937e08000 1e+16
3cd0de3e89fa96ff 9.363699687349847e-16
3e4cbb62edf8bbd3 1.337937e-08
411c3f0bd0fb20c3 462786.9540829772
c0a93cd2d9b7c714 -3230.411817305614
7b8cb68dc87cc18e 1.3662997309270394e+287
8d20026af73421ae -1.8317652250692085e-245
be3f2e961ba06b92 -7.26012e-09
dbb6f76b7549192e -6.520675593236042e+133
3f77bf4484b147b6 0.0057976414201039075
3e72c8fd2dec631c 6.998e-08
c1eff6c09e800000 -4290118900.0
3f1a36e2eb1c4325 9.99999999999999e-05
44cff5029768a86d 3.01826e+23
42f5c5622f2f0000 383000000000000.0
4a72a11806a151cd 4.35627404504185e+50
c45beb0f8b69be2c -2.06e+21
6c1a619b576056fc 5.550764000652819e+212
3b8ce6a042965925 7.65e-22
d75d20f0953645f3 -7.005176241192762e+112
7180f4c4d9e0681a 5.520689011627604e+238
3c970ef54646d497 8e-17
3e2c75ea91c1883b 3.3132511300936263e-09
3cebf46a13b830da 3.1036e-15
c66050e81f639a72 -1.0341520160278442e+31
c18dc540a0000000 -62433300.0
40d5961333333333 22104.3
baf571b4e4794522 -1.1086374212440009e-24
8e655e412d0b0b96 -2.5636635578595807e-239
3b1d42b3aaf8add8 6.050940748221287e-24
4376345785d89ffc 9.999999999999994e+16
38ef0942c7d85759 1.8679218517931547e-34
437d8e888ecb07f2 1.3311186379161578e+17
bd3a7e0083c28818 -9.411918481383945e-14
4549ae14823a4627 6.209043115431286e+25
ccb80541bfdff49f -3.859951074421244e+61
4345b064d180aa41 1.2209843138024578e+16
3cbe210cf6c6f9df 4.1812531304723356e-16
980ed82db5f1fc70 -8.45064354677713e-193
ff031b6e38018fd0 -6.551512409122703e+303
bfa542ba2d74e78a -0.04152471356287808
c974a4a3ae0e7a56 -7.365712260001183e+45
3feffffffffffff8 0.9999999999999991
bdd66b3c3043bda1 -8.155943634533767e-11
cd8b849c6cfc5266 -3.6224811148643124e+65
3feffffffffffff6 0.9999999999999989
3c0037c78ba36dbf 1.0989668764387895e-19
bd4944f872ffe741 -1.7955e-13
4628b6fffc56fd66 9.790558199274318e+29
be67c3c8c192f498 -4.4265356e-08
3ee4f8b588e368f1 1e-05
4170000000000001 16777216.000000004
c628bbe6cd617045 -9.7981431e+29
433ffffffffffff8 9007199254740984.0
433ffffffffffffa 9007199254740986.0
3996db4182f1a0a1 2.8172772395884427e-31
bbbe01e099107bdb -6.3543e-21
c53b0c9e1645fb83 -3.270058171791845e+25
c0af4325dc414427 -4001.573946036882
01e0fa79b32b1983 1.2676272969810258e-299
4341c37937e08006 1.0000000000000012e+16
bd7cd9e7447e7fdf -1.64e-12
42780fb60057332e 1653484815731.1987
97d69e40ca457754 -7.746051542926708e-194
616884785bd39232 1.7234679043026276e+161
3f1a36e2eb1c4334 0.0001000000000000001
c2771dd9e61660ae -1588561076582.0425
8ec2d65cb4a4e34e -1.4464162247853391e-237
e57a304e092edb82 -6.791898745298239e+180
3e39a6f17226a33e 5.9726e-09
44d4a4c986029026 3.8994846792939164e+23
bd062c68b60df647 -9.847e-15
d6152c925e993f74 -4.856278836003976e+106
450f7d25ef6b9e7e 4.758462e+24
74a2e62d514fc647 6.928004343634091e+253
32c113db006f039b 3.243222643829518e-64
d55ed3f5bfd2b346 -1.726169513861332e+103
ef7f30545cb37d89 -1.1821571412063302e+229
c5e6dfd409ffec98 -5.6634096e+28
f410d2ae1d7ab8fe -1.2044785025420317e+251
c2acb2ed90ae12b3 -15777407719177.35
c12bff5b6578aece -917421.6981863619
a42677161a3bfa27 -1.5454034200514075e-134
c133ae22fd5fce53 -1289762.9897431328
433ffffffffffff8 9007199254740984.0
3feffffffffffff6 0.9999999999999989
be2195d72507657a -2.0472e-09
c0f3f3e4bb7f459e -81726.29577567286
ea221823f75111a7 -1.7728371680736683e+203
e4c8d264adcb49b4 -3.1432692805811194e+177
ce481f6f7c48960f -1.300698527041509e+69
dedcd7df62c486eb -9.220237434937682e+148
b7b7b884e5ba21bf -2.7230117542247554e-40
bbb46da1d8a2b623 -4.3258503764224785e-21
be4466ae23ae1ed1 -9.5e-09
c0d1d84ccccccccd -18273.2
3c31d687447f4b2a 9.67e-19
3f1a36e2eb1c432a 9.999999999999996e-05
3d5c25c268497682 4e-13
3ee045a2957975f9 7.7591e-06
bd056a8729e6ac93 -9.51067e-15
787cc1d48bfd6b14 2.4307591662973794e+272
3cff2c85ccb5f59c 6.922e-15
4340000000000002 9007199254740996.0
bea82573824ec3a1 -7.196156316305614e-07
3feffffffffffffe 0.9999999999999998
436f1fafb259d580 7.008451e+16
d9ce55a054ef811b -4.0105575112300517e+124
46de7d17ceb380e0 2.4735327058618352e+33
403e1d8e7f6a392c 30.115455592568807
c4b020de9b2cc60f -7.61642e+22
433ffffffffffffe 9007199254740990.0
05072dba684cac8c 1.9484164461542708e-284
3e7035efbba7a6bd 6.038952352735726e-08
f648b7b055b2b6e9 -6.080669466990867e+261
bbbf44a8631def4a -6.621297711182991e-21
4341c37937e07ffc 9999999999999992.0
c1532a93fad3ebf5 -5024335.9191846745
c9c229375a80844c -2.073619727998725e+47
a27327c1e9757354 -9.817729930658722e-143
440d0e7e88267960 6.7e+19
400fa3cba56e7c5e 3.9549782680838197
4da9b3fdd9ab07a8 1.3534257711519844e+66
3f9da272862f598a 0.02894
3b8c516cf2ed07a8 7.49573036671715e-22
3bf705aa1bc7009a 7.8002e-20
3bfa44a65dfc4ffb 8.9e-20
c5074b1ca8ab05a9 -3.52e+24
c3f158e460913d00 -2e+19
c4ef67c358d8d809 -1.1864596147808705e+24
3fe63674320a6414 0.694147203193213
d416f1f3f2ddd77f -1.2252624313041786e+97
8bc50b6e66bfc09c -5.740839617867172e-252
c2f1e7bbd374481a -314991781037185.6
c2d43f445514323e -89047847686344.97
f28f0b1f47cd0b3f -6.623940682302021e+243
69b20e822f557b59 1.382149042620732e+201
3c7eb9eb3f73247d 2.665077e-17
c18af06f80000000 -56495600.0
c22170634d000000 -37450000000.0
4340000000000003 9007199254740998.0
c3e5b4e366814ed0 -1.2513e+19
454232ae63c59c6c 4.4e+25
3b8f61fe9a942343 8.306955662449392e-22
433ffffffffffff8 9007199254740984.0
f92421b821326c97 -3.485032573749226e+275
8f2391720c0f0bd3 -9.616191296625029e-236
43857ab74f93b4a5 1.9346887179544694e+17
4340000000000005 9007199254741002.0
3f747ae147ae147b 0.005
41faec4cb6000000 7227100000.0
8e0f9192c3d42658 -5.91792467294301e-241
4599e4b1ce78b3b2 2.0034e+27
c0c1c93810a1b8ea -9106.438007560053
4655ff2ca0b78efd 6.971056168019008e+30
3fa185f06f694467 0.034225
3c650cc0863fd8f0 9.128901059298978e-18
0afae96740e77e7c 8.961595554010345e-256
4308a79ca606bcf7 867461335406494.9
c114438000000000 -332000.0
3c21248840fe3844 4.646539248525663e-19
978a3443fde13dc9 -2.804420326538012e-195
4260e522f4700000 580510000000.0
3d32061cb8fbaec5 6.403367e-14
0c276f14af44314d 4.0912720401555225e-250
3cec642708382792 3.152058678810865e-15
aa10e9b952df20e6 -4.608947643240535e-106
36036bd6c72f7456 1.6610694701906884e-48
c515d66ade20554e -6.6e+24
3c4a97da6e5fa6b8 2.883238e-18
3ff0000000000002 1.0000000000000004
c46c94e2478daade -4.2178964e+21
3fdffffffffffffa 0.49999999999999967
c4b0f0cf064dd592 -8e+22
`;
const F32_REPR = `
0cce2ffa 3.17682e-31
075861a7 1.6278731e-34
e106f9d0 -1.5561654e+20
1367bf95 2.9250756e-27
97165d50 -4.858539e-25
0852ce17 6.3436834e-34
3b0c0907 0.0021367685
46d71233 27529.1
4967ef00 950000.0
c2c2ac94 -97.33707
27c2a1da 5.4021297e-15
0b408800 3.708017e-32
c0485761 -3.1303332
2ccd24ef 5.830551e-12
9578cf13 -5.0246554e-26
27dbc692 6.1e-15
2f889099 2.4841e-10
5ef8cf95 8.964356e+18
5b91a948 8.2e+16
f9d729c4 -1.3964887e+35
5f85eac2 1.9299477e+19
974af6d1 -6.5581246e-25
ba2955f3 -0.0006459646
297b282f 5.576805e-14
bc7203b5 -0.014771392
a15e9c4b -7.542338e-19
33d6bf95 1e-07
7ab04031 4.575731e+35
3d949ff8 0.07257074
84584194 -2.542079e-36
2cd9d5a7 6.191231e-12
3d53ec0c 0.051738784
be2c7452 -0.16841248
4b517e8d 13729421.0
78766931 1.9991228e+34
f5c510d4 -4.99621e+32
ceb31b13 -1502448000.0
72000000 2.5353012e+30
5c40f259 2.1723864e+17
c8fdb22c -519569.38
d6902278 -79238860000000.0
12aec834 1.1030298e-27
66e45d61 5.3921105e+23
5d7fffff 1.15292144e+18
5d61f79d 1.017666e+18
931c6d46 -1.9743844e-27
03d54aca 1.2536186e-36
faa8c82b -4.381829e+35
29d7e838 9.5882015e-14
41000000 8.0
97b486e5 -1.166628e-24
b316a6ba -3.5076233e-08
0495f019 3.5250227e-36
25f14a63 4.1857242e-16
0e988a04 3.7603797e-30
4adfffc0 7340000.0
5614b9ad 40881300000000.0
f112adfb -7.2632225e+29
9ab90ef8 -7.653839e-23
37bc795d 2.246786e-05
ab8831ea -9.677235e-13
737fffff 2.0282408e+31
cafb9878 -8244284.0
e71dc1ec -7.449888e+23
824af1ed -1.4910045e-37
0061c66c 8.979223e-39
a2a35195 -4.4267617e-18
6a2c6dab 5.2113283e+25
2d000000 7.275958e-12
4c7fffff 67108860.0
bb2c5663 -0.0026296608
8ca07b40 -2.4726082e-31
64d72e29 3.175501e+22
5a1c51c4 1.1e+16
7e4ead5b 6.868027e+37
651a4da6 4.55423e+22
1a579fc1 4.4590006e-23
96379df6 -1.4832466e-25
71ed3835 2.3493087e+30
4536b251 2923.1448
7d9516a7 2.4771574e+37
26c9e187 1.4008306e-15
9ad71384 -8.8953445e-23
67e12094 2.1262668e+24
f9afc489 -1.1407977e+35
8f687c9e -1.14624835e-29
43800000 256.0
49c5423d 1615943.6
592a87bf 3000000000000000.0
24110035 3.144204e-17
8a07cb06 -6.538198e-33
201e7784 1.3422665e-19
0a278af4 8.066892e-33
df02dcbb -9.429617e+18
a35f045e -1.2089779e-17
e83c814c -3.56076e+24
6258d727 1e+21
3e59db23 0.21275
21663722 7.8e-19
ea8b8ec7 -8.435747e+25
85d282f6 -1.9796413e-35
46971a00 19341.0
a81c2010 -8.666692e-15
3d800000 0.0625
b0da7f4e -1.589777e-09
1d8c54ee 3.7145507e-21
8cedad3d -3.6619896e-31
577498ca 268937060000000.0
fb9f537e -1.6545372e+36
563a0e55 51142680000000.0
e6b3df60 -4.2471207e+23
4e90c03e 1214259000.0
2b6ec7f8 8.48321e-13
7dd35de8 3.5119337e+37
34b92dad 3.449217e-07
ace02fba -6.3717616e-12
24088013 2.9598782e-17
1cf51d81 1.6220367e-21
2e45e97f 4.5e-11
edc93f8b -7.785413e+27
04000000 1.5046328e-36
3a6884f4 0.0008869909
4ae1921f 7391503.5
9c8f507d -9.483752e-22
7e3953f8 6.158579e+37
76800000 1.2980742e+33
6826ff42 3.154486e+24
9f560154 -4.531736e-20
e8851916 -5.0283e+24
eab03a5d -1.0652328e+26
441b8539 622.0816
43800000 256.0
d3ac38b7 -1479371800000.0
5e2519b7 2.9741853e+18
acc67c40 -5.641293e-12
76ffffff 2.5961483e+33
f04f46a2 -2.5659515e+29
513d993c 50894980000.0
00000100 3.59e-43
59ffcb9e 9000000000000000.0
6964c640 1.7285706e+25
d574e6e6 -16829534000000.0
e651898a -2.4737794e+23
59ffffff 9007198700000000.0
1c59cb30 7.206189e-22
211c98ab 5.305691e-19
6d000000 2.4758801e+27
23800000 1.3877788e-17
609f9835 9.2e+19
2796a986 4.181716e-15
6d90769c 5.588654e+27
277fffff 3.5527135e-15
a8033a3a -7.284587e-15
2ae91360 4.1402558e-13
64071de0 9.969853e+21
651c6037 4.6154e+22
9fb31e8a -7.585997e-20
c6edffef -30463.967
fda6eb04 -2.7734015e+37
8c225c77 -1.2507851e-31
0d2fc64f 5.4164744e-31
77ecdc9e 9.6082555e+33
3d29e485 0.0414777
fda446cb -2.729512e+37
5d5c9c96 9.935466e+17
30e97b1f 1.6987974e-09
9fb52621 -7.671956e-20
38f5647e 0.000117012285
46bb8000 24000.0
45ffffff 8191.9995
c7de7db6 -113915.42
23b877aa 2e-17
e1b107d0 -4.0820458e+20
dd13c50d -6.654957e+17
027d1b4d 1.8595339e-37
bcc36e61 -0.023856344
446ca7ae 946.62
1c8e2265 9.405663e-22
4af42400 8000000.0
ae912306 -6.600058e-11
dfc62f3e -2.8561402e+19
59000001 2251800000000000.0
42180000 38.0
1cbb438f 1.2392085e-21
10f31188 9.587361e-29
6e5c85be 1.7062097e+28
3b437d7b 0.002982943
2d204544 9.110327e-12
5e04a3a2 2.3894152e+18
f0727e04 -3.0019086e+29
c2233fcf -40.812313
e86b5cf0 -4.445882e+24
5826d4df 733732800000000.0
088faef5 8.647632e-34
1cc01bd5 1.2712689e-21
55acf9a1 23773518000000.0
02f12355 3.5432047e-37
533ad62f 802457300000.0
4c481e91 52460100.0
e6907028 -3.4104485e+23
0ad287cc 2.0273346e-32
80a4d61e -1.5137832e-38
9891ca1c -3.76857e-24
01da2e35 8.0146856e-38
49484d86 820440.4
0d55ced0 6.5884634e-31
4a800000 4194304.0
84e7fef1 -5.4541966e-36
ba2eb269 -0.00066641584
6aeff0a9 1.4503488e+26
26e69595 1.6e-15
77c854f0 8.126423e+33
cd33aaa2 -188394020.0
48927c00 300000.0
e3d5fafc -7.8944836e+21
895bc0db -2.6451846e-33
963afc4d -1.5104572e-25
a6bf1584 -1.3259119e-15
4e3500fd 759185200.0
59e12662 7921759000000000.0
86389339 -3.4714716e-35
ed72aad4 -4.6938682e+27
07d2dac0 3.1725858e-34
b3c839d2 -9.323743e-08
e91a7db8 -1.1673017e+25
46948e5b 19015.178
2a0dd180 1.2596e-13
6c800000 1.2379401e+27
c02db12c -2.7139387
6a343504 5.446425e+25
e4c5f6b5 -2.9214286e+22
64d941e6 3.2061536e+22
34d6cba1 4.0008766e-07
d3d83e08 -1857507300000.0
6163f70f 2.6282583e+20
21000000 4.3368087e-19
700e92d2 1.7649747e+29
559184e7 20000000000000.0
94172961 -7.631712e-27
dd6bbafc -1.0616354e+18
fb6d70b6 -1.2328604e+36
811cda32 -2.8809222e-38
9d2f2d4a -2.3184471e-21
3196c0ea 4.3875064e-09
5d781c20 1.1173875e+18
6d40e38b 3.7310128e+27
cc880d8b -71330904.0
8000fdaa -9.0998e-41
b5ca5627 -1.5075246e-06
c2a6770a -83.2325
5f3d0072 1.3619011e+19
3317c120 3.5333073e-08
a7b77464 -5.0918894e-15
4248b616 50.17782
f7d12e8f -8.485425e+33
2317142e 8.19e-18
2e0b54b1 3.1680162e-11
8ba20b6d -6.241732e-32
ca1efe1e -2604935.5
b63f5f75 -2.8516781e-06
5428cd5e 2900000000000.0
4a31e2ef 2914491.8
0f345238 8.89052e-30
b4fde874 -4.7294054e-07
3a054536 0.00050838606
69a5690a 2.49961e+25
62daa77c 2.0167294e+21
1ddd0a02 5.850856e-21
4de01d0c 470000000.0
2b65aeff 8.16e-13
92b99dbe -1.1714028e-27
397f2915 0.00024334
3ccf4c0f 0.025304822
e4905d9c -2.1304611e+22
3e8c901d 0.274537
4a3d7b66 3104473.5
f27fbdd6 -5.0654832e+30
388abb6c 6.615263e-05
a7f0f419 -6.6878033e-15
43953003 298.3751
fe88be3c -9.088138e+37
38b9bad2 8.8562854e-05
3d9d4952 0.0768
51800000 68719480000.0
867e7504 -4.785806e-35
4af6e320 8090000.0
a4eb7900 -1.02119986e-16
147fffff 1.2924696e-26
7949c4c7 6.5477674e+34
01ed208c 8.7106753e-38
02000000 9.403955e-38
49694821 955522.06
638bc943 5.1572e+21
00696821 9.680082e-39
4bdc5051 28876962.0
3bf201c1 0.007385463
2e920480 6.640111e-11
2af6a5e2 4.3813483e-13
bc22abdd -0.009928671
72dedf4b 8.828879e+30
db32ef3b -5.0365583e+16
ba3b3e75 -0.0007142791
65e3179a 1.3405157e+23
594095ab 3387984800000000.0
af0b3f1a -1.2664395e-10
8002e0fa -2.64377e-40
8ba50363 -6.3560784e-32
6de2048d 8.743639e+27
057b5609 1.18177654e-35
385a5248 5.205188e-05
5d1d66db 7.088746e+17
913cee2e -1.490398e-28
edf5a337 -9.502643e+27
47000000 32768.0
6ef0c5b2 3.72577e+28
370ca06a 8.382e-06
2f914183 2.6421895e-10
39af4846 0.0003343245
fba8f94d -1.7547246e+36
8000f765 -8.8748e-41
71113bca 7.191617e+29
d48007a0 -4399070000000.0
4a538400 3465472.0
13091873 1.7303885e-27
4f7fffff 4294967000.0
be7dcc40 -0.24784946
f0f059fa -5.950814e+29
f242c7fd -3.8580392e+30
0d6e5d75 7.3451907e-31
491cc247 642084.44
47bcde00 96700.0
d305065c -571337340000.0
a106b90e -4.5645884e-19
88696de0 -7.0245044e-34
25800000 2.220446e-16
a12a44bd -5.7689215e-19
54829998 4487381000000.0
2fbd483e 3.443023e-10
3777ed09 1.4777536e-05
ca8e1bf3 -4656633.5
ed8d84f4 -5.4747646e+27
aed04ed6 -9.472749e-11
64a71c9b 2.466134e+22
4068798f 3.6324193
b5e420cd -1.699687e-06
203e3a2f 1.6112877e-19
5fbb66cf 2.7007416e+19
4be4e1c0 30000000.0
45a2a791 5204.946
c3c3d498 -391.6609
bd1e40c9 -0.038636003
5b6623c7 6.4778582e+16
3214cb7b 8.661e-09
697fb410 1.93204e+25
937257df -3.0588018e-27
17bd1b19 1.2220679e-24
f36e6c3c -1.88898e+31
08504f2f 6.2685803e-34
1466959d 1.16415385e-26
547f8080 4389490000000.0
12e561ed 1.4476072e-27
3701ef3c 7.7447e-06
261bafa4 5.4014465e-16
eda8e85c -6.5342984e+27
34800000 2.3841858e-07
1c0b2b1f 4.6046975e-22
1d7fffff 3.3881316e-21
b6e5c1c8 -6.847291e-06
00100001 1.46937e-39
71c3669e 1.9351563e+30
a9ddab21 -9.844058e-14
63b87d0c 6.806423e+21
3ebf38c5 0.37348
2c6cc1a0 3.36451e-12
b35f3d7c -5.1977153e-08
bad2655d -0.0016051937
54fd22cb 8697683600000.0
1144c880 1.5523458e-28
1437cdbd 9.279714e-27
609a8f19 8.909718e+19
1e56f851 1.1380416e-20
5668aa25 63954366000000.0
4042ee63 3.0458
5802a547 574585500000000.0
8fd8af41 -2.136675e-29
10000000 2.524355e-29
86c3a849 -7.359812e-35
800924f4 -8.39776e-40
adb3e47e -2.0451415e-11
2939f43f 4.12901e-14
5e7e64ad 4.5827416e+18
38d06246 9.936518e-05
7a596897 2.8221244e+35
33ad5cfb 8.072853e-08
e530d46c -5.2190937e+22
3632ec99 2.6661785e-06
9ccfc9eb -1.3750306e-21
320b8023 8.12e-09
4c57434f 56429884.0
297fffff 5.6843415e-14
`;
const SPECS: string[] = ["", "d", "5d", "<5", "^7", "*^7", "=+8", "+", "-", " ", "05", "010", "x", "X", "#x", "#o", "#b", "b", "o", "c", "n", ",", "_", "_x", "#_b", "010,", "e", ".2e", "E", "f", ".2f", ".0f", "#.0f", "F", "g", ".3g", "#g", "G", "%", ".1%", ".3", "z.1f", "z", "+.3e", "012.4f", ">12.3g", ",.2f", "10.3", "#", ".0", ".10", "s", "10s", ".2s", "<10", "^10.3", "0=12,", "x<+10.2f", ",d", "_.3f", ".3n", "q", "5.5.5", ",_", "#c", "+c", ".", "z.0f", " .2%", "#.3g", "#.3", ".12g", ".17g", ".20f", "e<9"];
const SPEC_TABLE: [Enc, string[]][] = [
  [["i", 0], ["0", "0", "    0", "0    ", "   0   ", "***0***", "+      0", "+0", "0", " 0", "00000", "0000000000", "0", "0", "0x0", "0o0", "0b0", "0", "0", "\u0000", "0", "0", "0", "0", "0b0", "00,000,000", "0.000000e+00", "0.00e+00", "0.000000E+00", "0.000000", "0.00", "0", "0.", "0.000000", "0", "0", "0.00000", "0", "0.000000%", "0.0%", "!ValueError: Precision not allowed in integer format specifier", "0.0", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier", "+0.000e+00", "0000000.0000", "           0", "0.00", "!ValueError: Precision not allowed in integer format specifier", "0", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 's' for object of type 'int'", "!ValueError: Unknown format code 's' for object of type 'int'", "!ValueError: Unknown format code 's' for object of type 'int'", "0         ", "!ValueError: Precision not allowed in integer format specifier", "0,000,000,000", "+0.00xxxxx", "0", "0.000", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 'q' for object of type 'int'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'int'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'", "!ValueError: Sign not allowed with integer format specifier 'c'", "!ValueError: Format specifier missing precision", "0", " 0.00%", "0.00", "!ValueError: Precision not allowed in integer format specifier", "0", "0", "0.00000000000000000000", "0eeeeeeee"]],
  [["i", -42], ["-42", "-42", "  -42", "-42  ", "  -42  ", "**-42**", "-     42", "-42", "-42", "-42", "-0042", "-000000042", "-2a", "-2A", "-0x2a", "-0o52", "-0b101010", "-101010", "-52", "!OverflowError: %c arg not in range(0x110000)", "-42", "-42", "-42", "-2a", "-0b10_1010", "-0,000,042", "-4.200000e+01", "-4.20e+01", "-4.200000E+01", "-42.000000", "-42.00", "-42", "-42.", "-42.000000", "-42", "-42", "-42.0000", "-42", "-4200.000000%", "-4200.0%", "!ValueError: Precision not allowed in integer format specifier", "-42.0", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier", "-4.200e+01", "-000042.0000", "         -42", "-42.00", "!ValueError: Precision not allowed in integer format specifier", "-42", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 's' for object of type 'int'", "!ValueError: Unknown format code 's' for object of type 'int'", "!ValueError: Unknown format code 's' for object of type 'int'", "-42       ", "!ValueError: Precision not allowed in integer format specifier", "-000,000,042", "-42.00xxxx", "-42", "-42.000", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 'q' for object of type 'int'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'int'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'", "!ValueError: Sign not allowed with integer format specifier 'c'", "!ValueError: Format specifier missing precision", "-42", "-4200.00%", "-42.0", "!ValueError: Precision not allowed in integer format specifier", "-42", "-42", "-42.00000000000000000000", "-42eeeeee"]],
  [["i", 255], ["255", "255", "  255", "255  ", "  255  ", "**255**", "+    255", "+255", "255", " 255", "00255", "0000000255", "ff", "FF", "0xff", "0o377", "0b11111111", "11111111", "377", "ÿ", "255", "255", "255", "ff", "0b1111_1111", "00,000,255", "2.550000e+02", "2.55e+02", "2.550000E+02", "255.000000", "255.00", "255", "255.", "255.000000", "255", "255", "255.000", "255", "25500.000000%", "25500.0%", "!ValueError: Precision not allowed in integer format specifier", "255.0", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier", "+2.550e+02", "0000255.0000", "         255", "255.00", "!ValueError: Precision not allowed in integer format specifier", "255", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 's' for object of type 'int'", "!ValueError: Unknown format code 's' for object of type 'int'", "!ValueError: Unknown format code 's' for object of type 'int'", "255       ", "!ValueError: Precision not allowed in integer format specifier", "0,000,000,255", "+255.00xxx", "255", "255.000", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 'q' for object of type 'int'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'int'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'", "!ValueError: Sign not allowed with integer format specifier 'c'", "!ValueError: Format specifier missing precision", "255", " 25500.00%", "255.", "!ValueError: Precision not allowed in integer format specifier", "255", "255", "255.00000000000000000000", "255eeeeee"]],
  [["i", 1234567], ["1234567", "1234567", "1234567", "1234567", "1234567", "1234567", "+1234567", "+1234567", "1234567", " 1234567", "1234567", "0001234567", "12d687", "12D687", "0x12d687", "0o4553207", "0b100101101011010000111", "100101101011010000111", "4553207", "!OverflowError: %c arg not in range(0x110000)", "1234567", "1,234,567", "1_234_567", "12_d687", "0b1_0010_1101_0110_1000_0111", "01,234,567", "1.234567e+06", "1.23e+06", "1.234567E+06", "1234567.000000", "1234567.00", "1234567", "1234567.", "1234567.000000", "1.23457e+06", "1.23e+06", "1.23457e+06", "1.23457E+06", "123456700.000000%", "123456700.0%", "!ValueError: Precision not allowed in integer format specifier", "1234567.0", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier", "+1.235e+06", "1234567.0000", "    1.23e+06", "1,234,567.00", "!ValueError: Precision not allowed in integer format specifier", "1234567", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 's' for object of type 'int'", "!ValueError: Unknown format code 's' for object of type 'int'", "!ValueError: Unknown format code 's' for object of type 'int'", "1234567   ", "!ValueError: Precision not allowed in integer format specifier", "0,001,234,567", "+1234567.00", "1,234,567", "1_234_567.000", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 'q' for object of type 'int'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'int'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'", "!ValueError: Sign not allowed with integer format specifier 'c'", "!ValueError: Format specifier missing precision", "1234567", " 123456700.00%", "1.23e+06", "!ValueError: Precision not allowed in integer format specifier", "1234567", "1234567", "1234567.00000000000000000000", "1234567ee"]],
  [["i", -2147483648], ["-2147483648", "-2147483648", "-2147483648", "-2147483648", "-2147483648", "-2147483648", "-2147483648", "-2147483648", "-2147483648", "-2147483648", "-2147483648", "-2147483648", "-80000000", "-80000000", "-0x80000000", "-0o20000000000", "-0b10000000000000000000000000000000", "-10000000000000000000000000000000", "-20000000000", "!OverflowError: %c arg not in range(0x110000)", "-2147483648", "-2,147,483,648", "-2_147_483_648", "-8000_0000", "-0b1000_0000_0000_0000_0000_0000_0000_0000", "-2,147,483,648", "-2.147484e+09", "-2.15e+09", "-2.147484E+09", "-2147483648.000000", "-2147483648.00", "-2147483648", "-2147483648.", "-2147483648.000000", "-2.14748e+09", "-2.15e+09", "-2.14748e+09", "-2.14748E+09", "-214748364800.000000%", "-214748364800.0%", "!ValueError: Precision not allowed in integer format specifier", "-2147483648.0", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier", "-2.147e+09", "-2147483648.0000", "   -2.15e+09", "-2,147,483,648.00", "!ValueError: Precision not allowed in integer format specifier", "-2147483648", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 's' for object of type 'int'", "!ValueError: Unknown format code 's' for object of type 'int'", "!ValueError: Unknown format code 's' for object of type 'int'", "-2147483648", "!ValueError: Precision not allowed in integer format specifier", "-2,147,483,648", "-2147483648.00", "-2,147,483,648", "-2_147_483_648.000", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 'q' for object of type 'int'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'int'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'", "!ValueError: Sign not allowed with integer format specifier 'c'", "!ValueError: Format specifier missing precision", "-2147483648", "-214748364800.00%", "-2.15e+09", "!ValueError: Precision not allowed in integer format specifier", "-2147483648", "-2147483648", "-2147483648.00000000000000000000", "-2147483648"]],
  [["i", 65], ["65", "65", "   65", "65   ", "  65   ", "**65***", "+     65", "+65", "65", " 65", "00065", "0000000065", "41", "41", "0x41", "0o101", "0b1000001", "1000001", "101", "A", "65", "65", "65", "41", "0b100_0001", "00,000,065", "6.500000e+01", "6.50e+01", "6.500000E+01", "65.000000", "65.00", "65", "65.", "65.000000", "65", "65", "65.0000", "65", "6500.000000%", "6500.0%", "!ValueError: Precision not allowed in integer format specifier", "65.0", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier", "+6.500e+01", "0000065.0000", "          65", "65.00", "!ValueError: Precision not allowed in integer format specifier", "65", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 's' for object of type 'int'", "!ValueError: Unknown format code 's' for object of type 'int'", "!ValueError: Unknown format code 's' for object of type 'int'", "65        ", "!ValueError: Precision not allowed in integer format specifier", "0,000,000,065", "+65.00xxxx", "65", "65.000", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 'q' for object of type 'int'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'int'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'", "!ValueError: Sign not allowed with integer format specifier 'c'", "!ValueError: Format specifier missing precision", "65", " 6500.00%", "65.0", "!ValueError: Precision not allowed in integer format specifier", "65", "65", "65.00000000000000000000", "65eeeeeee"]],
  [["f", "-0.0"], ["-0.0", "!ValueError: Unknown format code 'd' for object of type 'float'", "!ValueError: Unknown format code 'd' for object of type 'float'", "-0.0 ", " -0.0  ", "*-0.0**", "-    0.0", "-0.0", "-0.0", "-0.0", "-00.0", "-0000000.0", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'X' for object of type 'float'", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "-0", "-0.0", "-0.0", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "-000,000.0", "-0.000000e+00", "-0.00e+00", "-0.000000E+00", "-0.000000", "-0.00", "-0", "-0.", "-0.000000", "-0", "-0", "-0.00000", "-0", "-0.000000%", "-0.0%", "-0.0", "0.0", "0.0", "-0.000e+00", "-000000.0000", "          -0", "-0.00", "      -0.0", "-0.0", "-0e+00", "-0.0", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "-0.0      ", "   -0.0   ", "-0,000,000.0", "-0.00xxxxx", "!ValueError: Unknown format code 'd' for object of type 'float'", "-0.000", "-0", "!ValueError: Unknown format code 'q' for object of type 'float'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'float'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Format specifier missing precision", "0", "-0.00%", "-0.00", "-0.00", "-0", "-0", "-0.00000000000000000000", "-0.0eeeee"]],
  [["f", "1.5"], ["1.5", "!ValueError: Unknown format code 'd' for object of type 'float'", "!ValueError: Unknown format code 'd' for object of type 'float'", "1.5  ", "  1.5  ", "**1.5**", "+    1.5", "+1.5", "1.5", " 1.5", "001.5", "00000001.5", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'X' for object of type 'float'", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "1.5", "1.5", "1.5", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "0,000,001.5", "1.500000e+00", "1.50e+00", "1.500000E+00", "1.500000", "1.50", "2", "2.", "1.500000", "1.5", "1.5", "1.50000", "1.5", "150.000000%", "150.0%", "1.5", "1.5", "1.5", "+1.500e+00", "0000001.5000", "         1.5", "1.50", "       1.5", "1.5", "2e+00", "1.5", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "1.5       ", "   1.5    ", "00,000,001.5", "+1.50xxxxx", "!ValueError: Unknown format code 'd' for object of type 'float'", "1.500", "1.5", "!ValueError: Unknown format code 'q' for object of type 'float'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'float'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Format specifier missing precision", "2", " 150.00%", "1.50", "1.50", "1.5", "1.5", "1.50000000000000000000", "1.5eeeeee"]],
  [["f", "-2.25"], ["-2.25", "!ValueError: Unknown format code 'd' for object of type 'float'", "!ValueError: Unknown format code 'd' for object of type 'float'", "-2.25", " -2.25 ", "*-2.25*", "-   2.25", "-2.25", "-2.25", "-2.25", "-2.25", "-000002.25", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'X' for object of type 'float'", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "-2.25", "-2.25", "-2.25", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "-00,002.25", "-2.250000e+00", "-2.25e+00", "-2.250000E+00", "-2.250000", "-2.25", "-2", "-2.", "-2.250000", "-2.25", "-2.25", "-2.25000", "-2.25", "-225.000000%", "-225.0%", "-2.25", "-2.2", "-2.25", "-2.250e+00", "-000002.2500", "       -2.25", "-2.25", "     -2.25", "-2.25", "-2e+00", "-2.25", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "-2.25     ", "  -2.25   ", "-0,000,002.25", "-2.25xxxxx", "!ValueError: Unknown format code 'd' for object of type 'float'", "-2.250", "-2.25", "!ValueError: Unknown format code 'q' for object of type 'float'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'float'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Format specifier missing precision", "-2", "-225.00%", "-2.25", "-2.25", "-2.25", "-2.25", "-2.25000000000000000000", "-2.25eeee"]],
  [["f", "1e-07"], ["1e-07", "!ValueError: Unknown format code 'd' for object of type 'float'", "!ValueError: Unknown format code 'd' for object of type 'float'", "1e-07", " 1e-07 ", "*1e-07*", "+  1e-07", "+1e-07", "1e-07", " 1e-07", "1e-07", "000001e-07", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'X' for object of type 'float'", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "1e-07", "1e-07", "1e-07", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "00,001e-07", "1.000000e-07", "1.00e-07", "1.000000E-07", "0.000000", "0.00", "0", "0.", "0.000000", "1e-07", "1e-07", "1.00000e-07", "1E-07", "0.000010%", "0.0%", "1e-07", "0.0", "1e-07", "+1.000e-07", "0000000.0000", "       1e-07", "0.00", "     1e-07", "1.e-07", "1e-07", "1e-07", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "1e-07     ", "  1e-07   ", "0,000,001e-07", "+0.00xxxxx", "!ValueError: Unknown format code 'd' for object of type 'float'", "0.000", "1e-07", "!ValueError: Unknown format code 'q' for object of type 'float'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'float'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Format specifier missing precision", "0", " 0.00%", "1.00e-07", "1.00e-07", "1e-07", "9.9999999999999995e-08", "0.00000010000000000000", "1e-07eeee"]],
  [["f", "123456.789"], ["123456.789", "!ValueError: Unknown format code 'd' for object of type 'float'", "!ValueError: Unknown format code 'd' for object of type 'float'", "123456.789", "123456.789", "123456.789", "+123456.789", "+123456.789", "123456.789", " 123456.789", "123456.789", "123456.789", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'X' for object of type 'float'", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "123457", "123,456.789", "123_456.789", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "123,456.789", "1.234568e+05", "1.23e+05", "1.234568E+05", "123456.789000", "123456.79", "123457", "123457.", "123456.789000", "123457", "1.23e+05", "123457.", "123457", "12345678.900000%", "12345678.9%", "1.23e+05", "123456.8", "123456.789", "+1.235e+05", "0123456.7890", "    1.23e+05", "123,456.79", "  1.23e+05", "123456.789", "1e+05", "123456.789", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "123456.789", " 1.23e+05 ", "0,123,456.789", "+123456.79", "!ValueError: Unknown format code 'd' for object of type 'float'", "123_456.789", "1.23e+05", "!ValueError: Unknown format code 'q' for object of type 'float'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'float'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Format specifier missing precision", "123457", " 12345678.90%", "1.23e+05", "1.23e+05", "123456.789", "123456.789", "123456.78900000000430736691", "123456.789"]],
  [["f", "1.2345e+22"], ["1.2345e+22", "!ValueError: Unknown format code 'd' for object of type 'float'", "!ValueError: Unknown format code 'd' for object of type 'float'", "1.2345e+22", "1.2345e+22", "1.2345e+22", "+1.2345e+22", "+1.2345e+22", "1.2345e+22", " 1.2345e+22", "1.2345e+22", "1.2345e+22", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'X' for object of type 'float'", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "1.2345e+22", "1.2345e+22", "1.2345e+22", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "1.2345e+22", "1.234500e+22", "1.23e+22", "1.234500E+22", "12344999999999999737856.000000", "12344999999999999737856.00", "12344999999999999737856", "12344999999999999737856.", "12344999999999999737856.000000", "1.2345e+22", "1.23e+22", "1.23450e+22", "1.2345E+22", "1234500000000000024117248.000000%", "1234500000000000024117248.0%", "1.23e+22", "12344999999999999737856.0", "1.2345e+22", "+1.234e+22", "12344999999999999737856.0000", "    1.23e+22", "12,344,999,999,999,999,737,856.00", "  1.23e+22", "1.2345e+22", "1e+22", "1.2345e+22", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "1.2345e+22", " 1.23e+22 ", "001.2345e+22", "+12344999999999999737856.00", "!ValueError: Unknown format code 'd' for object of type 'float'", "12_344_999_999_999_999_737_856.000", "1.23e+22", "!ValueError: Unknown format code 'q' for object of type 'float'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'float'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Format specifier missing precision", "12344999999999999737856", " 1234500000000000024117248.00%", "1.23e+22", "1.23e+22", "1.2345e+22", "1.2345e+22", "12344999999999999737856.00000000000000000000", "1.2345e+22"]],
  [["f", "0.0078125"], ["0.0078125", "!ValueError: Unknown format code 'd' for object of type 'float'", "!ValueError: Unknown format code 'd' for object of type 'float'", "0.0078125", "0.0078125", "0.0078125", "+0.0078125", "+0.0078125", "0.0078125", " 0.0078125", "0.0078125", "00.0078125", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'X' for object of type 'float'", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "0.0078125", "0.0078125", "0.0078125", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "00.0078125", "7.812500e-03", "7.81e-03", "7.812500E-03", "0.007812", "0.01", "0", "0.", "0.007812", "0.0078125", "0.00781", "0.00781250", "0.0078125", "0.781250%", "0.8%", "0.00781", "0.0", "0.0078125", "+7.812e-03", "0000000.0078", "     0.00781", "0.01", "   0.00781", "0.0078125", "0.008", "0.0078125", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "0.0078125 ", " 0.00781  ", "0,000.0078125", "+0.01xxxxx", "!ValueError: Unknown format code 'd' for object of type 'float'", "0.008", "0.00781", "!ValueError: Unknown format code 'q' for object of type 'float'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'float'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Format specifier missing precision", "0", " 0.78%", "0.00781", "0.00781", "0.0078125", "0.0078125", "0.00781250000000000000", "0.0078125"]],
  [["f", "2.5"], ["2.5", "!ValueError: Unknown format code 'd' for object of type 'float'", "!ValueError: Unknown format code 'd' for object of type 'float'", "2.5  ", "  2.5  ", "**2.5**", "+    2.5", "+2.5", "2.5", " 2.5", "002.5", "00000002.5", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'X' for object of type 'float'", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "2.5", "2.5", "2.5", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "0,000,002.5", "2.500000e+00", "2.50e+00", "2.500000E+00", "2.500000", "2.50", "2", "2.", "2.500000", "2.5", "2.5", "2.50000", "2.5", "250.000000%", "250.0%", "2.5", "2.5", "2.5", "+2.500e+00", "0000002.5000", "         2.5", "2.50", "       2.5", "2.5", "2e+00", "2.5", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "2.5       ", "   2.5    ", "00,000,002.5", "+2.50xxxxx", "!ValueError: Unknown format code 'd' for object of type 'float'", "2.500", "2.5", "!ValueError: Unknown format code 'q' for object of type 'float'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'float'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Format specifier missing precision", "2", " 250.00%", "2.50", "2.50", "2.5", "2.5", "2.50000000000000000000", "2.5eeeeee"]],
  [["f", "0.3333333333333333"], ["0.3333333333333333", "!ValueError: Unknown format code 'd' for object of type 'float'", "!ValueError: Unknown format code 'd' for object of type 'float'", "0.3333333333333333", "0.3333333333333333", "0.3333333333333333", "+0.3333333333333333", "+0.3333333333333333", "0.3333333333333333", " 0.3333333333333333", "0.3333333333333333", "0.3333333333333333", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'X' for object of type 'float'", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "0.333333", "0.3333333333333333", "0.3333333333333333", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "0.3333333333333333", "3.333333e-01", "3.33e-01", "3.333333E-01", "0.333333", "0.33", "0", "0.", "0.333333", "0.333333", "0.333", "0.333333", "0.333333", "33.333333%", "33.3%", "0.333", "0.3", "0.3333333333333333", "+3.333e-01", "0000000.3333", "       0.333", "0.33", "     0.333", "0.3333333333333333", "0.3", "0.3333333333", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "0.3333333333333333", "  0.333   ", "0.3333333333333333", "+0.33xxxxx", "!ValueError: Unknown format code 'd' for object of type 'float'", "0.333", "0.333", "!ValueError: Unknown format code 'q' for object of type 'float'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'float'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Format specifier missing precision", "0", " 33.33%", "0.333", "0.333", "0.333333333333", "0.33333333333333331", "0.33333333333333331483", "0.3333333333333333"]],
  [["f", "inf"], ["inf", "!ValueError: Unknown format code 'd' for object of type 'float'", "!ValueError: Unknown format code 'd' for object of type 'float'", "inf  ", "  inf  ", "**inf**", "+    inf", "+inf", "inf", " inf", "00inf", "0000000inf", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'X' for object of type 'float'", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "inf", "inf", "inf", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "0000000inf", "inf", "inf", "INF", "inf", "inf", "inf", "inf", "INF", "inf", "inf", "inf", "INF", "inf%", "inf%", "inf", "inf", "inf", "+inf", "000000000inf", "         inf", "inf", "       inf", "inf", "inf", "inf", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "inf       ", "   inf    ", "000000000inf", "+infxxxxxx", "!ValueError: Unknown format code 'd' for object of type 'float'", "inf", "inf", "!ValueError: Unknown format code 'q' for object of type 'float'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'float'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Format specifier missing precision", "inf", " inf%", "inf", "inf", "inf", "inf", "inf", "infeeeeee"]],
  [["f", "nan"], ["nan", "!ValueError: Unknown format code 'd' for object of type 'float'", "!ValueError: Unknown format code 'd' for object of type 'float'", "nan  ", "  nan  ", "**nan**", "+    nan", "+nan", "nan", " nan", "00nan", "0000000nan", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'X' for object of type 'float'", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "nan", "nan", "nan", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "0000000nan", "nan", "nan", "NAN", "nan", "nan", "nan", "nan", "NAN", "nan", "nan", "nan", "NAN", "nan%", "nan%", "nan", "nan", "nan", "+nan", "000000000nan", "         nan", "nan", "       nan", "nan", "nan", "nan", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "nan       ", "   nan    ", "000000000nan", "+nanxxxxxx", "!ValueError: Unknown format code 'd' for object of type 'float'", "nan", "nan", "!ValueError: Unknown format code 'q' for object of type 'float'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'float'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Format specifier missing precision", "nan", " nan%", "nan", "nan", "nan", "nan", "nan", "naneeeeee"]],
  [["f", "999999.5"], ["999999.5", "!ValueError: Unknown format code 'd' for object of type 'float'", "!ValueError: Unknown format code 'd' for object of type 'float'", "999999.5", "999999.5", "999999.5", "+999999.5", "+999999.5", "999999.5", " 999999.5", "999999.5", "00999999.5", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'X' for object of type 'float'", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "!ValueError: Unknown format code 'o' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "1e+06", "999,999.5", "999_999.5", "!ValueError: Unknown format code 'x' for object of type 'float'", "!ValueError: Unknown format code 'b' for object of type 'float'", "0,999,999.5", "9.999995e+05", "1.00e+06", "9.999995E+05", "999999.500000", "999999.50", "1000000", "1000000.", "999999.500000", "1e+06", "1e+06", "1.00000e+06", "1E+06", "99999950.000000%", "99999950.0%", "1e+06", "999999.5", "999999.5", "+1.000e+06", "0999999.5000", "       1e+06", "999,999.50", "     1e+06", "999999.5", "1e+06", "999999.5", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "!ValueError: Unknown format code 's' for object of type 'float'", "999999.5  ", "  1e+06   ", "00,999,999.5", "+999999.50", "!ValueError: Unknown format code 'd' for object of type 'float'", "999_999.500", "1e+06", "!ValueError: Unknown format code 'q' for object of type 'float'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'float'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Unknown format code 'c' for object of type 'float'", "!ValueError: Format specifier missing precision", "1000000", " 99999950.00%", "1.00e+06", "1.00e+06", "999999.5", "999999.5", "999999.50000000000000000000", "999999.5e"]],
  [["s", ""], ["", "!ValueError: Unknown format code 'd' for object of type 'str'", "!ValueError: Unknown format code 'd' for object of type 'str'", "     ", "       ", "*******", "!ValueError: Sign not allowed in string format specifier", "!ValueError: Sign not allowed in string format specifier", "!ValueError: Sign not allowed in string format specifier", "!ValueError: Space not allowed in string format specifier", "00000", "0000000000", "!ValueError: Unknown format code 'x' for object of type 'str'", "!ValueError: Unknown format code 'X' for object of type 'str'", "!ValueError: Unknown format code 'x' for object of type 'str'", "!ValueError: Unknown format code 'o' for object of type 'str'", "!ValueError: Unknown format code 'b' for object of type 'str'", "!ValueError: Unknown format code 'b' for object of type 'str'", "!ValueError: Unknown format code 'o' for object of type 'str'", "!ValueError: Unknown format code 'c' for object of type 'str'", "!ValueError: Unknown format code 'n' for object of type 'str'", "!ValueError: Cannot specify ',' with 's'.", "!ValueError: Cannot specify '_' with 's'.", "!ValueError: Unknown format code 'x' for object of type 'str'", "!ValueError: Unknown format code 'b' for object of type 'str'", "!ValueError: Cannot specify ',' with 's'.", "!ValueError: Unknown format code 'e' for object of type 'str'", "!ValueError: Unknown format code 'e' for object of type 'str'", "!ValueError: Unknown format code 'E' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'F' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'G' for object of type 'str'", "!ValueError: Unknown format code '%' for object of type 'str'", "!ValueError: Unknown format code '%' for object of type 'str'", "", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Negative zero coercion (z) not allowed in string format specifier", "!ValueError: Unknown format code 'e' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "          ", "!ValueError: Alternate form (#) not allowed in string format specifier", "", "", "", "          ", "", "          ", "          ", "!ValueError: Cannot specify ',' with 's'.", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'd' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'n' for object of type 'str'", "!ValueError: Unknown format code 'q' for object of type 'str'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'str'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'str'", "!ValueError: Unknown format code 'c' for object of type 'str'", "!ValueError: Format specifier missing precision", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code '%' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Alternate form (#) not allowed in string format specifier", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "eeeeeeeee"]],
  [["s", "hello"], ["hello", "!ValueError: Unknown format code 'd' for object of type 'str'", "!ValueError: Unknown format code 'd' for object of type 'str'", "hello", " hello ", "*hello*", "!ValueError: Sign not allowed in string format specifier", "!ValueError: Sign not allowed in string format specifier", "!ValueError: Sign not allowed in string format specifier", "!ValueError: Space not allowed in string format specifier", "hello", "hello00000", "!ValueError: Unknown format code 'x' for object of type 'str'", "!ValueError: Unknown format code 'X' for object of type 'str'", "!ValueError: Unknown format code 'x' for object of type 'str'", "!ValueError: Unknown format code 'o' for object of type 'str'", "!ValueError: Unknown format code 'b' for object of type 'str'", "!ValueError: Unknown format code 'b' for object of type 'str'", "!ValueError: Unknown format code 'o' for object of type 'str'", "!ValueError: Unknown format code 'c' for object of type 'str'", "!ValueError: Unknown format code 'n' for object of type 'str'", "!ValueError: Cannot specify ',' with 's'.", "!ValueError: Cannot specify '_' with 's'.", "!ValueError: Unknown format code 'x' for object of type 'str'", "!ValueError: Unknown format code 'b' for object of type 'str'", "!ValueError: Cannot specify ',' with 's'.", "!ValueError: Unknown format code 'e' for object of type 'str'", "!ValueError: Unknown format code 'e' for object of type 'str'", "!ValueError: Unknown format code 'E' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'F' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'G' for object of type 'str'", "!ValueError: Unknown format code '%' for object of type 'str'", "!ValueError: Unknown format code '%' for object of type 'str'", "hel", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Negative zero coercion (z) not allowed in string format specifier", "!ValueError: Unknown format code 'e' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "hel       ", "!ValueError: Alternate form (#) not allowed in string format specifier", "", "hello", "hello", "hello     ", "he", "hello     ", "   hel    ", "!ValueError: Cannot specify ',' with 's'.", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'd' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'n' for object of type 'str'", "!ValueError: Unknown format code 'q' for object of type 'str'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'str'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'str'", "!ValueError: Unknown format code 'c' for object of type 'str'", "!ValueError: Format specifier missing precision", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code '%' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Alternate form (#) not allowed in string format specifier", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "helloeeee"]],
  [["s", "it's"], ["it's", "!ValueError: Unknown format code 'd' for object of type 'str'", "!ValueError: Unknown format code 'd' for object of type 'str'", "it's ", " it's  ", "*it's**", "!ValueError: Sign not allowed in string format specifier", "!ValueError: Sign not allowed in string format specifier", "!ValueError: Sign not allowed in string format specifier", "!ValueError: Space not allowed in string format specifier", "it's0", "it's000000", "!ValueError: Unknown format code 'x' for object of type 'str'", "!ValueError: Unknown format code 'X' for object of type 'str'", "!ValueError: Unknown format code 'x' for object of type 'str'", "!ValueError: Unknown format code 'o' for object of type 'str'", "!ValueError: Unknown format code 'b' for object of type 'str'", "!ValueError: Unknown format code 'b' for object of type 'str'", "!ValueError: Unknown format code 'o' for object of type 'str'", "!ValueError: Unknown format code 'c' for object of type 'str'", "!ValueError: Unknown format code 'n' for object of type 'str'", "!ValueError: Cannot specify ',' with 's'.", "!ValueError: Cannot specify '_' with 's'.", "!ValueError: Unknown format code 'x' for object of type 'str'", "!ValueError: Unknown format code 'b' for object of type 'str'", "!ValueError: Cannot specify ',' with 's'.", "!ValueError: Unknown format code 'e' for object of type 'str'", "!ValueError: Unknown format code 'e' for object of type 'str'", "!ValueError: Unknown format code 'E' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'F' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'G' for object of type 'str'", "!ValueError: Unknown format code '%' for object of type 'str'", "!ValueError: Unknown format code '%' for object of type 'str'", "it'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Negative zero coercion (z) not allowed in string format specifier", "!ValueError: Unknown format code 'e' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "it'       ", "!ValueError: Alternate form (#) not allowed in string format specifier", "", "it's", "it's", "it's      ", "it", "it's      ", "   it'    ", "!ValueError: Cannot specify ',' with 's'.", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'd' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code 'n' for object of type 'str'", "!ValueError: Unknown format code 'q' for object of type 'str'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'str'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Unknown format code 'c' for object of type 'str'", "!ValueError: Unknown format code 'c' for object of type 'str'", "!ValueError: Format specifier missing precision", "!ValueError: Unknown format code 'f' for object of type 'str'", "!ValueError: Unknown format code '%' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Alternate form (#) not allowed in string format specifier", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'g' for object of type 'str'", "!ValueError: Unknown format code 'f' for object of type 'str'", "it'seeeee"]],
  [["b", true], ["True", "1", "    1", "1    ", "   1   ", "***1***", "+      1", "+1", "1", " 1", "00001", "0000000001", "1", "1", "0x1", "0o1", "0b1", "1", "1", "\u0001", "1", "1", "1", "1", "0b1", "00,000,001", "1.000000e+00", "1.00e+00", "1.000000E+00", "1.000000", "1.00", "1", "1.", "1.000000", "1", "1", "1.00000", "1", "100.000000%", "100.0%", "!ValueError: Precision not allowed in integer format specifier", "1.0", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier", "+1.000e+00", "0000001.0000", "           1", "1.00", "!ValueError: Precision not allowed in integer format specifier", "1", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 's' for object of type 'bool'", "!ValueError: Unknown format code 's' for object of type 'bool'", "!ValueError: Unknown format code 's' for object of type 'bool'", "1         ", "!ValueError: Precision not allowed in integer format specifier", "0,000,000,001", "+1.00xxxxx", "1", "1.000", "!ValueError: Precision not allowed in integer format specifier", "!ValueError: Unknown format code 'q' for object of type 'bool'", "!ValueError: Invalid format specifier '5.5.5' for object of type 'bool'", "!ValueError: Cannot specify both ',' and '_'.", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'", "!ValueError: Sign not allowed with integer format specifier 'c'", "!ValueError: Format specifier missing precision", "1", " 100.00%", "1.00", "!ValueError: Precision not allowed in integer format specifier", "1", "1", "1.00000000000000000000", "1eeeeeeee"]]
];
const PCT_FORMATS: string[] = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%x", "%X", "%#x", "%#o", "%o", "%08.3f", "%f", "%.2f", "%-10.3f|", "%+e", "%E", "%.0e", "%#.0e", "%g", "%G", "%.3g", "%#g", "%10.4g", "%s", "%r", "%10s", "%-10s|", "%.2s", "%c", "%a", "%F", "%#.0f", "%i", "%u"];
const PCT_TABLE: [Enc, string[]][] = [
  [["i", 0], ["0", "    0", "0    |", "00000", "+0", " 0", "000", "0", "0", "0x0", "0o0", "0", "0000.000", "0.000000", "0.00", "0.000     |", "+0.000000e+00", "0.000000E+00", "0e+00", "0.e+00", "0", "0", "0", "0.00000", "         0", "0", "0", "         0", "0         |", "0", "\u0000", "0", "0.000000", "0.", "0", "0"]],
  [["i", -42], ["-42", "  -42", "-42  |", "-0042", "-42", "-42", "-042", "-2a", "-2A", "-0x2a", "-0o52", "-52", "-042.000", "-42.000000", "-42.00", "-42.000   |", "-4.200000e+01", "-4.200000E+01", "-4e+01", "-4.e+01", "-42", "-42", "-42", "-42.0000", "       -42", "-42", "-42", "       -42", "-42       |", "-4", "!OverflowError: %c arg not in range(0x110000)", "-42", "-42.000000", "-42.", "-42", "-42"]],
  [["i", 255], ["255", "  255", "255  |", "00255", "+255", " 255", "255", "ff", "FF", "0xff", "0o377", "377", "0255.000", "255.000000", "255.00", "255.000   |", "+2.550000e+02", "2.550000E+02", "3e+02", "3.e+02", "255", "255", "255", "255.000", "       255", "255", "255", "       255", "255       |", "25", "ÿ", "255", "255.000000", "255.", "255", "255"]],
  [["f", "1.5"], ["1", "    1", "1    |", "00001", "+1", " 1", "001", "!TypeError: %x format: an integer is required, not float", "!TypeError: %X format: an integer is required, not float", "!TypeError: %x format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "0001.500", "1.500000", "1.50", "1.500     |", "+1.500000e+00", "1.500000E+00", "2e+00", "2.e+00", "1.5", "1.5", "1.5", "1.50000", "       1.5", "1.5", "1.5", "       1.5", "1.5       |", "1.", "!TypeError: %c requires int or char", "1.5", "1.500000", "2.", "1", "1"]],
  [["f", "-0.0"], ["0", "    0", "0    |", "00000", "+0", " 0", "000", "!TypeError: %x format: an integer is required, not float", "!TypeError: %X format: an integer is required, not float", "!TypeError: %x format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "-000.000", "-0.000000", "-0.00", "-0.000    |", "-0.000000e+00", "-0.000000E+00", "-0e+00", "-0.e+00", "-0", "-0", "-0", "-0.00000", "        -0", "-0.0", "-0.0", "      -0.0", "-0.0      |", "-0", "!TypeError: %c requires int or char", "-0.0", "-0.000000", "-0.", "0", "0"]],
  [["f", "1e-07"], ["0", "    0", "0    |", "00000", "+0", " 0", "000", "!TypeError: %x format: an integer is required, not float", "!TypeError: %X format: an integer is required, not float", "!TypeError: %x format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "0000.000", "0.000000", "0.00", "0.000     |", "+1.000000e-07", "1.000000E-07", "1e-07", "1.e-07", "1e-07", "1E-07", "1e-07", "1.00000e-07", "     1e-07", "1e-07", "1e-07", "     1e-07", "1e-07     |", "1e", "!TypeError: %c requires int or char", "1e-07", "0.000000", "0.", "0", "0"]],
  [["f", "123456.789"], ["123456", "123456", "123456|", "123456", "+123456", " 123456", "123456", "!TypeError: %x format: an integer is required, not float", "!TypeError: %X format: an integer is required, not float", "!TypeError: %x format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "123456.789", "123456.789000", "123456.79", "123456.789|", "+1.234568e+05", "1.234568E+05", "1e+05", "1.e+05", "123457", "123457", "1.23e+05", "123457.", " 1.235e+05", "123456.789", "123456.789", "123456.789", "123456.789|", "12", "!TypeError: %c requires int or char", "123456.789", "123456.789000", "123457.", "123456", "123456"]],
  [["f", "2.5"], ["2", "    2", "2    |", "00002", "+2", " 2", "002", "!TypeError: %x format: an integer is required, not float", "!TypeError: %X format: an integer is required, not float", "!TypeError: %x format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "0002.500", "2.500000", "2.50", "2.500     |", "+2.500000e+00", "2.500000E+00", "2e+00", "2.e+00", "2.5", "2.5", "2.5", "2.50000", "       2.5", "2.5", "2.5", "       2.5", "2.5       |", "2.", "!TypeError: %c requires int or char", "2.5", "2.500000", "2.", "2", "2"]],
  [["f", "inf"], ["!OverflowError: cannot convert float infinity to integer", "!OverflowError: cannot convert float infinity to integer", "!OverflowError: cannot convert float infinity to integer", "!OverflowError: cannot convert float infinity to integer", "!OverflowError: cannot convert float infinity to integer", "!OverflowError: cannot convert float infinity to integer", "!OverflowError: cannot convert float infinity to integer", "!TypeError: %x format: an integer is required, not float", "!TypeError: %X format: an integer is required, not float", "!TypeError: %x format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "00000inf", "inf", "inf", "inf       |", "+inf", "INF", "inf", "inf", "inf", "INF", "inf", "inf", "       inf", "inf", "inf", "       inf", "inf       |", "in", "!TypeError: %c requires int or char", "inf", "INF", "inf", "!OverflowError: cannot convert float infinity to integer", "!OverflowError: cannot convert float infinity to integer"]],
  [["f", "nan"], ["!ValueError: cannot convert float NaN to integer", "!ValueError: cannot convert float NaN to integer", "!ValueError: cannot convert float NaN to integer", "!ValueError: cannot convert float NaN to integer", "!ValueError: cannot convert float NaN to integer", "!ValueError: cannot convert float NaN to integer", "!ValueError: cannot convert float NaN to integer", "!TypeError: %x format: an integer is required, not float", "!TypeError: %X format: an integer is required, not float", "!TypeError: %x format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "!TypeError: %o format: an integer is required, not float", "00000nan", "nan", "nan", "nan       |", "+nan", "NAN", "nan", "nan", "nan", "NAN", "nan", "nan", "       nan", "nan", "nan", "       nan", "nan       |", "na", "!TypeError: %c requires int or char", "nan", "NAN", "nan", "!ValueError: cannot convert float NaN to integer", "!ValueError: cannot convert float NaN to integer"]],
  [["s", "hello"], ["!TypeError: %d format: a real number is required, not str", "!TypeError: %d format: a real number is required, not str", "!TypeError: %d format: a real number is required, not str", "!TypeError: %d format: a real number is required, not str", "!TypeError: %d format: a real number is required, not str", "!TypeError: %d format: a real number is required, not str", "!TypeError: %d format: a real number is required, not str", "!TypeError: %x format: an integer is required, not str", "!TypeError: %X format: an integer is required, not str", "!TypeError: %x format: an integer is required, not str", "!TypeError: %o format: an integer is required, not str", "!TypeError: %o format: an integer is required, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "hello", "'hello'", "     hello", "hello     |", "he", "!TypeError: %c requires int or char", "'hello'", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: %i format: a real number is required, not str", "!TypeError: %u format: a real number is required, not str"]],
  [["s", "it's"], ["!TypeError: %d format: a real number is required, not str", "!TypeError: %d format: a real number is required, not str", "!TypeError: %d format: a real number is required, not str", "!TypeError: %d format: a real number is required, not str", "!TypeError: %d format: a real number is required, not str", "!TypeError: %d format: a real number is required, not str", "!TypeError: %d format: a real number is required, not str", "!TypeError: %x format: an integer is required, not str", "!TypeError: %X format: an integer is required, not str", "!TypeError: %x format: an integer is required, not str", "!TypeError: %o format: an integer is required, not str", "!TypeError: %o format: an integer is required, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "it's", "\"it's\"", "      it's", "it's      |", "it", "!TypeError: %c requires int or char", "\"it's\"", "!TypeError: must be real number, not str", "!TypeError: must be real number, not str", "!TypeError: %i format: a real number is required, not str", "!TypeError: %u format: a real number is required, not str"]],
  [["b", true], ["1", "    1", "1    |", "00001", "+1", " 1", "001", "1", "1", "0x1", "0o1", "1", "0001.000", "1.000000", "1.00", "1.000     |", "+1.000000e+00", "1.000000E+00", "1e+00", "1.e+00", "1", "1", "1", "1.00000", "         1", "True", "True", "      True", "True      |", "Tr", "\u0001", "True", "1.000000", "1.", "1", "1"]]
];
const PCT_EXTRA: [string, Enc, string][] = [
  ["%s %s", ["t", [["i", 1], ["s", "a"]]], "1 a"],
  ["%s", ["t", []], "!TypeError: not enough arguments for format string"],
  ["%s %s", ["t", [["i", 1]]], "!TypeError: not enough arguments for format string"],
  ["%s", ["t", [["i", 1], ["i", 2]]], "!TypeError: not all arguments converted during string formatting"],
  ["abc", ["t", [["i", 5]]], "!TypeError: not all arguments converted during string formatting"],
  ["%d%%", ["t", [["i", 5]]], "5%"],
  ["%*d", ["t", [["i", 5], ["i", 3]]], "    3"],
  ["%-*d|", ["t", [["i", 5], ["i", 3]]], "3    |"],
  ["%*d|", ["t", [["i", -5], ["i", 3]]], "3    |"],
  ["%.*f", ["t", [["i", 2], ["f", "3.14159"]]], "3.14"],
  ["%", ["t", [["i", 1]]], "!ValueError: incomplete format"],
  ["%5", ["t", [["i", 1]]], "!ValueError: incomplete format"],
  ["%y", ["t", [["i", 1]]], "!ValueError: unsupported format character 'y' (0x79) at index 1"],
  ["a %z", ["t", [["i", 1]]], "!ValueError: unsupported format character 'z' (0x7a) at index 3"],
  ["%(x)s", ["t", [["i", 1]]], "!TypeError: format requires a mapping"],
  ["%c", ["t", [["i", 1114112]]], "!OverflowError: %c arg not in range(0x110000)"],
  ["%c", ["t", [["s", "ab"]]], "!TypeError: %c requires int or char"],
  ["%c", ["t", [["f", "1.5"]]], "!TypeError: %c requires int or char"],
  ["%x", ["t", [["f", "1.5"]]], "!TypeError: %x format: an integer is required, not float"],
  ["%d", ["t", [["f", "1e+20"]]], "100000000000000000000"],
  ["%d", ["t", [["f", "-2.7"]]], "-2"],
  ["%d", ["t", [["f", "nan"]]], "!ValueError: cannot convert float NaN to integer"],
  ["%d", ["t", [["f", "inf"]]], "!OverflowError: cannot convert float infinity to integer"],
  ["%f", ["t", [["s", "a"]]], "!TypeError: must be real number, not str"],
  ["%d", ["t", [["l", [["i", 1]]]]], "!TypeError: %d format: a real number is required, not list"],
  ["%s", ["t", [["l", [["i", 1], ["s", "a"]]]]], "[1, 'a']"],
  ["%s and %r", ["t", [["T", [["i", 1], ["i", 2]]], ["s", "q"]]], "(1, 2) and 'q'"],
  ["%ld %hd %Lf", ["t", [["i", 1], ["i", 2], ["f", "3.5"]]], "1 2 3.500000"],
  ["%05s|", ["t", [["s", "ab"]]], "   ab|"],
  ["%-05d|", ["t", [["i", 3]]], "3    |"],
  ["%+05.1f", ["t", [["f", "-0.0"]]], "-00.0"],
  ["%x", ["t", [["i", -255]]], "-ff"],
  ["%#X", ["t", [["i", -255]]], "-0XFF"],
  ["%s", ["t", [["n", null]]], "None"],
  ["%d", ["t", [["b", true]]], "1"],
  ["%.3s", ["t", [["b", true]]], "Tru"]
];
const SPEC32: [string, string, string][] = [
  ["0.1", ".2f", "0.10"],
  ["0.1", "e", "1.000000e-01"],
  ["0.1", "g", "0.1"],
  ["0.1", ".10f", "0.1000000015"],
  ["0.1", "%", "10.000000%"],
  ["0.1", ".9g", "0.100000001"],
  ["0.3333333333333333", ".2f", "0.33"],
  ["0.3333333333333333", "e", "3.333333e-01"],
  ["0.3333333333333333", "g", "0.333333"],
  ["0.3333333333333333", ".10f", "0.3333333433"],
  ["0.3333333333333333", "%", "33.333334%"],
  ["0.3333333333333333", ".9g", "0.333333343"],
  ["2.3", ".2f", "2.30"],
  ["2.3", "e", "2.300000e+00"],
  ["2.3", "g", "2.3"],
  ["2.3", ".10f", "2.2999999523"],
  ["2.3", "%", "229.999995%"],
  ["2.3", ".9g", "2.29999995"],
  ["16777217.0", ".2f", "16777216.00"],
  ["16777217.0", "e", "1.677722e+07"],
  ["16777217.0", "g", "1.67772e+07"],
  ["16777217.0", ".10f", "16777216.0000000000"],
  ["16777217.0", "%", "1677721600.000000%"],
  ["16777217.0", ".9g", "16777216"],
  ["1e-08", ".2f", "0.00"],
  ["1e-08", "e", "1.000000e-08"],
  ["1e-08", "g", "1e-08"],
  ["1e-08", ".10f", "0.0000000100"],
  ["1e-08", "%", "0.000001%"],
  ["1e-08", ".9g", "9.99999994e-09"],
  ["3.4e+38", ".2f", "339999995214436424907732413799364296704.00"],
  ["3.4e+38", "e", "3.400000e+38"],
  ["3.4e+38", "g", "3.4e+38"],
  ["3.4e+38", ".10f", "339999995214436424907732413799364296704.0000000000"],
  ["3.4e+38", "%", "33999999521443642490773241379936429670400.000000%"],
  ["3.4e+38", ".9g", "3.39999995e+38"],
  ["123.456", ".2f", "123.46"],
  ["123.456", "e", "1.234560e+02"],
  ["123.456", "g", "123.456"],
  ["123.456", ".10f", "123.4560012817"],
  ["123.456", "%", "12345.600128%"],
  ["123.456", ".9g", "123.456001"],
  ["-7.1", ".2f", "-7.10"],
  ["-7.1", "e", "-7.100000e+00"],
  ["-7.1", "g", "-7.1"],
  ["-7.1", ".10f", "-7.0999999046"],
  ["-7.1", "%", "-709.999990%"],
  ["-7.1", ".9g", "-7.0999999"]
];
