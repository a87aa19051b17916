// Imports by a name computed at run time (vm/dynamicImport.ts): __import__ and
// importlib.import_module of standard, library and the program's own modules, with
// CPython's results (the top package, or with a fromlist the module) and errors. A
// library module is in the image when the program names it in a string
// (compiler/imports.ts dynamicImportNames).
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output, runSource } from "../helpers/runSource.js";

describeCPythonParity(
  "__import__ and importlib.import_module against CPython",
  {
    "standard and library modules by computed names, packages, relative names, errors": `m = __import__("math")
print(m.sqrt(16))
names = ["json", "collections"]
for n in names:
    mod = __import__(n)
    print(mod.__name__)
import importlib
a = importlib.import_module("collections.abc")
print(a.__name__, a.Mapping)
c = __import__("collections.abc")
print(c.__name__)
x = __import__("collections.abc", fromlist=["Mapping"])
print(x.__name__)
try:
    __import__("nosuchmod")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.import_module("nosuch.sub")
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("math.sub")
except ImportError as e:
    print(type(e).__name__, e)
print(importlib.import_module("itertools").__name__)
import importlib as il
print(il.import_module(".abc", "collections").__name__)
try: il.import_module(".abc")
except (TypeError, AttributeError) as e: print(e)
try: il.import_module("")
except ValueError as e: print(e)
try: __import__("")
except ValueError as e: print(e)
try: il.import_module(5)
except (TypeError, AttributeError) as e: print(e)
try: il.import_module("...x", "a.b")
except ImportError as e: print(e)
try:
    __import__("math.sub")
except ModuleNotFoundError as e: print(e.name)
m = __import__("collections.abc", globals(), locals(), ["Sequence"], 0)
print(m.Sequence)
print(__import__("sys").__name__, il.import_module("random").__name__)
mods = {name: __import__(name) for name in ("heapq", "string", "textwrap")}
print(sorted(mods), mods["textwrap"].fill("a b c d", 3))
`,
  },
  [
    ['__import__("nosuchmod")', "ModuleNotFoundError: No module named 'nosuchmod'"],
    ['import importlib\nimportlib.import_module("nosuch.sub")', "ModuleNotFoundError: No module named 'nosuch'"],
    ['import importlib\nimportlib.import_module("math.sub")', "ModuleNotFoundError: No module named 'math.sub'; 'math' is not a package"],
    ['import importlib\nimportlib.import_module("collections.nosuch")', "ModuleNotFoundError: No module named 'collections.nosuch'"],
    ['__import__(5)', "TypeError: module name must be a string"],
    ['__import__("x", level=-1)', "ValueError: level must be >= 0"],
    ['import importlib\nimportlib.import_module(".x")', "TypeError: the 'package' argument is required to perform a relative import for '.x'"],
  ],
);

describe("imports by computed names", () => {
  it("a program's own module, named in a string", () => {
    const files = { "helper.py": "print('helper runs')\nVALUE = 42\n" };
    expect(output("import importlib\nn = 'help' + 'er'\nfor name in ['helper']:\n    m = importlib.import_module(name)\n    print(m.VALUE, m is importlib.import_module(n))\n", { files }))
      .toBe("helper runs\n42 True\n");
  });
  it("a library module the program never names is missing, and the error says why", () => {
    const r = runSource("name = 'js' + 'on'\n__import__(name)\n");
    expect(r.error?.kind).toBe("ModuleNotFoundError");
    expect(r.error?.pyMessage).toMatch(/^No module named 'json' \(a library module imported by a name computed at run time must also be named/);
  });
  it("a string naming a file that does not compile is left out of the image", () => {
    const files = { "notes.py": "this is not python\n" };
    expect(output("x = 'notes'\nprint(__import__('math' if x else x).__name__)\n", { files })).toBe("math\n");
  });
});
