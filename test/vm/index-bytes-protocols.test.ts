// Neighbours of the number protocols: objects with __index__ as slice bounds, byte
// and memoryview indices, bytes() counts and %-format ints; bytes() through
// __bytes__; complex.__complex__. Compared with CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("__index__, __bytes__ and __complex__", {
  "__index__ where ints go": `class I:
    def __index__(self): return 2
class Neg:
    def __index__(self): return -1
i = I()
print([0, 1, 2, 3, 4][i:], (1, 2, 3, 4)[:i], "abcdef"[i::i], [0, 1, 2, 3][Neg():], range(10)[i:Neg()])
print(b'abcdef'[i], bytearray(b'abcdef')[Neg()], memoryview(b'abcdef')[i], b'abcdef'[i:], bytes(i), bytearray(i))
class MyI(int): pass
print(bytes(MyI(3)), b'xyz'[MyI(1)], [1, 2, 3][MyI(1):])
ba = bytearray(b'abc')
ba[i] = 65
del ba[Neg()]
print(ba)
print("%d %x %o %X %i" % (MyI(10), MyI(255), I(), Neg(), MyI(-3)), b"%d %x" % (i, Neg()))
class N:
    def __int__(self): return 7
print("%d %5.2d|%-4x|" % (N(), i, Neg()))
`,
  "__bytes__ and __complex__": `class By:
    def __bytes__(self): return b"by"
print(bytes(By()), bytes(b"x"), bytes([1, 2]), b"ab".__bytes__(), hasattr(bytearray(), "__bytes__"))
class Sub(bytes): pass
class ByS:
    def __bytes__(self): return Sub(b"s")
print(bytes(ByS()), type(bytes(ByS())).__name__)
z = 1+2j
print(z.__complex__(), z.__complex__() is z)
class C(complex): pass
print(type(C(1, 2).__complex__()).__name__, C(1, 2).__complex__())
class Cx:
    def __complex__(self): return 3j
print(complex(Cx()))
`,
}, [
  ["class B:\n    def __bytes__(self): return 's'\nbytes(B())", "TypeError: __bytes__ returned non-bytes (type str)"],
  ["class B:\n    def __bytes__(self): return b''\nbytearray(B())", "TypeError: cannot convert 'B' object to bytearray"],
  ["b'abc'[2**70]", "IndexError: cannot fit 'int' into an index-sized integer"],
  ["class I:\n    def __index__(self): return 9\nb'abc'[I()]", "IndexError: index out of range"],
  ["b'abc'[1.5]", "TypeError: byte indices must be integers or slices, not float"],
  ["'%x' % 1.5", "TypeError: %x format: an integer is required, not float"],
  ["class N:\n    def __int__(self): return 7\n'%x' % N()", "TypeError: %x format: an integer is required, not N"],
  ["[1, 2][1.5:]", "TypeError: slice indices must be integers or None or have an __index__ method"],
]);
