// Source hashes: each module records the content hash of the source it was compiled
// from, the image keeps it, and a traceback quotes a line only from a file whose
// current content has that hash (never from a file an image merely names).
import { describe, expect, it } from "vitest";
import { contentHash, crc32 } from "../../src/bytecode/checksum.js";
import type { Program } from "../../src/bytecode/code.js";
import { decodeProgram, encodeProgram } from "../../src/bytecode/image.js";
import { compileProgram } from "../../src/compiler/program.js";
import { formatRuntimeError } from "../../src/host/report.js";
import { Device } from "../../src/device/device.js";
import { profiles } from "../../src/device/profiles.js";
import type { PyError } from "../../src/vm/errors.js";

const SOURCE = "def f(n):\n    return n // 0\nprint(f(1))\n";

/** Runs a program to its uncaught error. */
function failure(program: Program): PyError {
  const device = new Device(program, {
    profile: profiles.epiphany3, deviceCores: 1, hostCores: 0, float64: false, prefix: false,
    write: () => {}, warn: () => {}, seed: 1, timeoutMs: 5000,
  });
  const error = device.run().failure?.error;
  if (!error) throw new Error("the program did not fail");
  return error;
}

const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, "");

describe("checksums", () => {
  it("CRC-32 and FNV-1a 64 match their reference values", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(contentHash("")).toBe("cbf29ce484222325");
    expect(contentHash("a")).toBe("af63dc4c8601ec8c");
    expect(contentHash("foobar")).toBe("85944171f73967e8");
    // Over UTF-8 bytes, not UTF-16 code units.
    expect(contentHash("é😀")).toBe("52da6ebdce68376c");
  });
});

describe("source hashes", () => {
  it("are recorded per module at compile time and kept by the image", () => {
    const files: Record<string, string> = { "lib.py": "X = 1\n" };
    const p = compileProgram("import lib\nprint(lib.X)\n", "main.py", { readFile: (f) => files[f] ?? null });
    expect(p.modules.map((m) => m.sourceHash)).toEqual([contentHash("import lib\nprint(lib.X)\n"), contentHash("X = 1\n")]);
    expect(decodeProgram(encodeProgram(p).bytes).modules.map((m) => m.sourceHash)).toEqual(p.modules.map((m) => m.sourceHash));
  });

  it("let a traceback quote the file the program was compiled from", () => {
    const p = decodeProgram(encodeProgram(compileProgram(SOURCE, "t.py")).bytes);
    const text = plain(formatRuntimeError(failure(p), 0, "device core", (f) => (f === "t.py" ? SOURCE : null), p));
    expect(text).toContain('File "t.py", line 2, in f\n    return n // 0\n');
    expect(text).toContain("ZeroDivisionError");
  });

  it("show no text from a file that changed since", () => {
    const p = compileProgram(SOURCE, "t.py");
    const err = failure(p);
    const edited = SOURCE.replace("return n // 0", "return n // 0  # edited");
    const text = plain(formatRuntimeError(err, 0, "device core", () => edited, p));
    expect(text).toContain('File "t.py", line 2, in f\nZeroDivisionError');
    expect(text).not.toContain("return n");
  });

  it("never quote a file that an image merely names (/etc/passwd)", () => {
    const p = compileProgram(SOURCE, "/etc/passwd");
    const secret = "root:x:0:0:root:/root:/bin/bash\nbin:x:1:1:bin:/bin:/sbin/nologin\n";
    const reads: string[] = [];
    const text = plain(formatRuntimeError(failure(p), 0, "device core", (f) => (reads.push(f), secret), p));
    expect(text).toContain('File "/etc/passwd", line 2, in f');
    expect(text).not.toContain("root:");
    expect(text).not.toContain("bin:");
    // A nested code object naming a file that no module records is not even read.
    const q = compileProgram(SOURCE, "t.py");
    const f = q.modules[0].code.consts.find((k) => typeof k === "object" && "code" in k) as { file: string };
    f.file = "/etc/shadow";
    reads.length = 0;
    formatRuntimeError(failure(q), 0, "device core", (file) => (reads.push(file), secret), q);
    expect(reads).not.toContain("/etc/shadow");
  });
});
