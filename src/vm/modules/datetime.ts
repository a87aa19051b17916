// `_datetime`: the host clock for the `datetime` library module (datetimeSource.ts).
// The module does all calendar arithmetic on ints in ePython; it needs from the host
// only the current instant, as an exact int (a float32 `time.time()` is good to about
// two minutes only). The device has no local time zone: the instant is UTC.

import { typeError } from "../errors.js";
import { intOf } from "../bigint.js";
import { platform } from "../../platform/platform.js";
import { PyModule, type CoreApi } from "../values.js";
import { def } from "./util.js";

export function createDatetimeHelpers(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("_datetime");
  // Microseconds since the Unix epoch (UTC), from the platform's clock (the same in every thread).
  def(mod, "now_us", (c, args) => {
    if (args.length) throw typeError(`now_us() takes no arguments (${args.length} given)`);
    return intOf(c, BigInt(Math.round(platform().epochMs() * 1000)));
  });
  return mod;
}
