// Host code never spreads a Python-sized sequence into a call's arguments
// (push(...items)): past ~100,000 items V8 overflows its stack, which reached users
// as "internal error: Maximum call stack size exceeded".
import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";

describe("long sequences through host code", () => {
  it("heapq.merge of a 300,000-item input", () => {
    expect(output("import heapq\nm = list(heapq.merge(range(300000), [5]))\nprint(len(m), m[:7], m[-1])", { profile: "host" }))
      .toBe("300001 [0, 1, 2, 3, 4, 5, 5] 299999\n");
  });

  it("an exception note of 300,000 lines ending a core", () => {
    const r = runSource("e = ValueError('v')\ne.add_note('x\\n' * 300000)\nraise e\n", { profile: "host" });
    expect(r.error?.kind).toBe("ValueError");
    expect(r.error?.notes?.length).toBe(300001);
  });
});
