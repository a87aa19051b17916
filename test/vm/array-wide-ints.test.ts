// array.array elements past int32 (MicroPython's array_intbig, array_q,
// array_intbig_write, array_overflow_intbig, memoryview_intbig): unsigned 32-bit and
// 64-bit typecodes hold their whole CPython range, exactly, and keep it through bytes,
// memoryview and struct; out-of-range values raise CPython's OverflowError.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "array.array with ints past int32",
  {
    "unsigned 32-bit and 64-bit elements": `from array import array
a = array('I', [0])
for v in (0x80000000, 0xDEADBEEF, 2**32 - 1):
    a[0] = v
    print(hex(a[0]), a[0] + 1)
print(array('L', [0, 2**32-1]), array('l', [-2**31, 0, 2**31-1]))
print(array('q', [-2**63, -1, 0, 1, 2**53 + 1, 2**63-1]))
print(array('Q', [0, 1, 2**64-1]), array('Q', [2**64-1])[0] - 1)
print(bytes(array('q', [-1])), bytes(array('Q', [2**64-1])), bytes(array('I', [0xDEADBEEF])))
print(array('Q', bytes(array('Q', [2**64 - 2, 3]))), array('q', b'\\xff' * 8))
print(list(memoryview(array('I', [0x7f000000, 0x80000000, 0xffffffff]))))
q = array('q', [2**62, -2**62]); q.append(2**63 - 1); q.extend([5]); q.insert(0, -2**63)
print(q, q.count(2**62), q.index(-2**62), 2**63 - 1 in q, q.pop(), q.tolist(), sum(q), q == array('q', q.tolist()))
print(array('d', [2**70, 1]), array('Q', range(3)) * 2)
for code, v in (('Q', -1), ('Q', 2**64), ('q', 2**63), ('q', -2**63 - 1), ('L', 2**64), ('L', -2**64), ('I', 2**32), ('I', 2**64), ('i', 2**31), ('b', 2**63), ('H', -2**64)):
    try:
        array(code, [v])
    except OverflowError as e:
        print(code, 'OverflowError', e)
`,
  },
  [
    ["from array import array\narray('I', [1.0])", "TypeError: 'float' object cannot be interpreted as an integer"],
    ["from array import array\na = array('Q', [0])\na[0] = 2**64", "OverflowError: int too big to convert"],
  ],
);
