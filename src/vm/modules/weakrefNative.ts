// `_weakref`: the primitive under the `weakref` library module (weakrefSource.ts).
//
// A weak reference is a WeakCell: it names its target without keeping it alive. The
// core's collector (memory.ts collect) marks a cell's callback and owner (the Python
// `weakref.ref` object holding the cell) but never its target; after marking, every
// registered cell whose target went unmarked is cleared, and its callback, if the
// cell itself is still reachable, is queued to run at the core's next safe point
// (Core.runFinalizers), called with the owner, as CPython calls a weakref's callback.
//
// When does a cell clear? CPython clears a weak reference the moment its target's
// last reference goes. While cells are registered the core counts them among the
// objects whose death a program can observe (MemoryModel.watched, as for instances
// with `__del__`), so a `del`, a rebinding of a global, a return and any output run a
// collection (within Core.checkFinalizers' budget): `del a; print(r())` prints None.
//
// Memory: a cell is charged CELL_BYTES (a header and three slots, as MicroPython-sized
// objects are counted in docs/language.md).

import { PyBoundMethod, PyClass, PyInstance } from "../classes.js";
import type { Core } from "../core.js";
import { typeError } from "../errors.js";
import { typeName } from "../args.js";
import { PyGenerator } from "../generators.js";
import { PySet } from "../set.js";
import { BuiltinFunction, PyFunction, PyModule, type CoreApi, type Value } from "../values.js";
import { PyNativeObject } from "../nativeObject.js";

export const CELL_BYTES = 16;

export class WeakCell extends PyNativeObject {
  readonly typeName = "_weakref.cell";
  constructor(public target: Value | null, readonly callback: Value, readonly owner: Value) {
    super();
  }
  text(): string {
    return `<_weakref.cell ${this.target === null ? "dead" : "alive"}>`;
  }
  /** The target is deliberately not among them: that is what makes the reference weak. */
  children(): readonly Value[] {
    return [this.callback, this.owner];
  }
  bytes(): number {
    return CELL_BYTES;
  }
}

/** Whether CPython lets a weak reference name `v` (instances, classes, functions, sets, generators, methods, modules). */
function weaklyReferable(v: Value): boolean {
  return v instanceof PyInstance || v instanceof PyClass || v instanceof PyFunction || v instanceof PySet ||
    v instanceof PyGenerator || v instanceof PyBoundMethod || v instanceof PyModule;
}

export function createWeakrefHelpers(_core: CoreApi): PyModule {
  const mod = new PyModule("_weakref");
  const fn = (name: string, f: (core: Core, args: Value[]) => Value) => mod.set(name, new BuiltinFunction(name, (c, args) => f(c as Core, args)));
  // cell(target, callback, owner): a new registered cell.
  fn("cell", (core, [target, callback, owner]) => {
    if (!weaklyReferable(target)) throw typeError(`cannot create weak reference to '${typeName(target)}' object`);
    core.charge(CELL_BYTES);
    const cell = new WeakCell(target, callback ?? null, owner ?? null);
    core.mem.addWeakCell(cell);
    return cell;
  });
  // get(cell): the target, or None once it is gone.
  fn("get", (_core, [cell]) => (cell instanceof WeakCell ? cell.target : null));
  // callback(cell): the callback, or None once the cell is cleared (as CPython's __callback__).
  fn("callback", (_core, [cell]) => (cell instanceof WeakCell && cell.target !== null ? cell.callback : null));
  // owners(target): the owners of the live cells naming `target`, oldest first (getweakrefs).
  fn("owners", (core, [target]) => core.newList([...core.mem.weakCells].filter((c) => c.target === target).map((c) => c.owner)));
  return mod;
}
