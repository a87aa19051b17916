// Tests of src/vm/convert.ts; expected values and messages from CPython 3.11.

import { describe, expect, test } from "vitest";
import { floatFromString, intFromString } from "../../src/vm/convert.js";
import { PyError } from "../../src/vm/errors.js";
import { formatFloat } from "../../src/vm/format.js";

function outcome(fn: () => number, show: (x: number) => string | number = (x) => x): string | number {
  try {
    return show(fn());
  } catch (e) {
    if (e instanceof PyError) return `!${e.kind}: ${e.pyMessage}`;
    throw e;
  }
}

describe("intFromString", () => {
  test.each([
    ["  42 ", 10, 42], ["-17", 10, -17], ["+5", 10, 5], ["1_000", 10, 1000], ["0", 10, 0], ["007", 10, 7],
    ["ff", 16, 255], ["FF", 16, 255], ["0xff", 16, 255], ["0x1f", 0, 31], ["0o17", 0, 15], ["0b101", 0, 5],
    ["0b101", 2, 5], ["0b1", 16, 177], ["z", 36, 35], ["10", 2, 2], ["0x_1f", 0, 31], ["00", 0, 0],
    ["0_0", 0, 0], ["\t\n99\u00a0", 10, 99], ["2147483647", 10, 2147483647], ["-2147483648", 10, -2147483648],
    ["7fffffff", 16, 2147483647], ["-0x80000000", 0, -2147483648], ["0B11", 0, 3], ["0XFF", 0, 255],
    ["\uff11\uff12", 10, 12], ["\u0663\u0664", 10, 34],
  ] as [string, number, number][])("int(%j, %d) = %d", (s, base, v) => {
    expect(intFromString(s, base)).toBe(v);
  });

  test.each([
    ["010", 0], ["1__0", 10], ["_1", 10], ["1_", 10], ["abc", 10], ["", 10], ["  ", 10], ["12a", 10],
    ["0x", 16], ["0x", 0], ["2", 2], ["1.5", 10], ["- 5", 10], ["+-5", 10], ["0o", 8], ["999", 8],
  ] as [string, number][])("int(%j, %d) is a ValueError", (s, base) => {
    const r = `'${s}'`;
    expect(outcome(() => intFromString(s, base))).toBe(`!ValueError: invalid literal for int() with base ${base}: ${r}`);
  });

  test("the message quotes the text as repr() does", () => {
    expect(outcome(() => intFromString("it's\n", 10)))
      .toBe(`!ValueError: invalid literal for int() with base 10: "it's\\n"`);
  });

  test("bases outside 2..36 are refused", () => {
    expect(outcome(() => intFromString("1", 1))).toBe("!ValueError: int() base must be >= 2 and <= 36, or 0");
    expect(outcome(() => intFromString("1", 37))).toBe("!ValueError: int() base must be >= 2 and <= 36, or 0");
  });

  test("values beyond the 32-bit device word raise OverflowError naming the value", () => {
    expect(outcome(() => intFromString("2147483648", 10))).toBe("!OverflowError: integer 2147483648 does not fit in a 32-bit int");
    expect(outcome(() => intFromString("-2147483649", 10))).toBe("!OverflowError: integer -2147483649 does not fit in a 32-bit int");
    expect(outcome(() => intFromString("123456789012345678901234567890", 10)))
      .toBe("!OverflowError: integer 123456789012345678901234567890 does not fit in a 32-bit int");
    expect(outcome(() => intFromString("0x100000000", 0))).toBe("!OverflowError: integer 4294967296 does not fit in a 32-bit int");
  });
});

describe("floatFromString", () => {
  test.each([
    [" 1e3 ", "1000.0"], ["inf", "inf"], ["-inf", "-inf"], ["+Infinity", "inf"], ["nan", "nan"], ["-nan", "nan"],
    ["NaN", "nan"], ["iNfInItY", "inf"], ["1.5", "1.5"], [".5", "0.5"], ["5.", "5.0"], ["-.5e-3", "-0.0005"],
    ["1_000.5", "1000.5"], ["1e500", "inf"], ["-1e500", "-inf"], ["1e-400", "0.0"], ["  -0.0", "-0.0"],
    ["+3.25E+2", "325.0"], ["1e1_0", "10000000000.0"], ["\uff11.\uff15", "1.5"], ["0.1", "0.1"],
  ])("float(%j) = %s", (s, r) => {
    expect(formatFloat(floatFromString(s), false)).toBe(r);
  });

  test.each([
    "1__0", "_1", "1_", "1e", "e5", "abc", "", "  ", "1.5.5", "0x10", "in f", "infinit", "nan1", "1_e5", "1.5f",
  ])("float(%j) is a ValueError", (s) => {
    expect(outcome(() => floatFromString(s))).toBe(`!ValueError: could not convert string to float: '${s}'`);
  });

  test("the result is float64; rounding to float32 is the caller's job", () => {
    expect(floatFromString("0.1")).toBe(0.1);
    expect(Math.fround(floatFromString("16777217"))).toBe(16777216);
  });
});
