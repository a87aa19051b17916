// The `unicodedata` module: the parts of CPython's that the JavaScript engine's own
// Unicode data answers exactly (ECMAScript's String.prototype.normalize and the
// \p{...} property escapes of its regular expressions, both from the engine's ICU):
// `normalize`, `is_normalized`, `category` (the 30 general categories, 'Cn' for
// unassigned code points), `mirrored` (Bidi_Mirrored), `decimal`, and
// `unidata_version`, the Unicode version of the engine's tables (found by probing
// characters each version added: Node 20's ICU gives 15.1.0 or later, CPython 3.11 has
// 14.0.0, so characters assigned after 14.0 have categories here and 'Cn' in CPython).
//
// Not provided: `name`/`lookup` (the character name table is not in the engine),
// `digit`/`numeric` (Numeric_Type and Numeric_Value are not regular-expression
// properties), `bidirectional`, `combining`, `east_asian_width`, `decomposition`,
// `UCD` and `ucd_3_2_0`: they would need Unicode's data files on the core.

import { asStr, expectArgs, typeName } from "../args.js";
import { typeError, valueError } from "../errors.js";
import { cpLength } from "../codepoints.js";
import { PyModule, type CoreApi, type Kwargs, type Value } from "../values.js";
import { def } from "./util.js";

const CATEGORIES = ["Ll", "Lu", "Lo", "Nd", "Po", "Mn", "So", "Sm", "Cn", "Lm", "Mc", "No", "Nl", "Ps", "Pe", "Pd",
  "Sk", "Sc", "Lt", "Pi", "Pf", "Pc", "Me", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"] as const;

/** One alternative per category; the capture that matched names it. */
const CATEGORY_RE = new RegExp(CATEGORIES.map((c) => `(\\p{${c}})`).join("|"), "u");

/** A character each Unicode version added (emoji and ideographic description characters), newest first. */
const VERSION_PROBES: [string, number][] = [
  ["17.0.0", 0x1faea], ["16.0.0", 0x1fae9], ["15.1.0", 0x2ffc], ["15.0.0", 0x1fae8], ["14.0.0", 0x1fae0],
  ["13.0.0", 0x1fad0], ["12.1.0", 0x32ff], ["12.0.0", 0x1fa70], ["11.0.0", 0x1f97a], ["10.0.0", 0x1f9d0],
];

function generalCategory(ch: string): string {
  const m = CATEGORY_RE.exec(ch);
  if (m === null) return "Cn";
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return CATEGORIES[i - 1];
  return "Cn";
}

/** The Unicode version of the engine's tables: the newest whose probe character is assigned. */
function unicodeVersion(): string {
  for (const [version, cp] of VERSION_PROBES) {
    if (generalCategory(String.fromCodePoint(cp)) !== "Cn") return version;
  }
  // \p{...} escapes came with ES2018, whose engines have Unicode 9 or later.
  return "9.0.0";
}

/** The one-character str argument of category(), mirrored(), decimal()... (CPython's messages). */
function charArg(fname: string, v: Value, numbered: boolean): string {
  const s = asStr(v);
  if (s === undefined || cpLength(s) !== 1) {
    throw typeError(`${fname}() argument${numbered ? " 1" : ""} must be a unicode character, not ${typeName(v)}`);
  }
  return s;
}

function strArg(fname: string, v: Value, n: number): string {
  const s = asStr(v);
  if (s === undefined) throw typeError(`${fname}() argument ${n} must be str, not ${typeName(v)}`);
  return s;
}

const FORMS = new Set(["NFC", "NFD", "NFKC", "NFKD"]);

/** CPython's message for keywords given to a function of positional-only parameters. */
function noKwargs(fname: string, kwargs: Kwargs): void {
  if (kwargs && kwargs.size) throw typeError(`${fname}() takes no keyword arguments`);
}

/** normalize()/is_normalized()'s (form, unistr) arguments. */
function formArgs(fname: string, args: Value[], kwargs: Kwargs): [string, string] {
  noKwargs(`unicodedata.${fname}`, kwargs);
  if (args.length !== 2) throw typeError(`${fname} expected 2 arguments, got ${args.length}`);
  const form = strArg(fname, args[0], 1);
  const text = strArg(fname, args[1], 2);
  if (!FORMS.has(form)) throw valueError("invalid normalization form");
  return [form, text];
}

/** The value of a decimal digit: Unicode assigns them in runs of ten, 0 to 9 (a stability policy). */
function decimalValue(ch: string): number | undefined {
  const nd = /^\p{Nd}$/u;
  if (!nd.test(ch)) return undefined;
  const cp = ch.codePointAt(0)!;
  let start = cp;
  while (start > 0 && nd.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

export function createUnicodedata(core: CoreApi): PyModule {
  const mod = new PyModule("unicodedata");
  mod.set("unidata_version", core.newStr(unicodeVersion()));
  def(mod, "normalize", (c, args, kwargs) => {
    const [form, text] = formArgs("normalize", args, kwargs);
    return c.newStr(text.normalize(form));
  });
  def(mod, "is_normalized", (_c, args, kwargs) => {
    const [form, text] = formArgs("is_normalized", args, kwargs);
    return text.normalize(form) === text;
  });
  def(mod, "category", (c, args, kwargs) => {
    noKwargs("unicodedata.category", kwargs);
    expectArgs("unicodedata.category", args, 1);
    return c.newStr(generalCategory(charArg("category", args[0], false)));
  });
  def(mod, "mirrored", (_c, args, kwargs) => {
    noKwargs("unicodedata.mirrored", kwargs);
    expectArgs("unicodedata.mirrored", args, 1);
    return /^\p{Bidi_Mirrored}$/u.test(charArg("mirrored", args[0], false)) ? 1 : 0;
  });
  def(mod, "decimal", (_c, args, kwargs) => {
    noKwargs("unicodedata.decimal", kwargs);
    if (args.length < 1) throw typeError("decimal expected at least 1 argument, got 0");
    if (args.length > 2) throw typeError(`decimal expected at most 2 arguments, got ${args.length}`);
    const value = decimalValue(charArg("decimal", args[0], true));
    if (value !== undefined) return value;
    if (args.length > 1) return args[1];
    throw valueError("not a decimal");
  });
  return mod;
}
