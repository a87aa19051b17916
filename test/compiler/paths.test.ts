import { posix } from "node:path";
import { describe, expect, it } from "vitest";
import { dirname, join, normalize } from "../../src/compiler/paths.js";
import { compileProgram } from "../../src/compiler/program.js";

const paths = [
  "", ".", "..", "a", "/", "//", "/a", "//a", "a/b", "a//b", "a/b/", "a/b//", "/a/b/c.py", "./x.py",
  "../a/b", "a/../../b", "/../a", "a/./b/", "///a//b", "dir/sub/../main.py",
];

describe("the pure path helper agrees with node:path (posix)", () => {
  it.each(paths)("%j", (p) => {
    expect(dirname(p)).toBe(posix.dirname(p));
    expect(normalize(p)).toBe(posix.normalize(p));
    for (const rest of ["x.py", "", "../y.py", "/z.py"]) {
      expect(join(p, rest)).toBe(posix.join(p, rest));
      expect(join(dirname(p), rest)).toBe(posix.join(posix.dirname(p), rest));
    }
  });
});

describe("the driver finds user modules next to the importing file", () => {
  it("follows imports from any block, relative to each file's directory", () => {
    const files: Record<string, string> = {
      "app/lib.py": "import util\n",
      "app/util.py": "X = 1\n",
    };
    const asked: string[] = [];
    const p = compileProgram("def f():\n    if x:\n        import lib\n", "app/main.py", {
      readFile: (f) => {
        asked.push(f);
        return files[f] ?? null;
      },
    });
    expect(asked).toEqual(["app/lib.py", "app/util.py"]);
    expect(p.modules.map((m) => m.name)).toEqual(["__main__", "lib", "util"]);
  });
});
