// Runs a program on CPython 3.11 (the reference the VM's dict and set tests compare
// against): the pyenv build when present, else `python3` if it is 3.11. Returns null
// when no CPython 3.11 is available, so comparisons are skipped rather than wrong.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = ["/root/.pyenv/versions/3.11.7/bin/python3.11", "python3.11", "python3"];

function find(): string | null {
  for (const c of candidates) {
    if (c.startsWith("/") && !existsSync(c)) continue;
    const r = spawnSync(c, ["-c", "import sys; print(sys.version_info[:2] == (3, 11))"], { encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim() === "True") return c;
  }
  return null;
}

export const cpython311: string | null = find();

/** CPython 3.11's stdout and stderr for `source`. */
export function runCPython(source: string): { out: string; err: string; status: number | null } {
  if (!cpython311) throw new Error("no CPython 3.11");
  const r = spawnSync(cpython311, ["-c", source], { encoding: "utf8" });
  return { out: r.stdout, err: r.stderr, status: r.status };
}
