// `epython serve`: the runtime process the CPython package talks to (docs/protocol.md).

import { offloadBinding } from "./binding.js";
import { serve } from "./server.js";

export { serve, Server, plainToWire, RequestError } from "./server.js";
export type { OffloadBinding, OffloadDeviceLike, DeviceHandle } from "./server.js";
export { PROTOCOL_VERSION } from "./wire.js";

/** Serves on stdin/stdout until SHUTDOWN or end of input; returns the exit status. */
export async function runServer(): Promise<number> {
  // stdout carries frames only: anything a library logs goes to stderr instead.
  console.log = console.error;
  console.info = console.error;
  console.debug = console.error;
  await serve(offloadBinding, process.stdin, process.stdout);
  return 0;
}
