// str.maketrans / str.translate and bytes.maketrans / bytes.translate, as CPython 3.11:
// the idioms `s.translate(str.maketrans("", "", string.punctuation))` and Caesar
// ciphers. maketrans, a static method of the types, is in methods/typeLevel.ts.
//
// Memory: the results are new strings/bytes charged by newStr/newBytes.

import { PyBytesLike, bytesArg, sameKind } from "../bytes.js";
import { PyError, typeError, valueError } from "../errors.js";
import { asStr } from "../args.js";
import { getItem } from "../ops.js";
import { type CoreApi, type Value } from "../values.js";
import { strMethods } from "./str.js";
import { bytesMethods } from "./bytes.js";

const ord = (c: string) => c.codePointAt(0)!;

/** str.translate(table): each character's ordinal looked up in table (LookupError keeps it). */
strMethods.set("translate", (core, self, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError("str.translate() takes no keyword arguments");
  if (args.length !== 1) throw typeError(`str.translate() takes exactly one argument (${args.length} given)`);
  const table = args[0];
  let out = "";
  for (const c of self) {
    let r: Value;
    try {
      r = getItem(core, table, ord(c));
    } catch (e) {
      if (e instanceof PyError && (e.kind === "KeyError" || e.kind === "IndexError" || e.kind === "LookupError")) {
        out += c;
        continue;
      }
      throw e;
    }
    if (r === null) continue;
    const s = typeof r === "string" ? r : asStr(r); // a str subclass's instance is its text
    if (s !== undefined) out += s;
    else if ((typeof r === "number" && Number.isInteger(r)) || typeof r === "boolean") {
      r = Number(r);
      if (r < 0 || r > 0x10ffff) throw valueError("character mapping must be in range(0x110000)");
      out += String.fromCodePoint(r);
    } else throw typeError("character mapping must return integer, None or str");
  }
  return core.newStr(out);
});


/** bytes.translate(table, /, delete=b''): table a 256-byte bytes-like or None. */
function bytesTranslate(core: CoreApi, self: PyBytesLike, args: Value[], kwargs: Map<string, Value> | null): Value {
  const del = args[1] ?? kwargs?.get("delete");
  if (args.length < 1 || args.length > 2) throw typeError(`translate expected at least 1 argument, got ${args.length}`);
  const table = args[0] === null ? null : bytesArg(args[0]);
  if (table !== null && table.length !== 256) throw valueError("translation table must be 256 characters long");
  const drop = del === undefined ? null : new Set(bytesArg(del));
  const out: number[] = [];
  for (const b of self.data) {
    if (drop !== null && drop.has(b)) continue;
    out.push(table === null ? b : table[b]!);
  }
  return sameKind(core, self, Uint8Array.from(out));
}
bytesMethods.set("translate", bytesTranslate);
