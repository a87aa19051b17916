// `string`: CPython's constants (the ASCII character classes). Strings are made
// once per module load and charged to the core when imported, like any str.

import { PyModule, type CoreApi } from "../values.js";

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
  const mod = new PyModule("string");
  for (const [name, text] of CONSTANTS) mod.set(name, core.newStr(text));
  return mod;
}
