// An uncaught error's report next to CPython 3.11's stderr for the same program: the
// tests of what a traceback prints (chains, groups, notes) compare the two.
import { formatRuntimeError } from "../../src/host/report.js";
import { runSource } from "./runSource.js";
import { runCPython } from "./cpython.js";

/** [ours, CPython's]: our report without its header and quoted source lines (CPython -c quotes none). */
export function uncaughtReports(src: string): [string, string] {
  const r = runSource(src, { float64: true });
  if (r.error === null) throw new Error("the program did not fail");
  const text = formatRuntimeError(r.error, 0, "device core", (f) => (f === "main.py" ? src : null), undefined);
  const expected = runCPython(src).err.replace(/File "<string>"/g, 'File "main.py"').trimEnd();
  const ours = text.split("\n").slice(1).filter((l, i, all) => !(i > 0 && /File "main\.py"/.test(all[i - 1]!) && !/File "/.test(l) && /^[ |+]*\s{4}\S/.test(l)));
  return [ours.join("\n"), expected];
}
