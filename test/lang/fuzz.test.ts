// Property-based robustness tests: whatever the input, the front end returns a
// Module or throws EPythonSyntaxError — never another exception, never a hang —
// and the spans it reports lie inside the source.
//
// `frontEnd` is the stage under test; extend it (e.g. to compile the Module) to
// fuzz later stages with the same generators.

import fc from "fast-check";
import { describe, it } from "vitest";
import { EPythonSyntaxError, parse, type Dialect, type Module } from "../../src/lang/index.js";

function frontEnd(source: string, dialect: Dialect): void {
  let module: Module;
  try {
    module = parse(source, "fuzz.py", { dialect });
  } catch (e) {
    if (e instanceof EPythonSyntaxError) {
      checkError(e, source);
      return;
    }
    throw new Error(`non-syntax exception for ${JSON.stringify(source.slice(0, 300))}: ${String(e)}`, { cause: e });
  }
  checkSpans(module, source);
}

/** Lines of the source: LF, CRLF and CR each end one, as in the tokenizer. */
function lineCount(source: string): number {
  return source.split(/\r\n?|\n/).length;
}

/** Column 0 is CPython's "no column", for errors at the end of the file. */
function checkError(e: EPythonSyntaxError, source: string): void {
  const lines = lineCount(source);
  if (!(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines && Number.isInteger(e.col) && e.col >= 0)) {
    throw new Error(`bad error position ${e.line}:${e.col} (${lines} lines) for ${JSON.stringify(source.slice(0, 200))}`);
  }
  if (typeof e.message !== "string" || e.message.length === 0) throw new Error("empty error message");
}

/** Every node has an ordered, in-bounds span. */
function checkSpans(module: Module, source: string): void {
  const lines = lineCount(source);
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (x === null || typeof x !== "object") return;
    const n = x as Record<string, unknown>;
    if (typeof n.kind === "string" && n.kind !== "Module") {
      const { line, col, endLine, endCol } = n as { line: number; col: number; endLine: number; endCol: number };
      const ok = [line, col, endLine, endCol].every((v) => Number.isInteger(v) && v >= 1) &&
        endLine <= lines && (line < endLine || (line === endLine && col <= endCol));
      if (!ok) {
        throw new Error(`bad span ${line}:${col}-${endLine}:${endCol} on ${n.kind} in ${JSON.stringify(source.slice(0, 200))}`);
      }
    }
    for (const [k, v] of Object.entries(n)) if (k !== "source" && typeof v === "object") visit(v);
  };
  visit(module.body);
}

// ------------------------------------------------------------------ corpora

const PY3_SEEDS = [
  `import math, os.path as p
from . import sibling
from m import (a as b, c,)

def fib(n, memo=None, *rest, key=1, **kw):
    """Doc string."""
    if n < 2:
        return n
    elif n == 2: return 1
    else:
        return fib(n - 1) + fib(n - 2)

@decorator
@other(1, k=2)
def g(a, b: int = 3) -> int:
    global counter
    counter += a ** -b
    assert a != b, f"{a!r:>{b}} and {b=}"
    del counter
    return lambda x, *y, z=1: (x, *y, z)

xs = [i * i for i in range(10) if i % 2 if i for j in xs]
total = sum(x for x in xs)
d = {1: 'one', "two": 2.5e-3, 0x1F: 0o17 | 0b1 ^ 1_000 & ~3}
s = {1, 2, *xs}
a, (b, c) = b, a[1:2, ::3]
for i, (k, v) in enumerate(d.items()):
    while not i and k is not None or v not in xs:
        i -= 1; continue
    else:
        break
else:
    pass
t = () if a else (1,) if b else (a, b,)
r = 'raw' r'\\n' '\\t\\x41\\u00e9' """multi
line"""
msg = f'{a + b:{w}.{p}f} {{literal}} {d["k"]!s}'
`,
  `x = 1
y = x << 2 >> 1 // 3 % 4 @ m
z = -x ** 2 if x >= y <= 3 < 4 else +y
print(x, y, *z, sep=", ", **opts)
while True:
    if x: break
`,
  "def f():\n\tif a:\n\t\treturn [\n\t\t\t1,\n\t\t\t2,\n\t\t]\n\treturn \\\n\t\t3\n",
];

const CLASSIC_SEEDS = [
  `/* Original ePython style program
   with a block comment header */
from parallel import *
import util

@exportable
Def Compute(a, b=2):
\tRETURN a^b * 2 ** 3

x = 017 /* inline */ + 10L
IF x <> 5: PRINT "not five"
ELIF !(x > 3) AND TRUE: print "x is " + str(x)
Else:
    print("other\\path")
data = [0] * 10
for i in range(9):
    data[i] = 0.0 a=1 b=2
while i > 0:
\ti ^= 1
print 'done'
`,
];

// Pieces of programs: keywords in several cases, operators, literals, brackets,
// broken literals, indentation, comments and odd characters.
const TOKENS = [
  "def", "DEF", "if", "If", "elif", "else", "ELSE", "while", "for", "in", "not", "and", "or", "is",
  "return", "pass", "break", "continue", "lambda", "global", "nonlocal", "del", "assert", "import",
  "from", "as", "print", "PRINT", "class", "try", "yield", "async", "await", "match", "True", "false",
  "None", "NONE", "x", "y", "foo", "_", "é", "ﬁ", "a.b",
  "0", "1", "42", "0x1F", "0o7", "0b1", "1_000", "1.5", ".5", "1e-3", "1j", "017", "10L", "1.5f", "0x", "1_",
  "'s'", '"s"', "'''t'''", "r'\\n'", "b'x'", "f'{x}'", "f'{x!r:>{w}}'", "f'{'", "f'}'", "f'{x=}'", "'unterminated",
  '"""open', "u'x'", "'\\x1'", "'\\N{X}'",
  "+", "-", "*", "/", "//", "%", "**", "^", "@", "&", "|", "~", "<<", ">>", "<", ">", "<=", ">=", "==", "!=",
  "<>", "!", "=", "+=", "**=", "^=", ":=", "->", ",", ":", ";", ".", "...", "$", "?", "`",
  "(", ")", "[", "]", "{", "}", "(", "[",
  "\n", "\n", "\n    ", "\n\t", "\n  ", "\\\n", "\\", "# comment\n", "/* c */", "/*", "*/", "\r\n", "\f", "\u00a0", "€", "\u0000",
];

const SEPARATORS = ["", " ", " ", " ", "\n", "\t"];

const soup = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([t, s]) => t + s).join(""));

type Mutation =
  | { op: "delete"; at: number; len: number }
  | { op: "insert"; at: number; text: string }
  | { op: "duplicate"; at: number; len: number }
  | { op: "swapChars"; a: number; b: number }
  | { op: "deleteLine" | "duplicateLine"; a: number }
  | { op: "swapLines"; a: number; b: number };

const insertion = fc.oneof(
  fc.constantFrom(...TOKENS),
  fc.string({ unit: "binary", maxLength: 4 }),
  fc.string({ unit: fc.constantFrom("(", ")", "[", "]", "{", "}", "'", '"', "\\", "\n", " ", "\t", ":", "#"), maxLength: 6 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: insertion }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant("swapChars" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constantFrom("deleteLine" as const, "duplicateLine" as const), a: fc.nat() }),
  fc.record({ op: fc.constant("swapLines" as const), a: fc.nat(), b: fc.nat() }),
);

function mutate(source: string, mutations: Mutation[]): string {
  let s = source;
  for (const m of mutations) {
    const n = s.length + 1;
    switch (m.op) {
      case "delete": { const at = m.at % n; s = s.slice(0, at) + s.slice(at + m.len); break; }
      case "insert": { const at = m.at % n; s = s.slice(0, at) + m.text + s.slice(at); break; }
      case "duplicate": { const at = m.at % n; s = s.slice(0, at) + s.slice(at, at + m.len) + s.slice(at); break; }
      case "swapChars": {
        if (s.length < 2) break;
        const a = m.a % s.length;
        const b = m.b % s.length;
        const chars = [...s];
        if (a < chars.length && b < chars.length) [chars[a], chars[b]] = [chars[b]!, chars[a]!];
        s = chars.join("");
        break;
      }
      default: {
        const lines = s.split("\n");
        const a = m.a % lines.length;
        if (m.op === "deleteLine") lines.splice(a, 1);
        else if (m.op === "duplicateLine") lines.splice(a, 0, lines[a]!);
        else if (m.op === "swapLines") {
          const b = m.b % lines.length;
          [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        }
        s = lines.join("\n");
      }
    }
  }
  return s;
}

const dialect = fc.constantFrom<Dialect>("python3", "classic");

/** Deeply nested or very long constructs, well past every nesting limit. */
const deep = fc.oneof(
  fc.tuple(fc.integer({ min: 150, max: 2000 }), fc.constantFrom("(", "[", "{", "f(", "a[", "-(", "not (", "lambda: (", "[x for x in ("))
    .map(([n, open]) => "x = " + open.repeat(n) + "1"),
  fc.tuple(fc.integer({ min: 150, max: 2000 }), fc.constantFrom("(", "[", "{"))
    .map(([n, open]) => {
      const close = { "(": ")", "[": "]", "{": "}" }[open]!;
      return "x = " + open.repeat(n) + "1" + close.repeat(n);
    }),
  fc.tuple(fc.integer({ min: 500, max: 20000 }), fc.constantFrom("-", "~", "not ", "!", "lambda: ", "a if b else ", "2**", "2^", "1+", "a.", "a and ", "a < "))
    .map(([n, prefix]) => "x = " + prefix.repeat(n) + "1\n"),
  fc.tuple(fc.integer({ min: 500, max: 20000 }), fc.constantFrom("()", "[0]", ".b"))
    .map(([n, trailer]) => "x = f" + trailer.repeat(n) + "\n"),
  fc.integer({ min: 50, max: 300 })
    .map((n) => Array.from({ length: n }, (_, i) => " ".repeat(i) + "if x:\n").join("") + " ".repeat(n) + "pass\n"),
  fc.integer({ min: 50, max: 3000 }).map((n) => "if a: pass\n" + "elif b: pass\n".repeat(n)),
  fc.integer({ min: 10, max: 3000 }).map((n) => "x = f'" + "{".repeat(n) + "x" + "}".repeat(n) + "'\n"),
  fc.integer({ min: 10, max: 3000 }).map((n) => "x = " + "(".repeat(n) + ")".repeat(n + 1) + "\n"),
);

// ------------------------------------------------------------------- tests

describe("front end robustness (property-based)", () => {
  it("seed programs parse in their dialect", () => {
    for (const s of PY3_SEEDS) parse(s, "seed.py");
    for (const s of CLASSIC_SEEDS) parse(s, "seed.py", { dialect: "classic" });
  });

  it("random token soups", () => {
    fc.assert(fc.property(soup, dialect, (src, d) => frontEnd(src, d)), { numRuns: 3000 });
  });

  it("mutations of valid programs", () => {
    const seed = fc.oneof(
      fc.constantFrom(...PY3_SEEDS).map((s) => [s, "python3"] as const),
      fc.constantFrom(...CLASSIC_SEEDS).map((s) => [s, "classic"] as const),
    );
    fc.assert(
      fc.property(seed, fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), ([src, d], ms, swap) => {
        const mutated = mutate(src, ms);
        frontEnd(mutated, swap ? (d === "python3" ? "classic" : "python3") : d);
      }),
      { numRuns: 3000 },
    );
  });

  it("arbitrary Unicode text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 80 }), dialect, (src, d) => frontEnd(src, d)), {
      numRuns: 1000,
    });
  });

  it("deep nesting and very long chains", () => {
    fc.assert(fc.property(deep, dialect, (src, d) => frontEnd(src, d)), { numRuns: 150 });
  });
});
