// `_string`: CPython's `string` constants (the ASCII character classes) and capwords,
// which the library module `string` (stringSource.ts) re-exports with Template.
// Strings are made once per module load and charged to the core when imported, like
// any str.

import { PyModule, type CoreApi } from "../values.js";
import { PyError, typeError, valueError } from "../errors.js";
import { truthy } from "../ops.js";
import { bind, def } from "./util.js";
import { asStr, expectPyFunctionKwargs, typeName } from "../args.js";

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = LOWER.toUpperCase();
const DIGITS = "0123456789";
const PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE = " \t\n\r\x0b\x0c";

const CONSTANTS: [string, string][] = [
  ["ascii_lowercase", LOWER],
  ["ascii_uppercase", UPPER],
  ["ascii_letters", LOWER + UPPER],
  ["digits", DIGITS],
  ["hexdigits", DIGITS + "abcdefABCDEF"],
  ["octdigits", "01234567"],
  ["punctuation", PUNCTUATION],
  ["whitespace", WHITESPACE],
  ["printable", DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE],
];

export function createString(core: CoreApi): PyModule {
  const mod = new PyModule("_string");
  for (const [name, text] of CONSTANTS) mod.set(name, core.newStr(text));
  // capwords(s, sep=None): split, capitalize each word, join (runs of whitespace
  // collapse to one space when sep is None, as str.split()).
  def(mod, "capwords", (c, args, kwargs) => {
    expectPyFunctionKwargs("capwords", kwargs, ["s", "sep"]); // a Python function in CPython
    const [sArg, sepArg] = bind("capwords", args, kwargs, ["s", "sep"], 1);
    // CPython's capwords is `(sep or ' ').join(map(str.capitalize, s.split(sep)))`:
    // its errors come in that order. A str subclass's instance is its text.
    const s = asStr(sArg!);
    const sep = sepArg === undefined || sepArg === null ? null : asStr(sepArg);
    if (sep === undefined && truthy(sepArg!)) throw new PyError("AttributeError", `'${typeName(sepArg)}' object has no attribute 'join'`);
    if (s === undefined) throw new PyError("AttributeError", `'${typeName(sArg)}' object has no attribute 'split'`);
    if (sep === undefined) throw typeError(`must be str or None, not ${typeName(sepArg)}`);
    if (sep === "") throw valueError("empty separator");
    const cap = (w: string) => {
      const [first = "", ...rest] = Array.from(w);
      return first.toUpperCase() + rest.join("").toLowerCase();
    };
    if (sep === null) return c.newStr(s.split(/[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/).filter((w) => w !== "").map(cap).join(" "));
    return c.newStr(s.split(sep).map(cap).join(sep));
  });
  return mod;
}
