// Why a module a user may reasonably import is not there: the reason is appended to
// the ModuleNotFoundError (core.ts findModule), so `import os` or `import numpy` on a
// core says what to do instead of only "No module named 'os'". The exception stays
// ModuleNotFoundError, so `try: import numpy except ImportError:` fallbacks work as
// in CPython. docs/language.md ("Deliberately absent on cores") lists the same.

const NO_OS = "a core has no files, processes or operating system: pass data as program arguments, input() or messages";
const NO_THREADS = "a core runs one thread: run the program on several cores (--cores N) and use the parallel module";
const THIRD_PARTY = "third-party packages do not run on cores; a host program can use it and offload kernels to the cores, see docs/host-api.md";

const REASONS: ReadonlyMap<string, string> = new Map([
  ...["os", "os.path", "pathlib", "glob", "tempfile", "shutil", "subprocess", "pickle", "shelve", "signal", "socket",
    "select", "selectors", "fcntl", "mmap", "sqlite3", "zipfile", "tarfile", "fileinput"].map((m) => [m, NO_OS] as const),
  ...["threading", "multiprocessing", "concurrent", "_thread"].map((m) => [m, NO_THREADS] as const),
  ["doctest", "doctest compiles and runs the examples of docstrings at run time, and a core runs no code from strings: test with assert or unittest"],
  ["dis", "a core runs ePython's bytecode, not CPython's, so dis could not list what CPython lists: `epython disasm prog.py` lists a program's bytecode on the host"],
  ["linecache", "linecache reads source files, and a core has no files or operating system"],
  ["copyreg", "copyreg registers reductions for pickle, which a core does not have: copy.copy and copy.deepcopy use __copy__ and __deepcopy__"],
  ["zoneinfo", "a core has no time zone database, which zoneinfo reads from the system or the tzdata package: use datetime.timezone with a fixed offset"],
  ["xml", "xml's parsers are built on expat, a C library a core does not have: html.parser parses markup, json and csv structured text"],
  ["tokenize", "tokenize is built on codecs, which a core does not have"],
  ["unittest.mock", "mock objects are not provided on a core: pass stub objects or functions"],
  ...["numpy", "scipy", "pandas", "matplotlib", "sympy", "numba", "torch", "requests", "mpi4py"].map((m) => [m, THIRD_PARTY] as const),
]);

/** The reason `name` (or the package it belongs to) is absent, or undefined for any other module. */
export function absentModuleReason(name: string): string | undefined {
  return REASONS.get(name) ?? REASONS.get(name.split(".")[0]);
}
