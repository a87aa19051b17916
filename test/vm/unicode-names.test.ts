// `"\N{NAME}"` string escapes (lang/unicodeNames.ts, its table generated from CPython
// 3.11's unicodedata by scripts/gen-unicode-names.py): the values and the
// SyntaxErrors are CPython's.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";
import { cpython311, runCPython } from "../helpers/cpython.js";

describeCPythonParity("\\N{...} escapes", {
  names: String.raw`
s = "\N{GREEK SMALL LETTER ALPHA}\N{greek capital letter omega}\N{EM DASH}\N{BULLET}\N{RIGHTWARDS ARROW}"
s += "\N{BOX DRAWINGS LIGHT HORIZONTAL}\N{GRINNING FACE}\N{SNOWMAN}\N{CHECK MARK}\N{NO-BREAK SPACE}"
s += "\N{EURO SIGN}\N{DEGREE SIGN}\N{INFINITY}\N{N-ARY SUMMATION}\N{SPACE}\N{DIGIT ZERO}\N{TILDE}"
s += "\N{LATIN SMALL LETTER SHARP S}\N{LATIN CAPITAL LETTER E WITH ACUTE}\N{CYRILLIC SMALL LETTER YA}"
print([hex(ord(c)) for c in s])
print([hex(ord(c)) for c in "x\N{LINE FEED}\N{ESCAPE}\N{TAB}\N{NULL}\N{BYTE ORDER MARK}y"])
print([hex(ord(c)) for c in "\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-2A6DF}\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GGWAELH}\N{HANGUL SYLLABLE A}"])
print(f"\N{GREEK SMALL LETTER PI}={3.14:.1f}{{}}", len(f"{1}\N{BULLET}"))
print(b"\N{X}", r"\N{X}", len("\N{GRINNING FACE}"))
`,
}, []);

describe("\\N{...} errors", () => {
  it.each([
    [String.raw`x = "\N{FOO}"`, "position 0-6: unknown Unicode character name"],
    [String.raw`x = "ab\N{FOO}"`, "position 2-8: unknown Unicode character name"],
    [String.raw`x = "é\N{FOO}"`, "position 10-16: unknown Unicode character name"],
    [String.raw`x = "\N{LATIN SMALL LETTER A }"`, "position 0-24: unknown Unicode character name"],
    [String.raw`x = "\N{CJK UNIFIED IDEOGRAPH-2B739}"`, "position 0-30: unknown Unicode character name"],
    [String.raw`x = "\N"`, "position 0-1: malformed \\N character escape"],
    [String.raw`x = "\Nx"`, "position 0-1: malformed \\N character escape"],
    [String.raw`x = "\N{abc"`, "position 0-5: malformed \\N character escape"],
    [String.raw`x = "\N{}"`, "position 0-2: malformed \\N character escape"],
  ])("%s is CPython's SyntaxError", (src, tail) => {
    const message = `(unicode error) 'unicodeescape' codec can't decode bytes in ${tail}`;
    expect(() => runSource(src + "\n")).toThrow(message);
    if (cpython311) expect(runCPython(src + "\n").err).toContain(`SyntaxError: ${message}`);
  });
});
