// A minimal CoreApi for unit tests of the runtime library: allocation just builds the
// values (counting the strings, lists and tuples made), output is collected in `out`.

import { standalonePort } from "../../src/vm/port.js";
import { PyError } from "../../src/vm/errors.js";
import { typeName } from "../../src/vm/args.js";
import { PyFloat, PyList, PyModule, PyTuple, type CoreApi, type Value } from "../../src/vm/values.js";

export interface FakeCore extends CoreApi {
  /** Everything written with write(). */
  out: string[];
  /** How many values were allocated through newStr/newList/newTuple. */
  allocations: number;
}

export function fakeCore(opts: { float32?: boolean; dialect?: "python3" | "classic" } = {}): FakeCore {
  const f32 = opts.float32 ?? true;
  const states = new Map<string, unknown>();
  const core: FakeCore = {
    id: 0,
    numCores: 1,
    isHost: true,
    coreType: "host",
    dialect: opts.dialect ?? "python3",
    float32: f32,
    recursionLimit: 1000,
    callDepth: () => 0,
    out: [],
    allocations: 0,
    float: (x: number) => new PyFloat(f32 ? Math.fround(x) : x),
    newList(items: Value[]) {
      core.allocations++;
      return new PyList(items);
    },
    newTuple(items: Value[]) {
      core.allocations++;
      return new PyTuple(items);
    },
    newStr(s: string) {
      core.allocations++;
      return s;
    },
    charge() {},
    write(text: string) {
      core.port.write(text);
    },
    call() {
      throw new Error("fakeCore.call is not supported");
    },
    getAttr(obj: Value, name: string) {
      // No objects with attributes here: every lookup fails as on a plain value.
      throw new PyError("AttributeError", `'${typeName(obj)}' object has no attribute '${name}'`);
    },
    importModule: (name: string) => new PyModule(name),
    moduleState<T>(key: string, create: () => T): T {
      if (!states.has(key)) states.set(key, create());
      return states.get(key) as T;
    },
    randomSeed: 1,
    // A lone core: output goes to `out`, input is at its end, messaging raises.
    port: standalonePort((text) => core.out.push(text)),
    exit() {},
    writeError() {},
    argv: [],
  };
  return core;
}

/** A float value as the core would make it. */
export const f32 = (x: number) => new PyFloat(Math.fround(x));
export const f64 = (x: number) => new PyFloat(x);
