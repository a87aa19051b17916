// strip/split/replace take code-unit fast paths for whitespace and absent patterns
// (methods/str.ts): every Python whitespace character, astral characters and
// empty strings, against CPython 3.11.
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
}, []);
