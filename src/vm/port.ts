// The one port between a core and the device it runs on.
//
// Everything a core asks of the world outside its own memory goes through its
// CorePort: point-to-point messages, collectives, shared-memory charges, program
// output and input, and the values the device holds on the core's behalf (for the
// collector). The device (src/device/node.ts) gives every core its own port; a core
// created without one (unit tests, a lone core) gets `standalonePort`, a one-core
// machine whose messaging raises a clear RuntimeError.
//
// Blocking contract: an operation that can complete at once returns its value; one
// that must wait returns SUSPEND, and the device later resumes the core with the
// operation's result (Core.resume). An operation never resumes the core that is
// calling it (so a running core is never woken by its own call).

import { PyError } from "./errors.js";
import { SUSPEND, type Value } from "./values.js";

/** A value now, or SUSPEND: the core blocks and is resumed with the value later. */
export type Blocking = Value | typeof SUSPEND;

/** Collective operations, by the name the program calls. */
export type CollectiveOp = "sync" | "bcast" | "reduce" | "gather" | "allgather" | "scatter";

/**
 * When a send returns: once received (rendezvous), at once (test_sent/wait_sent
 * tell when it was received), or once received as a reference to the very object
 * (concurrency.expose; both cores then share it).
 */
export type SendMode = "blocking" | "nonblocking" | "reference";

export interface CorePort {
  /** Sends `values` (one message each) to core `dest`. */
  send(values: Value[], dest: number, mode: SendMode): Blocking;
  /** Receives one value (count null) or a list of `count` values from `src`. */
  recv(src: number, count: number | null): Blocking;
  /** Exchanges `values` with `peer`, which must call exchange too; count as in recv. */
  exchange(values: Value[], peer: number, count: number | null): Blocking;
  /** True once every nonblocking send to `dest` has been received. */
  testSent(dest: number): boolean;
  /** Waits until every nonblocking send to `dest` has been received; then True. */
  waitSent(dest: number): Blocking;
  /** True when a message from `src` is waiting (it is not consumed). */
  probe(src: number): boolean;
  /** A collective; `arg` is the root (bcast, gather, scatter) or the operation (reduce). */
  collective(op: CollectiveOp, value: Value, arg: number | string | null): Blocking;
  /** Charges a shared_mem_array allocation to the core's slice of shared memory. */
  chargeShared(bytes: number): void;
  /** Program output of this core (the device adds prefixes and splits lines). */
  write(text: string): void;
  /** Standard-error output of this core (sys.stderr, exit messages), prefixed likewise. */
  writeError(text: string): void;
  /**
   * Reads one line of input (with its newline "\n", none on a last line that had
   * none; null at end of input) after showing `prompt`. `finish` turns the line into the call's result (it may raise,
   * e.g. EOFError); it runs on the core's behalf, now or when the line arrives.
   */
  input(prompt: string, finish: (line: string | null) => Value): Blocking;
  /** Values the device holds for this core and has not yet given it (collector roots). */
  held(): Iterable<Value>;
  /**
   * time.sleep: suspends the core for `seconds` of wall-clock time while the other
   * cores run on; the host thread waits without spinning when nothing else can run.
   */
  sleep(seconds: number): Blocking;
}

/** Blocks the calling thread for `ms` without spinning (a futex wait, as a sleeping worker does). */
export function waitMs(ms: number): void {
  if (ms > 0) Atomics.wait(sleepCell, 0, 0, ms);
}
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * A synchronous line reader: the line with its newline ("\n"; a last line that had
 * none is given without), or null at end of input. input() drops the newline;
 * sys.stdin keeps the line as it is (modules/stdinNative.ts).
 */
export type LineReader = (prompt: string) => string | null;

/**
 * The port of a core that runs alone: output and input work, messaging and
 * collectives raise a clear error, shared memory is charged as local memory.
 */
export function standalonePort(write: (text: string) => void, readLine: LineReader = () => null, charge: (bytes: number) => void = () => {}, writeError: (text: string) => void = write): CorePort {
  const alone = (fname: string): never => {
    throw new PyError("RuntimeError", `${fname}() needs the multi-core device (run the program with 'epython run')`);
  };
  const sendName = (mode: SendMode) => (mode === "reference" ? "expose" : mode === "nonblocking" ? "nonblocking_send" : "send");
  return {
    send: (_values, _dest, mode) => alone(sendName(mode)),
    recv: () => alone("recv"),
    exchange: () => alone("sendrecv"),
    testSent: () => alone("test_sent"),
    waitSent: () => alone("wait_sent"),
    probe: () => alone("probe"),
    collective: (op) => alone(op),
    chargeShared: charge,
    write,
    writeError,
    input: (prompt, finish) => finish(readLine(prompt)),
    held: () => [],
    // A lone core has nothing else to run: it waits where it stands.
    sleep: (seconds) => {
      waitMs(seconds * 1000);
      return null;
    },
  };
}
