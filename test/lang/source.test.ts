// Source text as CPython reads it: decodeSource (UTF-8, BOM, PEP 263 coding lines,
// decode and NUL errors) and LF / CRLF / CR line endings. Where practical the same
// bytes are run by python3 too (skipped when it is not on the machine).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EPythonSyntaxError, decodeSource, parse, parseBytes, type ExprStmt } from "../../src/lang/index.js";
import { lineOf } from "../../src/lang/diagnostics.js";
import { output } from "../helpers/runSource.js";

const hasPython = spawnSync("python3", ["--version"]).status === 0;
const dir = mkdtempSync(join(tmpdir(), "epy-source-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...enc(p)] : p)));
const BOM = [0xef, 0xbb, 0xbf];

function decodeError(bytes: Uint8Array) {
  try {
    decodeSource(bytes, "t.py");
  } catch (e) {
    if (!(e instanceof EPythonSyntaxError)) throw e;
    return { message: e.message, line: e.line, col: e.col, text: e.sourceLine };
  }
  throw new Error("no error");
}

/** Runs `bytes` as a file with python3: its stdout, or its stderr's last line on failure. */
function cpython(bytes: Uint8Array): { ok: boolean; out: string } {
  const path = join(dir, `p${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(path, bytes);
  const r = spawnSync("python3", [path], { encoding: "utf8" });
  return r.status === 0 ? { ok: true, out: r.stdout } : { ok: false, out: r.stderr.trim().split("\n").pop()! };
}

/** Our output for a file's bytes: decode, then compile and run on a host core. */
function ours(bytes: Uint8Array): string {
  return output(decodeSource(bytes, "main.py"), { float64: true, profile: "host" });
}

describe("decodeSource: encodings", () => {
  it("reads UTF-8 by default and skips a BOM", () => {
    expect(decodeSource(enc("s = 'é😀'\n"), "t.py")).toBe("s = 'é😀'\n");
    expect(decodeSource(cat(BOM, "x = 1\n"), "t.py")).toBe("x = 1\n");
    expect(decodeSource(cat(BOM, "# coding: utf-8\nx = 1\n"), "t.py")).toBe("# coding: utf-8\nx = 1\n");
    // Only the first BOM is a mark; a second one is text (and an error for the tokenizer).
    expect(decodeSource(cat(BOM, BOM), "t.py")).toBe("\ufeff");
    expect(decodeSource(new Uint8Array(), "t.py")).toBe("");
  });

  it("honours a coding line on line 1, or on line 2 after a comment or blank line", () => {
    const latin = (head: string) => decodeSource(cat(head, "s = '", [0xe9, 0xff], "'\n"), "t.py");
    for (const head of [
      "# -*- coding: latin-1 -*-\n",
      "# coding=iso-8859-1\n",
      "#coding:latin1\n",
      "  # coding: L1\n",
      "# vim: set fileencoding=iso8859-1 :\n",
      "#!/usr/bin/env python3\n# -*- coding: latin-1 -*-\n",
      "\n# coding: latin_1\n",
      "# coding: ISO-8859-1\r\n",
      "# coding: latin-1-unix\n",
    ]) {
      expect(latin(head), head).toBe(head + "s = 'éÿ'\n");
    }
    for (const name of ["utf-8", "utf8", "UTF-8", "UTF8", "utf_8", "utf-8-unix"]) {
      expect(decodeSource(enc(`# coding: ${name}\ns = 'é'\n`), "t.py")).toBe(`# coding: ${name}\ns = 'é'\n`);
    }
    expect(decodeSource(enc("# coding: ascii\nx = 1\n"), "t.py")).toBe("# coding: ascii\nx = 1\n");
  });

  it("ignores coding comments that PEP 263 does not count", () => {
    // On line 2 after code; after a statement on the same line; on line 3.
    for (const head of ["x = 1\n# coding: latin-1\n", "x = 1  # coding: latin-1\n", "#\n#\n# coding: latin-1\n"]) {
      const e = decodeError(cat(head, "s = '", [0xe9], "'\n"));
      expect(e.message).toBe("(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 5: invalid continuation byte");
    }
  });

  it("rejects unknown encodings and a BOM with another encoding", () => {
    expect(decodeError(enc("#!/bin/sh\n# -*- coding: xyz -*-\n"))).toEqual({
      message: "unknown encoding: xyz", line: 2, col: 15, text: "# -*- coding: xyz -*-",
    });
    expect(decodeError(cat(BOM, "# coding: latin-1\n")).message).toBe("encoding problem: latin-1 with BOM");
  });
});

describe("decodeSource: errors with positions", () => {
  it("reports the first byte UTF-8 cannot decode, with Python's reason", () => {
    expect(decodeError(cat("x = 1\n", [0xff], "\n"))).toEqual({
      message: "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
      line: 2, col: 1, text: "\ufffd",
    });
    // The column counts decoded characters ("é" is one), the position bytes of the line.
    const e = decodeError(cat("# é\nab = 'é", [0xe2, 0x41], "'\n"));
    expect(e).toMatchObject({ line: 2, col: 8 });
    expect(e.message).toBe("(unicode error) 'utf-8' codec can't decode byte 0xe2 in position 8: invalid continuation byte");
    expect(decodeError(cat("s = '", [0xf0, 0x9f, 0x98])).message).toMatch(/byte 0xf0 in position 5: unexpected end of data$/);
    // Encoded surrogates and overlong forms are not UTF-8.
    expect(decodeError(cat("s = '", [0xed, 0xa0, 0x80], "'")).message).toMatch(/0xed in position 5: invalid continuation byte$/);
    expect(decodeError(cat("s = '", [0xc0, 0x80], "'")).message).toMatch(/0xc0 in position 5: invalid start byte$/);
    // Lines end at CR too.
    expect(decodeError(cat("x = 1\ry = 2\r\nz = '", [0x80], "'"))).toMatchObject({ line: 3, col: 6 });
    // With a BOM, positions count from after it.
    expect(decodeError(cat(BOM, "s = '", [0xff], "'"))).toMatchObject({ line: 1, col: 6 });
  });

  it("rejects bytes outside ASCII when the coding is ascii", () => {
    expect(decodeError(cat("# coding: ascii\ns = '", [0xe9], "'\n"))).toMatchObject({
      message: "(unicode error) 'ascii' codec can't decode byte 0xe9 in position 5: ordinal not in range(128)",
      line: 2, col: 6,
    });
  });

  it("rejects NUL bytes anywhere, with their position", () => {
    expect(decodeError(enc("x = 1\ny = 'é\0'\n"))).toMatchObject({
      message: "source code cannot contain null bytes", line: 2, col: 7,
    });
    expect(decodeError(enc("# comment \0\n")).line).toBe(1);
    expect(decodeError(cat("# coding: latin-1\ns = '", [0xe9, 0], "'")).col).toBe(7);
  });

  it("parseBytes decodes then parses", () => {
    const m = parseBytes(cat("# coding: latin-1\n'", [0xe9], "'\n"), "t.py");
    expect((m.body[0] as ExprStmt).value).toMatchObject({ kind: "Str", value: "é" });
    expect(() => parseBytes(cat("'", [0xe9], "'"), "t.py")).toThrow(/invalid continuation byte/);
  });
});

describe("line endings", () => {
  const program = [
    "s = '''one",
    "two\\",
    "three'''",
    "r = r'''a",
    "b'''",
    "t = 'x\\",
    "y'",
    "f = f'''{1 +",
    "1}",
    "'''",
    "n = (1 +",
    "     2) + \\",
    "    3",
    "if n:",
    "    # comment",
    "",
    "    print(repr(s), repr(r), t, repr(f), n)",
    "print(len(s), len('''",
    "'''))",
    "",
  ];
  const variants: Record<string, string> = {
    LF: program.join("\n"),
    CRLF: program.join("\r\n"),
    CR: program.join("\r"),
    mixed: program.map((l, i) => l + ["\n", "\r\n", "\r"][i % 3]).join(""),
  };
  const expected = "'one\\ntwothree' 'a\\nb' xy '2\\n' 6\n12 1\n";

  for (const [name, src] of Object.entries(variants)) {
    it(`runs a program with ${name} line endings (triple quotes, continuations)`, () => {
      expect(ours(enc(src))).toBe(expected);
    });
  }

  it.skipIf(!hasPython)("matches CPython on the same bytes", () => {
    for (const src of Object.values(variants)) expect(cpython(enc(src))).toEqual({ ok: true, out: expected });
  });

  it("reports errors at the line and column of the file as written", () => {
    for (const nl of ["\n", "\r\n", "\r"]) {
      const src = ["x = 1", "if x:", "    y = (1,", "  2)", "  z = 3"].join(nl);
      try {
        parse(src, "t.py");
        throw new Error("no error");
      } catch (e) {
        if (!(e instanceof EPythonSyntaxError)) throw e;
        expect([e.message, e.line, e.sourceLine]).toEqual(["unindent does not match any outer indentation level", 5, "  z = 3"]);
      }
    }
  });

  it("lineOf splits lines as the tokenizer does", () => {
    expect(["\n", "\r\n", "\r"].map((nl) => lineOf(`a${nl}bc${nl}d`, 2))).toEqual(["bc", "bc", "bc"]);
    expect(lineOf("a\r\n\rb", 3)).toBe("b");
    expect(lineOf("a\n", 3)).toBe("");
  });
});

describe.skipIf(!hasPython)("CPython reads the same files the same way", () => {
  const files: Record<string, Uint8Array> = {
    bom: cat(BOM, "print(len('é😀'), ord('é'))\n"),
    latin1: cat("# -*- coding: latin-1 -*-\nprint(len('", [0xe9, 0xe8, 0xff], "'), [ord(c) for c in '", [0xe9, 0xff], "'])\n"),
    line2: cat("#!/usr/bin/env python3\n# vim: set fileencoding=latin1 :\nprint(ord('", [0xb5], "'))\n"),
    utf8Declared: enc("# coding: utf-8\nprint(len('日本語'))\n"),
  };
  for (const [name, bytes] of Object.entries(files)) {
    it(`decodes ${name} as CPython does`, () => {
      const py = cpython(bytes);
      expect(py.ok, py.out).toBe(true);
      expect(ours(bytes)).toBe(py.out);
    });
  }

  const bad: Record<string, Uint8Array> = {
    invalidUtf8: cat("x = 1\ns = '", [0xff], "'\n"),
    unknownEncoding: enc("# coding: xyz\nx = 1\n"),
    nul: enc("x = 1\0\n"),
    latin1WithBom: cat(BOM, "# coding: latin-1\nx = 1\n"),
  };
  for (const [name, bytes] of Object.entries(bad)) {
    it(`rejects ${name} as CPython does`, () => {
      const py = cpython(bytes);
      expect(py.ok).toBe(false);
      expect(py.out).toMatch(/^SyntaxError: /);
      expect(() => decodeSource(bytes, "t.py")).toThrow(EPythonSyntaxError);
    });
  }

  it("words the NUL error as CPython does", () => {
    expect(cpython(enc("x = 1\0\n")).out).toBe(`SyntaxError: ${decodeError(enc("x = 1\0\n")).message}`);
  });

  it("names the same bad byte and reason as CPython's UTF-8 codec", () => {
    const cases = [[0xff], [0xc3], [0xe2, 0x28, 0xa1], [0xf0, 0x9f, 0x98], [0xed, 0xb0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe0, 0x80, 0x80], [0xc2, 0xa9, 0x80]];
    const sources = cases.map((bytes) => cat("s = 'ok'\nt = '", bytes, "'\n"));
    // One python3 run for all cases: each line of input is one source, in hex.
    const r = spawnSync("python3", ["-c", `
import sys
for line in sys.stdin:
    b = bytes.fromhex(line.strip())
    try:
        b.decode("utf-8")
        print("decoded")
    except UnicodeDecodeError as e:
        line_start = b.rfind(b"\\n", 0, e.start) + 1
        print(f"byte 0x{b[e.start]:02x} in position {e.start - line_start}: {e.reason}")
`], { input: sources.map((b) => Buffer.from(b).toString("hex")).join("\n") + "\n", encoding: "utf8" });
    const expected = r.stdout.trim().split("\n").map((l) => `(unicode error) 'utf-8' codec can't decode ${l}`);
    expect(sources.map((b) => decodeError(b).message)).toEqual(expected);
  });
});

describe("parse: text given as a string", () => {
  it("rejects a NUL character, as CPython's compile() does, with its position", () => {
    let err: unknown = null;
    try {
      parse('x = 1\ns = "a\0b"\n', "t.py");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EPythonSyntaxError);
    expect((err as EPythonSyntaxError).message).toContain("source code cannot contain null bytes");
    expect((err as EPythonSyntaxError).format()).toMatch(/^t\.py:2:7: /);
  });
});
