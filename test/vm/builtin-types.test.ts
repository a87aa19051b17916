// Built-in types seen from Python: their methods taken from the type (vm/unboundMethods.ts) and
// slice objects (vm/slices.ts), as CPython 3.11.
import { describe, expect, it } from "vitest";
import { output } from "../helpers/runSource.js";

describe("methods of built-in types taken from the type", () => {
  it("work as key functions, in map, and called with the instance first", () => {
    const src = [
      "print(sorted(['b', 'A', 'c'], key=str.lower))",
      "print(list(map(str.strip, [' a ', 'b '])), list(map(int.bit_length, [1, 255])))",
      "xs = []",
      "list.append(xs, 3)",
      "print(xs, dict.get({'a': 1}, 'a'), str.join(',', 'ab'), bytes.hex(b'ab'))",
      "try:",
      "    str.lower(3)",
      "except TypeError as e:",
      "    print(e)",
      "print(hasattr(str, 'nope'), hasattr(str, 'center'))",
    ].join("\n");
    expect(output(src)).toBe(
      "['A', 'b', 'c']\n['a', 'b'] [1, 8]\n[3] 1 a,b 6162\n" +
      "descriptor 'lower' for 'str' objects doesn't apply to a 'int' object\nFalse True\n");
  });
});

describe("slice objects", () => {
  it("reach a class's __getitem__/__setitem__/__delitem__, and slice built-in sequences, as CPython 3.11", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const dir = join(__dirname, "fixtures", "slices");
    expect(output(readFileSync(join(dir, "slices.py"), "utf8"))).toBe(readFileSync(join(dir, "slices.out"), "utf8"));
  });
});

describe("globals(), __debug__ and the iterator protocol's methods", () => {
  it("as CPython 3.11", () => {
    const src = [
      "x = 5",
      "print(globals()['x'], 'x' in globals(), __debug__)",
      "it = iter([1, 2])",
      "print(it.__next__(), next(it.__iter__()))",
      "try:",
      "    it.__next__()",
      "except StopIteration:",
      "    print('stop')",
    ].join("\n");
    expect(output(src)).toBe("5 True True\n1 2\nstop\n");
  });
});
