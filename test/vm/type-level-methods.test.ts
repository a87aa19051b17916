// The static and class methods of the built-in types reached through a value, a type,
// a subclass and its instances (methods/typeLevel.ts); bytes' removeprefix,
// removesuffix and expandtabs; the numbers' __round__/__trunc__/__floor__/__ceil__
// by name. Each printed line is compared with CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("class-level methods of built-in types", {
  "math.trunc/floor/ceil of any value, with CPython's errors": `import math
from fractions import Fraction
for v in (object(), "s", [1], 2.7, -2.7, True, 10**30, Fraction(7, 2)):
    for f in (math.trunc, math.floor, math.ceil):
        try:
            print(f.__name__, f(v))
        except TypeError as e:
            print(f.__name__, "TypeError", e)
`,
  "through a value": `print((5).from_bytes(b'\\x01\\x00', 'big'), (5).from_bytes(b'\\x01\\x00', 'little'))
print(True.from_bytes(b'\\x02', 'big'), bool.from_bytes(b'\\x00', 'big'))
print(b''.fromhex('41 42'), bytearray().fromhex('4142'), type(bytearray(b'x').fromhex('41')).__name__)
print("".maketrans('ab', 'cd'), "abc".translate("".maketrans('ab', 'cd')))
print(b'x'.maketrans(b'a', b'b')[97], bytearray().maketrans(b'a', b'c')[97])
print({}.fromkeys('ab', 0), {1: 2}.fromkeys([3]))
print((1.5).fromhex('0x1.8p1'), (2.0).fromhex('-0x1p-1'))
print(type((5).from_bytes).__name__, callable(b''.fromhex))
`,
  "through a subclass": `class N(int): pass
class F(float): pass
class B(bytes): pass
class BA(bytearray): pass
class D(dict): pass
for v in (N.from_bytes(b'\\x07', 'big'), N(3).from_bytes(b'\\x07', 'big', signed=True), F.fromhex('0x1p3'), F(1).fromhex('0x1p-1'),
          B.fromhex('4142'), B(b'').fromhex('43'), BA.fromhex('41'), D.fromkeys('ab'), D().fromkeys('c', 1)):
    print(type(v).__name__, v)
print(type(N.maketrans) if hasattr(N, 'maketrans') else 'no maketrans on int')
print(B.maketrans(b'a', b'z')[97], type(B.maketrans(b'a', b'z')).__name__)
class Loud(int):
    def __new__(cls, v):
        print("new", cls.__name__, v)
        return super().__new__(cls, v)
print(Loud.from_bytes(b'\\x01\\x02', 'little'))
`,
  "bytes affixes and tabs": `print(b'abc'.removeprefix(b'ab'), b'abc'.removesuffix(b'bc'), b'abc'.removeprefix(b'x'), b'abc'.removeprefix(b''))
print(bytearray(b'abc').removeprefix(b'ab'), bytearray(b'abc').removesuffix(memoryview(b'c')))
ba = bytearray(b'abc')
print(ba.removeprefix(b'x') is ba, ba.removeprefix(b'x') == ba)
b = b'abc'
print(b.removeprefix(b'x') is b)
print(b'a\\tb\\n\\tc'.expandtabs(), bytearray(b'a\\tb').expandtabs(4), b'ab\\tc\\r\\td'.expandtabs(tabsize=3), b'\\t'.expandtabs(0))
print('a\\tb'.expandtabs(3), 'abc'.removeprefix('a'), 'abc'.removesuffix('c'), 'x\\ty'.expandtabs(tabsize=-1))
`,
  "rounding methods of numbers": `print((2.5).__round__(), (3.5).__round__(), (2.567).__round__(2), (2.5).__round__(None), (7).__round__(-1), (7).__round__())
print((2.5).__trunc__(), (-2.5).__trunc__(), (2.5).__floor__(), (-2.5).__floor__(), (2.5).__ceil__(), (-2.5).__ceil__())
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), True.__round__(), True.__floor__(), (2**70).__floor__())
print((1e20).__floor__(), (-1e20).__ceil__(), type((2.0).__floor__()).__name__)
import math
class R:
    def __round__(self, n=None): return ("R", n)
    def __trunc__(self): return 't'
    def __floor__(self): return 'f'
    def __ceil__(self): return 'c'
print(round(R()), round(R(), 3), math.trunc(R()), math.floor(R()), math.ceil(R()))
print(round(2.675, 2), round(-0.5), round(1234, -2))
`,
}, [
  ["b'abc'.removeprefix('a')", "TypeError: a bytes-like object is required, not 'str'"],
  ["b'abc'.expandtabs('a')", "TypeError: 'str' object cannot be interpreted as an integer"],
  ["(5).from_bytes(b'\\x01', 'middle')", "ValueError: byteorder must be either 'little' or 'big'"],
  ["b''.fromhex('4')", "ValueError: non-hexadecimal number found in fromhex() arg at position 1"],
  ["float('inf').__floor__()", "OverflowError: cannot convert float infinity to integer"],
  ["float('nan').__ceil__()", "ValueError: cannot convert float NaN to integer"],
  ["(1.5).fromhex(1)", "TypeError: bad argument type for built-in operation"],
]);
