// No user program can crash or exhaust the host: every builtin that builds a sequence
// or string charges the core before (known size) or while (lazy sources) the host
// allocates, so a huge request ends in MemoryError, quickly and with bounded host
// memory; results that are not sequences never materialise one; long builtin loops
// obey the time limit. Each program runs in-process on the default profile
// (epiphany3, one core) and on the host profile.

import { describe, expect, test } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { Device } from "../../src/device/device.js";
import { profiles } from "../../src/device/profiles.js";
import { normalizeError } from "../../src/vm/exceptions.js";
import { standardModules } from "../../src/vm/modules/index.js";

interface Outcome {
  out: string;
  error: string | null;
  stuck: string | null;
  ms: number;
  rssGrowth: number;
}

interface Opts {
  profile?: string;
  sharedMemory?: number;
  strictMemory?: boolean;
  timeoutMs?: number;
  intOverflow?: "promote" | "error";
}

function run(source: string, opts: Opts = {}): Outcome {
  const program = compileProgram(source, "main.py", {
    dialect: "python3", readFile: () => null, isBuiltinModule: (n) => standardModules.has(n),
  });
  let out = "";
  const device = new Device(program, {
    profile: profiles[opts.profile ?? "epiphany3"], deviceCores: 1, hostCores: 0,
    float64: false, intOverflow: opts.intOverflow, prefix: false, write: (t) => (out += t), warn: () => {}, seed: 1,
    timeoutMs: opts.timeoutMs ?? 60_000, sharedMemory: opts.sharedMemory, strictMemory: opts.strictMemory,
  });
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const r = device.run();
  const ms = performance.now() - t0;
  const rssGrowth = process.memoryUsage().rss - rss0;
  const e = r.failure?.error;
  return {
    out, ms, rssGrowth,
    error: e ? `${e.kind}: ${e.pyMessage}` : null,
    stuck: r.stuck ? r.stuck.reason : null,
  };
}

const MB = 1024 * 1024;
// Generous bounds: the machine running the suite may be busy. Without the checks
// these programs take gigabytes (or abort Node) and tens of seconds.
const RSS_BOUND = 300 * MB;
const TIME_BOUND_MS = 15_000;

/** Sizes known up front: MemoryError before anything large is allocated. */
const KNOWN_SIZE = [
  "x = list(range(10**9))",
  "x = tuple(range(10**9))",
  "x = sorted(range(10**9))",
  "x = [0] * 10**9",
  "x = (0,) * 10**9",
  "x = 'ab' * 10**9",
  "x = [*range(10**9)]",
  "def f(*a):\n    return a\nx = f(*range(10**9))",
  "x = []\nx.extend(range(10**9))",
  "x = [1]\nx += range(10**9)",
  "x = [1]\nx[0:0] = range(10**9)",
  "x = list(reversed(range(10**9)))",
  "x = 'x'.center(10**9)",
  "x = 'x'.ljust(10**9, '*')",
  "x = '7'.zfill(10**9)",
  "x = '\\t'.expandtabs(10**9)",
  "x = ('ab' * 1000).replace('a', 'c' * 10**6)",
  "x = 'abc'.replace('', 'd' * 10**8)",
  "x = '{:999999999}'.format(1)",
  "x = f'{2.5:.999999999f}'",
  "x = '%999999999d' % 7",
  "x = format(1, '>999999999')",
  "x = ' '.join(['ab' * 1000] * 10**4) * 1000",
  "from array import array\nx = array('i', range(10**9))",
  "import math\nx = math.dist(range(10**9), range(10**9))",
  "import random\nx = random.choices(range(10**9), weights=range(10**9))",
  // A small structure whose text is huge (one list shared 10^6 times, 10^8 leaves).
  "a = [[[[0] * 100] * 100] * 100] * 100\nprint(a)",
  "a = [[[[0.5] * 100] * 100] * 100] * 100\nx = str(a)",
  "a = [[[['\u00e9'] * 100] * 100] * 100] * 100\nx = repr(a)",
  "a = [[[[0] * 100] * 100] * 100] * 100\nx = f'{a!r}'",
  "a = [[[[0] * 100] * 100] * 100] * 100\nx = '%s' % (a,)",
  "a = [[[[0] * 100] * 100] * 100] * 100\nx = '{}'.format(a)",
];

/** Sizes found as they grow (lazy sources): charged item by item. */
const GROWING = [
  "x = ' '.join(map(str, range(10**8)))",
  "x = list(map(str, range(10**9)))",
  "x = list(zip(range(10**9), range(10**9)))",
  "x = list(enumerate(range(10**9)))",
  "x = list(filter(None, range(10**9)))",
  "x = sorted(map(abs, range(10**9)))",
  "x = tuple(iter(range(10**9)))",
  "x = 'ab'.join(map(str, range(10**8)))",
  // Equal long strings: each is its own object, counted at each reference.
  "x = []\nwhile True:\n    x.append('x' * 1000)",
];

function expectMemoryError(r: Outcome): void {
  expect(r.error).toMatch(/^MemoryError: core 0 (out of memory allocating [\d,]+ bytes; .* in use|cannot build a \w+ of [\d,]+ \w+: the host's limit is)/);
  expect(r.ms).toBeLessThan(TIME_BOUND_MS);
  expect(r.rssGrowth).toBeLessThan(RSS_BOUND);
}

describe("sizes known up front raise MemoryError before the host allocates", () => {
  for (const profile of ["epiphany3", "host"]) {
    for (const src of KNOWN_SIZE) {
      test(`${profile}: ${src.split("\n").pop()}`, () => expectMemoryError(run(src, { profile })));
    }
  }
});

describe("sequences built from lazy sources are charged as they grow", () => {
  // The shared slice of a core in a 16-core run (2 MB), to keep the suite quick...
  for (const src of GROWING) {
    test(src, () => expectMemoryError(run(src, { sharedMemory: 2 * MB })));
  }
  // ...and the measurement on the whole default profile (1 core: 32 MB).
  test("epiphany3, all of shared memory: ' '.join(map(str, range(10**8)))", () => {
    const r = run("x = ' '.join(map(str, range(10**8)))");
    expect(r.error).toMatch(/^MemoryError: core 0 out of memory allocating \d+ bytes; [\d,]+ in use .* of [\d,]+ local \+ 33,554,432 shared bytes$/);
    expect(r.rssGrowth).toBeLessThan(1024 * MB);
  }, 120_000);
});

test("the host's table limit (V8's Map: 2**24 entries) is a MemoryError, never an internal error", () => {
  const e = normalizeError(3, new RangeError("Map maximum size exceeded"));
  expect(e.kind).toBe("MemoryError");
  expect(e.pyMessage).toBe("core 3 cannot hold more than 16,777,216 entries in one dict, set or namespace: the host's limit");
  expect(e.internal).toBeFalsy();
});

describe("results that are not sequences do not materialise one", () => {
  // CPython's output for the same program.
  const program = [
    "r = range(-10**9, 10**9, 3)",
    "print(min(r), max(r), len(r), 999999998 in r, 6 in r)",
    "print(any(r), all(r), all(range(1, 10**9)), any(range(0)), any(range(0, 1)), any(range(3, 4)), all(range(-3, 3)))",
    "print(sum(range(10**4)), sum(range(10**8, 0, -10**7)), sum(range(-5, 5), 100))",
    "it = reversed(r)",
    "print(next(it), next(it), max(range(10**9), default=7), min(range(0), default=7))",
    "print(list(reversed(range(10, 0, -3))), list(reversed(range(0))), list(reversed([1, 2, 3])), ''.join(reversed('abc')))",
    "a, b = range(2)",
    "print(a, b)",
  ].join("\n");
  const expected = [
    "-1000000000 999999998 666666667 True False",
    "True True True False False True False",
    "49995000 550000000 95",
    "999999998 999999995 999999999 7",
    "[1, 4, 7, 10] [] [3, 2, 1] cba",
    "0 1",
    "",
  ].join("\n");
  for (const profile of ["epiphany3", "host"]) {
    test(`${profile}: min, max, len, in, any, all, sum, reversed over huge ranges`, () => {
      const r = run(program, { profile });
      expect(r.error).toBeNull();
      expect(r.out).toBe(expected);
      expect(r.ms).toBeLessThan(TIME_BOUND_MS);
      expect(r.rssGrowth).toBeLessThan(RSS_BOUND);
    });
  }

  test("texts of shared structures are measured exactly, then built", () => {
    const r = run("a = [[[0] * 100] * 100] * 100\ns = str(a)\nprint(len(s), len(repr(a)), len(f'{a}'), len('%s' % (a,)), str([(1,), 'x', [a[0][0][:2]]]))");
    expect(r.error).toBeNull();
    expect(r.out).toBe("3020200 3020200 3020200 3020200 [(1,), 'x', [[0, 0]]]\n"); // CPython's lengths
  });

  test("sum of a range keeps the int32 rule: OverflowError only when the total does not fit", () => {
    // In O(1) either way: a big int by default, the device word's error with --int-overflow error.
    expect(run("print(sum(range(10**9)))").out).toBe("499999999500000000\n");
    expect(run("print(sum(range(10**9)))", { intOverflow: "error" }).error)
      .toBe("OverflowError: int overflow: sum of range(0, 1000000000, 1) = 499999999500000000 does not fit in a 32-bit int");
    expect(run("print(sum(range(-10**9, 10**9 + 1)))").out).toBe("0\n");
  });

  test("unpacking a huge range or iterator reads at most one item too many", () => {
    expect(run("a, b = range(10**9)").error).toBe("ValueError: too many values to unpack (expected 2)");
    expect(run("a, b = iter(range(10**9))").error).toBe("ValueError: too many values to unpack (expected 2)");
    expect(run("a, b, c = iter(range(2))").error).toBe("ValueError: not enough values to unpack (expected 3, got 2)");
  });
});

describe("long builtin loops obey the time limit", () => {
  test("on worker threads too: the run ends as a timeout", async () => {
    const program = compileProgram("x = list(filter(lambda v: v < 0, range(10**9)))\n", "main.py", {
      dialect: "python3", readFile: () => null, isBuiltinModule: (n) => standardModules.has(n),
    });
    const device = new Device(program, {
      profile: profiles.epiphany3, deviceCores: 2, hostCores: 0, float64: false, prefix: false,
      write: () => {}, warn: () => {}, seed: 1, timeoutMs: 500, workers: 2,
    });
    const t0 = performance.now();
    const r = await device.runAsync();
    expect(r.stuck?.reason).toBe("timeout");
    expect(performance.now() - t0).toBeLessThan(TIME_BOUND_MS);
  }, 30_000);

  for (const src of [
    "x = list(filter(lambda v: v < 0, range(10**9)))",
    "print(sum(map(lambda v: v & 1, range(10**9))))",
    "print(max(range(10**9), key=lambda v: -v))",
    "print(any(map(lambda v: v < 0, range(10**9))))",
    "def k(v):\n    while True:\n        pass\nprint(sorted([3, 1, 2], key=k))",
  ]) {
    test(src, () => {
      const r = run(src, { timeoutMs: 500 });
      // The builtin is stopped inside its loop and the run ends as a timeout.
      expect(r.error).toBeNull();
      expect(r.stuck).toBe("timeout");
      expect(r.ms).toBeLessThan(TIME_BOUND_MS);
    });
  }
});
