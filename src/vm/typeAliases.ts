// Built-in generic aliases and union types (PEP 585, PEP 604): `list[int]`,
// `dict[str, list[int]]`, `tuple[int, ...]`, `int | None`, `list | dict`.
//
// Annotations on a core are never evaluated, but programs also build these at run
// time: type aliases (`Grid = list[list[int]]`), `isinstance(x, int | float)`,
// `cast(list[str], v)`. As in CPython, an alias calls its origin (`list[int]("ab")` is
// `['a', 'b']`), prints as written, and exposes `__origin__`/`__args__`; a union
// answers isinstance/issubclass for each of its members, and a parameterized alias
// refuses them with CPython's TypeError.
//
// Memory: both are native objects of 16 B + 4 B per argument, charged before they
// are made; `children` keeps their arguments alive.

import type { Core } from "./core.js";
import { typeError } from "./errors.js";
import { PyNativeObject } from "./nativeObject.js";
import { Ellipsis, PyClass } from "./classes.js";
import { repr } from "./format.js";
import { PyTuple, PyType, type CoreApi, type Kwargs, type Value } from "./values.js";

const ALIAS_BYTES = 16;

/**
 * `type(None)`, which a union holds for None. builtins.ts registers it when it loads:
 * importing it from there would make ops.ts (which builtins.ts imports) load builtins.ts
 * first, before the modules that add their builtins to its table.
 */
let noneType: PyType | null = null;
export function registerNoneType(t: PyType): void {
  noneType = t;
}

/** The built-in types CPython 3.11 lets you subscript (`type.__class_getitem__`). */
const SUBSCRIPTABLE = new Set(["list", "dict", "tuple", "set", "frozenset", "type"]);

/** How CPython's `ga_repr`/`union_repr` show a member: a class by its qualified name. */
function memberText(core: CoreApi, v: Value, inUnion: boolean): string {
  if (v === Ellipsis) return "...";
  if (inUnion && v === noneType) return "None";
  if (v instanceof PyType) return v.name;
  if (v instanceof PyClass) return v.module === "builtins" ? v.qualname : `${v.module}.${v.qualname}`;
  return repr(v, core.float32);
}

export class GenericAlias extends PyNativeObject {
  override readonly typeName = "types.GenericAlias";
  constructor(readonly origin: PyType, readonly args: Value[]) {
    super();
  }
  override call(core: Core, args: Value[], kwargs: Kwargs): Value {
    return core.call(this.origin, args, kwargs);
  }
  override attr(core: Core, name: string): Value | undefined {
    if (name === "__origin__") return this.origin;
    if (name === "__args__") return core.newTuple(this.args.slice());
    if (name === "__parameters__") return core.newTuple([]);
    return undefined;
  }
  text(core: Core): string {
    // `list[()]` is how CPython shows an alias of no arguments.
    const args = this.args.length ? this.args.map((a) => memberText(core, a, false)).join(", ") : "()";
    return `${this.origin.name}[${args}]`;
  }
  children(): readonly Value[] {
    return this.args;
  }
  bytes(): number {
    return ALIAS_BYTES + 4 * this.args.length;
  }
}

export class UnionType extends PyNativeObject {
  override readonly typeName = "types.UnionType";
  /** At least two distinct members; None is stored as NoneType, as CPython does. */
  constructor(readonly members: Value[]) {
    super();
  }
  override attr(core: Core, name: string): Value | undefined {
    if (name === "__args__") return core.newTuple(this.members.slice());
    return undefined;
  }
  text(core: Core): string {
    return this.members.map((m) => memberText(core, m, true)).join(" | ");
  }
  children(): readonly Value[] {
    return this.members;
  }
  bytes(): number {
    return ALIAS_BYTES + 4 * this.members.length;
  }
}

/** `T[index]` for a built-in type T: an alias for the subscriptable ones, else undefined. */
export function builtinClassGetItem(core: CoreApi, t: PyType, index: Value): GenericAlias | undefined {
  if (!SUBSCRIPTABLE.has(t.name)) return undefined;
  const args = index instanceof PyTuple ? index.items.slice() : [index];
  core.charge(ALIAS_BYTES + 4 * args.length);
  return new GenericAlias(t, args);
}

/** What may stand on either side of `|` for a union (CPython's `is_unionable`). */
function unionable(v: Value): boolean {
  return v === null || v instanceof PyType || v instanceof PyClass || v instanceof GenericAlias || v instanceof UnionType;
}

/**
 * `a | b` of types: a UnionType of the members of both, flattened and without
 * repeats (a single member is returned itself: `int | int` is int). Undefined when an
 * operand is not a type, so the caller raises the usual TypeError.
 */
export function typeUnion(core: CoreApi, a: Value, b: Value): Value | undefined {
  // `None | None` is no union: None stands for its type only beside a type (CPython's type.__or__).
  if (!unionable(a) || !unionable(b) || (a === null && b === null)) return undefined;
  const members: Value[] = [];
  for (const side of [a, b]) {
    for (const m of side instanceof UnionType ? side.members : [side === null ? noneType : side]) {
      if (!members.includes(m)) members.push(m);
    }
  }
  if (members.length === 1) return members[0];
  core.charge(ALIAS_BYTES + 4 * members.length);
  return new UnionType(members);
}

/**
 * The classes an isinstance/issubclass second argument stands for: a union's members
 * in place of the union (in a tuple too). isinstance meets a parameterized alias only
 * when it gets to it (`isinstance(1, int | list[int])` is True, as in CPython: the
 * builtin raises isinstanceAliasError there); issubclass refuses one at once.
 * Other arguments are returned unchanged.
 */
export function expandClassInfo(kind: "isinstance" | "issubclass", info: Value, core: CoreApi): Value {
  const items = info instanceof PyTuple ? info.items : [info];
  if (!items.some((t) => t instanceof UnionType || t instanceof GenericAlias)) return info;
  const out: Value[] = [];
  for (const t of items) {
    for (const m of t instanceof UnionType ? t.members : [t]) {
      if (m instanceof GenericAlias && kind === "issubclass") throw typeError("issubclass() argument 2 cannot be a parameterized generic");
      out.push(m);
    }
  }
  return core.newTuple(out);
}

/** isinstance's error for a parameterized alias it reaches (`isinstance(x, list[int])`). */
export function isinstanceAliasError(t: Value): void {
  if (t instanceof GenericAlias) throw typeError("isinstance() argument 2 cannot be a parameterized generic");
}
