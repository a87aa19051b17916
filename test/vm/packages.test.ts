// Packages against CPython 3.11: `import pkg`, `import pkg.mod [as m]`, `from pkg import
// mod`, `from pkg.mod import f`, relative imports inside a package, `__name__`, and
// CPython's ImportError/ModuleNotFoundError texts. The same tree is run by CPython.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";
import { cpython311 } from "../helpers/cpython.js";
import { EPythonSyntaxError } from "../../src/lang/diagnostics.js";

const files: Record<string, string> = {
  "pkg/__init__.py": '"""The package."""\nVERSION = 3\nfrom .helpers import double\n',
  "pkg/helpers.py": "def double(x):\n    return 2 * x\nNAME = __name__\n",
  "pkg/mod.py": "from . import helpers\nfrom .helpers import NAME\nfrom .sub import deep\ndef f(x):\n    return helpers.double(x) + deep.TEN\n",
  "pkg/sub/__init__.py": "",
  "pkg/sub/deep.py": 'from .. import helpers as h\nfrom ..helpers import double\nTEN = 10\nprint("deep runs", __name__, h.__name__, double(4))\n',
  // A package file named like a library module is not the library module.
  "pkg/heapq.py": "X = 'mine'\n",
};

const main = `import pkg
print(pkg.__name__, pkg.__doc__, pkg.VERSION, pkg.double(5))
import pkg.mod
print(pkg.mod.f(1), pkg.mod.NAME, pkg.mod.__name__)
import pkg.sub.deep as d
print(d.TEN, d.__name__, pkg.sub.deep is d)
from pkg import mod, helpers
print(mod.f(2), helpers.NAME)
from pkg.sub.deep import TEN
print(TEN)
from pkg.sub import deep
print(deep.TEN)
from pkg import heapq
import heapq as std
print(heapq.X, hasattr(std, "heappush"))
try:
    import pkg.nosuch
except ImportError as e:
    print(type(e).__name__, e)
try:
    import nosuchpkg.x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkg import nosuch
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    from pkg.sub import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
`;

function cpythonOutput(): string {
  const dir = mkdtempSync(join(tmpdir(), "epy-pkg-"));
  for (const [path, text] of Object.entries({ ...files, "main.py": main })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return spawnSync(cpython311!, ["main.py"], { cwd: dir, encoding: "utf8" }).stdout;
}

describe("packages", () => {
  it.skipIf(!cpython311)("import the way CPython does", () => {
    expect(output(main, { files })).toBe(cpythonOutput());
  });

  it("runs each module once, binding submodules on their package", () => {
    expect(output("import pkg.sub.deep\nimport pkg.sub.deep\nfrom pkg.sub import deep\nprint(pkg.sub.deep is deep)\n", { files }))
      .toBe("deep runs pkg.sub.deep pkg.helpers 8\nTrue\n");
  });

  it("refuses a relative import outside a package (CPython's text)", () => {
    expect(() => runSource("from . import x\n", { files })).toThrow(EPythonSyntaxError);
    expect(() => runSource("from . import x\n", { files })).toThrow("attempted relative import with no known parent package");
    const deep = { ...files, "pkg/bad.py": "from ... import x\n" };
    expect(() => runSource("import pkg.bad\n", { files: deep })).toThrow("attempted relative import beyond top-level package");
  });
});
