// A minimal CoreApi for testing the standard modules without the interpreter.

import { PyError } from "../../../src/vm/errors.js";
import { standardModules } from "../../../src/vm/modules/index.js";
import { type CorePort, standalonePort } from "../../../src/vm/port.js";
import {
  BuiltinFunction, PyFloat, PyList, PyTuple,
  type CoreApi, type Kwargs, type PyModule, type Value,
} from "../../../src/vm/values.js";

export interface FakeCoreOptions {
  dialect?: "python3" | "classic";
  /** Round floats to float32 (the default of a real core is true; here false). */
  float32?: boolean;
  randomSeed?: number;
  /** Heap budget in bytes; charging past it raises MemoryError. */
  memoryLimit?: number;
  /** Python 3 ints beyond 32 bits: big ints ("promote", the default) or OverflowError. */
  intOverflow?: "promote" | "error";
}

export class FakeCore implements CoreApi {
  readonly id = 0;
  readonly numCores = 1;
  readonly isHost = false;
  readonly coreType = "device";
  /** A lone core: output goes to `output`, input is at its end, messaging raises. */
  readonly port: CorePort = standalonePort((text) => (this.output += text), () => null, (bytes) => this.charge(bytes));
  readonly dialect: "python3" | "classic";
  readonly float32: boolean;
  readonly intOverflow: "promote" | "error";
  readonly randomSeed: number;
  readonly memoryLimitBytes: number;
  /** Bytes charged so far. */
  used = 0;
  gcCalls = 0;
  output = "";
  recursionLimit = 1000;
  private readonly states = new Map<string, unknown>();

  callDepth(): number {
    return 0;
  }

  constructor(opts: FakeCoreOptions = {}) {
    this.dialect = opts.dialect ?? "python3";
    this.float32 = opts.float32 ?? false;
    this.intOverflow = opts.intOverflow ?? "promote";
    this.randomSeed = opts.randomSeed ?? 2024;
    this.memoryLimitBytes = opts.memoryLimit ?? Infinity;
  }

  float(x: number): PyFloat {
    return new PyFloat(this.float32 ? Math.fround(x) : x);
  }
  newList(items: Value[]): PyList {
    this.charge(8 + 4 * items.length);
    return new PyList(items);
  }
  newTuple(items: Value[]): PyTuple {
    this.charge(8 + 4 * items.length);
    return new PyTuple(items);
  }
  newStr(s: string): string {
    this.charge(8 + s.length);
    return s;
  }
  charge(bytes: number): void {
    this.used += bytes;
    if (this.used > this.memoryLimitBytes) throw new PyError("MemoryError", "out of memory");
  }
  write(text: string): void {
    this.port.write(text);
  }
  call(): Value {
    throw new Error("FakeCore.call is not supported");
  }
  getAttr(): Value {
    throw new Error("FakeCore.getAttr is not supported");
  }
  importModule(name: string): PyModule {
    const factory = standardModules.get(name);
    if (!factory) throw new PyError("ModuleNotFoundError", `No module named '${name}'`);
    return factory(this);
  }
  moduleState<T>(key: string, create: () => T): T {
    if (!this.states.has(key)) this.states.set(key, create());
    return this.states.get(key) as T;
  }
  exit(): void {}
  writeError(): void {}
  readonly argv: readonly string[] = [];
  /** What memory.gc() calls (added to the real core by the lead). */
  collectGarbage(): void {
    this.gcCalls++;
  }
}

/** A module of a fresh fake core, with a shortcut to call its functions. */
export function load(name: string, opts: FakeCoreOptions = {}) {
  const core = new FakeCore(opts);
  const mod = core.importModule(name);
  const call = (fn: string, args: Value[] = [], kwargs?: Record<string, Value>): Value => {
    const f = mod.get(fn);
    if (!(f instanceof BuiltinFunction)) throw new Error(`${name}.${fn} is not a builtin function`);
    const kw: Kwargs = kwargs ? new Map(Object.entries(kwargs)) : null;
    const r = f.fn(core, args, kw);
    if (typeof r === "symbol") throw new Error("unexpected SUSPEND");
    return r;
  };
  return { core, mod, call };
}

/** A float value. */
export const F = (x: number) => new PyFloat(x);

/** A plain list / nested list value (not charged to any core). */
type Nested = Value | Nested[];
export function L(...items: Nested[]): PyList {
  return new PyList(items.map((v) => (Array.isArray(v) ? L(...v) : v)));
}

/** Converts lists and tuples to JS arrays (recursively) and floats to numbers. */
export function js(v: Value): unknown {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(js);
  if (v instanceof PyFloat) return v.v;
  return v;
}

/** Runs f and returns the PyError it throws (kind and message), or fails. */
export function pyError(f: () => unknown): { kind: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof PyError) return { kind: e.kind, message: e.pyMessage };
    throw e;
  }
  throw new Error("expected a PyError");
}
