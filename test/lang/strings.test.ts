import { describe, expect, it } from "vitest";
import { EPythonSyntaxError, parse, type Expr, type ExprStmt, type FString, type FormattedValue } from "../../src/lang/index.js";
import { strip } from "./strip.js";

function ex(src: string): Expr {
  return (parse(src, "t.py").body[0] as ExprStmt).value;
}
function str(src: string): string {
  const e = ex(src);
  if (e.kind !== "Str") throw new Error(`not a Str: ${e.kind}`);
  return e.value;
}
function err(src: string) {
  try {
    parse(src, "t.py");
  } catch (e) {
    if (!(e instanceof EPythonSyntaxError)) throw e;
    return { message: e.message, line: e.line, col: e.col };
  }
  throw new Error("no error");
}
const name = (id: string) => ({ kind: "Name", id });
const fv = (value: unknown, conversion: string | null = null, formatSpec: unknown = null) =>
  ({ kind: "FormattedValue", value, conversion, formatSpec });

describe("string literals", () => {
  it("accepts both quotes, triple quotes and prefixes", () => {
    expect(str(`'a'`)).toBe("a");
    expect(str(`"it's"`)).toBe("it's");
    expect(str(`'''a\n"b"'''`)).toBe('a\n"b"');
    expect(str(`"""x"""`)).toBe("x");
    expect(str(`u'x'`)).toBe("x");
    expect(str(`''`)).toBe("");
  });

  it("decodes every Python escape", () => {
    expect(str(String.raw`'\n\t\\\'\"\r\0\a\b\f\v'`)).toBe("\n\t\\'\"\r\0\x07\b\f\v");
    expect(str(String.raw`'\x41\101\u00e9\U0001F600\7'`)).toBe("AAé😀\x07");
    expect(str(String.raw`'\1234'`)).toBe("S4");
  });

  it("keeps unknown escapes literally", () => {
    expect(str(String.raw`'\q\d'`)).toBe("\\q\\d");
  });

  it("removes an escaped line break", () => {
    expect(str("'ab\\\ncd'")).toBe("abcd");
  });

  it("leaves raw strings alone", () => {
    expect(str(String.raw`r'\n\x'`)).toBe("\\n\\x");
    expect(str(String.raw`R"a\"b"`)).toBe('a\\"b');
  });

  it("concatenates adjacent literals, spanning all of them", () => {
    const e = ex(`"a" 'b'\\\n  r"\\c"`);
    expect(strip(e)).toEqual({ kind: "Str", value: "ab\\c" });
    expect(e).toMatchObject({ line: 1, col: 1, endLine: 2, endCol: 8 });
    expect(str(`("a"\n "b")`)).toBe("ab");
  });

  it("reads bytes literals, refuses mixing them with str, and reports bad escapes", () => {
    expect(strip(ex(String.raw`b'a\x00\777\u12' Rb'\n'`))).toEqual({ kind: "Bytes", value: "a\u0000\u00ff\\u12\\n" });
    expect(err("x = 'a' B'b'")).toEqual({ message: "cannot mix bytes and nonbytes literals", line: 1, col: 5 });
    expect(err("x = b'a' 'b'")).toEqual({ message: "cannot mix bytes and nonbytes literals", line: 1, col: 10 });
    expect(err(String.raw`x = b'\x1'`).message).toBe("(value error) invalid \\x escape at position 0");
    expect(err(String.raw`x = '\x1'`).message).toBe(
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
    );
    expect(err(String.raw`x = 'ab\u12'`)).toMatchObject({ line: 1, col: 8 });
    expect(strip(ex(String.raw`'\N{BULLET}\N{greek small letter alpha}'`))).toEqual({ kind: "Str", value: "\u2022\u03b1" });
    expect(err(String.raw`x = '\N{BULLETX}'`)).toMatchObject({
      message: "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name", col: 6,
    });
  });
});

describe("f-strings", () => {
  it("interleaves text and fields", () => {
    expect(strip(ex(`f"a{x}b{y!r}"`))).toEqual({
      kind: "FString", parts: ["a", fv(name("x")), "b", fv(name("y"), "r")],
    });
    expect(strip(ex(`F'{x!s}{x!a}'`))).toMatchObject({ parts: [fv(name("x"), "s"), fv(name("x"), "a")] });
  });

  it("parses format specs, including nested fields", () => {
    expect(strip(ex(`f"{x:>10.3f}"`))).toEqual({
      kind: "FString", parts: [fv(name("x"), null, { kind: "FString", parts: [">10.3f"] })],
    });
    expect(strip(ex(`f"{x:{w}.{p}}"`))).toEqual({
      kind: "FString",
      parts: [fv(name("x"), null, { kind: "FString", parts: [fv(name("w")), ".", fv(name("p"))] })],
    });
    expect(strip(ex(`f"{x!r:^5}"`))).toMatchObject({ parts: [fv(name("x"), "r", { kind: "FString", parts: ["^5"] })] });
    expect(strip(ex(`f"{x:}"`))).toMatchObject({ parts: [fv(name("x"), null, { kind: "FString", parts: [] })] });
  });

  it("unescapes doubled braces", () => {
    expect(strip(ex(`f"{{a}} {x}}}"`))).toEqual({ kind: "FString", parts: ["{a} ", fv(name("x")), "}"] });
    expect(strip(ex(`f"{{}}"`))).toEqual({ kind: "FString", parts: ["{}"] });
  });

  it("processes escapes in the text but not in raw f-strings", () => {
    expect(strip(ex(String.raw`f"\t{x}\n"`))).toEqual({ kind: "FString", parts: ["\t", fv(name("x")), "\n"] });
    expect(strip(ex(String.raw`rf"\t{x}"`))).toEqual({ kind: "FString", parts: ["\\t", fv(name("x"))] });
    expect(strip(ex(String.raw`fR"\{x}"`))).toEqual({ kind: "FString", parts: ["\\", fv(name("x"))] });
    expect(strip(ex(String.raw`f"\\{x}"`))).toEqual({ kind: "FString", parts: ["\\", fv(name("x"))] });
  });

  it("parses full expressions in fields", () => {
    expect(strip(ex(`f"{a + b * 2}"`))).toMatchObject({ parts: [fv({ kind: "BinOp", op: "+" })] });
    expect(strip(ex(`f"{d['k']}"`))).toMatchObject({ parts: [fv({ kind: "Subscript", index: { kind: "Str", value: "k" } })] });
    expect(strip(ex(`f"{a != b}"`))).toMatchObject({ parts: [fv({ kind: "Compare", ops: ["!="] })] });
    expect(strip(ex(`f"{a, b}"`))).toMatchObject({ parts: [fv({ kind: "Tuple" })] });
    expect(strip(ex(`f"{(lambda: 1)()}"`))).toMatchObject({ parts: [fv({ kind: "Call", func: { kind: "Lambda" } })] });
    expect(strip(ex(`f"{ {'a': 1}['a'] }"`))).toMatchObject({ parts: [fv({ kind: "Subscript", value: { kind: "Dict" } })] });
    expect(strip(ex(`f"{f'{x}'}"`))).toMatchObject({ parts: [fv({ kind: "FString", parts: [fv(name("x"))] })] });
  });

  it("supports the self-documenting form {x=}", () => {
    expect(strip(ex(`f"{x=}"`))).toEqual({ kind: "FString", parts: ["x=", fv(name("x"), "r")] });
    expect(strip(ex(`f"{x = :5}"`))).toEqual({
      kind: "FString", parts: ["x = ", fv(name("x"), null, { kind: "FString", parts: ["5"] })],
    });
    expect(strip(ex(`f"{x=!s}"`))).toEqual({ kind: "FString", parts: ["x=", fv(name("x"), "s")] });
  });

  it("merges adjacent plain strings and f-strings into one FString", () => {
    expect(strip(ex(`"a" f"b{x}" 'c' f'd'`))).toEqual({ kind: "FString", parts: ["ab", fv(name("x")), "cd"] });
  });

  it("gives field expressions their exact source positions", () => {
    const e = ex(`f"ab{ xy }c"`) as FString;
    const field = e.parts[1] as FormattedValue;
    expect(field).toMatchObject({ line: 1, col: 5, endLine: 1, endCol: 11 });
    expect(field.value).toMatchObject({ kind: "Name", line: 1, col: 7, endCol: 9 });
    const multi = ex(`f"""line1\n  {a +\n b}"""`) as FString;
    const v = (multi.parts[1] as FormattedValue).value;
    expect(v).toMatchObject({ kind: "BinOp", line: 2, col: 4, endLine: 3, endCol: 3 });
  });

  // CPython 3.11 finds these after reading the string's tokens: it reports them at
  // the token after them (here the line's end).
  it("reports f-string errors", () => {
    expect(err(`x = f'{}'`)).toEqual({ message: "f-string: empty expression not allowed", line: 1, col: 10 });
    expect(err(`x = f'}'`)).toEqual({ message: "f-string: single '}' is not allowed", line: 1, col: 9 });
    expect(err(`x = f'{x'`)).toEqual({ message: "f-string: expecting '}'", line: 1, col: 10 });
    expect(err(`x = f'{x!z}'`)).toMatchObject({
      message: "f-string: invalid conversion character: expected 's', 'r', or 'a'", col: 13,
    });
    expect(err(`x = f'{a:{b:{c}}}'`).message).toBe("f-string: expressions nested too deeply");
    expect(err(String.raw`x = f'{a\n}'`).message).toBe("f-string expression part cannot include a backslash");
    expect(err(`x = f'{a#}'`).message).toBe("f-string expression part cannot include '#'");
    expect(err(`x = f'{a)}'`).message).toBe("f-string: unmatched ')'");
    // errors in the expression: in the `(expr)` CPython parses
    expect(err(`x = f'{a b}'`)).toEqual({ message: "f-string: invalid syntax. Perhaps you forgot a comma?", line: 1, col: 2 });
    expect(err(`x = f'{*a}'`).message).toBe("f-string: cannot use starred expression here");
    expect(err(`x = f'{€}'`)).toMatchObject({ message: "invalid character '€' (U+20AC)", col: 2 });
  });
});
