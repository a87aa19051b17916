// The typed syntax tree: the single input of every back end (bytecode emitter now,
// C emitter later). Nodes are plain objects discriminated by `kind`; every node
// carries the source span it came from, so any later stage can report a diagnostic
// at the right place. Both dialects parse to this one tree: dialect differences that
// change *meaning* (classic `/`, `^`, print statement...) are recorded on the
// Module (`dialect`) or as distinct node kinds (`Print`), never as a second tree.

import type { Span } from "./diagnostics.js";

export type Dialect = "python3" | "classic";

interface NodeBase extends Span {}

// ---------------------------------------------------------------- expressions

export type BinaryOperator =
  | "+" | "-" | "*" | "/" | "//" | "%" | "**" | "<<" | ">>" | "&" | "|" | "^" | "@";
export type UnaryOperator = "-" | "+" | "~" | "not";
export type CompareOperator =
  | "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in" | "is" | "is not";

/** Integer literal. `value` is exact for |v| < 2^53; the compiler range-checks it. */
export interface IntLit extends NodeBase { kind: "Int"; value: number; text: string }
export interface FloatLit extends NodeBase { kind: "Float"; value: number }
export interface StrLit extends NodeBase { kind: "Str"; value: string }
/** bytes literal (b'..'): `value` holds the bytes as code units 0..255. */
export interface BytesLit extends NodeBase { kind: "Bytes"; value: string }
/** True, False, None (any case in the classic dialect). */
export interface ConstLit extends NodeBase { kind: "Const"; value: boolean | null }
/** f-string: literal text pieces interleaved with formatted values. */
export interface FString extends NodeBase { kind: "FString"; parts: (string | FormattedValue)[] }
export interface FormattedValue extends NodeBase {
  kind: "FormattedValue";
  value: Expr;
  /** `!r`, `!s`, `!a` or none. */
  conversion: "r" | "s" | "a" | null;
  /** The format spec after `:`, itself an f-string (may contain `{}` fields). */
  formatSpec: FString | null;
}
export interface Name extends NodeBase { kind: "Name"; id: string }
export interface BinOp extends NodeBase { kind: "BinOp"; op: BinaryOperator; left: Expr; right: Expr }
export interface UnaryOp extends NodeBase { kind: "UnaryOp"; op: UnaryOperator; operand: Expr }
/** `a and b and c` is one BoolOp with three values (short-circuit, value-returning). */
export interface BoolOp extends NodeBase { kind: "BoolOp"; op: "and" | "or"; values: Expr[] }
/** Chained comparison `a < b <= c`: ops.length === comparators.length. */
export interface Compare extends NodeBase {
  kind: "Compare"; left: Expr; ops: CompareOperator[]; comparators: Expr[];
}
export interface IfExp extends NodeBase { kind: "IfExp"; test: Expr; body: Expr; orelse: Expr }
export interface Keyword extends NodeBase {
  kind: "Keyword";
  /** null for `**mapping` */
  name: string | null;
  value: Expr;
}
/** args may contain Starred (for `f(*xs)`). */
export interface Call extends NodeBase { kind: "Call"; func: Expr; args: Expr[]; keywords: Keyword[] }
export interface Attribute extends NodeBase { kind: "Attribute"; value: Expr; attr: string }
export interface Subscript extends NodeBase { kind: "Subscript"; value: Expr; index: Expr | Slice }
/** Only appears as Subscript.index (or inside a Tuple index for multi-dim). */
export interface Slice extends NodeBase { kind: "Slice"; lower: Expr | null; upper: Expr | null; step: Expr | null }
export interface ListExpr extends NodeBase { kind: "List"; elts: Expr[] }
export interface TupleExpr extends NodeBase { kind: "Tuple"; elts: Expr[] }
/** `{}` / `{k: v, **m}`: a null key marks `**m` (its value is the mapping), as in CPython's AST. */
export interface DictExpr extends NodeBase { kind: "Dict"; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends NodeBase { kind: "Set"; elts: Expr[] }
/** `isAsync`: `async for` (the comprehension is a coroutine, a generator expression an async generator). */
export interface Comprehension extends NodeBase {
  kind: "Comprehension"; target: Expr; iter: Expr; ifs: Expr[]; isAsync?: true;
}
export interface ListComp extends NodeBase { kind: "ListComp"; elt: Expr; generators: Comprehension[] }
export interface SetComp extends NodeBase { kind: "SetComp"; elt: Expr; generators: Comprehension[] }
/** `{k: v for ...}`: the key is evaluated before the value (Python 3.8+). */
export interface DictComp extends NodeBase { kind: "DictComp"; key: Expr; value: Expr; generators: Comprehension[] }
/** `(x for x in xs)`: a lazy generator (its first iterable is evaluated at creation). */
export interface GeneratorExp extends NodeBase { kind: "GeneratorExp"; elt: Expr; generators: Comprehension[] }
export interface Lambda extends NodeBase { kind: "Lambda"; args: Arguments; body: Expr }
export interface Starred extends NodeBase { kind: "Starred"; value: Expr }
/** `(name := value)`: binds the name in the nearest enclosing non-comprehension scope (PEP 572). */
export interface NamedExpr extends NodeBase { kind: "NamedExpr"; target: Name; value: Expr }
/** `yield [value]` (its value is what `send` passes in); makes the function a generator. */
export interface Yield extends NodeBase { kind: "Yield"; value: Expr | null }
/**
 * `yield from iterable`: delegates to a sub-iterator; its value is the sub-generator's return value.
 * `isAwait`: written `await value` (PEP 492), which is a `yield from` of the awaitable's
 * iterator (a coroutine itself, or what `__await__` returns; vm/coroutines.ts).
 */
export interface YieldFrom extends NodeBase { kind: "YieldFrom"; value: Expr; isAwait?: true }

export type Expr =
  | IntLit | FloatLit | StrLit | BytesLit | ConstLit | FString | Name | BinOp | UnaryOp | BoolOp
  | Compare | IfExp | Call | Attribute | Subscript | ListExpr | TupleExpr | DictExpr
  | SetExpr | ListComp | SetComp | DictComp | GeneratorExp | Lambda | Starred | NamedExpr | Yield | YieldFrom;

// ----------------------------------------------------------------- statements

export interface Param extends NodeBase { kind: "Param"; name: string; default: Expr | null }
export interface Arguments {
  /** Positional parameters, in order: the first `posonly` of them are positional-only (before `/`). */
  args: Param[];
  /** How many of `args` precede a `/` (positional-only, PEP 570); 0 without one. */
  posonly: number;
  /** `*args` name, or null. A bare `*` gives null here and kwonly params after it. */
  vararg: string | null;
  /** Keyword-only parameters (after `*` or `*args`). */
  kwonly: Param[];
  /** `**kwargs` name, or null. */
  kwarg: string | null;
}

export interface ExprStmt extends NodeBase { kind: "ExprStmt"; value: Expr }
/** `a = b = value`: targets in source order. `annotated`: written `a: T = value` (PEP 526). */
export interface Assign extends NodeBase { kind: "Assign"; targets: Expr[]; value: Expr; annotated?: true }
/**
 * A bare annotation of a simple name, `x: int` (no value): binds nothing at run time,
 * but makes `x` local to the function it is in (PEP 526), as CPython.
 */
export interface AnnotatedName extends NodeBase { kind: "AnnotatedName"; target: Name }
export interface AugAssign extends NodeBase { kind: "AugAssign"; target: Expr; op: BinaryOperator; value: Expr }
export interface If extends NodeBase { kind: "If"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends NodeBase { kind: "While"; test: Expr; body: Stmt[]; orelse: Stmt[] }
/** `isAsync`: `async for` (`__aiter__`, awaited `__anext__` until StopAsyncIteration). */
export interface For extends NodeBase { kind: "For"; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; isAsync?: true }
export interface Break extends NodeBase { kind: "Break" }
export interface Continue extends NodeBase { kind: "Continue" }
export interface Pass extends NodeBase { kind: "Pass" }
export interface Return extends NodeBase { kind: "Return"; value: Expr | null }
/**
 * `isAsync`: `async def`, a coroutine function (an async generator when its body yields).
 * `annotations`: the parameters' and the return's (`return`) annotations as their
 * source text, in CPython's `__annotations__` order (PEP 563: nothing in them runs).
 */
export interface FunctionDef extends NodeBase {
  kind: "FunctionDef"; name: string; args: Arguments; body: Stmt[]; decorators: Expr[]; isAsync?: true;
  annotations?: { name: string; text: string }[];
  /** The name the definition binds when it differs from `name` (private name mangling, compiler/mangling.ts). */
  bindAs?: string;
}
export interface Global extends NodeBase { kind: "Global"; names: string[] }
export interface Nonlocal extends NodeBase { kind: "Nonlocal"; names: string[] }
export interface Assert extends NodeBase { kind: "Assert"; test: Expr; msg: Expr | null }
export interface Delete extends NodeBase { kind: "Delete"; targets: Expr[] }
export interface Alias extends NodeBase { kind: "Alias"; name: string; asname: string | null }
/** `import a.b as c, d` */
export interface Import extends NodeBase { kind: "Import"; names: Alias[] }
/** `from m import a as b, c` or `from m import *` (names === "*"). `level` counts leading dots. */
export interface ImportFrom extends NodeBase {
  kind: "ImportFrom"; module: string; names: Alias[] | "*"; level: number;
  /** Absolute names of the imported names that are submodules of the package (compiler/packages.ts). */
  submodules?: string[];
}
/** `class Name(bases, kw=...):` (Python 3 dialect); `keywords` go to the metaclass (vm/metaclasses.ts). */
export interface ClassDef extends NodeBase {
  kind: "ClassDef"; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorators: Expr[];
  /** The name the definition binds when it differs from `name` (private name mangling, compiler/mangling.ts). */
  bindAs?: string;
}
/** One `except [type [as name]]:` clause of a Try. */
export interface ExceptHandler extends NodeBase { kind: "ExceptHandler"; type: Expr | null; name: string | null; body: Stmt[] }
/** `try` with any of `except` clauses, `else` and `finally` (at least one handler or a finally). */
export interface Try extends NodeBase {
  kind: "Try"; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
  /** `except*` clauses (PEP 654): each matches part of an exception group (vm/exceptionGroups.ts). */
  star?: true;
}
/** `raise`, `raise exc`, `raise exc from cause`. */
export interface Raise extends NodeBase { kind: "Raise"; exc: Expr | null; cause: Expr | null }
/** One `expr [as target]` of a `with` statement. */
export interface WithItem extends NodeBase { kind: "WithItem"; contextExpr: Expr; optionalVars: Expr | null }
/** `with a as x, b:` — several items nest, the first outermost (vm/contextManagers.ts). */
/** `isAsync`: `async with` (awaited `__aenter__`/`__aexit__`). */
export interface With extends NodeBase { kind: "With"; items: WithItem[]; body: Stmt[]; isAsync?: true }
/**
 * `match subject:` with its `case` clauses (PEP 634), tried in order; the emitter
 * lowers it (compiler/patterns.ts).
 */
export interface Match extends NodeBase { kind: "Match"; subject: Expr; cases: MatchCase[] }
export interface MatchCase extends NodeBase { kind: "MatchCase"; pattern: Pattern; guard: Expr | null; body: Stmt[] }
/** A literal or dotted-name pattern, compared with `==` (Str, Int, Float, complex arithmetic, Attribute). */
export interface MatchValue extends NodeBase { kind: "MatchValue"; value: Expr }
/** `None`, `True`, `False`: compared by identity. */
export interface MatchSingleton extends NodeBase { kind: "MatchSingleton"; value: boolean | null }
/** `[p, *rest, q]` / `(p, q)` / `p, q`: at most one MatchStar among `patterns`. */
export interface MatchSequence extends NodeBase { kind: "MatchSequence"; patterns: Pattern[] }
/** `*name` (`*_`: name null) inside a sequence pattern. */
export interface MatchStar extends NodeBase { kind: "MatchStar"; name: string | null }
/** `{key: p, ..., **rest}`: keys are literal or dotted-name expressions. */
export interface MatchMapping extends NodeBase { kind: "MatchMapping"; keys: Expr[]; patterns: Pattern[]; rest: string | null }
/** `Cls(p1, p2, attr=p3)`: positional sub-patterns go through `Cls.__match_args__`. */
export interface MatchClass extends NodeBase {
  kind: "MatchClass"; cls: Expr; patterns: Pattern[]; kwdAttrs: string[]; kwdPatterns: Pattern[];
}
/** `p as name`, a capture `name` (pattern null) or the wildcard `_` (both null). */
export interface MatchAs extends NodeBase { kind: "MatchAs"; pattern: Pattern | null; name: string | null }
/** `p1 | p2 | ...`: every alternative binds the same names. */
export interface MatchOr extends NodeBase { kind: "MatchOr"; patterns: Pattern[] }
export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchStar | MatchMapping | MatchClass | MatchAs | MatchOr;

/** Classic dialect `print expr` statement (exactly one expression, as the original). */
export interface Print extends NodeBase { kind: "Print"; value: Expr }

export type Stmt =
  | ExprStmt | Assign | AugAssign | If | While | For | Break | Continue | Pass | Return
  | FunctionDef | Global | Nonlocal | Assert | Delete | Import | ImportFrom | Print
  | ClassDef | Try | Raise | With | AnnotatedName | Match;

export interface Module extends NodeBase {
  kind: "Module";
  body: Stmt[];
  dialect: Dialect;
  /** File name as given to the parser (used in every diagnostic). */
  file: string;
  /** Full source text, kept for diagnostics raised by later stages. */
  source: string;
}

export type Node =
  | Expr | Stmt | Module | Param | Keyword | Comprehension | Slice | Alias | FormattedValue | ExceptHandler
  | WithItem | MatchCase | Pattern;
