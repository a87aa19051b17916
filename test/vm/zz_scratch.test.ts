import { test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { strMethods } from "../../src/vm/methods/str.js";
import { repr } from "../../src/vm/format.js";
import { PyError } from "../../src/vm/errors.js";
import { PyFloat, PyList, PyTuple, type Value } from "../../src/vm/values.js";
import { fakeCore } from "./fakeCore.js";
type Enc = [string, any];
function dec([t, v]: Enc): Value {
  switch (t) {
    case "i": case "b": case "s": return v;
    case "n": return null;
    case "f": return new PyFloat(Number(v));
    case "l": return new PyList(v.map(dec));
    case "T": case "t": return new PyTuple(v.map(dec));
  }
  throw new Error(t);
}
function enc(v: Value): Enc {
  if (v === null) return ["n", null];
  if (typeof v === "boolean") return ["b", v];
  if (typeof v === "number") return ["i", v];
  if (typeof v === "string") return ["s", v];
  if (v instanceof PyList) return ["l", v.items.map(enc)];
  if (v instanceof PyTuple) return ["T", v.items.map(enc)];
  return ["?", String(v)];
}
test("strm", () => {
  const core = fakeCore({ float32: false });
  let bad = 0;
  for (const [s, m, a, kw, exp] of JSON.parse(readFileSync("/tmp/gen/strm.json", "utf8"))) {
    const kwm = Object.keys(kw).length ? new Map(Object.entries(kw).map(([k, v]) => [k, dec(v as Enc)])) : null;
    let got: Enc;
    try { got = enc(strMethods.get(m)!(core, s, a.map(dec), kwm)); }
    catch (e) { if (e instanceof PyError) got = ["!", `${e.kind}: ${e.pyMessage}`]; else got = ["!!", String(e)]; }
    if (JSON.stringify(got) !== JSON.stringify(exp)) { bad++; if (bad < 80) console.log(JSON.stringify(s), m, JSON.stringify(a), JSON.stringify(kw), JSON.stringify(exp), JSON.stringify(got)); }
  }
  expect(bad).toBe(0);
});
