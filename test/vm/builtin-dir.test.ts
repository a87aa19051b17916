// dir() of built-in values (the names getattr finds on them, from CPython's list of
// built-in attribute names), the "Did you mean" that uses it, and the repr of a
// built-in method bound to a value without identity (an int, a str), against CPython.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";

const publicNames = (expr: string) => `print(${JSON.stringify(expr)}, [n for n in dir(${expr}) if not n.startswith("_")])\n`;

describeCPythonParity("dir() of built-in values", {
  "public names": ["(1, 2)", "{1}", "frozenset()", "[1]", "{1: 2}", "range(3)", "1j", "None", "slice(1)", "'s'.upper", "str", "list", "dict", "tuple"]
    .map(publicNames).join(""),
  "dunders that exist are listed": `for v in (5, 2.5, (1,), [1], {1: 2}, {1}, 's', b'b'):
    d = dir(v)
    print(type(v).__name__, all(n in d for n in ('__class__', '__eq__', '__repr__')), '__len__' in d, '__add__' in d)
`,
  "bound built-in methods of ints and strs print": `r = repr((5).bit_length)
print(r.startswith("<built-in method bit_length of int object at 0x"), repr("ab".upper).startswith("<built-in method upper of str object at 0x"))
print(repr((5).bit_length) == repr((5).bit_length), (5).to_bytes(2, "big"))
`,
  "built-in iterators and types are named as CPython names them": `import re
for f in (lambda: zip()[0], lambda: len(map(len, [])), lambda: iter([]).send(1), lambda: map(1, [1])(),
          lambda: enumerate([])[0], lambda: int.x, lambda: str.lenght, lambda: list.apend):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(re.sub("0x[0-9a-f]+", "ADDR", repr([map(len, []), iter([]), zip(), enumerate([]), reversed((1, 2)), iter({}), iter(range(3))])))
`,
}, [
  ["int.x", "AttributeError: type object 'int' has no attribute 'x'"],
  ["len(map(len, []))", "TypeError: object of type 'map' has no len()"],
]);

describe("the uncaught error of a typo on a built-in value", () => {
  // The report's last line, as CPython 3.11 prints it (suggestions come from dir()).
  for (const [src, suggestion] of [
    ["(5).bit_lenght()", "bit_length"], ["(1.5).is_integr()", "is_integer"], ["(1, 2).cont(1)", "count"],
    ["{1}.ad(2)", "add"], ["frozenset().unoin()", "union"], ["b'x'.decod()", "decode"],
  ]) {
    it(src, () => {
      const r = runSource(`${src}\n`);
      expect(r.error?.kind).toBe("AttributeError");
      expect(r.error?.suggestion).toBe(suggestion);
    });
  }
});
