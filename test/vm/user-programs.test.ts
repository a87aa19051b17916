// Programs written the way students and researchers write Python 3 (issue 9: "public-
// style programs run with CPython's output"): each of test/vm/user-programs/*.py has
// one theme (text processing, a class model, exceptions, generator pipelines, memoised
// recursion, decorators, dataclasses, itertools/functools, table formatting, integer
// maths, a library model) and must print exactly what CPython 3.11 prints. They were
// the bug hunt's best finds: each failed before its fix (see user-fixes.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "user-programs");
const programs: Record<string, string> = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
  programs[file] = readFileSync(join(dir, file), "utf8");
}

describeCPythonParity("user-style programs", programs, []);
