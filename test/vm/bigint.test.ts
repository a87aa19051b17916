// Python ints of any size (issue 9): int results beyond the 32-bit word become big
// ints (vm/bigint.ts) in the Python 3 dialect. Programs whose output must equal
// CPython 3.11's (skipped without it), pinned values (always run), the errors
// CPython raises, the --int-overflow error mode, the classic dialect's 32-bit ints,
// image constants, memory charges, messages between cores and the native compiler.
import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { rejects } from "../helpers/nativeInfer.js";
import { compileProgram } from "../../src/compiler/program.js";
import { crc32 } from "../../src/bytecode/checksum.js";
import { decodeProgram, encodeProgram, ImageError } from "../../src/bytecode/image.js";
import { isBigIntConst } from "../../src/bytecode/code.js";
import { CoreMemory } from "../../src/vm/memory.js";
import { PyBigInt, PyList } from "../../src/vm/values.js";
import { bigBytes } from "../../src/vm/bigint.js";
import { EPythonSyntaxError } from "../../src/lang/diagnostics.js";

const programs: Record<string, string> = {
  "factorial(50), 2**100, fib(200), literals": `
import math
print(math.factorial(50))
print(2**100, -2**100, 2**31, -2**31 - 1, 2**31 - 1, type(2**31), type(2**31 - 1))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(200), fib(46), fib(47))
print(123456789012345678901234567890, 0xFFFF_FFFF_FFFF, -0o7777777777777, 0b1 << 70)
x = 2147483647
x += 1
print(x, x - 1, type(x - 1) is int, x * x, -x, -(-2147483648))
`,
  "floor division and modulo with negative operands, divmod": `
for a in (10**20, -10**20, 2**65 + 3, -(2**65) - 3):
    for b in (7, -7, 10**11, -10**11, 2**40 + 1):
        print(a // b, a % b, divmod(a, b), divmod(b, a))
print(-2147483648 // -1, divmod(-2147483648, -1), (-7)**41 // 13, (-7)**41 % 13)
`,
  "powers, pow with a modulus, true division": `
print(3**100, (-3)**101, 2**-1, 10**30 / 10**10, 2**80 / 3, (2**100 + 1) / 2**100, 1 / 2**70)
print(pow(3, 10**5, 10**30 + 7), pow(2, -1, 10**20 + 1), pow(-5, 77, 2**64), pow(5, 77, -(2**64)), pow(2**70, 3, 1000))
print(7 ** 23, 2 ** 62, (-2) ** 63, 0 ** 100, 1 ** (10**30))
`,
  "comparisons with ints and floats are exact": `
print(2**64 == 2.0**64, 2**64 < 2.0**64 + 1e5, 2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53)
print(2**1000 > 1e308, -2**1000 < -1e308, 2**1000 < float('inf'), 2**1000 == float('nan'), 2**1000 != float('nan'))
print(10**20 > 2**31, -(10**20) < -5, 10**20 == 10**20, 10**20 != 10**20 + 1, 2**40 > 2**40 - 0.5)
print(sorted([2**70, -3, 2**65, 1.5, -(2**80), 0]), max(2**70, 3.0), min([10**30, 10**29]))
`,
  "bit operations": `
a = 2**70 + 12345
print(~a, a & (2**68 + 5), a | 1, a ^ a, a ^ -1, -a & 0xFFFF, 1 << 40, a >> 65, -a >> 3, a >> 200, -a >> 200)
print((2**70) & -1, (-2**70) | 7, 5 << 62, -1 << 100, (2**64 - 1) & (2**32 + 3))
`,
  "conversions, formatting, hex/oct/bin": `
x = 2**70
print(str(x), repr(-x), f"{x:,} {x:x} {x:X} {x:b} {x:o} {x:d} {x:>30} {-x:#x} {x:_} {x:e} {x:.3f}")
print(f"{x:+d}|{x:<25}|{x:^25}|{-x:=+30}|{x:030,}", "%d %x %o %5.2f" % (x, x, -x, x))
print(hex(x), oct(-x), bin(2**40), hex(-(2**31)), int("123456789" * 5), int("ff" * 10, 16), int("-0b" + "1" * 80, 0))
print(int(1e30), int(-1.5e19), float(2**80), float(-(2**70)), int(2**70), abs(-x), abs(-2147483648))
print(round(2**70, -5), round(1e20), round(2147483647, -1), round(-(2**70) - 5, -1), round(x))
print(x.bit_length(), (-x).bit_length(), (2**31).bit_length(), str(10**100))
print(len(hex(10**4300)), len(str(-10**4299)), len(f"{10**4299:,}"))
`,
  "hash, dict keys and sets agree with small ints and floats": `
print(hash(2**40) == hash(2.0**40), hash(-2**40) == hash(-2.0**40), hash(2**31) == hash(2.0**31))
d = {2**70: 'a', 5: 'b', 2**40: 'c'}
print(d[2**70], d[2**71 // 2], d[2.0**40], (2**70) in d, 2**35 in {2**35}, 2**36 in {2**35})
d[2**71 // 2**66] = 'small'
print(d[32], len(d), d)
s = {2**64 - 2**64 + 3, 3, 2**64, 2.0**64}
print(len(s), sorted(s))
`,
  "sum, math functions, int methods": `
import math
print(sum([2**64] * 4), sum(range(10**6)) * 1000, sum(range(2**20), 2**40), sum([10**20, 0.5]))
print(math.comb(100, 50), math.perm(30, 20), math.gcd(2**100, 6**50), math.lcm(2**40, 3**30), math.isqrt(10**41))
print(math.factorial(25), math.isqrt(2**64 - 1), math.floor(1e20), math.ceil(-1e20), math.trunc(2.5e15 * 1e5))
print(math.sqrt(2**100), math.log(2**1000), math.prod([2**20, 2**20, 2**20]), math.gcd(0, 0), math.gcd(-(2**40), 2**41))
`,
};

/** Program source -> CPython's last error line. */
const errors: [string, string][] = [
  ["print(float(2**1024))\n", "OverflowError: int too large to convert to float"],
  ["print(2**1024 + 0.5)\n", "OverflowError: int too large to convert to float"],
  ["print(2**2000 / 3)\n", "OverflowError: integer division result too large for a float"],
  ["print(10**30 // 0)\n", "ZeroDivisionError: integer division or modulo by zero"],
  ["print(10**30 % 0)\n", "ZeroDivisionError: integer modulo by zero"],
  ["print(7 % 0)\n", "ZeroDivisionError: integer modulo by zero"],
  ["print(divmod(10**30, 0))\n", "ZeroDivisionError: integer division or modulo by zero"],
  ["print(10**30 / 0)\n", "ZeroDivisionError: division by zero"],
  ["print(1 << -(2**70))\n", "ValueError: negative shift count"],
  ["print(pow(10**30, 2, 0))\n", "ValueError: pow() 3rd argument cannot be 0"],
  ["print(int(float('inf')))\n", "OverflowError: cannot convert float infinity to integer"],
  ["print(2**70 + 'a')\n", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"],
  ["print(2**70 < 'a')\n", "TypeError: '<' not supported between instances of 'int' and 'str'"],
  ["print(str(10**4300))\n", "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"],
  ["print(f'{-10**4300:,}')\n", "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"],
  ["print('%d' % 10**4300)\n", "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"],
  ["print([1, 2][2**70])\n", "IndexError: cannot fit 'int' into an index-sized integer"],
  ["print('ab'[-2**70])\n", "IndexError: cannot fit 'int' into an index-sized integer"],
  ["print(int('1' * 5000))\n", "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"],
];

describeCPythonParity("big ints: the same output as CPython 3.11", programs, errors);

describe("big ints: pinned values", () => {
  it("factorial(50), 2**100, fib(200)", () => {
    const out = output(`
import math
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(math.factorial(50))
print(2**100)
print(fib(200))
print(-7 // 2**40, -(10**20) % 7, pow(3, 200, 10**25))
`);
    expect(out).toBe([
      "30414093201713378043612608166064768844377641568960512000000000000",
      "1267650600228229401496703205376",
      "280571172992510140037611932413038677189525",
      "-1 5 901302182994384699044001",
    ].join("\n") + "\n");
  });

  it("results that fit become small ints again (one form per value)", () => {
    const out = output("x = 2**40\ny = x // 2**20\nprint(y, type(y).__name__, y == 1048576, {y: 1}[1048576], (x - x + 5) is 5)\n");
    expect(out).toBe("1048576 int True 1 True\n");
  });

  it("hashes reduce modulo 2**61 - 1 like CPython's on a 64-bit machine", () => {
    // -(2**61) reduces to -1, which CPython reserves: it hashes as -2.
    expect(output("print(hash(2**40) == hash(2.0**40), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**31), hash(2**100))\n")).toBe(
      "True 0 1 -2 2147483648 549755813888\n",
    );
  });
});

describe("big ints: modes", () => {
  it("--int-overflow error keeps the device word's OverflowError", () => {
    const r = runSource("x = 2147483647\nx += 1\n", { intOverflow: "error" });
    expect(r.error?.kind).toBe("OverflowError");
    expect(r.error?.pyMessage).toBe("int overflow: 2147483647 + 1 = 2147483648 does not fit in a 32-bit int");
    for (const src of ["print(2**40)\n", "print(1 << 40)\n", "print(-(-2147483648))\n", "import math\nprint(math.factorial(20))\n", "print(int(1e12))\n", "print(10**12)\n"]) {
      expect(runSource(src, { intOverflow: "error" }).error?.kind, src).toBe("OverflowError");
    }
    expect(output("print(2**40)\n", { intOverflow: "promote" })).toBe("1099511627776\n");
  });

  it("the classic dialect keeps 32-bit ints: overflow errors, big literals refused at compile time", () => {
    const r = runSource("x = 2147483647\nx = x + 1\n", { classic: true });
    expect(r.error?.kind).toBe("OverflowError");
    expect(() => compileProgram("x = 4294967296\n", "main.py", { dialect: "classic" })).toThrow(/integer literal 4294967296 does not fit in a 32-bit int/);
  });
});

describe("big ints: image constants", () => {
  const src = "print(12345678901234567890, -98765432109876543210, 2**31 - 1)\n";

  it("round-trip through the image", () => {
    const program = compileProgram(src, "main.py", { dialect: "python3" });
    const back = decodeProgram(encodeProgram(program).bytes);
    const consts = back.modules[0].code.consts.filter(isBigIntConst).map((k) => k.bigint);
    expect(consts).toContain("12345678901234567890");
    expect(consts).toContain("98765432109876543210");
  });

  it("a non-canonical big int constant is rejected (checksum recomputed)", () => {
    const program = compileProgram(src, "main.py", { dialect: "python3" });
    const bytes = encodeProgram(program).bytes.slice();
    const text = new TextEncoder().encode("12345678901234567890");
    const at = bytes.findIndex((_, i) => text.every((c, j) => bytes[i + j] === c));
    expect(at).toBeGreaterThan(0);
    for (const bad of ["0", "x"]) {
      const copy = bytes.slice();
      copy[at] = bad.charCodeAt(0); // a leading zero, then a non-digit
      const end = copy.length - 4;
      new DataView(copy.buffer, copy.byteOffset + end, 4).setUint32(0, crc32(copy.subarray(0, end)), true);
      expect(() => decodeProgram(copy)).toThrow(ImageError);
      expect(() => decodeProgram(copy)).toThrow(/malformed big int constant/);
    }
  });
});

describe("big ints: memory", () => {
  it("are charged 8 B + 4 B per 32-bit digit and counted by the collector", () => {
    expect(bigBytes(new PyBigInt(2n ** 31n))).toBe(12);
    expect(bigBytes(new PyBigInt(2n ** 64n))).toBe(8 + 4 * 3);
    expect(bigBytes(new PyBigInt(-(2n ** 100n)))).toBe(8 + 4 * 4);
    const mem = new CoreMemory(0, { local: 1 << 20, spill: 0 });
    const big = new PyBigInt(2n ** 100n);
    mem.roots = () => [new PyList([big, big, 5])];
    expect(mem.collect()).toBe(8 + 4 * 3 + (8 + 4 * 4));
  });

  it("an int too large for the core's memory is a MemoryError, not a host failure", () => {
    const r = runSource("x = 3 ** 10**9\n");
    expect(r.error?.kind).toBe("MemoryError");
    expect(runSource("x = 1 << 10**9\n").error?.kind).toBe("MemoryError");
  });
});

describe("big ints: messages between cores", () => {
  it("send/recv, bcast and reduce carry big ints intact", () => {
    const src = `
import parallel
me = parallel.coreid()
if me == 0:
    parallel.send(2**100 + me, 1)
elif me == 1:
    v = parallel.recv(0)
    print(v, type(v).__name__)
b = parallel.bcast(3**50 if me == 0 else None, 0)
s = parallel.reduce(2**40 * (me + 1), "sum")
m = parallel.reduce(2**31 - 1, "sum")
p = parallel.reduce(10**10, "prod")
x = parallel.reduce(-(2**80) if me == 1 else me, "min")
if me == 0:
    print(b, s, m, p, x)
`;
    const out = output(src, { cores: 2 });
    expect(out).toBe(
      "1267650600228229401496703205376 int\n" +
      `${3n ** 50n} ${2n ** 40n * 3n} ${2n * (2n ** 31n - 1n)} ${10n ** 20n} ${-(2n ** 80n)}\n`,
    );
  });

  it("with --int-overflow error a reduce past the word is an OverflowError", () => {
    const r = runSource("import parallel\nparallel.reduce(2**31 - 1, 'sum')\n", { cores: 2, intOverflow: "error" });
    expect(r.error?.kind).toBe("OverflowError");
  });
});

describe("big ints: the native compiler", () => {
  it("a big int literal is a clean diagnostic; folded int32 literals stay accepted", () => {
    const e = rejects("def f():\n    return 4294967296\nprint(f())\n");
    expect(e).toBeInstanceOf(EPythonSyntaxError);
    expect(e.message).toMatch(/native code: int literal 4294967296 does not fit in a 32-bit int/);
    expect(() => rejects("def f():\n    return -2147483648\nprint(f())\n")).toThrow("accepted");
  });
});
