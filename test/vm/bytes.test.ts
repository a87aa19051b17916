// bytes and bytearray in the interpreter (issue 9): output equal to CPython 3.11's,
// CPython's errors and messages (codecs included), the compact memory model
// (8 B / 16 B + 1 B per element), literals through the bytecode image, messages
// between cores, and clean refusals in the classic dialect and in native code.
import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { rejects } from "../helpers/nativeInfer.js";
import { compileProgram } from "../../src/compiler/program.js";
import { decodeProgram, encodeProgram } from "../../src/bytecode/image.js";
import { disassemble } from "../../src/bytecode/disasm.js";
import { CoreMemory } from "../../src/vm/memory.js";
import { PyByteArray, PyBytes, bytesSize, newBytes } from "../../src/vm/bytes.js";
import { PyList } from "../../src/vm/values.js";
import { fakeCore } from "./fakeCore.js";
import { EPythonSyntaxError } from "../../src/lang/diagnostics.js";

const programs: Record<string, string> = {
  "literals, escapes and repr": String.raw`
print(b'\x00abc\'"', b"'", b'"\'\\\t\n\r\x7f\x80\xff', b'a' b'c', rb'\x00\n', b'\777', b'\u1234\N')
print(bytearray(b'xy'), repr(bytearray()), str(b'x'), f'{b"x"} {bytearray(b"q")!r}', '%s' % b'x')
print(bytes(range(0x7c, 0x84)), b"""multi
line""", len(b'\x00' * 10))
`,
  "construction": `
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65,)), bytes(range(3)), bytes(True))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytearray('é', 'latin-1'))
print(bytes(b'ab'), bytearray(bytearray(b'x')), bytes(bytearray(b'y')), bytes(x for x in [1, 2]))
print(bytes.fromhex('de ad BE ef'), bytes.fromhex(''), bytearray.fromhex('0a'), type(bytearray.fromhex('00')))
`,
  "sequence operations": `
b = b'hello'
print(b[0], b[-1], b[True], b[1:3], b[::-1], b[::2], b[-2:], b[5:], b[3:1], b[4:0:-2])
print(len(b), list(b), sorted(b'cab'), list(reversed(b'abc')), max(b), min(bytearray(b'xyz')), sum(b'\\x01\\x02'))
print(b + b'!', bytearray(b'a') + b'b', b'a' + bytearray(b'b'), b * 2, 3 * b'ab', b'a' * -1, bytearray(b'ab') * 0)
print(104 in b, b'ell' in b, b'' in b, b'xyz' in b, bytearray(b'lo') in b, [x for x in bytearray(b'\\x01\\x02')])
print(b == b'hello', b == bytearray(b'hello'), b != b'x', b'ab' > b'a', b'b' >= bytearray(b'a'), b'' < b'\\x00', b'a' == 97, b'a' == 'a')
print(bool(b''), bool(bytearray()), bool(b'\\x00'), any(b'\\x00'), all(b'ab'))
print(hash(b'ab') == hash(b'ab'), {b'a': 1, b'b': 2}[b'b'], set(b'aab') == {97, 98}, b'a' in {b'a'})
print(type(b''), type(bytearray()), isinstance(b'', bytes), isinstance(bytearray(), bytes), type(b'') is bytes)
`,
  "bytearray mutation": `
x = bytearray(b'hello')
x[0] = 72
x[-1] = ord('O')
x.append(33)
x.extend(b'??')
x.extend([1, 2])
x.extend(range(3, 5))
x += b'!'
alias = x
x += bytearray(b'+')
print(x, alias is x, x.pop(), x.pop(0), len(x))
del x[0]
x[0:2] = b'EE'
x[1:3] = [65, 66, 67]
x[5:1:-2] = b'XY'
print(x)
x[:] = x
x[2:2] = x[:3]
print(x)
x = bytearray(b'abcdef'); del x[::2]; print(x)
x = bytearray(b'abcdef'); del x[::-2]; print(x)
x = bytearray(b'abcdef'); del x[-2:0:-3]; print(x)
x = bytearray(b'abcdef'); del x[1:3]; print(x)
x = bytearray(b'abcdef')
x.insert(-1, 90); x.insert(100, 91); x.insert(-100, 92); x.remove(97); x.reverse()
y = x.copy()
x.clear()
print(x, y, y.copy() is y, len(x))
for c in bytearray(b'hi'):
    print(c)
`,
  "searching and splitting": `
b = b'abcabc'
print(b.find(b'c'), b.find(98), b.find(b'c', -2), b.rfind(b'b'), b.rfind(b'b', 0, 4), b.rindex(b'c'), b.index(98), b.find(b'z'))
print(b.count(b'b'), b.count(b''), b'abc'.count(b'', 1), b.count(97), b.startswith(b'ab'), b.endswith((b'x', b'bc')), b.startswith(b'b', 1))
print(b'a,b,,c'.split(b','), b' a b  '.split(), b'a b'.split(None, 0), b' a b '.rsplit(None, 1), b' a  b c '.split(None, 1))
print(b'a,b,c'.rsplit(b',', 1), b'a,b,c'.split(b',', 1), b'a,b,c'.split(sep=b',', maxsplit=0), b''.split(), b''.split(b','))
print(b'-'.join([b'x', b'y']), b''.join([]), bytearray(b',').join([b'a', b'b']), b','.join([b'a', bytearray(b'b')]))
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
`,
  "transformations and classes": `
print(b'xxaxx'.strip(b'x'), b'xxaxx'.lstrip(b'x'), b'xxaxx'.rstrip(b'x'), bytearray(b' a ').strip(), b' \\t\\na\\r\\n'.strip())
print(b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-', 2), b''.replace(b'', b'x'), b'abc'.replace(b'', b'-'), b'abcabc'.replace(b'b', b'XY'))
print(b'abC'.upper(), b'ABc'.lower(), b'Hello World'.swapcase(), b'hello world'.title(), b'hELLO'.capitalize(), b'\\xe9a'.upper())
print(b'a'.center(4, b'-'), b'a'.center(5, b'-'), b'ab'.center(5, b'-'), b'a'.ljust(3), b'a'.rjust(3, b'*'), b'-12'.zfill(5), b'7'.zfill(3))
print(b'12'.isdigit(), b''.isdigit(), b'ab1'.isalnum(), b'Ab'.isalpha(), b' \\t'.isspace(), b'AB1'.isupper(), b'ab1'.islower(), b'\\x80'.isascii(), b''.isascii())
print(b'a\\nb\\r\\nc\\rd\\n'.splitlines(), b'a\\nb\\r\\nc\\rd\\n'.splitlines(True), b''.splitlines(), bytearray(b'x\\n\\ny').splitlines(keepends=True))
print(b'Hello World'.istitle(), b'Hello world'.istitle(), b''.istitle(), b'1A'.istitle(), b'A1b'.istitle())
print(b'abc'.hex(), b'abc'.hex(':'), b'abcde'.hex(':', 2), b'abcde'.hex('-', -2), b''.hex(':'), bytearray(b'\\x01\\x02').hex())
`,
  "codecs: encode and decode": String.raw`
print('ab€😀'.encode(), 'ab€😀'.encode('utf-8'), b'ab\xe2\x82\xac\xf0\x9f\x98\x80'.decode('utf-8'))
print('aé'.encode('latin-1').decode('latin-1'), 'abc'.encode(encoding='UTF_8'), b'abc'.decode(encoding='latin1'), 'x'.encode('ASCII'))
print('aé€😀'.encode('ascii', 'replace'), 'aé€😀'.encode('ascii', 'backslashreplace'), 'aé€😀'.encode('ascii', 'ignore'))
print('aé€😀'.encode('ascii', 'xmlcharrefreplace'), 'aé€'.encode('latin-1', errors='replace'))
print(b'a\xe2\x82\xffb'.decode('utf-8', 'replace'), b'a\xe2\x82\xffb'.decode('utf-8', 'backslashreplace'), b'a\xed\xa0\x80'.decode('utf-8', 'replace'))
print(b'\xe2\x82\xac\xf0\x9f\x98'.decode('utf-8', 'replace'), b'\xed\xa0\x80x\xf4\x90\x80\x80y\xe0\x80\xafz'.decode('utf-8', 'replace'))
print(b'a\x80\xff'.decode('ascii', 'replace'), b'a\x80\xff'.decode('ascii', 'ignore'), str(b'ab', 'ascii'), str(b'\xff', 'utf-8', 'replace'))
print(b'ab'.decode('ascii', 'nope'), 'a'.encode('ascii', 'nope'))
`,
  "int.to_bytes and int.from_bytes": `
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (5).to_bytes(), (0).to_bytes(0, 'big'), True.to_bytes(1, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (255).to_bytes(1, 'little'), (5).to_bytes(length=2, byteorder='little'))
print((2**31-1).to_bytes(4, 'big'), (-2**31).to_bytes(8, 'little', signed=True))
print(int.from_bytes(b'\\x04\\x00', 'big'), int.from_bytes(b'\\xff\\xff', 'big', signed=True), int.from_bytes([1, 2], 'little'), int.from_bytes(b'\\x01'))
print(int.from_bytes(b'', 'big'), int.from_bytes(bytes=b'\\x80', byteorder='big', signed=True), int.from_bytes(b'\\x7f\\xff\\xff\\xff', 'big'))
`,
  "% formatting of bytes": String.raw`
print(b'%d' % 5, b'%s-%b' % (b'x', bytearray(b'y')), b'%5s|%-4b|' % (b'ab', b'c'), b'%r %a' % ('é', b'\x00'))
print(b'%c%c' % (65, b'B'), b'%x %05.1f %%' % (255, 2.5), bytearray(b'%d') % 3, b'%.2s' % b'abc', b'\xff%d' % 1)
`,
};

const errors: [string, string][] = [
  ["b'%s' % 'str'\n", "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'"],
  ["b'%c' % 300\n", "OverflowError: %c arg not in range(256)"],
  ["b'%c' % 'a'\n", "TypeError: %c requires an integer in range(256) or a single byte"],
  ["b'%d %d' % (1,)\n", "TypeError: not enough arguments for format string"],
  ["bytes('abc')\n", "TypeError: string argument without an encoding"],
  ["bytes(-1)\n", "ValueError: negative count"],
  ["bytes([256])\n", "ValueError: bytes must be in range(0, 256)"],
  ["bytearray([256])\n", "ValueError: byte must be in range(0, 256)"],
  ["bytes(['a'])\n", "TypeError: 'str' object cannot be interpreted as an integer"],
  ["bytes(1.5)\n", "TypeError: cannot convert 'float' object to bytes"],
  ["bytearray(None)\n", "TypeError: cannot convert 'NoneType' object to bytearray"],
  ["bytes(b'x', 'utf-8')\n", "TypeError: encoding without a string argument"],
  ["bytes(kind=1)\n", "TypeError: 'kind' is an invalid keyword argument for bytes()"],
  ["b'a'[5]\n", "IndexError: index out of range"],
  ["bytearray(b'a')[-2]\n", "IndexError: bytearray index out of range"],
  ["x = b'a'\nx[0] = 1\n", "TypeError: 'bytes' object does not support item assignment"],
  ["x = b'a'\ndel x[0]\n", "TypeError: 'bytes' object doesn't support item deletion"],
  ["x = bytearray(b'a')\nx[3] = 1\n", "IndexError: bytearray index out of range"],
  ["x = bytearray(b'a')\nx[0] = 256\n", "ValueError: byte must be in range(0, 256)"],
  ["x = bytearray(b'a')\nx[0] = 'a'\n", "TypeError: 'str' object cannot be interpreted as an integer"],
  ["x = bytearray(b'abcdef')\nx[::2] = b'XY'\n", "ValueError: attempt to assign bytes of size 2 to extended slice of size 3"],
  ["x = bytearray(b'abcdef')\nx[1:3] = 5\n", "TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)"],
  ["'a' in b'abc'\n", "TypeError: a bytes-like object is required, not 'str'"],
  ["300 in b'abc'\n", "ValueError: byte must be in range(0, 256)"],
  ["b'a' + 'b'\n", "TypeError: can't concat str to bytes"],
  ["'b' + b'a'\n", "TypeError: can only concatenate str (not \"bytes\") to str"],
  ["b'a' + 1\n", "TypeError: can't concat int to bytes"],
  ["b'ab' * 2.0\n", "TypeError: can't multiply sequence by non-int of type 'float'"],
  ["b'a' < 'a'\n", "TypeError: '<' not supported between instances of 'bytes' and 'str'"],
  ["hash(bytearray())\n", "TypeError: unhashable type: 'bytearray'"],
  ["{bytearray(): 1}\n", "TypeError: unhashable type: 'bytearray'"],
  ["format(b'x', '10')\n", "TypeError: unsupported format string passed to bytes.__format__"],
  ["b'a'.foo\n", "AttributeError: 'bytes' object has no attribute 'foo'"],
  ["b'a'.append(1)\n", "AttributeError: 'bytes' object has no attribute 'append'"],
  ["'é'.encode('ascii')\n", "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"],
  ["'aéé'.encode('ascii')\n", "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"],
  ["'aé€'.encode('latin-1')\n", "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 2: ordinal not in range(256)"],
  ["'a\\ud800'.encode('utf-8')\n", "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed"],
  ["'aé'.encode('foo')\n", "LookupError: unknown encoding: foo"],
  ["'aé'.encode('ascii', 'foo')\n", "LookupError: unknown error handler name 'foo'"],
  ["b'\\xe9'.decode('ascii')\n", "UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)"],
  ["b'\\xff'.decode()\n", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"],
  ["b'\\xe2\\x82'.decode()\n", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"],
  ["b'\\xe2\\x28'.decode()\n", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte"],
  ["b'\\xf0\\x9f\\x98'.decode()\n", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"],
  ["b'\\xc0\\xaf'.decode()\n", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"],
  ["b'\\xed\\xa0\\x80x'.decode()\n", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"],
  ["bytes.fromhex('dex')\n", "ValueError: non-hexadecimal number found in fromhex() arg at position 2"],
  ["bytes.fromhex('d')\n", "ValueError: non-hexadecimal number found in fromhex() arg at position 1"],
  ["(-1).to_bytes(2, 'big')\n", "OverflowError: can't convert negative int to unsigned"],
  ["(70000).to_bytes(2, 'big')\n", "OverflowError: int too big to convert"],
  ["(128).to_bytes(1, 'big', signed=True)\n", "OverflowError: int too big to convert"],
  ["(1).to_bytes(0, 'big')\n", "OverflowError: int too big to convert"],
  ["(5).to_bytes(1, 'middle')\n", "ValueError: byteorder must be either 'little' or 'big'"],
  ["(5).to_bytes(-1, 'big')\n", "ValueError: length argument must be non-negative"],
  ["b'a'.split(',')\n", "TypeError: a bytes-like object is required, not 'str'"],
  ["b','.join([b'a', 'b'])\n", "TypeError: sequence item 1: expected a bytes-like object, str found"],
  ["b'abc'.index(b'z')\n", "ValueError: subsection not found"],
  ["b'abc'.find('a')\n", "TypeError: argument should be integer or bytes-like object, not 'str'"],
  ["b'a'.startswith('a')\n", "TypeError: startswith first arg must be bytes or a tuple of bytes, not str"],
  ["b'a'.ljust(3, b'--')\n", "TypeError: ljust() argument 2 must be a byte string of length 1, not bytes"],
  ["bytearray(b'abc').pop(7)\n", "IndexError: pop index out of range"],
  ["bytearray().pop()\n", "IndexError: pop from empty bytearray"],
  ["bytearray(b'abc').remove(122)\n", "ValueError: value not found in bytearray"],
  ["bytearray(b'abc').append(256)\n", "ValueError: byte must be in range(0, 256)"],
  ["bytearray(b'abc').extend(5)\n", "TypeError: can't extend bytearray with int"],
  ["bytearray(b'abc').extend('ab')\n", "TypeError: 'str' object cannot be interpreted as an integer"],
];

describeCPythonParity("bytes: the same output as CPython 3.11", programs, errors);

describe("bytes: pinned behaviour", () => {
  it("catches codec errors as UnicodeError and ValueError", () => {
    const src = "try:\n    b'\\xff'.decode()\nexcept ValueError as e:\n    print(type(e).__name__, isinstance(e, UnicodeError))\n";
    expect(output(src)).toBe("UnicodeDecodeError True\n");
  });

  it("rejects bytes literals CPython rejects, at compile time with the position", () => {
    expect(() => runSource("x = b'é'\n")).toThrow(/bytes can only contain ASCII literal characters/);
    expect(() => runSource("x = b'a' 'b'\n")).toThrow(/cannot mix bytes and nonbytes literals/);
    expect(() => runSource("x = b'\\xZ1'\n")).toThrow(/invalid \\x escape at position 0/);
    let where: unknown = null;
    try {
      runSource("x = 1\nprint(b'a', 'b' b'c')\n");
    } catch (e) {
      where = e instanceof EPythonSyntaxError ? [e.line, e.col] : e;
    }
    expect(where).toEqual([2, 13]);
  });

  it("is a compile error in the classic dialect", () => {
    expect(() => runSource("x = b'a'\n", { classic: true })).toThrow(/bytes literals are not supported in the classic dialect/);
  });

  it("is a clean diagnostic in native code", () => {
    expect(rejects("def f():\n    return b'a'\nf()\n").message).toMatch(/native code: bytes literals are not supported natively/);
    expect(rejects("def f():\n    x = bytearray(3)\n    return x\nf()\n").message).toMatch(/^native code: /);
  });

  it("stores bytes literals in the image and shares one object per literal", () => {
    const program = compileProgram("def f():\n    return b'\\x00\\xffab'\nprint(f(), f() is f(), len(f()))\n", "main.py", { dialect: "python3", readFile: () => null, isBuiltinModule: () => false });
    const round = decodeProgram(encodeProgram(program).bytes);
    expect(disassemble(round)).toContain('b"\\u0000\xffab"');
    const inner = (p: typeof program) => (p.modules[0].code.consts[0] as { consts: unknown[] }).consts;
    expect(inner(round)).toEqual([{ bytes: "\u0000\u00ffab" }]);
    expect(inner(round)).toEqual(inner(program));
    expect(output("def f():\n    return b'\\x00\\xffab'\nprint(f(), f() is f(), len(f()))\n")).toBe("b'\\x00\\xffab' True 4\n");
  });

  it("sends bytes and bytearrays between cores as copies of the right kind", () => {
    const src = `from parallel import *
if coreid() == 0:
    b = bytearray(b'ab')
    send(b, 1)
    b.append(1)
    send(b'\\x00\\xff', 1)
else:
    x = recv(0)
    x.append(99)
    y = recv(0)
    print(x, y, type(y) is bytes)
`;
    expect(output(src, { cores: 2 })).toBe("bytearray(b'abc') b'\\x00\\xff' True\n");
  });

  it("iterates a bytearray's current contents", () => {
    expect(output("x = bytearray(b'ab')\nfor c in x:\n    if c == 97:\n        x.append(100)\n    print(c)\n")).toBe("97\n98\n100\n");
  });
});

describe("bytes: memory", () => {
  it("charges 8 B (bytes) or 16 B (bytearray) + 1 B per element, and the collector agrees", () => {
    const mem = new CoreMemory(0, { local: 1 << 20, spill: 0 });
    const core = { ...fakeCore(), charge: (n: number) => mem.charge(n) };
    const b = newBytes(core, new Uint8Array(100));
    const a = newBytes(core, new Uint8Array(10), true);
    expect(b).toBeInstanceOf(PyBytes);
    expect(a).toBeInstanceOf(PyByteArray);
    expect(bytesSize(b)).toBe(8 + 100);
    expect(bytesSize(a)).toBe(16 + 10);
    expect(mem.heap).toBe(108 + 26);
    const holder = new PyList([b, a]);
    mem.roots = () => [holder];
    expect(mem.collect()).toBe(8 + 4 * 2 + 108 + 26);
    (a as PyByteArray).splice(10, 0, new Uint8Array(1000));
    expect(mem.collect()).toBe(8 + 4 * 2 + 108 + 16 + 1010);
  });

  it("a bytes too large for the core raises MemoryError with the sizes; garbage is collected", () => {
    const r = runSource("x = bytes(100000)\n", { strictMemory: true });
    expect(r.error?.kind).toBe("MemoryError");
    expect(r.error?.pyMessage).toMatch(/^core 0 out of memory allocating [\d,]+ bytes/);
    const grow = runSource("b = bytearray()\nfor i in range(100000):\n    b.append(i & 255)\n", { strictMemory: true });
    expect(grow.error?.kind).toBe("MemoryError");
    const churn = runSource("for i in range(2000):\n    s = bytes(1000) + b'x'\nprint(len(s))\n", { strictMemory: true });
    expect(churn.error).toBeNull();
    expect(churn.out).toBe("1001\n");
  });
});
