// `copy`: copy() and deepcopy() of lists, tuples, dicts, sets and instances.
//
// Containers are rebuilt through their own operations (list/dict/set construction,
// setitem, add), so the copies are charged as any new container is. An instance is
// copied as CPython copies it by default: a new instance of the same class (its
// __init__ is not called) with the same attributes (16 B + 8 B per attribute); a
// class's __copy__() / __deepcopy__(memo) is used when it has one. deepcopy keeps a
// memo of the objects already copied, so shared references and cycles are copied
// once, as in CPython. Immutable values (numbers, strings, None, functions, classes,
// ranges, tuples and frozensets of immutables) are returned as they are.

import { expectArgs, expectPyFunctionKwargs, typeName } from "../args.js";
import { builtins } from "../builtins.js";
import { ATTRIBUTE_BYTES, PyClass, PyDescriptor, PyInstance, newInstance } from "../classes.js";
import type { Core } from "../core.js";
import { PyDict } from "../dict.js";
import { PyError } from "../errors.js";
import * as ops from "../ops.js";
import { PyFrozenSet, PySet } from "../set.js";
import {
  BuiltinFunction, Cell, PyFloat, PyFunction, PyList, PyModule, PyRange, PyTuple, PyType, type CoreApi, type Value,
} from "../values.js";
import { def } from "./util.js";

function construct(core: Core, type: string, args: Value[]): Value {
  const t = builtins.get(type) as PyType;
  return t.construct!(core, args, null) as Value;
}

/** Values copy() and deepcopy() return unchanged. */
function atomic(v: Value): boolean {
  return v === null || typeof v !== "object" || v instanceof PyFloat || v instanceof PyFunction || v instanceof BuiltinFunction ||
    v instanceof PyType || v instanceof PyClass || v instanceof PyRange || v instanceof PyModule || v instanceof Cell ||
    // A property too, as CPython's copy module (_copy_immutable).
    (v instanceof PyDescriptor && v.kind === "property");
}

/** A new instance of v's class with v's attributes (its __init__ is not called). */
function copyInstance(core: Core, v: PyInstance): PyInstance {
  const out = newInstance(core, v.cls, v.args ? v.args.items.slice() : []);
  // A subclass of a built-in container keeps its items (a NamedTuple its fields).
  const native = v.native;
  if (native instanceof PyList || native instanceof PyDict || native instanceof PySet || native instanceof PyTuple) out.native = shallow(core, native);
  for (const [k, x] of v.dict) {
    core.charge(ATTRIBUTE_BYTES);
    out.dict.set(k, x);
  }
  return out;
}

/**
 * A class's own `__reduce_ex__(4)` or `__reduce__()` (object has none here, so any found
 * is the class's): CPython's copy protocol for classes that say how to rebuild them.
 */
function ownReduce(core: Core, v: PyInstance): Value | undefined {
  const ex = v.cls.lookup("__reduce_ex__");
  if (ex !== undefined) return core.call(ex, [v, 4]);
  const r = v.cls.lookup("__reduce__");
  return r !== undefined ? core.call(r, [v]) : undefined;
}

/**
 * Applies a state to a rebuilt object as CPython's copy._reconstruct: its
 * `__setstate__`, else the state (a dict, or a (dict, slots) pair) set as attributes.
 */
function setState(core: Core, y: Value, state: Value): void {
  if (state === null) return;
  if (y instanceof PyInstance) {
    const f = y.cls.lookup("__setstate__");
    if (f !== undefined) {
      core.call(f, [y, state]);
      return;
    }
  }
  let slots: Value = null;
  if (state instanceof PyTuple && state.items.length === 2) [state, slots] = state.items;
  for (const part of [state, slots]) {
    if (part === null) continue;
    if (!(part instanceof PyDict)) throw new PyError("TypeError", `'${typeName(part)}' object is not a mapping`);
    for (let i = 0; i < part.keys.length; i++) {
      const k = part.keys[i];
      if (typeof k === "string") core.setAttr(y, k, part.vals[i]);
    }
  }
}

/**
 * CPython's copy._reconstruct of a reduce value `(func, args, state, listitems,
 * dictitems)`; `deep` copies the arguments and state first and records the copy.
 */
function reconstruct(core: Core, x: PyInstance, rv: Value, deep: Deep | null): Value {
  if (typeof rv === "string") return x;
  if (!(rv instanceof PyTuple) || rv.items.length < 2 || rv.items.length > 5) throw new PyError("TypeError", "__reduce__ must return a string or tuple");
  const [func, args, state = null, listiter = null, dictiter = null] = rv.items;
  const argv = args === null ? [] : ops.iterableItems(deep !== null ? deep.copy(args) : args, core);
  const y = core.call(func, argv);
  if (deep !== null) deep.memo.set(x, y);
  setState(core, y, deep !== null && state !== null ? deep.copy(state) : state);
  if (listiter !== null) {
    const append = core.getAttr(y, "append");
    for (const item of ops.iterableItems(listiter, core)) core.call(append, [deep !== null ? deep.copy(item) : item]);
  }
  if (dictiter !== null) {
    for (const pair of ops.iterableItems(dictiter, core)) {
      const [k, val] = ops.iterableItems(pair, core);
      ops.setItem(core, y, deep !== null ? deep.copy(k) : k, deep !== null ? deep.copy(val) : val);
    }
  }
  return y;
}

/** The instance's own `__getstate__()`, else undefined (its attributes are copied). */
function ownState(core: Core, v: PyInstance): Value | undefined {
  const f = v.cls.lookup("__getstate__");
  return f !== undefined ? core.call(f, [v]) : undefined;
}

function shallow(core: Core, v: Value): Value {
  if (atomic(v) || v instanceof PyTuple || v instanceof PyFrozenSet) return v;
  if (v instanceof PyList) return core.newList(v.items.slice());
  if (v instanceof PyDict || v instanceof PySet) return core.call(core.getAttr(v, "copy"), []);
  if (v instanceof PyInstance) {
    const own = v.cls.lookup("__copy__");
    if (own !== undefined) return core.call(own, [v]);
    const rv = ownReduce(core, v);
    if (rv !== undefined) return reconstruct(core, v, rv, null);
    const state = ownState(core, v);
    if (state === undefined && v.cls.lookup("__setstate__") === undefined) return copyInstance(core, v);
    const out = newInstance(core, v.cls, v.args ? v.args.items.slice() : []);
    setState(core, out, state === undefined ? core.getAttr(v, "__dict__") : state);
    return out;
  }
  throw typeError(v);
}

function typeError(v: Value): PyError {
  return new PyError("TypeError", `cannot pickle '${typeName(v)}' object`);
}

class Deep {
  readonly memo = new Map<object, Value>();
  constructor(private readonly core: Core) {}

  copy(v: Value): Value {
    if (atomic(v)) return v;
    const seen = this.memo.get(v as object);
    if (seen !== undefined) return seen;
    const core = this.core;
    if (v instanceof PyTuple) {
      const items = v.items.map((x) => this.copy(x));
      // Already copied through a cycle? Then that copy is the one.
      const again = this.memo.get(v);
      if (again !== undefined) return again;
      const r = items.every((x, i) => x === v.items[i]) ? v : core.newTuple(items);
      this.memo.set(v, r);
      return r;
    }
    if (v instanceof PyList) {
      const out = core.newList([]);
      this.memo.set(v, out);
      for (const x of v.items) {
        core.charge(4);
        out.items.push(this.copy(x));
      }
      return out;
    }
    if (v instanceof PyDict) {
      const out = construct(core, "dict", []);
      this.memo.set(v, out);
      for (let i = 0; i < v.keys.length; i++) {
        const k = v.keys[i];
        if (typeof k === "symbol") continue;
        ops.setItem(core, out, this.copy(k), this.copy(v.vals[i]));
      }
      return out;
    }
    if (v instanceof PySet) {
      const items = ops.iterableItems(v, core).map((x) => this.copy(x));
      const out = construct(core, v instanceof PyFrozenSet ? "frozenset" : "set", [core.newList(items)]);
      this.memo.set(v, out);
      return out;
    }
    if (v instanceof PyInstance) {
      const own = v.cls.lookup("__deepcopy__");
      if (own !== undefined) {
        const r = core.call(own, [v, construct(core, "dict", [])]);
        this.memo.set(v, r);
        return r;
      }
      const rv = ownReduce(core, v);
      if (rv !== undefined) return reconstruct(core, v, rv, this);
      const out = newInstance(core, v.cls, []);
      this.memo.set(v, out);
      // An instance of a subclass of list, dict, set or tuple (Counter, OrderedDict,
      // a NamedTuple): its items are copied too, as CPython's reduce of such classes.
      const native = v.native;
      if (native instanceof PyList || native instanceof PyDict || native instanceof PySet || native instanceof PyTuple) out.native = this.copy(native);
      const state = ownState(core, v);
      if (state !== undefined || v.cls.lookup("__setstate__") !== undefined) {
        if (v.args) out.args = core.newTuple(v.args.items.map((x) => this.copy(x)));
        setState(core, out, this.copy(state === undefined ? core.getAttr(v, "__dict__") : state));
        return out;
      }
      if (v.args) out.args = core.newTuple(v.args.items.map((x) => this.copy(x)));
      for (const [k, x] of v.dict) {
        core.charge(ATTRIBUTE_BYTES);
        out.dict.set(k, this.copy(x));
      }
      return out;
    }
    throw typeError(v);
  }
}

export function createCopy(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("copy");
  def(mod, "copy", (c, args, kwargs) => {
    expectPyFunctionKwargs("copy", kwargs);
    expectArgs("copy", args, 1);
    return shallow(c as Core, args[0]);
  });
  def(mod, "deepcopy", (c, args, kwargs) => {
    expectPyFunctionKwargs("deepcopy", kwargs, ["memo"]);
    expectArgs("deepcopy", args, 1, 2);
    return new Deep(c as Core).copy(args[0]);
  });
  return mod;
}

