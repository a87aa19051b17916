// `x in bytes` with any buffer on the left (MicroPython's bytes_compare_array): an
// array.array or memoryview is searched for as its bytes, like CPython.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "bytes containment of buffers",
  {
    "array, memoryview, bytearray and ints in bytes/bytearray": `import array
print(array.array('b', [1, 2]) in b'\\x01\\x02\\x03', array.array('b', [2, 1]) in b'\\x01\\x02\\x03')
print(memoryview(b'\\x02\\x03') in b'\\x01\\x02\\x03', memoryview(b'\\x03\\x02') in bytearray(b'\\x01\\x02\\x03'))
print(array.array('h', [0x0201]) in bytearray(b'\\x01\\x02'), array.array('i') in b'', bytearray(b'23') in b'1234', 50 in b'1234', True in b'\\x01')
`,
  },
  [
    ["print([] in b'')", "TypeError: a bytes-like object is required, not 'list'"],
    ["print('a' in b'abc')", "TypeError: a bytes-like object is required, not 'str'"],
  ],
);
