// strip/split/replace take code-unit fast paths for whitespace and absent patterns
// (methods/str.ts): every Python whitespace character, astral characters and
// empty strings; str.format templates and format specs (parsed once, cached), against
// CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("str fast paths against CPython", {
  whitespace: `
for s in ["  a b  ", "\\t\\n x\\x1c\\x1f \\x85\\xa0\\u3000", "", "   ", "abc", "\\u2028q\\u2029", " \\U0001F600 ", "x\\x0by", "\\u200b a\\u180e", "\\u2000\\u200a|\\u202f\\u205f"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.split(), s.rsplit(None, 1), s.split(None, 1), repr(s.replace(" ", "_")), repr(s.strip(" x")), s.isspace())
`,
  replace: `
s = "GAMMA gamma"
print(s.replace("A", "b"), s.replace("Z", "q"), s.replace("", "-"), s.replace("A", "$&"), s.replace("m", "M", 1), s.replace("gamma", "") is not None)
print("abc".replace("abc", "abc"), "aaa".replace("a", "aa"), "x".replace("x", "\\U0001F600"))
`,
  "format specs and templates (specs cached, templates scanned in place)": `
print("{:>6}|{:<4}|{:08.3f}".format(5, "ab", 1 / 7), "{0}{1}{0}".format("a", "b"), "{x.real:{w}.{p}f}".format(x=3.14159, w=10, p=2))
print("{a[0]}-{a[1]:^5}-{{lit}}-{b!r:>8}".format(a=[1, 2], b="q"), "{:,}".format(1234567), "{:_x}".format(255**3), "{:%}".format(0.25))
for spec in ["", ">10", "<5", "^9", "+", " ", "08.2f", ",.1f", "#x", "e", "g", "=+10"]:
    try:
        print(repr(format(1234.5678, spec)), repr(format(42, spec)), repr(f"{-7:{spec}}"))
    except ValueError as e:
        print("VE", e)
for bad in ["{", "}", "{:{}}", "{0!x}", "{:zz}", "{0:,_}"]:
    try:
        print(bad.format(1, 2))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(f"{'x':*^7}", f"{3.5:.0f}", f"{2**40:,}", "{}".format(2**70))
`,
}, []);
