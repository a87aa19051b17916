import { describe, expect, it } from "vitest";
import type { Dialect } from "../../src/lang/ast.js";
import { SourceFile, TokenStream, tokenize, type Token } from "../../src/lang/tokenizer.js";

function toks(text: string, dialect: Dialect = "python3"): Token[] {
  return tokenize(new SourceFile(text, "t.py", dialect));
}

/** Compact view: kind, or the text for names/ops/numbers. */
function kinds(text: string, dialect: Dialect = "python3"): string[] {
  return toks(text, dialect).map((t) => {
    switch (t.kind) {
      case "name": case "op": case "number": case "string": return t.text;
      case "error": return `error(${t.error!.message})`;
      default: return t.kind.toUpperCase();
    }
  });
}

function lastError(text: string, dialect: Dialect = "python3") {
  const all = toks(text, dialect);
  const last = all[all.length - 1]!;
  expect(last.kind).toBe("error");
  const e = last.error!;
  return { message: e.message, line: e.line, col: e.col, kind: e.kind };
}

describe("tokenizer: basic tokens and positions", () => {
  it("produces names, operators and numbers with 1-based exclusive-end spans", () => {
    const [x, eq, one, nl, eof] = toks("x = 10\n");
    expect(x).toMatchObject({ kind: "name", text: "x", line: 1, col: 1, endLine: 1, endCol: 2 });
    expect(eq).toMatchObject({ kind: "op", text: "=", col: 3, endCol: 4 });
    expect(one).toMatchObject({ kind: "number", value: 10, col: 5, endCol: 7 });
    expect(nl).toMatchObject({ kind: "newline", line: 1, col: 7 });
    expect(eof!.kind).toBe("eof");
  });

  it("uses longest-match operators", () => {
    expect(kinds("a **= b // c ... -> := != <= >>= <<")).toEqual([
      "a", "**=", "b", "//", "c", "...", "->", ":=", "!=", "<=", ">>=", "<<", "NEWLINE", "EOF",
    ]);
  });

  it("tokenizes `<>` only in classic", () => {
    expect(kinds("a <> b")).toEqual(["a", "<", ">", "b", "NEWLINE", "EOF"]);
    expect(kinds("a <> b", "classic")).toEqual(["a", "<>", "b", "NEWLINE", "EOF"]);
  });

  it("marks keywords: exact case in Python 3, any case in classic", () => {
    const py = toks("if If IF print True true");
    expect(py.slice(0, 6).map((t) => t.keyword)).toEqual(["if", null, null, null, "True", null]);
    const classic = toks("if If IF print True true NONE", "classic");
    expect(classic.slice(0, 7).map((t) => t.keyword)).toEqual(["if", "if", "if", "print", "True", "True", "None"]);
    expect(classic[1]!.text).toBe("If");
  });

  it("accepts Unicode identifiers (NFKC-normalised)", () => {
    const [n] = toks("ﬁx = 1");
    expect(n).toMatchObject({ kind: "name", text: "fix" });
    expect(toks("café = 1")[0]!.text).toBe("café");
  });

  it("counts columns in UTF-16 units of the line", () => {
    const t = toks("s = 'é'; y")[4]!;
    expect(t).toMatchObject({ text: "y", col: 10 });
  });

  it("skips a byte-order mark", () => {
    expect(kinds("\uFEFFx")).toEqual(["x", "NEWLINE", "EOF"]);
  });
});

describe("tokenizer: numbers", () => {
  const num = (text: string, dialect: Dialect = "python3") => toks(text, dialect)[0]!;

  it.each([
    ["0", 0], ["42", 42], ["1_000", 1000], ["0x1F", 31], ["0X_ff", 255], ["0o17", 15], ["0b101", 5],
    ["00", 0], ["0_0", 0], ["9007199254740991", 9007199254740991], ["0xFFFFFFFF", 4294967295],
  ])("integer %s = %d", (text, value) => {
    expect(num(text)).toMatchObject({ kind: "number", value, isFloat: false, text });
  });

  it("keeps huge integers approximately, with their text", () => {
    const t = num("123456789012345678901234567890");
    expect(t.value).toBeCloseTo(1.2345678901234568e29, -15);
    expect(t.text).toBe("123456789012345678901234567890");
  });

  it.each([
    ["1.", 1], [".5", 0.5], ["1e-3", 0.001], ["1_0.5", 10.5], ["1.5E+2", 150], ["09.5", 9.5], ["1.e5", 1e5],
  ])("float %s = %d", (text, value) => {
    expect(num(text)).toMatchObject({ kind: "number", value, isFloat: true });
  });

  it("flags imaginary literals (the parser rejects them)", () => {
    expect(num("3j")).toMatchObject({ isImaginary: true });
    expect(num("2.5J")).toMatchObject({ isImaginary: true });
  });

  it("lets a keyword follow a number directly", () => {
    expect(kinds("1if x else 2")).toEqual(["1", "if", "x", "else", "2", "NEWLINE", "EOF"]);
    expect(kinds("x = 1else")).toEqual(["x", "=", "1", "else", "NEWLINE", "EOF"]);
  });

  it("classic: leading-zero decimals and C suffixes", () => {
    expect(num("017", "classic")).toMatchObject({ value: 17, isFloat: false });
    expect(num("10L", "classic")).toMatchObject({ value: 10, text: "10L" });
    expect(num("1.5f", "classic")).toMatchObject({ value: 1.5, isFloat: true });
    expect(kinds("1if x", "classic").slice(0, 2)).toEqual(["1", "if"]);
  });

  it.each([
    ["012", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1],
    ["1_", "invalid decimal literal", 2],
    ["1__0", "invalid decimal literal", 2],
    ["1e", "invalid decimal literal", 1],
    ["1e+", "invalid decimal literal", 3],
    ["12abc", "invalid decimal literal", 2],
    ["0x", "invalid hexadecimal literal", 2],
    ["0xg", "invalid hexadecimal literal", 2],
    ["0o8", "invalid digit '8' in octal literal", 3],
    ["0b12", "invalid digit '2' in binary literal", 4],
  ])("rejects %s", (text, message, col) => {
    expect(lastError(text)).toMatchObject({ message, line: 1, col });
  });
});

describe("tokenizer: strings", () => {
  it("finds string bodies with prefixes and triple quotes", () => {
    const [a, b, c] = toks(`'a' rb"x" f'''q\n'''`);
    expect(a).toMatchObject({ kind: "string", text: "'a'", str: { raw: false, fstring: false, bytes: false } });
    expect(b!.str).toMatchObject({ raw: true, bytes: true });
    expect(c).toMatchObject({ line: 1, endLine: 2, endCol: 4, str: { fstring: true } });
  });

  it("a backslash protects the quote in Python 3 but not in classic", () => {
    expect(kinds(String.raw`'a\'b'`)).toEqual([String.raw`'a\'b'`, "NEWLINE", "EOF"]);
    expect(kinds(String.raw`x = "C:\" + y`, "classic")).toEqual(["x", "=", String.raw`"C:\"`, "+", "y", "NEWLINE", "EOF"]);
  });

  it("a backslash-newline continues a single-quoted string", () => {
    const [s] = toks("'ab\\\ncd'");
    expect(s).toMatchObject({ kind: "string", line: 1, endLine: 2 });
  });

  it("a name that is not a string prefix stays a name", () => {
    expect(kinds("ur'x'")).toEqual(["ur", "'x'", "NEWLINE", "EOF"]);
  });

  it("reports unterminated strings at the opening quote", () => {
    expect(lastError("x = 'abc\n")).toEqual({
      message: "unterminated string literal (detected at line 1)", line: 1, col: 5, kind: "SyntaxError",
    });
    expect(lastError("x = 'abc\\\ndef\n")).toMatchObject({
      message: "unterminated string literal (detected at line 2)", line: 1, col: 5,
    });
    expect(lastError("x = '''abc\n\n")).toMatchObject({
      message: "unterminated triple-quoted string literal (detected at line 2)", line: 1, col: 5,
    });
    expect(lastError("x = f'abc")).toMatchObject({ line: 1, col: 5 });
  });
});

describe("tokenizer: lines and indentation", () => {
  it("emits INDENT/DEDENT and NEWLINE, ignoring blank and comment lines", () => {
    expect(kinds("if x:\n  # c\n\n  y\nz\n")).toEqual([
      "if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "DEDENT", "z", "NEWLINE", "EOF",
    ]);
  });

  it("closes all blocks at EOF, even without a final newline", () => {
    expect(kinds("if x:\n  if y:\n    z")).toEqual([
      "if", "x", ":", "NEWLINE", "INDENT", "if", "y", ":", "NEWLINE", "INDENT", "z", "NEWLINE",
      "DEDENT", "DEDENT", "EOF",
    ]);
  });

  it("places INDENT at the line's first token", () => {
    const indent = toks("if x:\n    y\n").find((t) => t.kind === "indent")!;
    expect(indent).toMatchObject({ line: 2, col: 5 });
  });

  it("joins lines inside brackets and after a backslash", () => {
    expect(kinds("x = (1,\n  2)\ny = 1 + \\\n  2\n")).toEqual([
      "x", "=", "(", "1", ",", "2", ")", "NEWLINE", "y", "=", "1", "+", "2", "NEWLINE", "EOF",
    ]);
  });

  it("treats \\r\\n as a line break", () => {
    expect(kinds("if x:\r\n  y\r\nz\r\n")).toEqual([
      "if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "DEDENT", "z", "NEWLINE", "EOF",
    ]);
  });

  it("expands tabs to multiples of 8 in Python 3", () => {
    expect(kinds("if x:\n\tif y:\n\t\tz\n\tw\n").filter((k) => k === "INDENT" || k === "DEDENT")).toEqual([
      "INDENT", "INDENT", "DEDENT", "DEDENT",
    ]);
    // "  \t" and "\t" both reach column 8 but differ with tab size 1, as CPython checks
    expect(kinds("if x:\n\ta\n  \tb\n")).toContain("error(inconsistent use of tabs and spaces in indentation)");
    expect(kinds("if x:\n        a\n\tb\n")).toContain("error(inconsistent use of tabs and spaces in indentation)");
  });

  it("classic: a tab is 4 columns", () => {
    expect(kinds("if x:\n\ta\n    b\n", "classic").filter((k) => k === "INDENT" || k === "DEDENT")).toEqual([
      "INDENT", "DEDENT",
    ]);
  });

  it("reports inconsistent tabs and spaces", () => {
    expect(lastError("if True:\n\tx=1\n        y=2\n")).toMatchObject({
      message: "inconsistent use of tabs and spaces in indentation", kind: "TabError", line: 3,
    });
  });

  it("reports a dedent to an unknown level", () => {
    expect(lastError("if x:\n    a\n  b\n")).toEqual({
      message: "unindent does not match any outer indentation level", kind: "IndentationError", line: 3, col: 4,
    });
  });

  it("limits indentation depth", () => {
    const src = Array.from({ length: 120 }, (_, i) => " ".repeat(i) + "if x:\n").join("");
    expect(lastError(src)).toMatchObject({ message: "too many levels of indentation", kind: "IndentationError" });
  });
});

describe("tokenizer: brackets and characters", () => {
  it("reports unmatched and mismatched brackets", () => {
    expect(lastError("x = 1)\n")).toMatchObject({ message: "unmatched ')'", line: 1, col: 6 });
    expect(lastError("x = (1, 2]\n")).toMatchObject({
      message: "closing parenthesis ']' does not match opening parenthesis '('", col: 10,
    });
    expect(lastError("x = (1,\n 2]\n")).toMatchObject({
      message: "closing parenthesis ']' does not match opening parenthesis '(' on line 1", line: 2, col: 3,
    });
    expect(lastError("f(\n 1,\n")).toMatchObject({ message: "'(' was never closed", line: 1, col: 2 });
  });

  it("limits bracket nesting", () => {
    expect(lastError("x = " + "[".repeat(300))).toMatchObject({ message: "too many nested parentheses", col: 205 });
  });

  it("reports invalid characters", () => {
    expect(lastError("x = €\n")).toMatchObject({ message: "invalid character '€' (U+20AC)", col: 5 });
    expect(lastError("x = 😀\n")).toMatchObject({ message: "invalid character '😀' (U+1F600)" });
    expect(lastError("x = \u00a0\n")).toMatchObject({ message: "invalid non-printable character U+00A0" });
    expect(lastError("x = 1\u0000\n")).toMatchObject({ message: "source code cannot contain null bytes" });
  });

  it("reports bad line continuations", () => {
    expect(lastError("x = \\ 1\n")).toMatchObject({
      message: "unexpected character after line continuation character", col: 6,
    });
    expect(lastError("x = 1 \\\n")).toMatchObject({ message: "unexpected EOF while parsing", line: 1, col: 8 });
  });

  it("stops at the first error", () => {
    const all = toks("a = 'x\nb = €\n");
    expect(all.filter((t) => t.kind === "error")).toHaveLength(1);
    expect(all[all.length - 1]!.kind).toBe("error");
  });
});

describe("tokenizer: classic comments", () => {
  it("skips /* */ comments anywhere whitespace may appear", () => {
    expect(kinds("x /* a */ = /* b\n c */ 1\n", "classic")).toEqual(["x", "=", "1", "NEWLINE", "EOF"]);
  });

  it("does not count a leading comment as indentation", () => {
    expect(kinds("/* header\n   more */\nx = 1\n/* c */ y = 2\n", "classic")).toEqual([
      "x", "=", "1", "NEWLINE", "y", "=", "2", "NEWLINE", "EOF",
    ]);
  });

  it("is not a comment in Python 3", () => {
    expect(kinds("a /* b */")).toEqual(["a", "/", "*", "b", "*", "/", "NEWLINE", "EOF"]);
  });

  it("reports an unterminated block comment", () => {
    expect(lastError("x = 1 /* oops\n\n", "classic")).toMatchObject({ message: "unterminated comment", line: 1, col: 7 });
  });
});

describe("tokenizer: the lazy stream", () => {
  it("produces tokens on demand and keeps returning the final token", () => {
    const stream = new TokenStream(new SourceFile("x\ny = €", "t.py", "python3"), 0, 7, "file");
    expect(stream.next()).toMatchObject({ kind: "name", text: "x" });
    expect(stream.next().kind).toBe("newline");
    expect(stream.next().text).toBe("y");
    expect(stream.next().text).toBe("=");
    const err = stream.next();
    expect(err.kind).toBe("error");
    expect(stream.next()).toBe(err);
    expect(stream.drain()).toBe(err);
  });

  it("tokenizes a range in f-string expression mode, with exact positions", () => {
    const text = "f'{a +\n b}'";
    const stream = new TokenStream(new SourceFile(text, "t.py", "python3"), 3, 9, "fexpr");
    const got: string[] = [];
    for (let t = stream.next(); t.kind !== "eof" && t.kind !== "error"; t = stream.next()) {
      got.push(`${t.text}@${t.line}:${t.col}`);
    }
    expect(got).toEqual(["a@1:4", "+@1:6", "b@2:2"]);
  });
});
