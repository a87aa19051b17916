// Arguments passed by reference: the value a core's kernel sees for a host array.
// (The per-core cache and transfer model land with src/vm/hostArray.ts's
// implementation; until then passing an array by reference is refused clearly.)

import type { DeviceCore } from "../../vm/driver.js";
import { PyError } from "../../vm/errors.js";
import type { Value } from "../../vm/values.js";
import type { Outgoing } from "./values.js";

/** The reference value core `core` receives for a by-reference argument. */
export function makeArgument(_core: DeviceCore, _v: Exclude<Outgoing, { wire: unknown }>): Value {
  throw new PyError("NotImplementedError", "arrays passed by reference are not available in this build yet");
}
