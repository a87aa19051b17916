// CPython's "struct sequences" (sys.version_info, sys.implementation.version...): a
// tuple whose items also have names. It IS a tuple (a PyTuple subclass), so
// indexing, slicing, unpacking, ==, ordering against plain tuples (`version_info >=
// (3, 8)`), hashing and sending to another core all work as for a tuple; the names
// are read by Core.getAttr and printed by repr (`sys.version_info(major=3, ...)`).
//
// Memory: charged and traced exactly as a tuple of its items (the names are shared
// constants of the VM).

import { PyTuple, type Value } from "./values.js";

export class StructSequence extends PyTuple {
  constructor(
    /** The name repr prints (`sys.version_info`). */
    readonly typeLabel: string,
    /** One name per item, in order. */
    readonly fields: readonly string[],
    items: Value[],
  ) {
    super(items);
  }

  /** Item `name`, or undefined when it has no such field. */
  field(name: string): Value | undefined {
    const k = this.fields.indexOf(name);
    return k < 0 ? undefined : this.items[k];
  }
}
