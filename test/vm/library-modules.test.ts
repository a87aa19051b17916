// Class annotations, Ellipsis, __setattr__/__delattr__ hooks and the library modules
// written in ePython (typing, json), compared with CPython 3.11 where it is on the machine.
import { describe, expect, it } from "vitest";
import { output } from "../helpers/runSource.js";

const out = async (src: string) => output(src);

describe("class annotations", () => {
  it("become __annotations__ as source text, in order, class bodies only", async () => {
    const src = [
      "class P:",
      "    x: int",
      "    y: 'List[int]' = 3",
      "    z : dict[str,   list[int]] = {}",
      "    def f(self):",
      "        q: int = 1",
      "        return q",
      "    if True:",
      "        w: float = 1.5",
      "print(P.__annotations__)",
      "print(P.y, P().f(), P.w, hasattr(P, 'x'))",
    ].join("\n");
    expect(await out(src)).toBe(
      "{'x': 'int', 'y': \"'List[int]'\", 'z': 'dict[str, list[int]]', 'w': 'float'}\n3 1 1.5 False\n");
  });
});

describe("Ellipsis", () => {
  it("is one object, printed as CPython does", async () => {
    expect(await out("def f(): ...\nprint(f(), ..., type(...).__name__, ... is Ellipsis)\n"))
      .toBe("None Ellipsis ellipsis True\n");
  });
});

describe("__setattr__ and __delattr__", () => {
  it("hook every assignment, object.__setattr__ bypasses, late hooks count", async () => {
    const src = [
      "class D:",
      "    def __setattr__(self, k, v):",
      "        print('set', k, v)",
      "        object.__setattr__(self, k, v)",
      "    def __delattr__(self, k):",
      "        print('del', k)",
      "        object.__delattr__(self, k)",
      "class E(D):",
      "    def __init__(self):",
      "        self.a = 1",
      "d = E(); d.q = 3; print(d.q); del d.q; print(hasattr(d, 'q'))",
      "class F:",
      "    pass",
      "def frozen(self, k, v):",
      "    raise AttributeError('frozen ' + k)",
      "f = F(); f.x = 1",
      "F.__setattr__ = frozen",
      "try:",
      "    f.y = 2",
      "except AttributeError as ex:",
      "    print(ex, f.x)",
    ].join("\n");
    expect(await out(src)).toBe("set a 1\nset q 3\n3\ndel q\nFalse\nfrozen y 1\n");
  });
});

describe("typing", () => {
  it("names can be imported, subscripted and printed", async () => {
    const src = [
      "from typing import List, Dict, Optional, Tuple, TypeVar, cast",
      "import typing",
      "Vector = List[float]",
      "T = TypeVar('T')",
      "def first(xs: List[T]) -> Optional[T]:",
      "    return xs[0] if xs else None",
      "print(first([3]), Vector, Dict[str, Tuple[int, ...]], T, cast(int, 'x'))",
      "print(typing.Optional[int], typing.TYPE_CHECKING, Vector == List[float])",
    ].join("\n");
    expect(await out(src)).toBe(
      "3 typing.List[float] typing.Dict[str, typing.Tuple[int, ...]] ~T x\ntyping.Optional[int] False True\n");
  });
});

describe("json", () => {
  it("dumps and loads as CPython 3.11 (options, escapes, errors)", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const dir = join(__dirname, "fixtures", "json");
    expect(output(readFileSync(join(dir, "json.py"), "utf8"), { float64: true }))
      .toBe(readFileSync(join(dir, "json.out"), "utf8"));
  });
});

describe("function attributes, functools.wraps and lru_cache with keywords", () => {
  it("as CPython 3.11 (cache_info, cache_clear, __wrapped__, counters on functions)", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const dir = join(__dirname, "fixtures", "functools");
    expect(output(readFileSync(join(dir, "wraps_cache.py"), "utf8"))).toBe(readFileSync(join(dir, "wraps_cache.out"), "utf8"));
  });
});
