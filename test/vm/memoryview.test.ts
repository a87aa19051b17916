// memoryview compared with CPython 3.11: views of bytes, bytearray and array.array,
// zero-copy slices that write through, cast, release and the context manager, ==,
// hash, the attributes, CPython's errors; and the view's charge to the core.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output } from "../helpers/runSource.js";

describeCPythonParity("memoryview (CPython parity)", {
  "views, slices, casts, errors": `from array import array
b = bytearray(b'hello world')
m = memoryview(b)
print(len(m), m[0], m[-1], m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides)
s = m[6:]
print(s.tobytes(), bytes(s), s.tolist()[:3], len(s))
s[0] = ord('W')
print(b)
m[0:5] = b'HELLO'
print(b, m[::2].tobytes(), m[::-1].tobytes(), m[::-2].tolist()[:3])
r = memoryview(b'abc')
print(r.readonly, r == b'abc', r == memoryview(b'abc'), r != b'abd', r == bytearray(b'abc'), r == 'abc')
try:
    r[0] = 1
except TypeError as e:
    print(e)
try:
    m[0] = 256
except ValueError as e:
    print(e)
try:
    m[0] = 'x'
except TypeError as e:
    print(e)
try:
    m[100]
except IndexError as e:
    print(e)
try:
    m[0:2] = b'abc'
except ValueError as e:
    print(e)
with memoryview(b) as w:
    print(w[1])
print(repr(w)[:18])
try:
    w[0]
except ValueError as e:
    print(e)
try:
    len(w)
except ValueError as e:
    print(e)
a = array('i', [1, 2, 3, 4])
am = memoryview(a)
print(am.format, am.itemsize, am.nbytes, len(am), am[1], am.tolist())
am[1] = -7
print(a, am.tobytes()[:8])
c = am.cast('B')
print(c.format, len(c), c[4], c[:4].tolist())
c[0] = 9
print(a[0])
bm = memoryview(b).cast('i') if len(b) % 4 == 0 else memoryview(bytearray(8)).cast('i')
print(bm.format, len(bm), bm.tolist())
bm[1] = 2**31 - 1
print(bm.tolist(), bm.obj)
try:
    memoryview('abc')
except TypeError as e:
    print(e)
try:
    m[::2].cast('B')
except TypeError as e:
    print(e)
try:
    am.cast('h')
except TypeError as e:
    print(e)
try:
    memoryview(bytearray(5)).cast('i')
except TypeError as e:
    print(e)
try:
    m.cast('xx')
except ValueError as e:
    print(e)
print(hash(memoryview(b'ab')) == hash(b'ab'))
try:
    hash(m)
except ValueError as e:
    print(e)
print(list(memoryview(b'xyz')), [x for x in m[:3]])
print(memoryview(b'ab').hex(), memoryview(bytes(range(8))).hex(':'), memoryview(bytes(range(8)))[2:6].hex('-', 2), isinstance(m, memoryview), type(m).__name__)
d = memoryview(bytearray(4)).cast('f')
d[0] = 1.5
print(d[0], d.tolist())
e = memoryview(b'abc').cast('c')
print(e[0], e.tolist())
import struct
buf = bytearray(8)
struct.pack_into('<hh', memoryview(buf)[2:], 0, 1, 2)
print(buf, struct.unpack('<hh', memoryview(buf)[2:6]))
print(b''.join([memoryview(b'ab'), b'c']), bytearray(memoryview(b'q')))
mm = memoryview(m)
print(mm[0], mm.obj is b)
m.release()
print(mm[0])
try:
    m.format
except ValueError as e:
    print(e)
`,
}, [
  ["memoryview(b'ab')[5]", "IndexError: index out of bounds on dimension 1"],
  ["memoryview(b'ab')[0] = 1", "TypeError: cannot modify read-only memory"],
  ["m = memoryview(b'ab')\nm.release()\nm.tobytes()", "ValueError: operation forbidden on released memoryview object"],
  ["memoryview(3)", "TypeError: memoryview: a bytes-like object is required, not 'int'"],
]);

describe("memoryview: memory", () => {
  it("a view costs 48 B and shares its object's bytes; the collector traces the object through it", () => {
    const src = [
      "import memory",
      "b = bytearray(1000)",
      "first = memoryview(b)", // the class itself is counted once, with the first view
      "memory.gc()",
      "u0 = memory.used()",
      "views = [memoryview(b) for _ in range(10)]",
      "memory.gc()",
      "u1 = memory.used()",
      "print((u1 - u0 - 8 - 4 * 10) // 10)", // the list: header 8 B + a 4 B slot per view
      "del b",
      "memory.gc()",
      "print(memory.used() - u1)", // the bytearray is kept alive by the views
      "views[0][999] = 7",
      "print(views[5][999])",
    ].join("\n");
    expect(output(src)).toBe("48\n0\n7\n");
  });
});

describeCPythonParity("arrays and the buffer protocol (CPython parity)", {
  "array from bytes, frombytes, tobytes, bytes(array), read-only view attributes": `
from array import array
print(array('h', b'1234'), array('h', bytearray(b'12')), array('h', memoryview(b'12')))
print(array('H', array('b', [1, 2])), array('b', array('I', [1, 2])))
a = array('i', [1])
a.frombytes(b'\\x02\\0\\0\\0')
print(a, a.tobytes(), bytes(a), bytearray(array('h', [1, 2])))
try:
    array('h', b'123')
except ValueError as e:
    print(e)
m = memoryview(b'a')
for name in ('itemsize', 'x'):
    try:
        setattr(m, name, 1)
    except AttributeError as e:
        print(e)
import math, sys
print(math.__name__, sys.__name__)
`,
}, []);
