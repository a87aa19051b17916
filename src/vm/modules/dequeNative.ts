// collections.deque's hot methods in TypeScript.
//
// deque is a library class written in ePython (collections.ts): its items are
// `self._a[self._h:]` (a list and the count of popped-left slots). Each method call
// from a program's loop entered a Python frame for a few list operations, so a
// queue loop (`q.append(x)`, `len(q)`, `q.popleft()`) cost three frames per step.
// `_deque_native(deque)` replaces append, appendleft, pop, popleft and __len__ on
// the class by built-in methods doing the very same steps on the same attributes —
// the same list operations, charged the same (a slot per list append or insert, a
// new empty list when the deque empties) — so sizes, reprs and the collector see
// exactly what the Python methods leave.
//
// The fast path holds only for an instance of deque itself (a subclass may define
// properties or `__setattr__` over `_a`, `_h` or `maxlen`) whose state is what
// deque.__init__ made (`_a` a local list, `_h` an int, `maxlen` None or an int), called
// with exactly the method's positional arguments. Anything else runs the original
// Python method, which raises what it always raised (missing arguments, a state a
// program broke by hand).

import { PyClass, PyInstance } from "../classes.js";
import type { Core } from "../core.js";
import { markInlineMethod } from "../inlineMethods.js";
import { indexError, typeError } from "../errors.js";
import { BuiltinFunction, PyList, type CoreApi, type Kwargs, type NativeFn, type Value } from "../values.js";

/** The deque classes (one per core that imported collections). */
const dequeClasses = new WeakSet<PyClass>();

/** The state of a deque the fast path may use, or null. */
interface State {
  self: PyInstance;
  a: PyList;
  h: number;
}

/** `self`'s list and head when the fast path applies (see the file comment). */
function stateOf(self: Value): State | null {
  if (!(self instanceof PyInstance) || !dequeClasses.has(self.cls)) return null;
  const a = self.dict.get("_a");
  const h = self.dict.get("_h");
  if (!(a instanceof PyList) || a.shared || typeof h !== "number") return null;
  return { self, a, h };
}

/** The deque's maxlen (null: unbounded), or undefined when it is no int: the Python method decides then. */
function maxlenOf(self: PyInstance): number | null | undefined {
  const m = self.dict.get("maxlen");
  return m === null || typeof m === "number" ? m : undefined;
}

function popleft(c: CoreApi, s: State): Value {
  const { self, a } = s;
  let h = s.h;
  const items = a.items;
  if (items.length === h) throw indexError("pop from an empty deque");
  const x = items[h];
  items[h] = null;
  h++;
  if (h === items.length) {
    self.dict.set("_a", c.newList([]));
    h = 0;
  } else if (h >= 16 && h + h >= items.length) {
    items.splice(0, h);
    h = 0;
  }
  self.dict.set("_h", h);
  return x;
}

function pop(c: CoreApi, s: State): Value {
  const { self, a, h } = s;
  const items = a.items;
  if (items.length === h) throw indexError("pop from an empty deque");
  const x = items.pop()!;
  if (items.length === h) {
    self.dict.set("_a", c.newList([]));
    self.dict.set("_h", 0);
  }
  return x;
}

function append(c: CoreApi, s: State, m: number | null, x: Value): void {
  c.charge(4);
  s.a.items.push(x);
  if (m !== null && s.a.items.length - s.h > m) popleft(c, s);
}

function appendleft(c: CoreApi, s: State, m: number | null, x: Value): void {
  if (m !== null && s.a.items.length - s.h >= m) {
    if (m === 0) return;
    pop(c, s);
    // pop may have replaced the list (the deque emptied): read the state again.
    s = stateOf(s.self)!;
  }
  if (s.h > 0) {
    s.a.items[s.h - 1] = x;
    s.self.dict.set("_h", s.h - 1);
  } else {
    c.charge(4);
    s.a.items.unshift(x);
  }
}

/** A method: `fast(core, state, args)` when it applies (undefined: it declined), else the Python method. */
function method(name: string, python: Value, argc: number, fast: (c: CoreApi, s: State, args: Value[]) => Value | undefined): BuiltinFunction {
  const fallback = (c: CoreApi, args: Value[], kwargs: Kwargs): Value => (c as Core).call(python, args, kwargs);
  const fn: NativeFn = (c, args, kwargs) => {
    if (args.length === argc + 1 && (kwargs === null || kwargs.size === 0)) {
      const s = stateOf(args[0]);
      if (s !== null) {
        const r = fast(c, s, args);
        if (r !== undefined) return r;
      }
    }
    return fallback(c, args, kwargs);
  };
  const f = new BuiltinFunction(name, fn);
  // It never blocks and takes no keywords on the fast path: CALL_METHOD may call it directly.
  markInlineMethod(f);
  return f;
}

/**
 * `_deque_native(deque)`: registers the class and puts the built-in methods in its
 * namespace in place of the Python ones (which they fall back to).
 */
export function installDequeMethods(cls: Value): Value {
  if (!(cls instanceof PyClass)) throw typeError("_deque_native(cls)");
  dequeClasses.add(cls);
  const py = (name: string): Value => {
    const f = cls.dict.get(name);
    if (f === undefined) throw typeError(`_deque_native: deque has no ${name}`);
    return f;
  };
  const methods: BuiltinFunction[] = [
    method("__len__", py("__len__"), 0, (_c, s) => s.a.items.length - s.h),
    method("popleft", py("popleft"), 0, (c, s) => popleft(c, s)),
    method("pop", py("pop"), 0, (c, s) => pop(c, s)),
    method("append", py("append"), 1, (c, s, args) => {
      const m = maxlenOf(s.self);
      if (m === undefined) return undefined;
      append(c, s, m, args[1]);
      return null;
    }),
    method("appendleft", py("appendleft"), 1, (c, s, args) => {
      const m = maxlenOf(s.self);
      if (m === undefined) return undefined;
      appendleft(c, s, m, args[1]);
      return null;
    }),
  ];
  for (const m of methods) cls.dict.set(m.name, m);
  return null;
}
