// The `parallel` module: core identity, point-to-point messages and collectives.
//
// The module only checks and converts arguments; the device does the messaging
// through the core's port (src/vm/port.ts), each operation of which either
// completes at once (returns a Value) or returns SUSPEND and later resumes the core
// with the operation's result. A core that runs alone (no device) has a standalone
// port: identity works, messaging raises a clear error.
//
// Semantics (the original's, made reliable; see docs/device.md):
//  - send(data, pid, n=None): rendezvous — returns once core `pid` has received the
//    value. With n, sends data[0..n-1] as n messages.
//  - recv(pid, n=None): one value, or a list of n values (n messages).
//  - sendrecv(data, pid, n=None): exchange with pid, which must call sendrecv too.
//  - nonblocking_send(data, pid, n=None) / test_sent(pid) / wait_sent(pid): a send
//    that returns at once; test/wait tell when every earlier nonblocking send to pid
//    has been received. Any number may be outstanding (the original allowed one).
//  - probe(pid): a message from pid is waiting (does not consume it).
//  - Collectives, called by every core in the same order (like MPI): sync(),
//    bcast(data, root), reduce(data, op) (= allreduce(data, op): the result on every
//    core, as the original's reduce), gather(data, root) (list on root, None
//    elsewhere), allgather(data) (list on every core), scatter(data, root) (root's
//    list of numcores() items; core i gets item i).
//  - Payloads: Python 3 dialect — int, float, bool, None, str, list, tuple (copied)
//    and functions (by reference to their code); classic dialect — scalars only,
//    with the original's error text.

import { expectArgs, typeName } from "../args.js";
import { PyError, typeError, valueError } from "../errors.js";
import { PyList, PyModule, PyTuple, type CoreApi, type Kwargs, type Value } from "../values.js";
import { bind, def, int } from "./util.js";

export const REDUCE_OPS = ["sum", "min", "max", "prod"] as const;

/**
 * Positional and keyword arguments bound to `names` (the first `required` must be
 * given). The common all-positional call skips the general binder.
 */
function argsOf(fname: string, args: Value[], kwargs: Kwargs, names: string[], required: number): (Value | undefined)[] {
  if (!kwargs && args.length >= required && args.length <= names.length) return args;
  return bind(fname, args, kwargs, names, required);
}

/** A core id argument. */
function pid(v: Value | undefined, fname: string): number {
  if (v === undefined) throw typeError(`${fname}() missing required argument: 'pid'`);
  return int(v);
}

/** The optional message count `n`: null when absent or None. */
function count(v: Value | undefined, fname: string): number | null {
  if (v === undefined || v === null) return null;
  const n = int(v);
  if (n < 0) throw valueError(`${fname}(): the number of values n must be >= 0, not ${n}`);
  return n;
}

/** The values a send with count n transmits: data itself, or data[0..n-1]. */
function payload(core: CoreApi, data: Value, n: number | null, fname: string): Value[] {
  if (n === null) return [data];
  if (!(data instanceof PyList || data instanceof PyTuple)) {
    throw typeError(`${fname}(): with n, data must be a list, not ${typeName(data)}`);
  }
  if (data.items.length < n) {
    throw new PyError("IndexError", `${fname}(): n is ${n} but the list has only ${data.items.length} item${data.items.length === 1 ? "" : "s"}`);
  }
  void core;
  return data.items.slice(0, n);
}

function reduceOp(core: CoreApi, v: Value | undefined): string {
  if (typeof v !== "string") throw typeError(`reduce() operation must be a str ("sum", "min", "max" or "prod"), not ${typeName(v)}`);
  const op = core.dialect === "classic" ? v.toLowerCase() : v;
  if (!(REDUCE_OPS as readonly string[]).includes(op)) {
    // The original printed "Operator X not found" and summed; we stop with its text.
    throw valueError(core.dialect === "classic" ? `Operator ${v} not found` : `reduce(): unknown operation '${v}' (use "sum", "min", "max" or "prod")`);
  }
  return op;
}

export function createParallel(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("parallel");
  const noKw = argsOf;

  def(mod, "coreid", (c, args) => (expectArgs("coreid", args, 0), c.id));
  def(mod, "numcores", (c, args) => (expectArgs("numcores", args, 0), c.numCores));
  def(mod, "ishost", (c, args) => (expectArgs("ishost", args, 0), c.isHost));
  def(mod, "isdevice", (c, args) => (expectArgs("isdevice", args, 0), !c.isHost));
  // The core's profile name: on a device of several profiles (--device) a program
  // can choose its work by the memory and speed of the core it runs on.
  def(mod, "coretype", (c, args) => (expectArgs("coretype", args, 0), c.coreType));

  const sender = (name: string, mode: "blocking" | "nonblocking") =>
    def(mod, name, (c, args, kwargs) => {
      const [data, p, n] = noKw(name, args, kwargs, ["data", "pid", "n"], 2);
      const dest = pid(p, name);
      return c.port.send(payload(c, data!, count(n, name), name), dest, mode);
    });
  sender("send", "blocking");
  sender("nonblocking_send", "nonblocking");

  def(mod, "recv", (c, args, kwargs) => {
    const [p, n] = noKw("recv", args, kwargs, ["pid", "n"], 1);
    return c.port.recv(pid(p, "recv"), count(n, "recv"));
  });

  def(mod, "sendrecv", (c, args, kwargs) => {
    const [data, p, n] = noKw("sendrecv", args, kwargs, ["data", "pid", "n"], 2);
    const k = count(n, "sendrecv");
    return c.port.exchange(payload(c, data!, k, "sendrecv"), pid(p, "sendrecv"), k);
  });

  def(mod, "test_sent", (c, args, kwargs) => {
    const [p] = noKw("test_sent", args, kwargs, ["pid"], 1);
    return c.port.testSent(pid(p, "test_sent"));
  });
  def(mod, "wait_sent", (c, args, kwargs) => {
    const [p] = noKw("wait_sent", args, kwargs, ["pid"], 1);
    return c.port.waitSent(pid(p, "wait_sent"));
  });
  def(mod, "probe", (c, args, kwargs) => {
    const [p] = noKw("probe", args, kwargs, ["pid"], 1);
    return c.port.probe(pid(p, "probe"));
  });

  def(mod, "sync", (c, args, kwargs) => {
    noKw("sync", args, kwargs, [], 0);
    return c.port.collective("sync", null, null);
  });
  const rooted = (name: "bcast" | "gather" | "scatter") =>
    def(mod, name, (c, args, kwargs) => {
      const [data, root] = noKw(name, args, kwargs, ["data", "root"], 2);
      return c.port.collective(name, data!, pid(root, name));
    });
  rooted("bcast");
  rooted("gather");
  rooted("scatter");
  def(mod, "allgather", (c, args, kwargs) => {
    const [data] = noKw("allgather", args, kwargs, ["data"], 1);
    return c.port.collective("allgather", data!, null);
  });
  for (const name of ["reduce", "allreduce"]) {
    def(mod, name, (c, args, kwargs) => {
      const [data, op] = noKw(name, args, kwargs, ["data", "op"], 2);
      return c.port.collective("reduce", data!, reduceOp(c, op));
    });
  }
  return mod;
}

