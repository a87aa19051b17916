// array.array slices as CPython's array_subscr / array_ass_subscr: reading a slice
// gives a new array of the same typecode, only a same-typecode array may be assigned
// to one, an extended slice assigned an empty array is deleted. Found by pyperformance's
// scimark (copy_vector's `vec2[:] = vec[:]`, ArrayList.copy_data_from's `l1[:] = l2`).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "array.array slices against CPython",
  {
    "read: steps, negative bounds, empty, typecode kept": `from array import array
a = array('d', [1.0, 2.0, 3.0, 4.0, 5.0])
print(a[1:3], a[::-1], a[::2], a[5:], a[-2:], a[1:4:2], a[3:1])
print(type(a[1:2]).__name__, a[1:2].typecode, a[:] == a, a[:] is a)
print(array('b', [1, -2, 3])[::-1], array('Q', [2**64 - 1, 1])[:1])
`,
    "assign: resizing, extended, to itself, scimark's copies": `from array import array
b = array('i', range(10))
b[2:5] = array('i', [7]); print(b)
b[::3] = array('i', [0, 0, 0]); print(b)
b[:] = b; print(b)
b[::-1] = b; print(b)
b[1:1] = array('i', [9, 9]); print(b, len(b))
b[::2] = array('i'); print(b)
vec = array('d', [0.5, 0.25])
vec2 = array('d'); vec2[:] = vec[:]; print(vec2, vec2 == vec)
rows = [array('d', [0]) * 3 for _ in range(2)]
for l1, l2 in zip(rows, [array('d', [1, 2, 3]), array('d', [4, 5, 6])]):
    l1[:] = l2
print(rows)
`,
    "delete: step 1, extended, negative step": `from array import array
b = array('h', range(12))
del b[::-2]; print(b)
del b[0:2]; print(b)
del b[::3]; print(b)
del b[5:]; print(b)
del b[:]; print(b)
`,
  },
  [
    ["from array import array\na = array('d', [1.0])\na[0:1] = [2.0]", 'TypeError: can only assign array (not "list") to array slice'],
    ["from array import array\na = array('d', [1.0])\na[:] = array('f', [2.0])", "TypeError: bad argument type for built-in operation"],
    ["from array import array\na = array('i', range(6))\na[::2] = array('i', [1])", "ValueError: attempt to assign array of size 1 to extended slice of size 3"],
    ["from array import array\na = array('i', range(6))\na[::0]", "ValueError: slice step cannot be zero"],
    ["from array import array\na = array('i', range(6))\na['x']", "TypeError: array indices must be integers"],
  ],
);
