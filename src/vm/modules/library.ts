// Library modules: standard modules written in ePython itself. The compiler includes
// a library module's source in the program image when the program imports it and no
// file of that name sits next to the program (see `withLibraryModules`), so its code
// runs as ordinary bytecode: it is charged to the core and traced by the collector
// like the program's own objects, and its functions may block (taskfarm).
//
// A module with no classic source exists in the Python 3 dialect only.

import { ARGPARSE_SOURCE } from "./argparseSource.js";
import { BASE64_SOURCE, UUID_SOURCE } from "./binaryCodecsSource.js";
import { CONTEXTLIB_SOURCE } from "./contextlibSource.js";
import { TYPES_SOURCE } from "./typesSource.js";
import { COLLECTIONS_ABC_SOURCE } from "./collectionsAbcSource.js";
import { NUMBERS_SOURCE } from "./numbersSource.js";
import { STRING_CLASSIC_SOURCE, STRING_SOURCE } from "./stringSource.js";
import { KEYWORD_SOURCE } from "./keywordSource.js";
import { WARNINGS_SOURCE } from "./warningsSource.js";
import { PPRINT_SOURCE } from "./pprintSource.js";
import { ASYNCIO_SOURCE } from "./asyncioSource.js";
import { COLLECTIONS_SOURCE } from "./collections.js";
import { FUNCTOOLS_SOURCE } from "./functools.js";
import { FUTURE_SOURCE } from "./futureSource.js";
import { DATACLASSES_SOURCE } from "./dataclassesSource.js";
import { DATETIME_SOURCE } from "./datetimeSource.js";
import { CALENDAR_SOURCE } from "./calendarSource.js";
import { DECIMAL_SOURCE } from "./decimalSource.js";
import { ENUM_SOURCE } from "./enumSource.js";
import { IO_SOURCE } from "./ioSource.js";
import { JSON_SOURCE } from "./jsonSource.js";
import { QUEUE_SOURCE, TIMEIT_SOURCE } from "./queueTimeit.js";
import { RE_SOURCE } from "./re.js";
import { TEXTWRAP_SOURCE } from "./textwrapSource.js";
import { FRACTIONS_SOURCE, STATISTICS_SOURCE } from "./fractionsSource.js";
import { TASKFARM_CLASSIC_SOURCE, TASKFARM_SOURCE } from "./taskfarm.js";
import { TYPING_SOURCE } from "./typingSource.js";
import { GC_SOURCE, LOGGING_SOURCE } from "./gcLoggingSource.js";
import { CSV_SOURCE } from "./csvSource.js";
import { UNITTEST_SOURCE } from "./unittestSource.js";
import { TRACEBACK_SOURCE } from "./tracebackSource.js";
import { STDIN_SOURCE } from "./stdinSource.js";
import { GRAPHLIB_SOURCE } from "./graphlibSource.js";
import { USER_COLLECTIONS_SOURCE } from "./userCollectionsSource.js";
import { SECRETS_SOURCE } from "./secretsSource.js";
import { GETOPT_SOURCE } from "./getoptSource.js";
import { STRPTIME_SOURCE } from "./strptimeSource.js";
import { CONTEXTVARS_SOURCE } from "./contextvarsSource.js";
import { HTML_ENTITIES_SOURCE, HTML_SOURCE } from "./htmlSource.js";
import { SHLEX_SOURCE } from "./shlexSource.js";
import { URLLIB_PARSE_SOURCE, URLLIB_SOURCE } from "./urllibSource.js";
import { DIFFLIB_SOURCE } from "./difflibSource.js";
import { FNMATCH_SOURCE } from "./fnmatchSource.js";
import { ERRNO_SOURCE } from "./errnoSource.js";
import { REPRLIB_SOURCE } from "./reprlibSource.js";
import { HMAC_SOURCE } from "./hmacSource.js";
import { LOCALE_SOURCE } from "./localeSource.js";
import { PLATFORM_SOURCE } from "./platformSource.js";
import { COLORSYS_SOURCE } from "./colorsysSource.js";
import { CONFIGPARSER_SOURCE } from "./configparserSource.js";
import { HTML_PARSER_SOURCE, MARKUPBASE_SOURCE } from "./htmlParserSource.js";
import { TOMLLIB_PARSER_SOURCE, TOMLLIB_RE_SOURCE, TOMLLIB_SOURCE, TOMLLIB_TYPES_SOURCE } from "./tomllibSource.js";
import { OPTPARSE_SOURCE } from "./optparseSource.js";
import { GZIP_SOURCE } from "./gzipSource.js";
import { WEAKREF_SOURCE } from "./weakrefSource.js";
import { INSPECT_SOURCE } from "./inspectSource.js";

/** Library modules written in ePython, by module name and dialect. */
export const libraryModules: ReadonlyMap<string, { python3: string; classic: string | null }> = new Map([
  ["taskfarm", { python3: TASKFARM_SOURCE, classic: TASKFARM_CLASSIC_SOURCE }],
  ["collections", { python3: COLLECTIONS_SOURCE, classic: null }],
  ["functools", { python3: FUNCTOOLS_SOURCE, classic: null }],
  ["dataclasses", { python3: DATACLASSES_SOURCE, classic: null }],
  ["enum", { python3: ENUM_SOURCE, classic: null }],
  ["typing", { python3: TYPING_SOURCE, classic: null }],
  ["json", { python3: JSON_SOURCE, classic: null }],
  ["re", { python3: RE_SOURCE, classic: null }],
  ["fractions", { python3: FRACTIONS_SOURCE, classic: null }],
  ["statistics", { python3: STATISTICS_SOURCE, classic: null }],
  ["textwrap", { python3: TEXTWRAP_SOURCE, classic: null }],
  ["io", { python3: IO_SOURCE, classic: null }],
  ["__future__", { python3: FUTURE_SOURCE, classic: null }],
  ["datetime", { python3: DATETIME_SOURCE, classic: null }],
  ["calendar", { python3: CALENDAR_SOURCE, classic: null }],
  ["argparse", { python3: ARGPARSE_SOURCE, classic: null }],
  ["base64", { python3: BASE64_SOURCE, classic: null }],
  ["uuid", { python3: UUID_SOURCE, classic: null }],
  ["queue", { python3: QUEUE_SOURCE, classic: null }],
  ["timeit", { python3: TIMEIT_SOURCE, classic: null }],
  ["decimal", { python3: DECIMAL_SOURCE, classic: null }],
  ["contextlib", { python3: CONTEXTLIB_SOURCE, classic: null }],
  ["types", { python3: TYPES_SOURCE, classic: null }],
  ["collections.abc", { python3: COLLECTIONS_ABC_SOURCE, classic: null }],
  ["numbers", { python3: NUMBERS_SOURCE, classic: null }],
  ["keyword", { python3: KEYWORD_SOURCE, classic: null }],
  ["warnings", { python3: WARNINGS_SOURCE, classic: null }],
  ["pprint", { python3: PPRINT_SOURCE, classic: null }],
  ["string", { python3: STRING_SOURCE, classic: STRING_CLASSIC_SOURCE }],
  ["asyncio", { python3: ASYNCIO_SOURCE, classic: null }],
  ["gc", { python3: GC_SOURCE, classic: null }],
  ["logging", { python3: LOGGING_SOURCE, classic: null }],
  ["csv", { python3: CSV_SOURCE, classic: null }],
  ["unittest", { python3: UNITTEST_SOURCE, classic: null }],
  ["traceback", { python3: TRACEBACK_SOURCE, classic: null }],
  ["_stdin", { python3: STDIN_SOURCE, classic: null }],
  ["graphlib", { python3: GRAPHLIB_SOURCE, classic: null }],
  ["_collections_user", { python3: USER_COLLECTIONS_SOURCE, classic: null }],
  ["secrets", { python3: SECRETS_SOURCE, classic: null }],
  ["getopt", { python3: GETOPT_SOURCE, classic: null }],
  ["_strptime", { python3: STRPTIME_SOURCE, classic: null }],
  ["contextvars", { python3: CONTEXTVARS_SOURCE, classic: null }],
  ["html", { python3: HTML_SOURCE, classic: null }],
  ["html.entities", { python3: HTML_ENTITIES_SOURCE, classic: null }],
  ["shlex", { python3: SHLEX_SOURCE, classic: null }],
  ["urllib", { python3: URLLIB_SOURCE, classic: null }],
  ["urllib.parse", { python3: URLLIB_PARSE_SOURCE, classic: null }],
  ["difflib", { python3: DIFFLIB_SOURCE, classic: null }],
  ["fnmatch", { python3: FNMATCH_SOURCE, classic: null }],
  ["errno", { python3: ERRNO_SOURCE, classic: null }],
  ["reprlib", { python3: REPRLIB_SOURCE, classic: null }],
  ["hmac", { python3: HMAC_SOURCE, classic: null }],
  ["locale", { python3: LOCALE_SOURCE, classic: null }],
  ["platform", { python3: PLATFORM_SOURCE, classic: null }],
  ["colorsys", { python3: COLORSYS_SOURCE, classic: null }],
  ["configparser", { python3: CONFIGPARSER_SOURCE, classic: null }],
  ["html.parser", { python3: HTML_PARSER_SOURCE, classic: null }],
  ["_markupbase", { python3: MARKUPBASE_SOURCE, classic: null }],
  ["tomllib", { python3: TOMLLIB_SOURCE, classic: null }],
  ["tomllib._parser", { python3: TOMLLIB_PARSER_SOURCE, classic: null }],
  ["tomllib._re", { python3: TOMLLIB_RE_SOURCE, classic: null }],
  ["tomllib._types", { python3: TOMLLIB_TYPES_SOURCE, classic: null }],
  ["optparse", { python3: OPTPARSE_SOURCE, classic: null }],
  ["gzip", { python3: GZIP_SOURCE, classic: null }],
  ["weakref", { python3: WEAKREF_SOURCE, classic: null }],
  ["inspect", { python3: INSPECT_SOURCE, classic: null }],
]);

/**
 * Attributes of standard modules made on first use from a library module: "module.attr"
 * -> the library module whose global `attr` it is (sys.stdin is `_stdin.stdin`). The
 * compiler puts that library module in the image when a module of the program imports
 * the standard module and names the attribute (compiler/imports.ts
 * lateAttributeModules); the core imports it when the attribute is first read
 * (Core.lateModuleAttr). A program that names neither carries no code for it.
 */
export const lateModuleAttributes: ReadonlyMap<string, string> = new Map([
  ["sys.stdin", "_stdin"],
  ["sys.__stdin__", "_stdin"],
  // open(0), the standard input (introspection.ts openBuiltin): in programs that name open.
  ["builtins.open", "_stdin"],
  // The wrappers derive from collections.abc's classes: only programs naming them pay for both.
  ["collections.UserDict", "_collections_user"],
  ["collections.UserList", "_collections_user"],
  ["collections.UserString", "_collections_user"],
  // datetime's parser, in ePython: only programs naming time.strptime carry it.
  ["time.strptime", "_strptime"],
]);

/** Library modules that are packages: their submodules are `<package>.<name>` entries above. */
const libraryPackages: ReadonlySet<string> = new Set(
  [...libraryModules.keys()].filter((k) => k.includes(".")).map((k) => k.slice(0, k.indexOf("."))),
);

/**
 * Wraps a compiler `readFile` so that importing a library module finds its bundled
 * source when no file of that name exists next to the importing program.
 * A library package `p` (collections) is both `<root>/p.py` and `<root>/p/__init__.py`,
 * with its submodule `p.m` at `<root>/p/m.py` (packages.ts looks for the `__init__.py`
 * before a submodule); none of them exists inside a user package.
 */
export function withLibraryModules(readFile: (path: string) => string | null, dialect: "python3" | "classic" = "python3"): (path: string) => string | null {
  const dirOf = (path: string) => path.slice(0, Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const inUserPackage = (dir: string) => readFile(dir + "__init__.py") !== null;
  return (path) => {
    const text = readFile(path);
    if (text !== null) return text;
    const dir = dirOf(path);
    const base = path.slice(dir.length);
    if (!base.endsWith(".py")) return null;
    const name = base.slice(0, -3);
    // Library modules are top-level: a file of a package directory is never one.
    if (inUserPackage(dir)) {
      return null;
    }
    const pkg = dir.slice(dirOf(dir.slice(0, -1)).length, -1);
    if (dir !== "" && libraryPackages.has(pkg)) {
      if (inUserPackage(dirOf(dir.slice(0, -1)))) return null;
      return libraryModules.get(name === "__init__" ? pkg : `${pkg}.${name}`)?.[dialect] ?? null;
    }
    return libraryModules.get(name)?.[dialect] ?? null;
  };
}
