// Objects of the standard modules implemented in TypeScript that are neither
// iterators nor instances of a class: functools.partial, itertools.chain (callable,
// with the attribute `from_iterable`)... The class model (classes.ts) asks such an
// object for its calls, attributes, text and type name, so a module can add a kind
// without touching the interpreter.
//
// Memory invariant, as for every PyHeapObject: `children` names what the object
// keeps alive and `bytes` its size, so the collector traces and counts it.

import type { Core } from "./core.js";
import { PyHeapObject, type Kwargs, type Value } from "./values.js";

export abstract class PyNativeObject extends PyHeapObject {
  /** The type's name as CPython's messages give it (`functools.partial` prints as `partial`). */
  abstract readonly typeName: string;
  /** Calling the object; undefined: it is not callable. */
  call?(core: Core, args: Value[], kwargs: Kwargs): Value;
  /** Attribute `name`, or undefined for an AttributeError. */
  attr?(core: Core, name: string): Value | undefined;
  /** str()/repr() text. */
  abstract text(core: Core, how: "str" | "repr"): string;
}
