import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describe.runIf(haveCPython)("array.array (against CPython 3.11)", () => {
  it("typecodes, ranges, methods, operators, errors", () => {
    expectSameAsCPython(`from array import array
import array as arr
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: array('I', [-1])); t(lambda: array('L', [-1])); t(lambda: array('Q', [-1])); t(lambda: array(3)); t(lambda: array('i', [1]).extend(array('d', [1]))); t(lambda: array('i', [1]) + array('d'))
t(lambda: array('b', [200])); t(lambda: array('B', [-1])); t(lambda: array('h', [40000])); t(lambda: array('H', [70000])); t(lambda: array('i', [1.5])); t(lambda: array('f', ['a'])); t(lambda: array('i', 'ab')); t(lambda: array('x'))
a = array('i', [1, 2, 3])
print(a, array('d'), array('f', [0.1]), a.itemsize, array('l').itemsize, array('b').itemsize, array('d', [1]) == array('i', [1]), a.tolist(), a * 2, a + a, 2 in a, 7 in a)
t(lambda: a[5]); t(lambda: a.__setitem__(0, 1.5)); t(lambda: a.pop(7)); t(lambda: array('i').pop()); t(lambda: a.remove(9)); t(lambda: a.index(9))
a[0] = 7; del a[1]; a.insert(0, 5); a.append(9); a.extend([4])
print(a, a.pop(), a.pop(0), a, a.count(7), a.index(3), list(reversed(list(a))), sum(a), sorted(a), len(a), a.typecode, arr.typecodes)
a.reverse(); print(a); a.fromlist([1]); print(a, a[-1], type(a).__name__, isinstance(a, array), arr.ArrayType is array)
b = array('d', range(5)); b[2] = 2.5; b += array('d', [9]); print(b, [x * 2 for x in b], max(b))
x, y = array('B', [250, 5]); print(x, y, bool(array('i')), bool(a))
`);
  });
});

describe("array.array on the device", () => {
  it("elements are charged at their size: 6000 'b' elements fit where a list of them does not", () => {
    const prog = (make: string) => `
import memory
xs = ${make}
memory.gc()
print(len(xs), memory.used() < 7000)
`;
    const arr = runSource("from array import array\n" + prog("array('b', [1]) * 6000"), { strictMemory: true });
    expect(arr.error).toBeNull();
    expect(arr.out).toBe("6000 True\n");
    const list = runSource(prog("[1] * 6000"), { strictMemory: true });
    expect(list.error?.kind).toBe("MemoryError");
  });

  it("a huge initializer raises MemoryError before the host allocates it", () => {
    const r = runSource("from array import array\nx = array('i', range(10**9))\n");
    expect(r.error?.kind).toBe("MemoryError");
  });

  it("float32 cores store 'f' and 'd' elements as core floats", () => {
    expect(output("from array import array\na = array('d', [0.1, 2])\nprint(a, a[0] + a[1])\n")).toBe("array('d', [0.1, 2.0]) 2.1\n");
  });
});

describeCPythonParity("array.array ordering, byteswap, buffer_info, operator messages", {
  ordering: `
from array import array as A
print(A("i", [3, 1, 2]) < A("i", [3, 2]), A("i", [1, 2]) <= A("i", [1, 2]), A("i", [1, 2]) > A("i", [1]), A("d", [1.5]) >= A("i", [2]))
print(A("d", [float("nan")]) < A("d", [1.0]), A("Q", [2**63]) > A("q", [2**62]), A("f", [0.1]) < A("d", [0.1]))
print(sorted([A("b", [3]), A("b", [1, 5]), A("b", [1])]), max(A("h", [2]), A("h", [1, 9])))
`,
  byteswap: `
from array import array as A
a = A("i", [1, 256, -2]); a.byteswap(); print(a)
d = A("d", [1.0, -2.5]); d.byteswap(); print(d != A("d", [1.0, -2.5])); d.byteswap(); print(d)
h = A("h", [1, 2, 3]); addr, n = h.buffer_info(); print(n, type(addr).__name__, addr > 0)
print(2 * A("b", [1]), A("b", [1]) * 2)
`,
}, [
  ["from array import array\narray('i') < [1]", "TypeError: '<' not supported between instances of 'array.array' and 'list'"],
  ["from array import array\narray('i') + 1", "TypeError: can only append array (not \"int\") to array"],
  ["from array import array\na = array('i')\na += [1]", "TypeError: can only extend array with array (not \"list\")"],
  ["from array import array\narray('i') + array('d')", "TypeError: bad argument type for built-in operation"],
  ["from array import array\narray('i', [1]) * 1.5", "TypeError: can't multiply sequence by non-int of type 'float'"],
  ["from array import array\narray('i').foo", "AttributeError: 'array.array' object has no attribute 'foo'"],
]);

describeCPythonParity("array.array('u'): code points, tounicode/fromunicode", {
  unicode: `
from array import array
u = array("u", "hi there")
print(u, u.tounicode(), len(u), u[0], u[-1], u[1:4], u.itemsize, "t" in u, u.count("h"), u.index("e"))
u.append("!"); u.extend("ab"); u.fromunicode("xyz"); u.insert(0, "é"); print(u, u.tolist()[:3])
print(array("u"), array("u", ["a", "b"]), array("u", "a😀b"), len(array("u", "a😀b")), repr(array("u", "it's")))
print(array("u", "ab") + array("u", "c"), array("u", "abc") < array("u", "abd"), sorted(array("u", "cab")))
print(array("u", "abc").tobytes(), array("u", b"a\\x00\\x00\\x00b\\x00\\x00\\x00"))
`,
}, [
  ["from array import array\narray('u', [1])", "TypeError: array item must be unicode character"],
  ["from array import array\narray('i', [1]).tounicode()", "ValueError: tounicode() may only be called on unicode type arrays"],
  ["from array import array\narray('u').fromunicode(5)", "TypeError: fromunicode() argument must be str, not int"],
]);
