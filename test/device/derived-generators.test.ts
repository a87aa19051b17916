// enumerate, zip, map and filter over a generator whose body receives messages
// (`enumerate(recv(p) for p in peers)`): the generator's body runs in place, where it
// may block the core, in a for loop and in the builtins that consume a whole iterable
// (tupleIterators.ts DerivedIterator, generators.ts consumeWith). Every program runs
// interpreted, compiled at once and with the default threshold; the expected outputs
// are CPython 3.11's with a thread per core standing in for `parallel`.
import { afterAll, describe, expect, it } from "vitest";
import { setBaselineHotThreshold } from "../../src/vm/jit/baseline.js";
import { linesOf, py, runDevice } from "./helpers.js";

afterAll(() => setBaselineHotThreshold(64));

const MODES: [string, number][] = [["interpreted", 0], ["compiled", 1], ["default threshold", 3]];

/** Core 0's lines, the same in every mode (and no error, no deadlock). */
function rootLines(src: string, cores = 4): string[] {
  let first: string[] | null = null;
  for (const [name, hot] of MODES) {
    setBaselineHotThreshold(hot);
    const r = runDevice(src, { cores });
    expect(r.error, name).toBeNull();
    expect(r.stuck, name).toBeNull();
    const lines = linesOf(r.out, 0);
    if (first === null) first = lines;
    else expect(lines, name).toEqual(first);
  }
  return first!;
}

const HEAD = py(
  "from parallel import coreid, numcores, send, recv",
  "def incoming():",
  "    return (recv(src) for src in range(1, numcores()))",
);

describe("a for loop over enumerate/zip/map/filter of a receiving generator", () => {
  it("takes each message as it arrives, in CPython's order", () => {
    const src = HEAD + py(
      "if coreid() == 0:",
      "    for i, v in enumerate(incoming()):",
      "        print('enum', i, v)",
      "    for t in enumerate(incoming(), 1):",
      "        print('tuple', t)",
      "    for a, b in zip(incoming(), incoming()):",
      "        print('pair', a, b)",
      "    for v in map(lambda x: -x, filter(lambda x: x % 2 == 0, incoming())):",
      "        print('odd', v)",
      "    print([a * b for a, b in zip(range(3), incoming())])",
      "    print({i: v for i, v in enumerate(incoming())})",
      "else:",
      "    for k in range(7):",
      "        send(coreid() * 100 + k, 0)",
    );
    expect(rootLines(src)).toEqual([
      "enum 0 100", "enum 1 200", "enum 2 300",
      "tuple (1, 101)", "tuple (2, 201)", "tuple (3, 301)",
      "pair 102 103", "pair 202 203", "pair 302 303",
      "odd -104", "odd -204", "odd -304",
      "[0, 205, 610]",
      "{0: 106, 1: 206, 2: 306}",
    ]);
  });

  it("zip stops at its shortest argument without receiving once more", () => {
    const src = HEAD + py(
      "if coreid() == 0:",
      "    for name, v in zip(['a', 'b'], incoming()):",
      "        print(name, v)",
      "    print('left over', recv(3))",
      "else:",
      "    send(coreid(), 0)",
    );
    expect(rootLines(src)).toEqual(["a 1", "b 2", "left over 3"]);
  });
});

describe("builtins consuming enumerate/zip/map/filter of a receiving generator", () => {
  it("list, sum, dict, str.join, tuple, sorted, set, min, any", () => {
    const src = HEAD + py(
      "if coreid() == 0:",
      "    print(list(enumerate(incoming())))",
      "    print(sum(map(lambda x: x * 2, incoming())))",
      "    print(dict(zip('xyz', incoming())))",
      "    print('-'.join(map(str, incoming())))",
      "    print(tuple(zip(incoming(), incoming())))",
      "    print(sorted(enumerate(incoming()), key=lambda p: -p[1]))",
      "    print(sorted(set(map(lambda v: v % 10, incoming()))))",
      "    print(min(zip(incoming(), 'abc')))",
      "    print(list(filter(None, map(lambda v: v % 2, incoming()))))",
      "    print(all(map(lambda v: v > 0, incoming())))",
      "else:",
      "    for k in range(11):",
      "        send(coreid() * 100 + k, 0)",
    );
    expect(rootLines(src)).toEqual([
      "[(0, 100), (1, 200), (2, 300)]",
      "1206",
      "{'x': 102, 'y': 202, 'z': 302}",
      "103-203-303",
      "((104, 105), (204, 205), (304, 305))",
      "[(2, 306), (1, 206), (0, 106)]",
      "[7]",
      "(108, 'a')",
      "[1, 1, 1]",
      "True",
    ]);
  });

  it("list.extend and set.update of one, items added as they arrive", () => {
    const src = HEAD + py(
      "if coreid() == 0:",
      "    results = ['start']",
      "    results.extend(recv(c) for c in range(1, numcores()))",
      "    results.extend(map(str.upper, (recv(c) for c in range(1, numcores()))))",
      "    print(results)",
      "    seen = {'x'}",
      "    seen.update(recv(c) % 2 for c in range(1, numcores()))",
      "    print(sorted(seen, key=str))",
      "else:",
      "    send(coreid() * 5, 0)",
      "    send(f'w{coreid()}', 0)",
      "    send(coreid(), 0)",
    );
    expect(rootLines(src)).toEqual(["['start', 5, 10, 15, 'W1', 'W2', 'W3']", "[0, 1, 'x']"]);
  });

  it("zip(strict=True) reports the shorter generator as CPython does", () => {
    const src = HEAD + py(
      "if coreid() == 0:",
      "    try:",
      "        list(zip(incoming(), (recv(1) for _ in range(3)), strict=True))",
      "    except ValueError as e:",
      "        print(e)",
      "else:",
      "    for k in range(4 if coreid() == 1 else 1):",
      "        send(k, 0)",
    );
    expect(rootLines(src, 3)).toEqual(["zip() argument 2 is longer than argument 1"]);
  });

  it("an error in the generator's body names its line, the loop's line above it", () => {
    const src = HEAD + py(
      "if coreid() == 0:",
      "    g = (100 // recv(src) for src in range(1, numcores()))",
      "    for i, v in enumerate(g):",
      "        print(i, v)",
      "else:",
      "    send(coreid() - 1, 0)",
    );
    setBaselineHotThreshold(0);
    const r = runDevice(src, { cores: 3 });
    expect(linesOf(r.out, 0)).toEqual([]);
    expect(r.error).toBe("ZeroDivisionError: integer division or modulo by zero");
    expect(r.result.failure?.core).toBe(0);
    expect(r.result.failure?.error.traceback.map((t) => t.line)).toEqual([6, 5]);
  });
});
