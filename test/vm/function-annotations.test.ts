// Function annotations (kept as their source text, as under PEP 563: parser.ts
// annotationText, CodeFlags.ANNOTATIONS), typing.get_type_hints reading them
// (vm/modules/annotations.ts), and functools.singledispatch's @f.register of an
// annotated function, against CPython 3.11 running with `from __future__ import annotations`.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";

describeCPythonParity("function annotations", {
  "__annotations__, get_type_hints and singledispatch": `from __future__ import annotations
import typing
from typing import List, Dict, Optional, Union, Callable, Literal
import collections.abc
from functools import singledispatch
class Node:
    value: int
    children: List[Node]
    parent: Optional["Node"] = None
class Leaf(Node):
    tag: str | None
def f(x: int, y: "str" = "a", *args: float, z: Dict[str, List[int]] = None, **kw: Callable[[int], str]) -> list[int]:
    pass
def g(a: Literal[1, "b"], b: collections.abc.Iterable, c: tuple[int, ...], d: None) -> Optional[int]:
    pass
print(f.__annotations__)
print(typing.get_type_hints(f))
print(typing.get_type_hints(g))
h = typing.get_type_hints(Node)
print(h['value'], typing.get_origin(h['children']), typing.get_args(h['children'])[0].__name__, typing.get_args(h['parent'])[0].__name__)
print(list(typing.get_type_hints(Leaf)), typing.get_type_hints(Leaf)['tag'])
print((lambda x: x).__annotations__, f.__annotations__ is f.__annotations__)
class K:
    def m(self, v: int) -> str:
        return str(v)
print(typing.get_type_hints(K.m), typing.get_type_hints(K().m))
@singledispatch
def show(x):
    return "object"
@show.register
def _(x: int):
    return "int " + str(x)
@show.register
def _(x: list):
    return "list"
@show.register(float)
def _(x):
    return "float"
print(show(1), show([1]), show(2.5), show("s"), show(True))
try:
    @show.register
    def _(x):
        return 0
except TypeError as e:
    print("TypeError", str(e)[:40])
try:
    @show.register
    def _(x: "List[int]"):
        return 0
except TypeError as e:
    print("TypeError", e)
def h(x: Undefined):
    pass
try:
    typing.get_type_hints(h)
except NameError as e:
    print("NameError", e)
`,
  "annotations with a docstring, defaults and closures": `from __future__ import annotations
def outer(n: int):
    def inner(x: "float", *, scale: float = 2.0) -> float:
        "scaled"
        return x * scale + n
    return inner
f = outer(1)
print(f.__doc__, f.__annotations__, f(1.5), f.__defaults__, f.__kwdefaults__, outer.__annotations__)
f.__annotations__["extra"] = "int"
print(f.__annotations__)
class C:
    def method(self, a: list[int], b: dict[str, "C"] | None = None) -> "C":
        return self
print(C.method.__annotations__, C().method.__annotations__ is C.method.__annotations__)
`,
}, [
  ["from __future__ import annotations\nimport typing\ndef h(x: Undefined): pass\ntyping.get_type_hints(h)\n", "NameError: name 'Undefined' is not defined"],
]);

describe("annotations ePython cannot read without eval", () => {
  it.each([
    ["def f(x: lambda: 1): pass\n", "'lambda: 1'"],
    ["def f(x: [i for i in range(3)]): pass\n", "'[i for i in range(3)]'"],
    ["def f(x: 'List[int'): pass\n", "'List[int'"],
  ])("%j is a SyntaxError naming the text, never a NameError on the way", (def, text) => {
    const r = runSource(`import typing\n${def}typing.get_type_hints(f)\n`);
    expect(r.error?.kind).toBe("SyntaxError");
    expect(r.error?.pyMessage).toBe(`ePython cannot evaluate the annotation ${text}: only names, attributes, subscripts, '|' unions and literals are read`);
  });
});
