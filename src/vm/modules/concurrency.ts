// The original's `concurrency` module: one core lends another direct access to its
// data.
//
//   expose(data, pid)  sends core `pid` a reference to `data` (a rendezvous send)
//   access(src)        receives such a reference: the very list core `src` owns, so
//                      writes by either core are seen by both
//
// On the original this was a cross-core pointer into the owner's local memory. Here
// the reference is the owner's list object itself, which only works between cores
// that run on the same worker thread: the device raises a clear error otherwise
// (use --workers 1). The data stays charged to the owner's memory. Scalars are sent
// as plain values.

import { PyModule } from "../values.js";
import { bind, def, int } from "./util.js";

export function createConcurrency(): PyModule {
  const mod = new PyModule("concurrency");
  def(mod, "expose", (c, args, kwargs) => {
    const [data, pid] = bind("expose", args, kwargs, ["data", "pid"], 2);
    return c.port.send([data!], int(pid!), "reference");
  });
  def(mod, "access", (c, args, kwargs) => {
    const [src] = bind("access", args, kwargs, ["src"], 1);
    return c.port.recv(int(src!), null);
  });
  return mod;
}
