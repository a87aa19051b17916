// Strings are sequences of code points: astral characters (two UTF-16 units in JS)
// count as one in every operation. Unit tests of src/vm/codepoints.ts, then programs
// run on ePython and CPython with the same expected output (skipped without python3).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  cpArray, cpAt, cpCompare, cpIncludes, cpIndexOf, cpLastIndexOf, cpLength, cpSlice, cpSliceStep, cpTable,
  cpToUnit, hasSurrogates, unitToCp,
} from "../../src/vm/codepoints.js";
import { output, runSource } from "../helpers/runSource.js";

const hasPython = spawnSync("python3", ["--version"]).status === 0;

describe("codepoints helpers", () => {
  const s = "a😀b𝄞c";

  it("has no table for strings without surrogates (the fast path)", () => {
    expect(cpTable("hello")).toBeNull();
    expect(cpTable("é".repeat(100))).toBeNull();
    expect(hasSurrogates("abc")).toBe(false);
    expect(hasSurrogates(s)).toBe(true);
  });

  it("counts, indexes and slices code points", () => {
    expect(cpLength(s)).toBe(5);
    expect([0, 1, 2, 3, 4].map((i) => cpAt(s, i))).toEqual(["a", "😀", "b", "𝄞", "c"]);
    expect(cpSlice(s, 1, 4)).toBe("😀b𝄞");
    expect(cpSliceStep(s, 4, -2, 3)).toBe("cba");
    expect(cpSliceStep(s, 1, 2, 2)).toBe("😀𝄞");
    expect(cpArray(s)).toEqual(["a", "😀", "b", "𝄞", "c"]);
    expect(cpArray("xyz")).toEqual(["x", "y", "z"]);
    expect([0, 1, 2, 3, 4, 5].map((i) => cpToUnit(s, i))).toEqual([0, 1, 3, 4, 6, 7]);
    expect([0, 1, 3, 4, 6, 7].map((u) => unitToCp(s, u))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("counts a lone surrogate as one code point", () => {
    const lone = "x\ud800y\udc00";
    expect(cpLength(lone)).toBe(4);
    expect(cpAt(lone, 1)).toBe("\ud800");
    expect(cpLength("\udc00\ud800")).toBe(2); // low before high: not a pair
    expect(cpLength("\ud83d\ude00")).toBe(1);
  });

  it("never matches half of a surrogate pair", () => {
    expect(cpIncludes("😀", "\ud83d")).toBe(false);
    expect(cpIncludes("😀", "\ude00")).toBe(false);
    expect(cpIncludes("\ud83dx", "\ud83d")).toBe(true);
    expect(cpIndexOf("😀\ude00", "\ude00", 0)).toBe(2);
    expect(cpLastIndexOf("\ud83d😀", "\ud83d", 3)).toBe(0);
    expect(cpIndexOf("abcabc", "c", 3)).toBe(5);
  });

  it("orders strings by code points", () => {
    const sign = (x: number) => Math.sign(x);
    expect(sign(cpCompare("\uffff", "😀"))).toBe(-1);
    expect(sign(cpCompare("😀", "\ue000"))).toBe(1);
    expect(sign(cpCompare("a", "ab"))).toBe(-1);
    expect(cpCompare("😀", "😀")).toBe(0);
    expect(sign(cpCompare("b", "a😀"))).toBe(1);
  });

  it("keeps long strings correct through the cache, alternating between several", () => {
    const long = (k: number) => "ab😀".repeat(20 + k) + "é".repeat(k);
    const plain = "x".repeat(1000);
    for (let round = 0; round < 3; round++) {
      for (let k = 0; k < 6; k++) {
        const t = long(k);
        expect(cpLength(t)).toBe(3 * (20 + k) + k);
        expect(cpAt(t, 3 * (19 + k) + 2)).toBe("😀");
        expect(cpSlice(t, 1, 4)).toBe("b😀a");
        expect(cpLength(plain)).toBe(1000);
        expect(cpAt(plain, 999)).toBe("x");
      }
    }
    // Equal content, different string objects: same answer.
    const a = ["ab", "😀".repeat(40)].join("");
    const b = "ab" + "😀".repeat(40);
    expect(cpLength(a)).toBe(42);
    expect(cpLength(b)).toBe(42);
  });
});

const programs: Record<string, string> = {
  lengthIndexSlice: `
s = "a😀b𝄞c"
print(len(s), len("😀"), len(""), s[0], s[1], s[3], s[-1], s[-2], s[-5])
print(s[1:3], s[:-1], s[3:], s[::-1], s[::2], s[1::2], s[-1:0:-2], s[10:], s[-10:2], s[4:1:-1])
print(s[1] == "😀", s[1:2] == "😀", "😀" in s, "𝄞c" in s, "😀b" in s, "x" in s)
print(s[-6:], repr(s[5:]))
`,
  iterationOrdChr: `
s = "x😀y𝄞"
for c in s:
    print(c, ord(c), end=" | ")
print()
print(list(s), [c for c in s], tuple(s), list(reversed(s)), sorted("😀a𝄞"))
print(chr(0x1F600), chr(128512) == "😀", ord("😀"), ord("𝄞"), chr(0x10FFFF) == "\\U0010ffff", len(chr(0x10FFFF)))
print(max("a😀b"), min("😀𝄞"), "".join(reversed("😀ab")), list(enumerate("😀z")), list(zip("😀𝄞", "ab")))
a, b = "😀𝄞"
print(a, b)
`,
  searching: `
s = "😀a😀b😀ab"
print(s.find("a"), s.find("b"), s.rfind("a"), s.rfind("😀"), s.index("b"), s.rindex("😀"), s.find("z"))
print(s.find("a", 2), s.find("😀", 1), s.find("😀", -3), s.rfind("a", 0, 5), s.find("b", 4, 6), s.find("", 3), s.find("", 20))
print(s.count("😀"), s.count("a"), s.count(""), s.count("", 2), s.count("", 2, 5), s.count("😀", 1, -1), s.count("ab"))
print(s.startswith("😀"), s.startswith("a", 1), s.startswith("😀", 2), s.endswith("😀", 0, 5), s.endswith("b", 0, 4), s.endswith(("x", "ab")))
print(s.split("😀"), s.rsplit("😀", 1), s.partition("b"), s.rpartition("😀"), s.replace("😀", "-"), s.replace("", ".", 3))
print("  😀  ".strip(), "😀x😀".strip("😀"), "😀😀x".lstrip("😀"), "a😀b".split("😀"))
`,
  widthsAndFormat: `
s = "😀é𝄞"
print(s.center(7, "*") + "|", s.center(8) + "|", s.ljust(5, "😀") + "|", s.rjust(6, "-") + "|", "😀".zfill(4), "-😀".zfill(4))
print("%5s|%-5s|%.2s|%3.1s|" % (s, s, s, s), "%c%c" % ("😀", 0x1F600))
print(f"{s:>6}|{s:<6}|{s:^7}|{s:.2}|{s:*^9.1}|{'😀':😀>3}|")
print("{:>5}|{:_<6}|".format(s, "😀"), format(s, "^9"), format("😀", "😀^5"))
print("a\\t😀\\tb".expandtabs(4), len("😀\\t".expandtabs(4)))
print(repr("😀"), ascii("😀") if False else "", str("😀"), "😀" * 3, len("😀" * 3), "😀" + "x")
`,
  ordering: `
w = ["\uffff", "😀", "\ue000", "a", "𝄞", "z😀", "z\uffff", "", "😀a", "😀"]
print([[hex(ord(c)) for c in x] for x in sorted(w)])
print("\uffff" < "😀", "😀" > "\ue000", "😀" <= "😀", "a😀" < "a\uffff", max(w) == "z😀", min("😀\uffff"))
`,
  longStrings: `
a = "ab😀" * 30
b = "xy😀" * 30
n = 0
for i in range(len(a)):
    if a[i] == b[i]:
        n += 1
print(len(a), len(b), n, a[-1], a[88], a[40:46], a.find("😀", 50), a.rfind("b", 0, 80), a.count("😀"))
plain = "abc" * 100
print(len(plain), plain[299], plain[::100], plain.find("c", 250))
`,
};

describe.skipIf(!hasPython)("code points: CPython parity", () => {
  for (const [name, src] of Object.entries(programs)) {
    it(name, () => {
      const py = spawnSync("python3", ["-c", src], { encoding: "utf8", env: { ...process.env, PYTHONIOENCODING: "utf-8" } });
      expect(py.status, py.stderr).toBe(0);
      expect(output(src, { float64: true, profile: "host" })).toBe(py.stdout);
    });
  }
});

describe("code points without CPython", () => {
  it("gives the known answers", () => {
    expect(output(`s = "a😀b"\nprint(len(s), s[1], s[-1], s[::-1], ord(s[1]), s.find("b"), "😀".center(3, "*"))`))
      .toBe("3 😀 b b😀a 128512 2 *😀*\n");
  });

  it("raises Python's errors past the last code point", () => {
    const error = (src: string) => {
      const e = runSource(src).error;
      return e && `${e.kind}: ${e.pyMessage}`;
    };
    expect(error(`"a😀"[2]`)).toBe("IndexError: string index out of range");
    expect(error(`"a😀"[-3]`)).toBe("IndexError: string index out of range");
    expect(error(`print("a😀"[-2])`)).toBeNull();
    expect(error(`ord("😀😀")`)).toBe("TypeError: ord() expected a character, but string of length 2 found");
    expect(error(`"😀a".index("a", 2)`)).toBe("ValueError: substring not found");
    expect(error(`"x".center(3, "😀😀")`)).toBe("TypeError: The fill character must be exactly one character long");
  });
});
