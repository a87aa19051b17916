// Native values beyond numbers and plain lists (src/compiler/inferValues.ts,
// src/native/emitValues.ts, src/native/runtime/values.c): every program here runs in
// the interpreter and natively and must print the same text; runtime errors must carry
// the interpreter's exception and message.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliPath, repoRoot } from "../helpers/run.js";

const givenTransport = process.env.EPYTHON_NATIVE_TRANSPORT_DIR;
const realTransport = givenTransport ? !givenTransport.includes("fixtures")
  : existsSync(join(repoRoot, "src/native/runtime/parallel.h")) && existsSync(join(repoRoot, "src/native/runtime/host.c"));
const env = { ...process.env, ...(realTransport ? {} : { EPYTHON_NATIVE_TRANSPORT_DIR: join(repoRoot, "test/native/fixtures") }) };
const hasCC = spawnSync("sh", ["-c", "command -v cc || command -v gcc"]).status === 0;
const dir = mkdtempSync(join(tmpdir(), "ep-values-"));
let n = 0;

function file(lines: string[]): string {
  const f = join(dir, `p${n++}.py`);
  writeFileSync(f, lines.join("\n") + "\n");
  return f;
}

/** `epython run ...` as a child process, asynchronously: a test that waits synchronously
 * for minutes of C compilation starves vitest's channel to its worker. */
function epython(args: string[], stdin = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const p = spawn("node", [cliPath, "run", ...args], { cwd: repoRoot, env });
    let stdout = "", stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("close", (code) => done({ code: code ?? -1, stdout, stderr }));
    p.stdin.end(stdin);
  });
}

const native = (args: string[], stdin = "") => epython(["--native", ...args], stdin);

/** The program prints the same natively and in the interpreter (float32 and float64). */
async function same(lines: string[], opts: { stdin?: string; cores?: number; extra?: string[][] } = {}) {
  const f = file(lines);
  const cores = ["--cores", String(opts.cores ?? 1)];
  for (const extra of opts.extra ?? [[], ["--float64"]]) {
    const [r, i] = await Promise.all([native([...cores, ...extra, f], opts.stdin), epython([...cores, ...extra, f], opts.stdin)]);
    expect(r.stderr).toBe("");
    expect(i.code).toBe(0);
    const want = i.stdout;
    const norm = (s: string) => ((opts.cores ?? 1) > 1 ? s.split("\n").sort().join("\n") : s);
    expect(norm(r.stdout)).toBe(norm(want));
  }
}

/**
 * The program fails natively with the interpreter's error line. Native ints are the
 * 32-bit word, so the interpreter runs with --int-overflow error (by default its ints
 * would grow past the word instead).
 */
async function fails(lines: string[], message: string) {
  const f = file(lines);
  const [r, i] = await Promise.all([native(["--cores", "1", f]), epython(["--cores", "1", "--int-overflow", "error", f])]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(message);
  expect(i.stderr).toContain(message);
}

describe.skipIf(!hasCC)("native values", () => {
  it("str slices and methods", async () => {
    await same([
      "s = 'micro-core'",
      "print(s[::2], s[::-1], s[-4:-1], s[1:8:3], s[8:1:-2], s[100:], s[:-100], s[::-3])",
      "u = 'héllo wörld'",
      "print(u[::-1], u[1:4], u[-3:], len(u[::2]), u.find('w'), u.rfind('l'), u.split('ö'), u.center(15, 'é'))",
      "print('a,b,,c'.split(','), '  several   words here '.split(), 'k=v=w'.split('=', 1), 'a b c'.rsplit(' ', 1))",
      "print(' x y  z '.split(' '), 'a b  c'.rsplit(), 'one'.split('one'))",
      "print('line1\\nline2\\r\\nline3\\n'.splitlines(), ''.splitlines())",
      "print('[' + '  pad  '.strip() + ']', '[' + '  pad  '.lstrip() + ']', '[' + '  pad  '.rstrip() + ']', 'xxhixx'.strip('x'), 'abcba'.strip('ab'))",
      "print('hello world'.title(), 'hELLO'.capitalize(), 'a-B'.swapcase(), 'MiXeD 42'.lower(), 'it\\'s'.title())",
      "print('123'.isdigit(), '12a'.isdigit(), 'abc'.isalpha(), 'ab1'.isalnum(), '   '.isspace(), ''.isspace(), ''.isdigit())",
      "print('abc'.islower(), 'ABC'.isupper(), 'Abc'.isupper(), '1a'.islower(), '12'.islower())",
      "print('banana'.find('an'), 'banana'.find('an', 2), 'banana'.find('x'), 'banana'.rfind('an'), 'banana'.find('a', -2), 'banana'.rfind('a', 0, 3))",
      "print('banana'.index('na'), 'banana'.rindex('na'), 'banana'.count('a'), 'banana'.count('an'), 'aaa'.count(''), 'aaaa'.count('aa'))",
      "print('one two one'.replace('one', '1'), 'aaaa'.replace('a', 'b', 2), 'ab'.replace('', '-'), 'ab'.replace('', '-', 2))",
      "print('[' + '7'.zfill(3) + ']', '-7'.zfill(4), '+7'.zfill(4), 'abc'.zfill(2))",
      "print('[' + 'ab'.ljust(5) + ']', '[' + 'ab'.rjust(5, '.') + ']', '[' + 'ab'.center(6, '*') + ']', '[' + 'abc'.center(6) + ']', '[' + 'ab'.center(7) + ']', '[' + 'abc'.center(8, '-') + ']')",
      "print('-'.join(['2024', '01', '31']), ', '.join('abc'), ''.join([]), '/'.join(reversed(['a', 'b'])))",
      "print('prefix_name'.startswith('prefix'), 'file.py'.endswith('.py'), 'file.py'.endswith('.txt'))",
      "print(max('hello'), min('hello'), max('b', 'abc', 'ab'), min(['pear', 'apple']), sorted('cba'), sorted(['b', 'a'], reverse=True))",
      "print(ord('A'), ord('é'), chr(65), chr(233), chr(0x1F600), [ord(c) for c in 'AZ'], ''.join([chr(65 + i) for i in range(5)]))",
      "print(list('ab'), list(reversed('abc')), 'apple' < 'banana', 'Z' < 'a')",
    ]);
  }, 120_000);

  it("list and tuple slices with steps, reversed, sorted(reverse=True), sort(reverse=True)", async () => {
    await same([
      "a = [10, 20, 30, 40, 50]",
      "print(a[::2], a[::-1], a[1:-1], a[4:1:-1], a[-1:-6:-2], a[10:], a[-100:2], a[::7], a[3::-1])",
      "f = [0.5, 1.5, 2.5]",
      "print(f[::-1], f[1::5], list(reversed(f)), list(reversed(range(3))), sorted([3, 1, 2], reverse=True))",
      "f.sort(reverse=True)",
      "print(f)",
      "t = (1, 'two', 3.0, 4)",
      "print(t[1:], t[::-1], t[:2], t[-2:], t[::2], t[1:3])",
      "x, y = t[2:]",
      "print(x, y)",
      "b = [5, 6, 7, 8]",
      "b[1:3] = [0, 0, 0]",
      "b[:0] = b",
      "b.remove(0)",
      "c = b",
      "print(b, c is b, c is not b, b[:] is b, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], ['b'] > ['a', 'z'], [2.5] <= [2.5])",
      "b.clear()",
      "print(b, c, len(c))",
      "for v in reversed([1, 2, 3]):",
      "    print(v)",
    ]);
  }, 120_000);

  it("conversions and int builtins", async () => {
    await same([
      "print(int('42'), int(' -17 '), int('ff', 16), int('0x1F', 16), int('0b101', 0), int('1_000'), int('-0'))",
      "print(float('2.5'), float('-0.25'), float(' 1e2 '), float('inf'), float('-Infinity'), float('1_0.5'))",
      "print(hex(255), hex(-1), hex(0), bin(10), bin(0), bin(-5), oct(8), oct(64), hex(2147483647), hex(-2147483648))",
      "print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(-7.5, 2))",
      "print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(7, 2, 5), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(5, 3, -7))",
      "print(round(2.675, 2), round(2.5), round(3.14159, 3), round(-1.005, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(7, 1), round(1234.5678, -2))",
    ]);
  }, 120_000);

  it("math on ints and random on sequences give the interpreter's values", async () => {
    await same([
      "import math",
      "import random",
      "print(math.factorial(0), math.factorial(12), math.gcd(84, 36), math.gcd(-4, 6), math.isqrt(99), math.isqrt(0), math.comb(10, 3), math.perm(5, 2), math.perm(4))",
      "print(math.modf(3.25), math.modf(-3.0), math.frexp(12.0), math.ldexp(0.75, 4), math.isclose(0.1 + 0.2, 0.3), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))",
      "random.seed(5)",
      "deck = list(range(20))",
      "random.shuffle(deck)",
      "print(deck, random.choice(deck), random.choice('xyz'), random.sample(range(50), 4), random.sample(deck, 3), random.sample(range(1000), 30)[:5])",
      "print(random.randrange(0, 100, 5), random.randrange(100, 0, -7), random.getrandbits(16), random.getrandbits(1))",
      "print(random.expovariate(2))",
      "random.seed('text seed')",
      "print(random.random())",
      "random.seed(0.1)",
      "print(random.random())",
      "random.seed(-2.5)",
      "print(random.randint(1, 1000))",
      "names = ['a', 'b', 'c', 'd']",
      "random.shuffle(names)",
      "print(names)",
    ]);
  }, 120_000);

  // gauss() pairs a cos and a sin deviate: C's libm and V8 may differ in the last bit of
  // a double, which float32 rounding hides (a float64 program may differ in its last digit).
  it("random.gauss in float32", async () => {
    await same(["import random", "random.seed(5)", "print(random.gauss(0, 1), random.gauss(10, 2), random.gauss(), random.gauss(1.5, 0.5))",
      "random.seed(5)", "print(random.gauss(0, 1))"], { extra: [[]] });
  }, 120_000);

  it("values that may be None: returns, assignments, or/and, narrowing after `is None`", async () => {
    await same([
      "def find(xs, t):",
      "    for i in range(len(xs)):",
      "        if xs[i] == t:",
      "            return i",
      "    return None",
      "r = find([1, 2, 3], 2)",
      "q = find([1, 2, 3], 9)",
      "print(r, q, r is None, q is None, q is not None, r == 1, q == 1, r != 1, q != None, r < 5)",
      "x = None",
      "print(x)",
      "x = 5",
      "print(x, x or 7, None or 3, x and 2, x + 1)",
      "if x is not None:",
      "    print(x * 2 + 1)",
      "y = None",
      "for i in range(3):",
      "    if i == 2:",
      "        y = i * 1.5",
      "print(y, str(y), f\"{y}\", [y], y * 2)",
      "s = None",
      "if r:",
      "    s = \"text\"",
      "print(s, [s], s if s else \"none\", s == \"text\")",
      "if not q:",
      "    print(\"q falsy\")",
      "total = 0",
      "for v in [1, 2, 3]:",
      "    w = find([3, 2], v)",
      "    if w is None:",
      "        continue",
      "    total += w",
      "print(total)",
    ]);
  }, 120_000);

  it("messages of numbers and None (a pipeline ended by None)", async () => {
    await same([
      "from parallel import coreid, numcores, send, recv",
      "me = coreid()",
      "if me == 0:",
      "    for i in [3, 1, 4]:",
      "        send(i * 0.5, 1)",
      "    send(None, 1)",
      "elif me == 1:",
      "    total = 0.0",
      "    while True:",
      "        x = recv(0)",
      "        if x is None:",
      "            break",
      "        total += x",
      "    print('total', total, x)",
    ], { cores: 2 });
  }, 120_000);

  it("format specs (f-strings with any spec, nested fields), str.format, format(), %c", async () => {
    await same([
      "n = 7",
      "x = 2.25",
      "name = 'core'",
      "w = 6",
      "print(f'[{n:05}] [{n:^5}] [{n:*>6}] [{-n:=+6}] [{n:#b}] [{n:#o}] [{1234567:,}] [{1234567:_}] [{255:_x}] [{0.5:%}] [{0.125:.1%}]')",
      "print(f'[{x:{w}.{1}f}] [{n:{w}}] [{name:{w}}] [{name:^{w}}] [{name:.2}] [{name!r:>8}] [{x:+.3e}] [{x:10.4g}] [{-0.0:z.1f}] [{1e20:,.0f}] [{12345.678:015,.2f}]')",
      "print(f'[{x:.3}] [{100.0:.3}] [{x:}] [{True:>6}] [{True:d}] [{65:c}] [{1.5:08}] [{-1.5:08.2f}] [{3:.2f}] [{2.0:g}] [{1e-7:.2}]')",
      "print('{} + {} = {}'.format(2, 3, 5), '{0}{1}{0}'.format('ab', '-'), '{:>6}|{:<6}|'.format('r', 'l'), '{:.2f} {:5d} {:x}'.format(0.75, 12, 255))",
      "print('{{literal}} {0!r} {1:^7}'.format('q', x), format(255, '08b'), format(0.5, '.3f'), format('txt', '^7'), format(42), format(x))",
      "print('%c%c [%5c]' % (72, 'i', 65), '%s|%r' % ([1, 2], 's'))",
    ]);
  }, 120_000);

  it("messages of several types: recv() gives a tagged value that prints, compares and is sent on", async () => {
    await same([
      "from parallel import coreid, numcores, send, recv",
      "me = coreid()",
      "if me == 0:",
      "    send(20, 1)",
      "    send(\"a string\", 1)",
      "    send(2.5, 1)",
      "    send(None, 1)",
      "    send(True, 1)",
      "elif me == 1:",
      "    for i in range(5):",
      "        v = recv(0)",
      "        print(f\"Got {v} / {v!r}\", str(v), v == 20, v != \"a string\", v is None, isinstance(v, int), isinstance(v, (float, str)), \"yes\" if v else \"no\", [v])",
      "        if v == \"a string\":",
      "            print(\"the string\", v)",
      "        w = v",
      "        send(w, 2)",
      "elif me == 2:",
      "    for i in range(5):",
      "        print(\"forwarded\", recv(1))",
    ], { cores: 3 });
  }, 120_000);

  it("input() reads standard input line by line", async () => {
    await same([
      "name = input()",
      "n = int(input())",
      "vals = [float(v) for v in input().split()]",
      "print('hi', name, n * 2, sum(vals))",
    ], { stdin: "core\n21\n0.5 1.5 2\n" });
  }, 120_000);

  // One test per error: a long synchronous run would starve vitest's worker channel.
  const ERRORS: [string[], string][] = [
    [["x = 'abc'", "print(int(x))"], "ValueError: invalid literal for int() with base 10: 'abc'"],
    [["print(float('1.5x'))"], "ValueError: could not convert string to float: '1.5x'"],
    [["print(ord('ab'))"], "TypeError: ord() expected a character, but string of length 2 found"],
    [["k = -1", "print(chr(k))"], "ValueError: chr() arg not in range(0x110000)"],
    [["a = [1, 2]", "k = 0", "print(a[::k])"], "ValueError: slice step cannot be zero"],
    [["import math", "print(math.factorial(13))"], "OverflowError: factorial() result does not fit in a 32-bit int"],
    [["import random", "l = [1]", "l.pop()", "print(random.choice(l))"], "IndexError: Cannot choose from an empty sequence"],
    [["print('a'.center(5, 'xy'))"], "TypeError: The fill character must be exactly one character long"],
    [["x = input()"], "EOFError: EOF when reading a line"],
    [["a = [1, 2]", "a.remove(3)"], "ValueError: list.remove(x): x not in list"],
    [["s = 'a'", "print(f'{s:d}')"], "ValueError: Unknown format code 'd' for object of type 'str'"],
    [["x = 1.5", "print(f'{x:,d}')"], "ValueError: Unknown format code 'd' for object of type 'float'"],
    [["x = 7", "print(f'{x:,b}')"], "ValueError: Cannot specify ',' with 'b'."],
    [["x = None", "if len('a') > 5:", "    x = 2", "print(x * 3)"], "TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'"],
    [["x = None", "if len('a') > 5:", "    x = 2", "print(x < 3)"], "TypeError: '<' not supported between instances of 'NoneType' and 'int'"],
  ];
  for (const [lines, message] of ERRORS) {
    it(`raises ${message.split(":")[0]} as the interpreter: ${message.slice(0, 90)}`, () => fails(lines, message), 120_000);
  }

  it("reports what it does not support as a compile error", async () => {
    const f = file(["s = 'a'", "print(s.format(1))"]);
    const r = await native(["--cores", "1", f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${f}:2:7: error: native code: str.format() needs a literal template natively`);
    const u = file(["from parallel import send, recv, coreid", "if coreid() == 0:", "    send(1, 1)", "    send('s', 1)", "else:", "    x = recv(0)", "    print(x + 1)"]);
    expect((await native(["--cores", "2", u])).stderr).toContain(`${u}:7:11: error: native code: this value is int or str (a message of several types); natively it can only be printed`);
    const g = file(["t = (1, 2, 3)", "k = 1", "print(t[k:])"]);
    expect((await native(["--cores", "1", g])).stderr).toContain("error: native code: a tuple slice needs constant bounds natively");
  }, 120_000);
});
