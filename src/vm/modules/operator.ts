// `operator`: the operators as functions (the VM's own operations, ops.ts, so results
// and errors are those of the operators), and itemgetter / attrgetter /
// methodcaller, callable objects (PyNativeObject, 16 B + 4 B per item or name).

import { expectArgs, expectKwargs, expectMethodArgs, typeName } from "../args.js";
import { builtins } from "../builtins.js";
import type { Core } from "../core.js";
import { PyError, typeError, valueError } from "../errors.js";
import { repr } from "../format.js";
import { PyNativeObject } from "../nativeObject.js";
import { indexSpecial } from "../numberProtocol.js";
import * as ops from "../ops.js";
import { BuiltinFunction, PyBigInt, PyModule, type CoreApi, type Kwargs, type Value } from "../values.js";
import { def } from "./util.js";
import { operatorLengthHint } from "../lengthHint.js";
import { tick } from "../watchdog.js";

const GETTER_BYTES = 16;

/** itemgetter(*items), attrgetter(*names), methodcaller(name, *args). */
class Getter extends PyNativeObject {
  constructor(
    override readonly typeName: "itemgetter" | "attrgetter" | "methodcaller",
    private readonly keys: Value[],
    private readonly args: Value[] = [],
    private readonly kwargs: Kwargs = null,
  ) {
    super();
  }
  private one(core: Core, obj: Value, key: Value): Value {
    if (this.typeName === "itemgetter") return ops.getItem(core, obj, key);
    let v = obj;
    for (const part of (key as string).split(".")) v = core.getAttr(v, part);
    return v;
  }
  override call(core: Core, args: Value[], kwargs: Kwargs): Value {
    expectKwargs(this.typeName, kwargs);
    expectArgs(this.typeName, args, 1);
    const obj = args[0];
    if (this.typeName === "methodcaller") return core.call(core.getAttr(obj, this.keys[0] as string), this.args, this.kwargs);
    if (this.keys.length === 1) return this.one(core, obj, this.keys[0]);
    return core.newTuple(this.keys.map((k) => this.one(core, obj, k)));
  }
  text(core: Core): string {
    const parts = [...this.keys, ...this.args].map((k) => repr(k, core.float32));
    if (this.kwargs) for (const [k, v] of this.kwargs) parts.push(`${k}=${repr(v, core.float32)}`);
    return `operator.${this.typeName}(${parts.join(", ")})`;
  }
  children(): readonly Value[] {
    return [...this.keys, ...this.args, ...(this.kwargs ? this.kwargs.values() : [])];
  }
  bytes(): number {
    return GETTER_BYTES + 4 * (this.keys.length + this.args.length + (this.kwargs?.size ?? 0));
  }
}

export function createOperator(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("operator");
  const c2 = (c: CoreApi) => c as Core;
  const binary = (names: string[], f: (c: Core, a: Value, b: Value) => Value) => {
    for (const name of names) {
      def(mod, name, (c, args, kwargs) => {
        expectKwargs(`_operator.${name}`, kwargs);
        expectArgs(name, args, 2);
        return f(c2(c), args[0], args[1]);
      });
    }
  };
  const unary = (names: string[], f: (c: Core, a: Value) => Value) => {
    for (const name of names) {
      def(mod, name, (c, args, kwargs) => {
        expectKwargs(`_operator.${name}`, kwargs);
        expectArgs(name, args, 1);
        return f(c2(c), args[0]);
      });
    }
  };
  binary(["add", "__add__"], ops.add);
  binary(["iadd", "__iadd__"], ops.inplaceAdd);
  binary(["sub", "__sub__", "isub"], ops.sub);
  binary(["mul", "__mul__", "imul"], ops.mul);
  binary(["truediv", "__truediv__", "itruediv"], ops.truediv);
  binary(["floordiv", "__floordiv__", "ifloordiv"], ops.floordiv);
  binary(["mod", "__mod__", "imod"], ops.mod);
  binary(["pow", "__pow__", "ipow"], ops.pow);
  binary(["lshift", "__lshift__", "ilshift"], (c, a, b) => ops.bitop("lshift", a, b, c));
  binary(["rshift", "__rshift__", "irshift"], (c, a, b) => ops.bitop("rshift", a, b, c));
  binary(["and_", "__and__", "iand"], (c, a, b) => ops.bitop("and", a, b, c));
  binary(["or_", "__or__", "ior"], (c, a, b) => ops.bitop("or", a, b, c));
  binary(["xor", "__xor__", "ixor"], (c, a, b) => ops.bitop("xor", a, b, c));
  binary(["matmul", "__matmul__"], (c, a, b) => ops.matmul(c, a, b, false));
  binary(["imatmul", "__imatmul__"], (c, a, b) => ops.matmul(c, a, b, true));
  binary(["concat", "__concat__", "iconcat"], (c, a, b) => {
    if (ops.asNumber(a) !== undefined) throw typeError(`'${typeName(a)}' object can't be concatenated`);
    return ops.add(c, a, b);
  });
  binary(["eq", "__eq__"], (_c, a, b) => ops.eqOp(a, b));
  binary(["ne", "__ne__"], (_c, a, b) => ops.neOp(a, b));
  binary(["lt", "__lt__"], (_c, a, b) => ops.compareValue("lt", a, b));
  binary(["le", "__le__"], (_c, a, b) => ops.compareValue("le", a, b));
  binary(["gt", "__gt__"], (_c, a, b) => ops.compareValue("gt", a, b));
  binary(["ge", "__ge__"], (_c, a, b) => ops.compareValue("ge", a, b));
  binary(["is_"], (_c, a, b) => ops.same(a, b));
  binary(["is_not"], (_c, a, b) => !ops.same(a, b));
  binary(["contains", "__contains__"], (_c, a, b) => ops.contains(a, b));
  binary(["getitem", "__getitem__"], (c, a, b) => ops.getItem(c, a, b));
  binary(["delitem", "__delitem__"], (_c, a, b) => {
    ops.delItem(a, b);
    return null;
  });
  // countOf and indexOf walk the iterable lazily, testing `x is b or x == b` as CPython's
  // (so a class's __eq__ answers, and indexOf stops at the first match of an endless iterator).
  const same = (x: Value, b: Value) => ops.same(x, b) || ops.truthy(ops.eqOp(x, b));
  // CPython's PySequence_Count/Index name a non-iterable as `in` does.
  const iterOf = (a: Value) => {
    const message = `'${typeName(a)}' object is not iterable`;
    try {
      return ops.getIter(a);
    } catch (e) {
      if (e instanceof PyError && e.pyMessage === message) throw typeError(`argument of type '${typeName(a)}' is not iterable`);
      throw e;
    }
  };
  binary(["countOf"], (_c, a, b) => {
    let n = 0;
    iterOf(a).forEachItem((x) => {
      tick();
      if (same(x, b)) n++;
      return true;
    });
    return n;
  });
  binary(["indexOf"], (_c, a, b) => {
    let i = 0;
    let found = -1;
    iterOf(a).forEachItem((x) => {
      tick();
      if (same(x, b)) {
        found = i;
        return false;
      }
      i++;
      return true;
    });
    if (found < 0) throw valueError("sequence.index(x): x not in sequence");
    return found;
  });
  def(mod, "setitem", (c, args, kwargs) => {
    expectKwargs("_operator.setitem", kwargs);
    expectArgs("setitem", args, 3);
    ops.setItem(c2(c), args[0], args[1], args[2]);
    return null;
  });
  unary(["neg", "__neg__"], ops.neg);
  unary(["pos", "__pos__"], (_c, a) => ops.pos(a));
  unary(["invert", "inv", "__invert__", "__inv__"], (c, a) => ops.invert(a, c));
  unary(["not_", "__not__"], (_c, a) => !ops.truthy(a));
  unary(["truth"], (_c, a) => ops.truthy(a));
  unary(["index", "__index__"], (_c, a) => {
    if (typeof a === "boolean") return a ? 1 : 0;
    if ((typeof a === "number" && (a | 0) === a) || a instanceof PyBigInt) return a;
    const i = indexSpecial(a);
    if (i !== undefined) return i;
    throw typeError(`'${typeName(a)}' object cannot be interpreted as an integer`);
  });
  const abs = builtins.get("abs") as BuiltinFunction;
  mod.set("abs", abs);
  mod.set("__abs__", abs);

  // operator.call(f, /, *args, **kwargs) (3.11): f called with the rest.
  for (const name of ["call", "__call__"]) {
    def(mod, name, (c, args, kwargs) => {
      if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
      return c2(c).call(args[0], args.slice(1), kwargs);
    });
  }
  def(mod, "length_hint", (c, args, kwargs) => {
    expectKwargs("length_hint", kwargs);
    expectMethodArgs("operator", "length_hint", args, 1, 2);
    return operatorLengthHint(c2(c), args);
  });
  def(mod, "itemgetter", (c, args, kwargs) => {
    expectKwargs("itemgetter", kwargs);
    if (args.length === 0) throw typeError("itemgetter expected 1 argument, got 0");
    c.charge(GETTER_BYTES + 4 * args.length);
    return new Getter("itemgetter", args.slice());
  });
  def(mod, "attrgetter", (c, args, kwargs) => {
    expectKwargs("attrgetter", kwargs);
    if (args.length === 0) throw typeError("attrgetter expected 1 argument, got 0");
    for (const a of args) if (typeof a !== "string") throw typeError("attribute name must be a string");
    c.charge(GETTER_BYTES + 4 * args.length);
    return new Getter("attrgetter", args.slice());
  });
  def(mod, "methodcaller", (c, args, kwargs) => {
    if (args.length === 0) throw typeError("methodcaller needs at least one argument, the method name");
    if (typeof args[0] !== "string") throw typeError("method name must be a string");
    c.charge(GETTER_BYTES + 4 * (args.length + (kwargs?.size ?? 0)));
    return new Getter("methodcaller", [args[0]], args.slice(1), kwargs ? new Map(kwargs) : null);
  });
  return mod;
}

