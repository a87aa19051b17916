// pprint (library module, src/vm/modules/pprintSource.ts) against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("pprint", {
  "pprint/pformat width wrapping, sort_dicts, compact, depth, strings, bytes, recursion": `import pprint
data = {"zeta": [1, 2, 3], "alpha": {"nested": list(range(30)), "b": (1, 2, "three")}, "mid": {3, 1, 2}, "s": "x" * 30}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(list(range(40)), compact=True, width=50)
print(pprint.pformat([("a" * 20, "b" * 20, "c" * 20), {"k": frozenset([1, 2])}], indent=4))
pprint.pprint({"text": "the quick brown fox jumps over the lazy dog " * 3}, width=50)
pprint.pprint([b"0123456789" * 8, bytearray(b"abc" * 30)], width=40)
pprint.pprint([[1, [2, [3, [4, [5]]]]]], depth=3)
pprint.pp({"b": 1, "a": 2})
print(pprint.saferepr({"b": [1, 2], "a": (3,)}), pprint.isreadable([1, "x"]), pprint.isreadable([object]))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.pformat(r).startswith("[1, 2, <Recursion on list with id="))
pprint.pprint(10**40, underscore_numbers=True)
pprint.pprint([10**12] * 8, underscore_numbers=True, width=30)
pp = pprint.PrettyPrinter(indent=2, width=20)
pp.pprint({"one": 1, "two": [2, 2], "three": {"x": None}})
pprint.pprint([])
pprint.pprint(())
pprint.pprint({})
pprint.pprint((1,))
pprint.pprint(set())
pprint.pprint({1: "a", "b": 2, None: 3, 2.5: 4}, width=10)
`,
}, [
  ["import pprint\npprint.PrettyPrinter(width=0)", "ValueError: width must be != 0"],
  ["import pprint\npprint.pformat([1], depth=0)", "ValueError: depth must be > 0"],
]);
