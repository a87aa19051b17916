import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";

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
