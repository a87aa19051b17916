// `_datetime`: the host clock for the `datetime` library module (datetimeSource.ts).
// The module does all calendar arithmetic on ints in ePython; it needs from the host
// only the current instant, as an exact int (a float32 `time.time()` is good to about
// two minutes only). The device has no local time zone: the instant is UTC.

import { typeError } from "../errors.js";
import { intOf } from "../bigint.js";
import { platform } from "../../platform/platform.js";
import { PyModule, type CoreApi } from "../values.js";
import { def } from "./util.js";
import { strftimeModified, strftimeSpec } from "./timeCalendar.js";
import { asStr, expectArgs } from "../args.js";

export function createDatetimeHelpers(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("_datetime");
  // Microseconds since the Unix epoch (UTC), from the platform's clock (the same in every thread).
  def(mod, "now_us", (c, args) => {
    if (args.length) throw typeError(`now_us() takes no arguments (${args.length} given)`);
    return intOf(c, BigInt(Math.round(platform().epochMs() * 1000)));
  });
  // strftime's glibc flags, shared with time.strftime (timeCalendar.ts):
  // strftime_spec(fmt, i) -> (flags, width, directive, end) for the '%' at fmt[i];
  // strftime_modified(text, directive, flags, width) -> text with them applied.
  def(mod, "strftime_spec", (c, args) => {
    expectArgs("strftime_spec", args, 2);
    const spec = strftimeSpec(asStr(args[0]) ?? "", Number(args[1]));
    return c.newTuple([c.newStr(spec.flags), spec.width, c.newStr(spec.directive), spec.end]);
  });
  def(mod, "strftime_modified", (c, args) => {
    expectArgs("strftime_modified", args, 4);
    const [text, directive, flags] = args.slice(0, 3).map((v) => asStr(v) ?? "");
    return c.newStr(strftimeModified(text, directive, flags, Number(args[3])));
  });
  return mod;
}
