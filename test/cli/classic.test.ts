// Classic-dialect behaviour the original's examples rely on: calls with missing
// arguments (its mergesort.py calls getlevel() without getlevel's parameter), and
// str() of a real giving C's %f text (its jacobi.py, gauss-seidel.py and pi.py print
// "RNorm=" + str(norm)).
import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";

describe("classic: missing arguments", () => {
  it("a parameter without a default may be left out; it is unbound", () => {
    const src = [
      "import parallel",
      "def getlevel(level):",
      "  i=0",
      "  cc=numcores()",
      "  while cc > 1:",
      "    if coreid() % cc == 0: return i",
      "    cc=cc/2",
      "    i=i+1",
      "  return i",
      "level=getlevel()",
      "print level",
    ].join("\n");
    expect(output(src, { classic: true, cores: 4, prefix: true })).toBe(
      "[device 0] 0\n[device 1] 2\n[device 2] 1\n[device 3] 2\n",
    );
  });

  it("defaults still fill in, and reading a missing parameter is an error", () => {
    expect(output("def f(a, b=5):\n  return b\nprint f()\n", { classic: true })).toBe("5\n");
    const r = runSource("def f(a):\n  return a\nprint f()\n", { classic: true });
    expect(r.error?.kind).toBe("UnboundLocalError");
    expect(r.error?.pyMessage).toContain("'a'");
  });

  it("the Python 3 dialect keeps CPython's TypeError", () => {
    const r = runSource("def f(a):\n    return 1\nf()\n");
    expect(r.error?.kind).toBe("TypeError");
    expect(r.error?.pyMessage).toBe("f() missing 1 required positional argument: 'a'");
  });
});

describe("classic: str() gives the original's text", () => {
  it("a real is C's %f, as in the original's examples", () => {
    const src = "norm=9.9984936e-05\nprint \"Completed in \"+str(8500)+\" iterations, RNorm=\"+str(norm)\nprint str(2.5)\nprint str(1e10)\n";
    expect(output(src, { classic: true })).toBe("Completed in 8500 iterations, RNorm=0.000100\n2.500000\n10000000000.000000\n");
  });

  it("booleans and None as the original prints them; strings and ints unchanged", () => {
    expect(output("print str(true) + str(none) + str(\"s\") + str(-3)\n", { classic: true })).toBe("trueNONEs-3\n");
  });

  it("the Python 3 dialect keeps repr-style str()", () => {
    expect(output("print(str(9.9984936e-05), str(True), str(None))\n")).toBe("9.9984936e-05 True None\n");
  });
});
