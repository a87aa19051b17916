// The iterators a generator (or coroutine) may delegate to with SEND besides another
// generator: a user iterator with its own send/throw/close (PEP 380, generators.ts),
// and the awaitables of an async generator's asend/athrow/aclose (coroutines.ts).
// A leaf module so that both may extend it without an import cycle.

import type { Core } from "./core.js";
import type { PyError } from "./errors.js";
import { PyIterator, type Value } from "./values.js";

export abstract class Delegate extends PyIterator {
  /**
   * SEND: the value it yields for `v`, or undefined when it is exhausted (its result
   * then in generators.ts's `delegateResult`, which the implementation sets).
   */
  abstract send(core: Core, v: Value): Value | undefined;
  /**
   * `throw` at a delegation to it: what it yields (undefined: exhausted), or undefined
   * when it has no throw. `err` is the exception, null when `raw` (g.throw's arguments
   * as given, which a user delegate's own `throw` receives unchanged) makes none.
   */
  abstract throwInto(core: Core, err: PyError | null, raw: Value[] | null): { yielded: Value | undefined } | undefined;
  /** `close` at a delegation to it. */
  abstract close(core: Core): void;
}
