// UnicodeEncodeError / UnicodeDecodeError as CPython has them: made from (encoding,
// object, start, end, reason), with those five as attributes, and their text built
// from them ("'ascii' codec can't encode character '\xe9' in position 3: ordinal not
// in range(128)"). The codecs (bytes.ts) raise them with these five arguments, so a
// handler can read e.start, e.end, e.reason as in CPython.
//
// The attributes live in the instance's own dict (5 entries of ATTRIBUTE_BYTES, charged
// when they are set).

import { ATTRIBUTE_BYTES, PyClass, PyInstance } from "./classes.js";
import type { Core } from "./core.js";
import { PyBytesLike } from "./bytes.js";
import { typeError } from "./errors.js";
import { str as strValue } from "./format.js";
import { BuiltinFunction, type Value } from "./values.js";

const FIELDS = ["encoding", "object", "start", "end", "reason"] as const;
const KINDS = ["UnicodeEncodeError", "UnicodeDecodeError"] as const;

function kindOf(cls: PyClass): "UnicodeEncodeError" | "UnicodeDecodeError" | null {
  for (const c of cls.mro) {
    if (c.module === "builtins" && c.exception && (c.name === KINDS[0] || c.name === KINDS[1])) return c.name;
  }
  return null;
}

/** Sets the five attributes from `args` (an encode/decode error's); false when they are not its five. */
export function setUnicodeErrorAttrs(core: Core, inst: PyInstance): boolean {
  const args = inst.args?.items;
  // The count first: every VM error's exception comes here (exceptionValue), few with five args.
  if (args === undefined || args.length !== 5 || kindOf(inst.cls) === null) return false;
  core.charge(FIELDS.length * ATTRIBUTE_BYTES);
  FIELDS.forEach((name, i) => inst.dict.set(name, args[i]));
  return true;
}

/** The encode/decode errors' __init__: exactly CPython's five arguments. */
export function installUnicodeErrors(classes: Map<string, PyClass>): void {
  for (const kind of KINDS) {
    const cls = classes.get(kind)!;
    cls.dict.set("__init__", new BuiltinFunction("__init__", ((core: Core, args: Value[]) => {
      const self = args[0] as PyInstance;
      const rest = args.slice(1);
      if (rest.length !== 5) throw typeError(`function takes exactly 5 arguments (${rest.length} given)`);
      const objectOk = kind === "UnicodeEncodeError" ? typeof rest[1] === "string" : rest[1] instanceof PyBytesLike;
      if (typeof rest[0] !== "string" || !objectOk || typeof rest[2] !== "number" || typeof rest[3] !== "number" || typeof rest[4] !== "string") {
        throw typeError(`argument 2 must be ${kind === "UnicodeEncodeError" ? "str" : "bytes-like object"}`);
      }
      self.args = core.newTuple(rest);
      setUnicodeErrorAttrs(core, self);
      return null;
    }) as unknown as BuiltinFunction["fn"]));
  }
}

function escapedChar(cp: number): string {
  if (cp < 0x100) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/** str() of an encode/decode error with its attributes, else null (the generic rules). */
export function unicodeErrorText(e: PyInstance, f32: boolean): string | null {
  const kind = kindOf(e.cls);
  if (kind === null || !e.dict.has("reason")) return null;
  const [encoding, object, start, end, reason] = FIELDS.map((n) => e.dict.get(n)!);
  if (typeof start !== "number" || typeof end !== "number") return null;
  const head = `'${strValue(encoding, f32)}' codec can't ${kind === "UnicodeEncodeError" ? "encode" : "decode"}`;
  if (kind === "UnicodeEncodeError" && typeof object === "string") {
    const cps = Array.from(object);
    if (end === start + 1 && start >= 0 && start < cps.length) {
      return `${head} character '${escapedChar(cps[start]!.codePointAt(0)!)}' in position ${start}: ${strValue(reason, f32)}`;
    }
    return `${head} characters in position ${start}-${end - 1}: ${strValue(reason, f32)}`;
  }
  if (object instanceof PyBytesLike && end === start + 1 && start >= 0 && start < object.length) {
    return `${head} byte 0x${object.at(start).toString(16).padStart(2, "0")} in position ${start}: ${strValue(reason, f32)}`;
  }
  return `${head} bytes in position ${start}-${end - 1}: ${strValue(reason, f32)}`;
}
