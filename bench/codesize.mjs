#!/usr/bin/env node
// Code size: our bytecode image against the ORIGINAL ePython's bytecode for the same
// programs (the original's encoding is modelled by bench/original-size.mjs, from
// spec §7.2). Needs dist/ (`node scripts/build.mjs`; `npm run bench` builds it).
//
//   node bench/codesize.mjs [--json FILE]
//
// Programs: examples/classic/**/*.py and examples/parallel/classic/**/*.py (classic
// dialect, the original's language), then the other examples (Python 3 dialect) that
// the original can express. Columns:
//   ours instr  instruction bytes of our image (opcodes + operands)
//   ours i+lit  instructions + the literal constants they load (ints, floats,
//               strings), which the original writes inline in its code
//   ours total  whole image (also names, constants, line tables, code-object headers)
//   orig code   modelled original code bytes: main + STOP + reachable functions
//   orig user   the same without the original's module functions (util.range,
//               array.len, math.sqrt... are bytecode there, built into our VM)
//   instr/orig, i+lit/orig, total/orig   ours / orig code
//   i+lit/user  ours i+lit / orig user (the like-for-like "user code" ratio)
// Totals are over the programs measured on both sides.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { compileProgram, decodeProgram, encodeProgram } from "../dist/index.js";
import { originalSize } from "./original-size.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const examples = join(root, "examples");
// Modules our runtime provides natively (src/vm/modules/index.ts standardModules).
const BUILTIN_MODULES = new Set(["math", "random", "array", "memory", "util", "parallel", "concurrency"]);

function walk(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith(".py")) out.push(p);
  }
  return out;
}

const rel = (p) => relative(root, p).split("\\").join("/");
// Paths are given repo-relative (as `epython compile examples/...` from the root
// would), because our image records the file name.
const readFile = (p) => {
  try {
    return readFileSync(isAbsolute(p) ? p : join(root, p), "utf8");
  } catch {
    return null;
  }
};

/** Module names a file imports (a crude scan, to skip user modules of other examples). */
function importedNames(text) {
  const out = new Set();
  for (const m of text.matchAll(/^\s*(?:import\s+([\w.]+)|from\s+([\w.]+)\s+import)/gm)) out.add(m[1] ?? m[2]);
  return out;
}

function programs() {
  const classicDirs = [join(examples, "classic"), join(examples, "parallel", "classic")];
  const classic = classicDirs.flatMap(walk);
  const py3 = walk(examples).filter(
    (p) => !classic.includes(p) && !rel(p).startsWith("examples/errors/") && !rel(p).includes("/classic/"),
  );
  // A .py imported by a sibling is a user module, not a program of its own.
  const modules = new Set();
  for (const p of [...classic, ...py3]) {
    for (const name of importedNames(readFileSync(p, "utf8"))) modules.add(join(dirname(p), `${name}.py`));
  }
  return [
    ...classic.filter((p) => !modules.has(p)).map((file) => ({ file, dialect: "classic" })),
    ...py3.filter((p) => !modules.has(p)).map((file) => ({ file, dialect: "python3" })),
  ];
}

/**
 * Our program through the CLI (`epython compile`, image decoded back), for programs
 * importing a library module written in ePython (taskfarm): the CLI adds it to the
 * image, and dist/index.js does not export the library.
 */
function compileWithCli(file, dialect) {
  const dir = mkdtempSync(join(tmpdir(), "epy-codesize-"));
  try {
    const out = join(dir, "p.epyc");
    const args = [join(root, "bin", "epython.js"), "compile", ...(dialect === "classic" ? ["--classic"] : []), "-o", out, file];
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
    if (r.status !== 0) throw new Error((r.stderr || r.stdout || "epython compile failed").trim().split("\n")[0]);
    return decodeProgram(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** LEB128 length of a non-negative integer. */
const lebLength = (x) => {
  let n = 1;
  for (; x >= 128; n++) x = Math.floor(x / 128);
  return n;
};

/**
 * Bytes of the literal constants in our image (ints, floats, strings: tag + payload),
 * the values the original writes inline in its code. Code objects and name tuples
 * are not literals and are left out.
 */
function literalBytes(program) {
  let n = 0;
  const walk = (code) => {
    for (const k of code.consts) {
      if (typeof k === "number") n += 1 + lebLength(k >= 0 ? k * 2 : -k * 2 - 1);
      else if (typeof k === "string") {
        const len = Buffer.byteLength(k);
        n += 1 + lebLength(len) + len;
      } else if (Array.isArray(k)) continue;
      else if (k && typeof k === "object" && "float" in k) n += 9;
      else if (k && typeof k === "object" && "code" in k) walk(k);
    }
  };
  for (const m of program.modules) walk(m.code);
  return n;
}

function measure({ file, dialect }) {
  const program = rel(file);
  const source = readFileSync(file, "utf8");
  const row = { program, dialect, ours: null, orig: null, oursError: null, origReason: null, notes: [] };
  try {
    let missing = false;
    let p = compileProgram(source, program, {
      dialect,
      readFile: (path) => {
        const text = readFile(path);
        if (text === null) missing = true;
        return text;
      },
      isBuiltinModule: (n) => BUILTIN_MODULES.has(n),
    });
    if (missing) {
      p = compileWithCli(program, dialect);
      row.notes.push("ours compiled by `epython compile` (ePython library module in the image)");
    }
    const { sizes } = encodeProgram(p);
    row.ours = { instructions: sizes.instructions, total: sizes.total, literals: literalBytes(p) };
  } catch (err) {
    row.oursError = String(err?.message ?? err).split("\n")[0];
  }
  const o = originalSize(source, program, { dialect, readFile });
  if (o.ok) {
    row.orig = { total: o.total, main: o.main, user: o.main + o.userFunctions, modules: o.moduleFunctions,
      functions: o.functions.map((f) => `${f.module ? f.module + "." : ""}${f.name}:${f.size}`) };
    row.notes.push(...o.notes);
  } else {
    row.origReason = o.line ? `line ${o.line}: ${o.reason}` : o.reason;
  }
  return row;
}

const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : "-");

const COLUMNS = [
  ["ours instr", (o) => o.instructions],
  ["ours i+lit", (o) => o.instructions + o.literals],
  ["ours total", (o) => o.total],
  ["orig code", null, (g) => g.total],
  ["orig user", null, (g) => g.user],
];
const RATIOS = [
  ["instr/orig", (o, g) => [o.instructions, g.total]],
  ["i+lit/orig", (o, g) => [o.instructions + o.literals, g.total]],
  ["total/orig", (o, g) => [o.total, g.total]],
  ["i+lit/user", (o, g) => [o.instructions + o.literals, g.user]],
];

function table(rows) {
  const head = ["program", ...COLUMNS.map((c) => c[0]), ...RATIOS.map((r) => r[0])];
  const lines = [];
  const sum = { ours: { instructions: 0, literals: 0, total: 0 }, orig: { total: 0, user: 0 }, n: 0 };
  const cells = (o, g) => [
    ...COLUMNS.map(([, fo, fg]) => (fo ? (o ? fo(o) : "err") : g ? fg(g) : "n/a")),
    ...RATIOS.map(([, f]) => (o && g ? ratio(...f(o, g)) : "-")),
  ];
  for (const r of rows) {
    lines.push([r.program, ...cells(r.ours, r.orig)]);
    if (r.ours && r.orig) {
      for (const k of Object.keys(sum.ours)) sum.ours[k] += r.ours[k];
      for (const k of Object.keys(sum.orig)) sum.orig[k] += r.orig[k];
      sum.n++;
    }
  }
  lines.push([`TOTAL (${sum.n} measured on both sides)`, ...cells(sum.ours, sum.orig)]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const fmt = (l) => l.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const out = [fmt(head), rule];
  lines.forEach((l, i) => {
    if (i === lines.length - 1) out.push(rule);
    out.push(fmt(l));
  });
  return out.join("\n");
}

function main() {
  const args = process.argv.slice(2);
  let json = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--json" && i + 1 < args.length) json = args[++i];
    else {
      console.error("usage: node bench/codesize.mjs [--json FILE]");
      process.exit(2);
    }
  }
  const rows = programs().map(measure);
  const shown = rows.filter((r) => r.dialect === "classic" || r.orig);
  console.log("Code size: our image vs the original ePython's bytecode (modelled, bench/original-size.mjs)\n");
  console.log(table(shown));
  const notes = shown.filter((r) => r.notes.length || r.oursError || r.origReason);
  if (notes.length) {
    console.log("");
    for (const r of notes) {
      const n = [...r.notes];
      if (r.oursError) n.push(`ours failed: ${r.oursError}`);
      if (r.origReason) n.push(`not expressible in the original: ${r.origReason}`);
      console.log(`  ${r.program}: ${n.join("; ")}`);
    }
  }
  const skipped = rows.filter((r) => r.dialect === "python3" && !r.orig);
  if (skipped.length) {
    console.log(`\nPython 3 examples not expressible in the original (${skipped.length}):`);
    for (const r of skipped) console.log(`  ${r.program}: ${r.origReason}`);
  }
  console.log("\nModule functions the original needed (bytes): ");
  for (const r of shown) {
    if (!r.orig) continue;
    const mods = r.orig.functions.filter((f) => f.includes("."));
    if (mods.length) console.log(`  ${r.program}: ${mods.join(", ")}`);
  }
  if (json) writeFileSync(json, JSON.stringify(rows, null, 2) + "\n");
}

main();
