import { describe, expect, it } from "vitest";
import { F, L, load, pyError } from "./fakeCore.js";

describe("memory", () => {
  it("free accepts heap values and refuses scalars with the original's message", () => {
    const { call, core } = load("memory");
    expect(call("free", [L(1, 2)])).toBe(null);
    expect(call("free", [core.newTuple([1])])).toBe(null);
    expect(call("free", ["text"])).toBe(null);
    for (const v of [1, F(2.5), true, null]) {
      expect(pyError(() => call("free", [v]))).toEqual({ kind: "ValueError", message: "Attempting to free non allocated heap memory" });
    }
    expect(pyError(() => call("free", [])).kind).toBe("TypeError");
  });

  it("gc runs the core's collector and returns None", () => {
    const { call, core } = load("memory");
    expect(call("gc")).toBe(null);
    expect(call("gc")).toBe(null);
    expect(core.gcCalls).toBe(2);
    expect(pyError(() => call("gc", [1])).message).toBe("gc() takes no arguments (1 given)");
  });

  it("used/limit report the core's figures when it has them", () => {
    const { call, core } = load("memory");
    expect(pyError(() => call("used"))).toEqual({ kind: "NotImplementedError", message: "memory.used() is not available on this core" });
    expect(pyError(() => call("limit")).kind).toBe("NotImplementedError");
    const c = core as typeof core & { memoryUsed(): number; memoryLimit(): number };
    c.memoryUsed = () => 1234;
    c.memoryLimit = () => 32768;
    expect(call("used")).toBe(1234);
    expect(call("limit")).toBe(32768);
  });
});
