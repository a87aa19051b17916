// The struct module compared with CPython 3.11: formats, sizes and alignment, every
// code, byte orders, big ints for q/Q, CPython's struct.error messages, the buffer
// protocol (bytes, bytearray, array.array) and Struct objects.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output } from "../helpers/runSource.js";

describeCPythonParity("struct (CPython parity)", {
  "ranges and messages": `import struct
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print('struct' if isinstance(e, struct.error) else 'builtins', type(e).__name__, e)
P=struct.pack
t(P, 'b', 128); t(P,'b',-129); t(P,'B',256); t(P,'B',-1); t(P,'h',40000); t(P,'H',-1); t(P,'i',2**31); t(P,'I',-1); t(P,'l',2**63); t(P,'L',-1); t(P,'q',2**63); t(P,'Q',-1); t(P,'Q',2**64)
t(P,'<b',128); t(P,'<B',256); t(P,'<h',40000); t(P,'<H',-1); t(P,'<i',2**31); t(P,'<I',-1); t(P,'<l',2**31); t(P,'<L',-1);t(P,'<L',2**32); t(P,'<q',2**63); t(P,'<Q',-1); t(P,'<Q',2**64);t(P,'n',2**63);t(P,'N',-1)
t(P,'<n',1); t(P,'<P',1); t(P,'P',-1)
t(P,'i',1.5); t(P,'i','x'); t(P,'f','x'); t(P,'f',1e300); t(P,'e',1e6); t(P,'d',2**1100)
t(P,'c',b'ab'); t(P,'c','a'); t(P,'s','a'); t(P,'3s',b'abcdef'); t(P,'3p',b'abcdef'); t(P,'i'); t(P,'i',1,2); t(P,'z',1); t(P,'3',1); t(P,'<3x'); t(P, 'ii', 1)
t(struct.unpack,'i',b'abc'); t(struct.unpack_from,'i',b'abcde',2); t(struct.pack_into,'i',bytearray(5),2,1); t(struct.pack_into,'i',bytearray(5),-7,1)
t(struct.pack_into,'i',b'12345',0,1)
t(struct.iter_unpack,'i',b'abcde'); t(struct.iter_unpack,'',b'')
t(struct.calcsize,'@bi'); t(struct.calcsize,'bi'); t(struct.calcsize,'=bi'); t(struct.calcsize,'<bqh'); t(struct.calcsize, 'bq'); t(struct.calcsize,'i b'); t(struct.calcsize,'0s'); t(struct.calcsize,'ci')
t(P,'?',[]); t(P,'?','x'); t(P,'>hHiIqQ', -2, 3, -4, 5, -6, 7); t(P,'@hxi',1,2)
t(struct.unpack,'<hHiIqQ?cs3s', P('<hHiIqQ?cs3s', -2, 3, -4, 5, -6, 7, True, b'x', b'y', b'zz'))
`,
  "layouts, codes and buffers": `import struct
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print('struct' if isinstance(e, struct.error) else 'builtins', type(e).__name__, e)
P=struct.pack
t(P, 'e', 1.5); t(struct.unpack, '<e', b'\\x00\\x3c'); t(P, '<e', 65504.0); t(P,'<e',65520.0); t(P,'<e',1e-8); t(P,'<e',float('nan')); t(P,'<e',-0.0); t(P,'<e',float('inf'))
t(P, 'q', 2**62); t(struct.unpack, '<Q', b'\\xff'*8); t(struct.unpack,'>q', b'\\x80'+b'\\0'*7)
t(P,'5p',b'ab'); t(struct.unpack,'5p',b'\\x09abcd'); t(P,'0p',b'a'); t(P,'1p',b'a')
s=struct.Struct('<ih'); print(s.format, s.size, s.pack(1,2), s.unpack(s.pack(1,2)), list(s.iter_unpack(b'\\1\\0\\0\\0\\2\\0'*2)))
t(struct.Struct, 'q!'); t(P, 'i', True); t(P, 'f', 1); t(P,'d',2**70)
t(struct.calcsize, b'<i'); t(struct.unpack,'i',bytearray(b'abcd'))
t(P, '!i', 1); t(P,'<3s', b'a'); t(P,'<s',b'')
print(type(s).__name__); t(P,'2c',b'a',b'b'); t(P, 'i', None)
t(P, '<1000000000000000000000i')
t(P, 'i', 2**100); t(P,'<q',2**100)
`,
  "buffers, keywords, Struct": `import struct
from array import array
a = array('i', [1, 2, 3])
print(struct.unpack('3i', a))
struct.pack_into('<i', a, 4, 99)
print(a)
print(struct.unpack_from('<h', b'\\x01\\x02\\x03', offset=1))
print(struct.unpack_from('<h', buffer=b'\\x01\\x02\\x03'))
s = struct.Struct(b'>H')
print(s.format, s.size, s.unpack_from(b'\\x00\\x01\\x02', 1))
ba = bytearray(8)
s.pack_into(ba, 2, 513)
print(ba)
it = struct.iter_unpack('<H', b'\\x01\\x00\\x02\\x00')
print(next(it), list(it))
print(struct.pack('>q', -2), struct.unpack('>Q', struct.pack('>q', -2)))
print(struct.pack('<d', 1.1), struct.unpack('<d', struct.pack('<d', 1.1)), struct.unpack('<f', struct.pack('<f', 1.1)))
print(struct.pack('2s3p?', b'abc', b'xy', 5))
try:
    struct.pack_into('<i', bytearray(4), -8, 1)
except struct.error as e:
    print(e)
try:
    struct.pack_into('<i', bytearray(4), -3, 1)
except struct.error as e:
    print(e)
print(struct.calcsize('@c i c d'), struct.calcsize('P'), struct.calcsize('@e'), struct.calcsize('2e i'))
print(struct.pack('@bhbi', 1, 2, 3, 4))
try:
    struct.pack()
except TypeError as e:
    print(e)
try:
    struct.Struct(3)
except TypeError as e:
    print(e)
print(issubclass(struct.error, Exception), struct.error.__name__)
`,
}, [
  ["import struct\nstruct.pack('i', 'x')", "struct.error: required argument is not an integer"],
  ["import struct\nstruct.unpack('<i', b'abc')", "struct.error: unpack requires a buffer of 4 bytes"],
  ["import struct\nstruct.pack('<e', 1e6)", "OverflowError: float too large to pack with e format"],
  ["import struct\nstruct.pack_into('i', b'1234', 0, 1)", "TypeError: argument must be read-write bytes-like object, not bytes"],
  ["import struct\nstruct.unpack('i', 'abcd')", "TypeError: a bytes-like object is required, not 'str'"],
  // Big-endian formats use CPython's generic bp_* packers, not the native ones "<" borrows.
  ["import struct\nstruct.pack('>Q', -1)", "struct.error: int too large to convert"],
  ["import struct\nstruct.pack('!q', 2**63)", "struct.error: int too large to convert"],
  ["import struct\nstruct.pack('>h', 40000)", "struct.error: 'h' format requires -32768 <= number <= 32767"],
  ["import struct\nstruct.pack('>H', -1)", "struct.error: argument out of range"],
  ["import struct\nstruct.pack('>H', 70000)", "struct.error: 'H' format requires 0 <= number <= 65535"],
  ["import struct\nstruct.pack('!b', 200)", "struct.error: byte format requires -128 <= number <= 127"],
  ["import struct\nstruct.pack('<H', -1)", "struct.error: ushort format requires 0 <= number <= 65535"],
  // An int that overflows a float format: pack_internal's struct.error, not the OverflowError.
  ["import struct\nstruct.pack('<f', 10**40)", "struct.error: int too large to convert"],
  ["import struct\nstruct.pack('<e', 10**6)", "struct.error: int too large to convert"],
  ["import struct\nstruct.pack('<e', 1e6)", "OverflowError: float too large to pack with e format"],
]);

describeCPythonParity("struct: a zero repeat count still aligns in native mode", {
  align: "import struct\nprint(struct.calcsize('b0q'), struct.calcsize('b0i'), struct.calcsize('c0l'), struct.calcsize('ih'), struct.calcsize('bq'), struct.pack('b0q', 1), struct.pack('<b0q', 1), struct.pack('f', 10**40))\n",
}, []);

describe("struct: ePython specifics", () => {
  it("floats unpack at the core's precision (float32 by default)", () => {
    expect(output("import struct\nprint(struct.unpack('<d', struct.pack('<d', 0.1))[0] == 0.1)")).toBe("True\n");
  });
});
