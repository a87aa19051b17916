// The bytecode emitter: analysed AST (analyze.ts: scopes, folded constants, rules
// checked) -> CodeObjects. One FunctionEmitter per scope (module body, def, lambda,
// comprehension). It only encodes: every language error was reported by the analysis,
// so anything unexpected here is a compiler bug (`bug`), never a user's mistake.
// Dialect differences that change the meaning of an operator are decided here by
// choosing the opcode; the interpreter never needs to know which dialect produced an
// instruction.

import { emitMatch, type MatchHost } from "./patterns.js";
import type * as A from "../lang/ast.js";
import { CodeFlags, POSONLY_SHIFT, type CodeObject } from "../bytecode/code.js";
import { Op } from "../bytecode/opcodes.js";
import { EVAL_OPS, type EvalExpr, encodeEval, isEvalPlace } from "../bytecode/evalDescriptor.js";
import { CodeBuilder, Label } from "./codeBuilder.js";
import { COMPREHENSION_NAMES, qualnameOf, type Scope, type ScopeInfo } from "./scopes.js";
import { docstringOf, readsModuleDoc } from "./docstrings.js";
import { prefixesOf } from "./packages.js";
import type { Analysis } from "./analyze.js";
// The EVAL_EXPR descriptor code range-checks literals itself (fold.ts is the same
// definition the analysis used to fill `constants`).
import { foldInt } from "./fold.js";
import { intLiteralValue } from "../lang/tokenizer.js";

interface EmitContext {
  file: string;
  source: string;
  dialect: A.Dialect;
  scopes: ScopeInfo;
  /** Folded int32 value of each constant expression (analysis side table). */
  constants: ReadonlyMap<A.Expr, number>;
  /** The module's global names (LOAD_GLOBAL operands index it). */
  globals: string[];
  globalIndex: Map<string, number>;
}

interface Loop {
  continueTo: Label;
  breakTo: Label;
  /** `for` loops keep their iterator on the stack; `break` must pop it. */
  hasIterator: boolean;
  /** `blocks.length` at the loop: `break`/`continue` leave the blocks above it. */
  blocks: number;
}

/**
 * What a `return`, `break` or `continue` must undo when it leaves a `try` statement:
 * a try body's handler block (POP_BLOCK), a finally (POP_BLOCK, then its body runs
 * inline), an except clause (nothing: the exception sits in a hidden local).
 */
type Block =
  | { kind: "try" }
  | { kind: "finally"; body: A.Stmt[] }
  | { kind: "handler"; hidden: string }
  | { kind: "with"; exit: string; isAsync: boolean };

const pythonBinary: Record<A.BinaryOperator, number> = {
  "+": Op.BINARY_ADD, "-": Op.BINARY_SUB, "*": Op.BINARY_MUL, "/": Op.BINARY_TRUEDIV,
  "//": Op.BINARY_FLOORDIV, "%": Op.BINARY_MOD, "**": Op.BINARY_POW, "<<": Op.BINARY_LSHIFT,
  ">>": Op.BINARY_RSHIFT, "&": Op.BINARY_AND, "|": Op.BINARY_OR, "^": Op.BINARY_XOR, "@": Op.BINARY_MATMUL,
};
/** Augmented assignments that may change their target in place (lists, sets, dicts). */
const inplaceBinary: Partial<Record<A.BinaryOperator, number>> = {
  "+": Op.INPLACE_ADD, "-": Op.INPLACE_SUB, "&": Op.INPLACE_AND, "|": Op.INPLACE_OR, "^": Op.INPLACE_XOR,
  "@": Op.INPLACE_MATMUL, "*": Op.INPLACE_MUL, "/": Op.INPLACE_TRUEDIV, "//": Op.INPLACE_FLOORDIV,
  "%": Op.INPLACE_MOD, "**": Op.INPLACE_POW, "<<": Op.INPLACE_LSHIFT, ">>": Op.INPLACE_RSHIFT,
};
const classicBinary: Partial<Record<A.BinaryOperator, number>> = {
  // `^`/`**` parse to "**" and mean Python's power (real exponents fixed), so BINARY_POW.
  "+": Op.CLASSIC_ADD, "/": Op.CLASSIC_DIV, "//": Op.CLASSIC_FLOORDIV, "%": Op.CLASSIC_MOD,
};
const compareOps: Record<A.CompareOperator, number> = {
  "==": Op.COMPARE_EQ, "!=": Op.COMPARE_NE, "<": Op.COMPARE_LT, "<=": Op.COMPARE_LE,
  ">": Op.COMPARE_GT, ">=": Op.COMPARE_GE, in: Op.COMPARE_IN, "not in": Op.COMPARE_NOT_IN,
  is: Op.COMPARE_IS, "is not": Op.COMPARE_IS_NOT,
};

/** Compare-and-branch forms: jump when the comparison is false. */
const compareJumps: Partial<Record<A.CompareOperator, number>> = {
  "<": Op.JUMP_IF_NOT_LT, "<=": Op.JUMP_IF_NOT_LE, ">": Op.JUMP_IF_NOT_GT,
  ">=": Op.JUMP_IF_NOT_GE, "==": Op.JUMP_IF_NOT_EQ, "!=": Op.JUMP_IF_NOT_NE,
};

/** An expression CPython's compiler folds into a constant (literals, and operators and tuples over them). */
function isConstantLike(e: A.Expr): boolean {
  switch (e.kind) {
    case "Int": case "Float": case "Str": case "Const": return true;
    case "UnaryOp": return e.op !== "not" && isConstantLike(e.operand);
    case "BinOp": return isConstantLike(e.left) && isConstantLike(e.right);
    case "Tuple": return e.elts.every(isConstantLike);
    default: return false;
  }
}

/** Compiles an analysed module (no diagnostics) into its body CodeObject. */
export function emitModule(analysis: Analysis): CodeObject {
  const { ast: mod, scopes, constants } = analysis;
  if (analysis.diagnostics.length) throw new Error("emitModule: the analysis reported errors");
  const ctx: EmitContext = {
    file: mod.file, source: mod.source, dialect: mod.dialect, scopes, constants,
    globals: [], globalIndex: new Map(),
  };
  const e = new FunctionEmitter(ctx, scopes.module, mod.line);
  e.moduleDoc(mod);
  e.statements(mod.body);
  e.b.emit(Op.LOAD_NONE);
  e.b.emit(Op.RETURN_VALUE);
  return e.finish("<module>", CodeFlags.MODULE, 0, 0);
}

class FunctionEmitter {
  readonly b: CodeBuilder;
  private readonly varnames: string[] = [];
  private readonly varIndex = new Map<string, number>();
  private readonly cellIndex = new Map<string, number>();
  private readonly loops: Loop[] = [];
  private blocks: Block[] = [];
  /** Except clauses (and finally handlers) being emitted: numbers their hidden locals. */
  private handlerDepth = 0;
  /** `with` statements being emitted: numbers the hidden locals holding their __exit__. */
  private withDepth = 0;
  /** > 0 while emitting the generic fallback of an EVAL_EXPR (no nested fast paths). */
  private jitOff = 0;

  constructor(private readonly ctx: EmitContext, private readonly scope: Scope, firstLine: number) {
    this.b = new CodeBuilder(firstLine);
    for (const p of scope.params) this.local(p);
    [...scope.cells, ...scope.frees].forEach((n, i) => this.cellIndex.set(n, i));
  }

  finish(name: string, flags: number, argcount: number, kwonlycount: number): CodeObject {
    const s = this.scope;
    return this.b.finish({
      name, qualname: s.kind === "module" ? name : qualnameOf(s), file: this.ctx.file, firstLine: s.node.line, argcount, kwonlycount, flags,
      varnames: this.varnames,
      cellvars: s.cells,
      cellArgs: s.cells.map((c) => s.params.indexOf(c)),
      freevars: s.frees,
      globals: this.ctx.globals,
    });
  }

  /** `__doc__ = docstring` (or None, when the program reads it) first in a module body (docstrings.ts). */
  moduleDoc(mod: A.Module): void {
    if (mod.dialect === "classic") return;
    const doc = docstringOf(mod.body);
    if (doc === null && !readsModuleDoc(this.scope)) return;
    this.at(mod.body[0] ?? mod);
    if (doc === null) this.b.emit(Op.LOAD_NONE);
    else this.b.emit(Op.LOAD_CONST, this.b.constIndexOf(doc));
    this.storeName("__doc__");
  }

  // ------------------------------------------------------------------ helpers
  /** A tree the analysis should have rejected: an internal error, not a diagnostic. */
  private bug(what: string, node: A.Node): never {
    throw new Error(`compiler bug: ${what} at ${this.ctx.file}:${node.line}:${node.col} passed the analysis`);
  }

  /** The folded int32 value of `e`, or null (see fold.ts). */
  private constInt(e: A.Expr): number | null {
    return this.ctx.constants.get(e) ?? null;
  }

  private local(name: string): number {
    let i = this.varIndex.get(name);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(name);
      this.varIndex.set(name, i);
    }
    return i;
  }

  private global(name: string): number {
    let i = this.ctx.globalIndex.get(name);
    if (i === undefined) {
      i = this.ctx.globals.length;
      this.ctx.globals.push(name);
      this.ctx.globalIndex.set(name, i);
    }
    return i;
  }

  private kindOf(name: string): "local" | "cell" | "global" {
    if (this.scope.kind === "module") return "global";
    const k = this.scope.kinds.get(name) ?? "global";
    return k === "free" ? "cell" : k;
  }

  private load(name: string): void {
    const k = this.kindOf(name);
    if (k === "local" && this.scope.kind === "class" && name !== "__class__") this.loadClassName(name);
    else if (k === "local") this.b.emit(Op.LOAD_FAST, this.local(name));
    else if (k === "cell") this.b.emit(Op.LOAD_DEREF, this.cellIndex.get(name)!);
    else this.b.emit(Op.LOAD_GLOBAL, this.global(name));
  }

  /**
   * A name a class body binds, read in that body: CPython's LOAD_NAME — the class
   * namespace when the name is bound there already, else the module's global (or
   * builtin), so `class C: x = x + 1` reads the global x first. Class bodies run once,
   * so the extra jump costs nothing that matters.
   */
  private loadClassName(name: string): void {
    const bound = new Label(), done = new Label();
    this.b.localJump(Op.JUMP_IF_BOUND, this.local(name), bound);
    this.b.emit(Op.LOAD_GLOBAL, this.global(name));
    this.b.jump(Op.JUMP, done);
    this.b.adjust(-1); // the two arms each push one value; the linear walk saw both
    this.b.place(bound);
    this.b.emit(Op.LOAD_FAST, this.local(name));
    this.b.place(done);
  }

  private storeName(name: string): void {
    const k = this.kindOf(name);
    if (k === "local") this.b.emit(Op.STORE_FAST, this.local(name));
    else if (k === "cell") this.b.emit(Op.STORE_DEREF, this.cellIndex.get(name)!);
    else this.b.emit(Op.STORE_GLOBAL, this.global(name));
  }

  /** Fast local slot of a name, or -1 when it is not a plain local here. */
  private fastLocal(e: A.Expr): number {
    return e.kind === "Name" && this.kindOf(e.id) === "local" ? this.local(e.id) : -1;
  }

  /** FOR_ITER then store the item; fused when the target is a fast local. */
  private forIter(target: A.Expr, exhausted: Label): void {
    const slot = this.fastLocal(target);
    if (slot >= 0) this.b.localJump(Op.FOR_ITER_STORE, slot, exhausted);
    else {
      this.b.jump(Op.FOR_ITER, exhausted);
      this.store(target);
    }
  }

  private at(node: A.Node): void {
    this.b.line = node.line;
  }

  /**
   * An attribute's load, store or method call at the line its name ends on, as CPython
   * 3.11 places them (u_lineno = end_lineno): in a chain split over lines, a failing
   * `.index("C")` is reported at its own line, not at the chain's first.
   */
  private atAttribute(attr: A.Attribute): void {
    this.b.line = attr.endLine;
  }

  // --------------------------------------------------------------- statements
  statements(body: A.Stmt[]): void {
    for (const st of body) this.statement(st);
  }

  private statement(st: A.Stmt): void {
    this.at(st);
    const b = this.b;
    switch (st.kind) {
      case "ExprStmt":
        this.expr(st.value);
        b.emit(Op.POP_TOP);
        break;
      case "Print":
        this.expr(st.value);
        b.emit(Op.PRINT_CLASSIC);
        break;
      case "Assign":
        if (st.targets.length === 1 && this.statementFastPath(st.targets[0], st.value, () => {
          this.expr(st.value);
          this.store(st.targets[0]);
        })) break;
        this.expr(st.value);
        st.targets.forEach((t, i) => {
          if (i < st.targets.length - 1) b.emit(Op.DUP_TOP);
          this.store(t);
        });
        break;
      case "AugAssign":
        this.augAssign(st);
        break;
      case "If": {
        const orelse = new Label();
        const end = new Label();
        this.jumpIf(st.test, false, orelse);
        this.statements(st.body);
        if (st.orelse.length) {
          b.jump(Op.JUMP, end);
          b.place(orelse);
          this.statements(st.orelse);
        } else b.place(orelse);
        b.place(end);
        break;
      }
      case "While": {
        const top = new Label();
        const orelse = new Label();
        const end = new Label();
        b.place(top);
        this.jumpIf(st.test, false, orelse);
        this.loops.push({ continueTo: top, breakTo: end, hasIterator: false, blocks: this.blocks.length });
        this.statements(st.body);
        this.loops.pop();
        b.jump(Op.JUMP, top);
        b.place(orelse);
        this.statements(st.orelse);
        b.place(end);
        break;
      }
      case "For": {
        if (st.isAsync) this.asyncFor(st);
        else this.forLoop(st, () => b.emit(Op.GET_ITER), (target, orelse) => this.forIter(target, orelse));
        break;
      }
      case "Break": {
        const loop = this.loops[this.loops.length - 1];
        if (!loop) this.bug("'break' outside loop", st);
        this.leaveBlocks(loop.blocks);
        if (loop.hasIterator) b.emit(Op.POP_ITER);
        b.jump(Op.JUMP, loop.breakTo);
        if (loop.hasIterator) b.adjust(1);
        break;
      }
      case "Continue": {
        const loop = this.loops[this.loops.length - 1];
        if (!loop) this.bug("'continue' outside loop", st);
        this.leaveBlocks(loop.blocks);
        b.jump(Op.JUMP, loop.continueTo);
        break;
      }
      // A bare annotation only made its name local (scopes.ts): no code.
      case "Pass": case "Global": case "Nonlocal": case "AnnotatedName":
        break;
      case "Return":
        if (st.value) this.expr(st.value);
        else b.emit(Op.LOAD_NONE);
        if (this.blocks.some((k) => k.kind === "finally")) {
          // The finally bodies run inline with the value kept in a hidden local, not on
          // the operand stack: a `break`/`continue` in one of them abandons the return
          // and jumps with the loop's stack as it expects.
          this.storeHidden(".retval");
          this.leaveBlocks(0);
          this.loadHidden(".retval");
        } else this.leaveBlocks(0);
        b.emit(Op.RETURN_VALUE);
        break;
      case "ClassDef":
        this.classDef(st);
        break;
      case "With":
        this.withStatement(st, 0);
        break;
      case "Match":
        emitMatch(this.matchHost(), st);
        break;
      case "Try":
        if (st.finalbody.length) this.tryFinally(st);
        else this.tryHandlers(st);
        break;
      case "Raise": {
        if (st.exc) {
          this.expr(st.exc);
          if (st.cause) this.expr(st.cause);
          this.at(st);
          b.emit(Op.RAISE, st.cause ? 2 : 1);
          break;
        }
        // Bare `raise`: the exception of the innermost except clause of this function.
        const handler = [...this.blocks].reverse().find((k) => k.kind === "handler");
        if (handler?.kind === "handler") {
          this.loadHidden(handler.hidden);
          b.emit(Op.RERAISE);
        } else b.emit(Op.RAISE, 0);
        break;
      }
      case "FunctionDef":
        for (const d of st.decorators) this.expr(d);
        this.at(st);
        this.makeFunction(st, st.name, st.args, (fe) => fe.statements(st.body));
        this.applyDecorators(st);
        this.storeName(st.bindAs ?? st.name);
        break;
      case "Assert": {
        const ok = new Label();
        this.jumpIf(st.test, true, ok);
        if (st.msg) this.expr(st.msg);
        b.emit(Op.RAISE_ASSERT, st.msg ? 1 : 0);
        b.place(ok);
        break;
      }
      case "Delete":
        for (const t of st.targets) this.deleteTarget(t);
        break;
      case "Import":
        for (const a of st.names) {
          if (a.name.includes(".")) {
            this.importDotted(a);
            continue;
          }
          b.emit(Op.IMPORT_NAME, b.nameIndexOf(a.name));
          if (this.ctx.dialect === "classic") {
            // The original includes the module's text: its names become globals, and
            // win over the module's own name (`import array` then `array(3)`).
            b.emit(Op.DUP_TOP);
            this.storeName(a.asname ?? a.name);
            b.emit(Op.IMPORT_STAR);
          } else this.storeName(a.asname ?? a.name);
        }
        break;
      case "ImportFrom":
        // The package's parents run first, then the package and the submodules named
        // (which it must precede: packages.ts), then the package is pushed again.
        for (const m of st.submodules ? [...prefixesOf(st.module), ...st.submodules] : prefixesOf(st.module).slice(0, -1)) {
          b.emit(Op.IMPORT_NAME, b.nameIndexOf(m));
          b.emit(Op.POP_TOP);
        }
        b.emit(Op.IMPORT_NAME, b.nameIndexOf(st.module));
        if (st.names === "*" || this.ctx.dialect === "classic") {
          if (st.names !== "*") b.emit(Op.DUP_TOP);
          b.emit(Op.IMPORT_STAR);
          if (st.names === "*") break;
        }
        for (const a of st.names) {
          b.emit(Op.IMPORT_FROM, b.nameIndexOf(a.name));
          this.storeName(a.asname ?? a.name);
        }
        b.emit(Op.POP_TOP);
        break;
    }
  }

  /**
   * `import a.b.c`: runs `a`, `a.b`, `a.b.c` in turn (each binds itself as an
   * attribute of its parent, vm/core.ts) and binds `a`; with `as x`, binds `a.b.c` to x.
   */
  private importDotted(a: A.Alias): void {
    const b = this.b;
    const chain = prefixesOf(a.name);
    chain.forEach((m, i) => {
      b.emit(Op.IMPORT_NAME, b.nameIndexOf(m));
      const keep = a.asname ? i === chain.length - 1 : i === 0;
      if (!keep) b.emit(Op.POP_TOP);
    });
    this.storeName(a.asname ?? chain[0]);
  }

  // ------------------------------------------------------- classes, exceptions

  /**
   * `class C(B): body`: the body is compiled as a function of its own scope that ends
   * with CLASS_NAMESPACE; BUILD_CLASS makes the class from the name, the bases and
   * that namespace (and fills the body's `__class__` cell for super()).
   */
  private classDef(st: A.ClassDef): void {
    const b = this.b;
    for (const d of st.decorators) this.expr(d);
    b.emit(Op.LOAD_CONST, b.constIndexOf(st.name));
    for (const base of st.bases) this.expr(base);
    // Class keywords (`metaclass=M`, `flag=1`), evaluated before the body as in CPython.
    if (st.keywords.some((k) => k.name === null)) this.classKeywordsMerged(st.keywords);
    else {
      for (const k of st.keywords) {
        b.emit(Op.LOAD_CONST, b.constIndexOf(k.name!));
        this.expr(k.value);
      }
      if (st.keywords.length) b.emit(Op.BUILD_MAP, st.keywords.length);
    }
    const scope = this.ctx.scopes.byNode.get(st)!;
    if (scope.frees.length) {
      for (const f of scope.frees) b.emit(Op.LOAD_CLOSURE, this.cellIndex.get(f)!);
      b.emit(Op.BUILD_TUPLE, scope.frees.length);
    }
    const fe = new FunctionEmitter(this.ctx, scope, st.line);
    fe.statements(st.body);
    fe.b.emit(Op.CLASS_NAMESPACE);
    fe.b.emit(Op.RETURN_VALUE);
    const code = fe.finish(st.name, 0, 0, 0);
    this.at(st);
    b.emit(Op.LOAD_CONST, b.constIndexOf(code));
    b.emit(Op.MAKE_FUNCTION, scope.frees.length ? 4 : 0);
    b.emit(Op.CALL, 0);
    b.emit(st.keywords.length ? Op.BUILD_CLASS_KW : Op.BUILD_CLASS, st.bases.length);
    this.applyDecorators(st);
    this.storeName(st.bindAs ?? st.name);
  }

  /**
   * Calls a definition's decorators on it, the innermost first, each at its own line as
   * CPython 3.11 places it: a decorator that raises is reported at `@register`, not at
   * the `def`. The name is then stored at the definition's line.
   */
  private applyDecorators(st: A.FunctionDef | A.ClassDef): void {
    for (let i = st.decorators.length - 1; i >= 0; i--) {
      this.at(st.decorators[i]!);
      this.b.emit(Op.CALL, 1);
    }
    this.at(st);
  }

  /**
   * Class keywords with `**m` among them: merged into one dict as a call's keywords
   * (KWARGS_MERGE: CPython's "got multiple values" and "must be a mapping" errors),
   * whose callee slot holds the name those errors give, "__build_class__".
   */
  private classKeywordsMerged(keywords: A.Keyword[]): void {
    const b = this.b;
    b.emit(Op.LOAD_CONST, b.constIndexOf("__build_class__"));
    b.emit(Op.LOAD_NONE);
    b.emit(Op.BUILD_MAP, 0);
    for (let i = 0; i < keywords.length; ) {
      const k = keywords[i]!;
      if (k.name === null) {
        this.expr(k.value);
        i++;
      } else {
        let n = 0;
        for (; i < keywords.length && keywords[i]!.name !== null; i++, n++) {
          b.emit(Op.LOAD_CONST, b.constIndexOf(keywords[i]!.name!));
          this.expr(keywords[i]!.value);
        }
        b.emit(Op.BUILD_MAP, n);
      }
      this.at(k);
      b.emit(Op.KWARGS_MERGE);
    }
    b.emit(Op.ROT_THREE);
    b.emit(Op.POP_TOP);
    b.emit(Op.POP_TOP);
  }

  /** The view of this emitter that the `match` lowering uses (patterns.ts). */
  private matchHost(): MatchHost {
    return {
      b: this.b, expr: (e) => this.expr(e), storeName: (n) => this.storeName(n),
      jumpIfFalse: (t, target) => this.jumpIf(t, false, target), statements: (body) => this.statements(body),
      at: (n) => this.at(n),
    };
  }

  /** Hidden locals hold the exception an except clause handles ('.' names are no attributes). */
  private storeHidden(name: string): void {
    if (this.scope.kind === "module") this.b.emit(Op.STORE_GLOBAL, this.global(name));
    else this.b.emit(Op.STORE_FAST, this.local(name));
  }

  private loadHidden(name: string): void {
    if (this.scope.kind === "module") this.b.emit(Op.LOAD_GLOBAL, this.global(name));
    else this.b.emit(Op.LOAD_FAST, this.local(name));
  }

  /**
   * Before `return`/`break`/`continue` leaves the blocks above `downTo`: pops their
   * handler blocks and runs finally bodies inline, innermost first. A finally body is
   * emitted outside its own block (and outside the loops inside its try).
   */
  private leaveBlocks(downTo: number): void {
    const blocks = this.blocks;
    const loops = this.loops.slice();
    for (let i = blocks.length - 1; i >= downTo; i--) {
      const blk = blocks[i];
      if (blk.kind === "handler") {
        // Leaving an except clause (or an exception's finally): no longer handled.
        this.b.emit(Op.LOAD_NONE);
        this.storeHidden(blk.hidden);
        continue;
      }
      this.b.emit(Op.POP_BLOCK);
      if (blk.kind === "with") this.callExitWithNones(blk.exit, blk.isAsync);
      if (blk.kind === "finally") {
        this.blocks = blocks.slice(0, i);
        this.loops.length = 0;
        this.loops.push(...loops.filter((l) => l.blocks <= i));
        this.statements(blk.body);
      }
    }
    this.blocks = blocks;
    this.loops.length = 0;
    this.loops.push(...loops);
  }

  /** try with its except (or except*) clauses and else; no finally. */
  private tryHandlers(st: A.Try): void {
    if (st.star) this.tryExceptStar(st);
    else this.tryExcept(st);
  }

  /**
   * try with `except*` clauses (PEP 654). While the clauses are matched the exception
   * is handled in `.excN`, and `.egN` holds the state list [exception, unmatched rest,
   * raised...]: each clause takes the part of the rest its type matches
   * (EXC_STAR_MATCH, which validates the type even when nothing is left) and runs its
   * body with that group handled in `.excN+1` (what a bare `raise` re-raises and what a
   * new exception has as its context); what the body raises is appended to the state
   * and the next clause is tried. EXC_STAR_RERAISE then raises the rest and the raised
   * exceptions combined, or continues after the statement (never into `else`). The
   * rules (compiler/rules.ts) keep break/continue/return out of the clauses.
   */
  private tryExceptStar(st: A.Try): void {
    const b = this.b;
    const handler = new Label();
    const orelse = new Label();
    const end = new Label();
    this.protectedBody(st, handler, orelse);
    const depth = this.handlerDepth;
    this.handlerDepth += 2;
    const hidden = `.exc${depth}`;
    const matched = `.exc${depth + 1}`;
    const state = `.eg${depth}`;
    this.storeHidden(hidden);
    this.loadHidden(hidden);
    b.emit(Op.DUP_TOP);
    b.emit(Op.BUILD_LIST, 2);
    this.storeHidden(state);
    for (const h of st.handlers) {
      const next = new Label();
      const raised = new Label();
      const done = new Label();
      this.at(h);
      this.loadHidden(state);
      this.expr(h.type!);
      b.jump(Op.EXC_STAR_MATCH, next);
      this.storeHidden(matched);
      if (h.name !== null) {
        this.loadHidden(matched);
        this.storeName(h.name);
      }
      b.jump(Op.SETUP_EXCEPT, raised);
      this.blocks.push({ kind: "handler", hidden: matched });
      this.statements(h.body);
      this.blocks.pop();
      b.emit(Op.POP_BLOCK);
      b.jump(Op.JUMP, done);
      b.place(raised);
      b.adjust(1); // what the clause raised
      this.storeHidden(matched);
      this.loadHidden(state);
      this.loadHidden(matched);
      b.emit(Op.CALL_METHOD, b.nameIndexOf("append"), 1);
      b.emit(Op.POP_TOP);
      b.place(done);
      if (h.name !== null) this.unbindHandlerName(h);
      b.emit(Op.LOAD_NONE);
      this.storeHidden(matched);
      b.place(next);
    }
    this.at(st.handlers[st.handlers.length - 1]!);
    this.loadHidden(state);
    b.emit(Op.LOAD_NONE);
    this.storeHidden(state);
    b.emit(Op.LOAD_NONE);
    this.storeHidden(hidden);
    b.jump(Op.EXC_STAR_RERAISE, end);
    this.handlerDepth -= 2;
    b.place(orelse);
    this.statements(st.orelse);
    b.place(end);
  }

  /**
   * A `try` statement's body under SETUP_EXCEPT: on normal completion it jumps to
   * `orelse`; at `handler` the exception is on the stack (shared by `except` and
   * `except*`).
   */
  private protectedBody(st: A.Try, handler: Label, orelse: Label): void {
    const b = this.b;
    b.jump(Op.SETUP_EXCEPT, handler);
    this.blocks.push({ kind: "try" });
    this.statements(st.body);
    this.blocks.pop();
    b.emit(Op.POP_BLOCK);
    b.jump(Op.JUMP, orelse);
    b.place(handler);
    b.adjust(1); // the exception
  }

  /** As in CPython, an except clause's name is unbound after the clause (a captured one is set to None). */
  private unbindHandlerName(h: A.ExceptHandler): void {
    this.b.emit(Op.LOAD_NONE);
    this.storeName(h.name!);
    if (this.kindOf(h.name!) !== "cell") this.deleteTarget({ kind: "Name", id: h.name!, line: h.line, col: h.col, endLine: h.endLine, endCol: h.endCol });
  }

  private tryExcept(st: A.Try): void {
    const b = this.b;
    const handler = new Label();
    const orelse = new Label();
    const handled = new Label();
    const end = new Label();
    this.protectedBody(st, handler, orelse);
    const hidden = `.exc${this.handlerDepth++}`;
    this.storeHidden(hidden);
    this.blocks.push({ kind: "handler", hidden });
    for (const h of st.handlers) {
      const next = new Label();
      this.at(h);
      if (h.type) {
        this.loadHidden(hidden);
        this.expr(h.type);
        b.jump(Op.JUMP_IF_NOT_EXC_MATCH, next);
      }
      if (h.name !== null) {
        this.loadHidden(hidden);
        this.storeName(h.name);
      }
      this.statements(h.body);
      if (h.name !== null) this.unbindHandlerName(h);
      b.jump(Op.JUMP, handled);
      b.place(next);
    }
    // No clause matched: the exception goes on.
    this.reraiseHidden(hidden);
    this.blocks.pop();
    this.handlerDepth--;
    b.place(orelse);
    this.statements(st.orelse);
    b.jump(Op.JUMP, end);
    b.place(handled);
    b.emit(Op.LOAD_NONE);
    this.storeHidden(hidden);
    b.place(end);
  }

  /** try/finally: the body (with its except clauses) protected; finally runs on both paths. */
  private tryFinally(st: A.Try): void {
    const b = this.b;
    const handler = new Label();
    const end = new Label();
    b.jump(Op.SETUP_EXCEPT, handler);
    this.blocks.push({ kind: "finally", body: st.finalbody });
    if (st.handlers.length) this.tryHandlers(st);
    else this.statements(st.body);
    this.blocks.pop();
    b.emit(Op.POP_BLOCK);
    this.statements(st.finalbody);
    b.jump(Op.JUMP, end);
    b.place(handler);
    b.adjust(1); // the exception
    const hidden = `.exc${this.handlerDepth++}`;
    this.storeHidden(hidden);
    // The exception is being handled while the finally runs (a bare `raise` there
    // re-raises it; one raised there has it as its context).
    this.blocks.push({ kind: "handler", hidden });
    this.statements(st.finalbody);
    this.blocks.pop();
    this.reraiseHidden(hidden);
    this.handlerDepth--;
    b.place(end);
  }

  /**
   * `with` item `i` of `st` around the rest (CPython's order): the manager, its bound
   * __exit__ kept in a hidden local, __enter__() stored to the target, then the body
   * protected like a try. Leaving normally (or by return/break/continue: leaveBlocks)
   * calls exit(None, None, None); an exception calls exit(type, exc, None) and is
   * re-raised unless the result is true.
   */
  private withStatement(st: A.With, i: number): void {
    const b = this.b;
    const item = st.items[i];
    const handler = new Label();
    const suppressed = new Label();
    const end = new Label();
    const isAsync = st.isAsync === true;
    this.expr(item.contextExpr);
    this.at(item);
    b.emit(isAsync ? Op.ASYNC_WITH_SETUP : Op.WITH_SETUP);
    b.emit(Op.CALL_METHOD, b.nameIndexOf(isAsync ? "__aenter__" : "__enter__"), 0);
    if (isAsync) this.awaitTop();
    b.emit(Op.ROT_TWO);
    const exit = `.exit${this.withDepth++}`;
    this.storeHidden(exit);
    b.jump(Op.SETUP_EXCEPT, handler);
    this.blocks.push({ kind: "with", exit, isAsync });
    if (item.optionalVars) this.store(item.optionalVars);
    else b.emit(Op.POP_TOP);
    if (i + 1 < st.items.length) this.withStatement(st, i + 1);
    else this.statements(st.body);
    this.blocks.pop();
    b.emit(Op.POP_BLOCK);
    this.at(st);
    this.callExitWithNones(exit, isAsync);
    b.jump(Op.JUMP, end);
    b.place(handler);
    // The handler block was set up with __enter__'s result on the stack (storing it
    // to the target is protected too): the exception comes above it.
    b.adjust(2);
    const hidden = `.exc${this.handlerDepth++}`;
    this.storeHidden(hidden);
    b.emit(Op.POP_TOP);
    this.at(st);
    this.loadHidden(exit);
    this.loadHidden(hidden);
    b.emit(Op.LOAD_ATTR, b.nameIndexOf("__class__"));
    this.loadHidden(hidden);
    // The traceback, as CPython passes it (`__exit__` may test or format it).
    this.loadHidden(hidden);
    b.emit(Op.LOAD_ATTR, b.nameIndexOf("__traceback__"));
    b.emit(Op.CALL, 3);
    if (isAsync) this.awaitTop();
    b.jump(Op.POP_JUMP_IF_TRUE, suppressed);
    this.reraiseHidden(hidden);
    b.place(suppressed);
    b.emit(Op.LOAD_NONE);
    this.storeHidden(hidden);
    this.handlerDepth--;
    this.withDepth--;
    b.place(end);
  }

  /**
   * Re-raises the exception in hidden variable `hidden`, which is cleared first: the
   * VM reads the `.excN` variables as "the exceptions being handled" (exceptions.ts).
   */
  private reraiseHidden(hidden: string): void {
    this.loadHidden(hidden);
    this.b.emit(Op.LOAD_NONE);
    this.storeHidden(hidden);
    this.b.emit(Op.RERAISE);
  }

  /** exit(None, None, None) (awaited for `async with`), result dropped: a `with` body left without an exception. */
  private callExitWithNones(exit: string, isAsync: boolean): void {
    const b = this.b;
    this.loadHidden(exit);
    b.emit(Op.LOAD_NONE);
    b.emit(Op.LOAD_NONE);
    b.emit(Op.LOAD_NONE);
    b.emit(Op.CALL, 3);
    if (isAsync) this.awaitTop();
    b.emit(Op.POP_TOP);
  }

  /** `await` of the value on top: its awaitable's iterator delegated to as by `yield from`. */
  private awaitTop(): void {
    const b = this.b;
    b.emit(Op.GET_AWAITABLE);
    this.delegate();
  }

  /** SEND from the iterator on top until it ends: the value of a `yield from` or `await`. */
  private delegate(): void {
    const b = this.b;
    b.emit(Op.LOAD_NONE);
    const done = new Label();
    b.jump(Op.SEND, done);
    b.place(done);
  }

  /**
   * `async for`: the iterable's `__aiter__()` stays on the stack; each round awaits its
   * `__anext__()` under a handler, where StopAsyncIteration ends the loop (to the
   * `else` clause) and any other exception goes on; `break` pops the iterator as a
   * `for` loop's.
   */
  private asyncFor(st: A.For): void {
    this.forLoop(st, () => {
      this.at(st);
      this.b.emit(Op.GET_AITER);
    }, (target, orelse) => this.asyncForIter(target, orelse));
  }

  /**
   * The loop both `for` and `async for` are: the iterable, `startIteration` turning it
   * into the iterator that stays on the stack, then each round `nextItem` stores the
   * next item in the target or pops the iterator and jumps to `orelse` (the `else`
   * clause) when there is none; `break` leaves past the `else`.
   */
  private forLoop(st: A.For, startIteration: () => void, nextItem: (target: A.Expr, orelse: Label) => void): void {
    const b = this.b;
    const top = new Label();
    const orelse = new Label();
    const end = new Label();
    this.expr(st.iter);
    startIteration();
    b.place(top);
    this.at(st);
    nextItem(st.target, orelse);
    this.loops.push({ continueTo: top, breakTo: end, hasIterator: true, blocks: this.blocks.length });
    this.statements(st.body);
    this.loops.pop();
    b.jump(Op.JUMP, top);
    b.adjust(-1); // the iterator was popped on the way to `orelse`
    b.place(orelse);
    this.statements(st.orelse);
    b.place(end);
  }

  /**
   * The FOR_ITER of an `async for` (statement or comprehension): awaits the next item
   * of the asynchronous iterator on top and stores it to `target`; StopAsyncIteration
   * pops the iterator and jumps to `exhausted`, any other exception goes on.
   */
  private asyncForIter(target: A.Expr, exhausted: Label): void {
    const b = this.b;
    const handler = new Label();
    const reraise = new Label();
    const got = new Label();
    b.jump(Op.SETUP_EXCEPT, handler);
    b.emit(Op.DUP_TOP);
    b.emit(Op.GET_ANEXT);
    this.delegate();
    b.emit(Op.POP_BLOCK);
    b.jump(Op.JUMP, got);
    // Here the exception sits where the item did, above the iterator.
    b.place(handler);
    const hidden = `.exc${this.handlerDepth++}`;
    this.storeHidden(hidden);
    this.loadHidden(hidden);
    b.emit(Op.LOAD_GLOBAL, this.global("StopAsyncIteration"));
    b.jump(Op.JUMP_IF_NOT_EXC_MATCH, reraise);
    b.emit(Op.LOAD_NONE);
    this.storeHidden(hidden);
    b.emit(Op.POP_TOP);
    b.jump(Op.JUMP, exhausted);
    b.place(reraise);
    b.adjust(1); // the iterator is still below
    this.reraiseHidden(hidden);
    this.handlerDepth--;
    b.place(got);
    b.adjust(1); // the item
    this.store(target);
  }

  private augAssign(st: A.AugAssign): void {
    const op = this.binaryOpcode(st.op, true);
    const t = st.target;
    // `x op= e` and `a[i] op= e` on fast locals: the whole statement as EVAL_STMT
    // when `x op e` qualifies (the generic fallback keeps the in-place semantics of
    // `+=` on lists).
    const rhs: A.BinOp = { ...st, kind: "BinOp", left: t, right: st.value };
    const fast = this.statementFastPath(t, rhs, () => this.augAssignGeneric(st, op, true));
    if (!fast) this.augAssignGeneric(st, op, false);
  }

  /**
   * Emits `target = value` as EVAL_STMT followed by its generic code (`generic`),
   * when the target is a fast local or an item of a fast-local list and the value is
   * arithmetic that EVAL_EXPR can compile. Returns false (emitting nothing) otherwise.
   */
  private statementFastPath(target: A.Expr, value: A.Expr, generic: () => void): boolean {
    if (this.jitOff) return false;
    const t = this.exprDescriptor(target);
    const v = this.exprDescriptor(value);
    const place = t && isEvalPlace(t.tree) ? t.tree : null;
    if (!place || !v || v.instrs < 3) return false;
    const done = new Label();
    this.b.localJump(Op.EVAL_STMT, this.b.constIndexOf(encodeEval({ kind: "assign", target: place, value: v.tree })), done);
    this.jitOff++;
    generic();
    this.jitOff--;
    this.b.place(done);
    return true;
  }

  private augAssignGeneric(st: A.AugAssign, op: number, fast: boolean): void {
    const b = this.b;
    const t = st.target;
    if (t.kind === "Name") {
      this.load(t.id);
      if (op === Op.INPLACE_ADD && st.value.kind === "Int" && this.constInt(st.value) !== null) b.emit(Op.INPLACE_ADD_INT, st.value.value);
      else {
        this.expr(st.value);
        b.emit(op);
      }
      this.storeName(t.id);
    } else if (fast && t.kind === "Subscript") {
      // Both target parts are fast locals or a constant index (exprDescriptor said so).
      this.expr(t);
      this.expr(st.value);
      b.emit(op);
      this.store(t);
    } else if (t.kind === "Subscript" && t.index.kind !== "Slice") {
      this.expr(t.value);
      this.expr(t.index);
      b.emit(Op.DUP_TOP_TWO);
      b.emit(Op.BINARY_SUBSCR);
      this.expr(st.value);
      b.emit(op);
      b.emit(Op.ROT_THREE);
      b.emit(Op.STORE_SUBSCR);
    } else if (t.kind === "Attribute") {
      this.expr(t.value);
      b.emit(Op.DUP_TOP);
      b.emit(Op.LOAD_ATTR, b.nameIndexOf(t.attr));
      this.expr(st.value);
      b.emit(op);
      b.emit(Op.ROT_TWO);
      b.emit(Op.STORE_ATTR, b.nameIndexOf(t.attr));
    } else this.bug("augmented assignment target", t);
  }

  private store(t: A.Expr): void {
    const b = this.b;
    switch (t.kind) {
      case "Name":
        this.storeName(t.id);
        break;
      case "Attribute":
        this.expr(t.value);
        this.atAttribute(t);
        b.emit(Op.STORE_ATTR, b.nameIndexOf(t.attr));
        break;
      case "Subscript":
        if (t.index.kind !== "Slice" && this.fastLocal(t.value) >= 0) {
          if (this.fastLocal(t.index) >= 0) {
            b.emit(Op.STORE_SUBSCR_FAST2, this.fastLocal(t.value), this.fastLocal(t.index));
            break;
          }
          if (t.index.kind === "Int" && this.constInt(t.index) !== null) {
            b.emit(Op.STORE_SUBSCR_FAST_INT, this.fastLocal(t.value), t.index.value);
            break;
          }
        }
        this.expr(t.value);
        if (t.index.kind === "Slice") {
          this.sliceParts(t.index);
          b.emit(Op.SLICE_SET);
        } else {
          this.expr(t.index);
          b.emit(Op.STORE_SUBSCR);
        }
        break;
      case "Tuple": case "List": {
        const star = t.elts.findIndex((e) => e.kind === "Starred");
        if (star < 0) b.emit(Op.UNPACK_SEQUENCE, t.elts.length);
        else b.emit(Op.UNPACK_EX, star, t.elts.length - star - 1);
        for (const e of t.elts) this.store(e.kind === "Starred" ? e.value : e);
        break;
      }
      default:
        this.bug(`assignment to ${t.kind}`, t);
    }
  }

  private deleteTarget(t: A.Expr): void {
    const b = this.b;
    if (t.kind === "Name") {
      const k = this.kindOf(t.id);
      if (k === "local") b.emit(Op.DELETE_FAST, this.local(t.id));
      else if (k === "global") b.emit(Op.DELETE_GLOBAL, this.global(t.id));
      else this.bug("`del` of a captured variable", t);
    } else if (t.kind === "Subscript") {
      this.expr(t.value);
      if (t.index.kind === "Slice") {
        this.sliceParts(t.index);
        b.emit(Op.SLICE_DEL);
      } else {
        this.expr(t.index);
        b.emit(Op.DELETE_SUBSCR);
      }
    } else if (t.kind === "Tuple" || t.kind === "List") {
      for (const e of t.elts) this.deleteTarget(e);
    } else if (t.kind === "Attribute") {
      this.expr(t.value);
      b.emit(Op.DELETE_ATTR, b.nameIndexOf(t.attr));
    } else this.bug(`\`del\` of ${t.kind}`, t);
  }

  /** Emits MAKE_FUNCTION for a def or lambda; `body` fills the new code. */
  private makeFunction(
    node: A.FunctionDef | A.Lambda,
    name: string,
    args: A.Arguments,
    body: (fe: FunctionEmitter) => void,
  ): void {
    const b = this.b;
    const scope = this.ctx.scopes.byNode.get(node)!;
    const classic = this.ctx.dialect === "classic";
    let flags = 0;
    const defaults = args.args.filter((p) => p.default);
    if (defaults.length) {
      for (const p of defaults) {
        if (classic) b.emit(Op.LOAD_NONE);
        else this.expr(p.default!);
      }
      b.emit(Op.BUILD_TUPLE, defaults.length);
      flags |= 1;
    }
    const kwDefaults = args.kwonly.filter((p) => p.default);
    if (kwDefaults.length) {
      for (const p of kwDefaults) {
        b.emit(Op.LOAD_CONST, b.constIndexOf(p.name));
        this.expr(p.default!);
      }
      b.emit(Op.BUILD_TUPLE, kwDefaults.length * 2);
      flags |= 2;
    }
    if (scope.frees.length) {
      for (const f of scope.frees) b.emit(Op.LOAD_CLOSURE, this.cellIndex.get(f)!);
      b.emit(Op.BUILD_TUPLE, scope.frees.length);
      flags |= 4;
    }
    const fe = new FunctionEmitter(this.ctx, scope, node.line);
    // A docstring is constant 0 of the function's code (CodeFlags.DOC, docstrings.ts).
    const doc = node.kind === "FunctionDef" && !classic ? docstringOf(node.body) : null;
    if (doc !== null && fe.b.constIndexOf(doc) !== 0) this.bug("a docstring that is not constant 0", node);
    // The annotations' text is the next constant (CodeFlags.ANNOTATIONS): `__annotations__`.
    const annotations = node.kind === "FunctionDef" && !classic && node.annotations ? node.annotations.flatMap((a) => [a.name, a.text]) : null;
    if (annotations !== null && fe.b.constIndexOf(annotations) !== (doc !== null ? 1 : 0)) this.bug("annotations that are not the constant after the docstring", node);
    // A generator function's call binds the arguments, then GEN_START returns the
    // generator holding that frame (vm/generators.ts).
    if (scope.generator) fe.b.emit(Op.GEN_START);
    if (classic) {
      // Fresh defaults: evaluate a parameter's default on entry when it was not passed.
      for (const p of defaults) {
        const skip = new Label();
        fe.at(p);
        fe.b.localJump(Op.JUMP_IF_BOUND, fe.local(p.name), skip);
        fe.expr(p.default!);
        fe.storeName(p.name);
        fe.b.place(skip);
      }
    }
    body(fe);
    fe.b.emit(Op.LOAD_NONE);
    fe.b.emit(Op.RETURN_VALUE);
    let codeFlags = 0;
    if (args.vararg) codeFlags |= CodeFlags.VARARGS;
    if (args.kwarg) codeFlags |= CodeFlags.VARKW;
    if (classic && defaults.length) codeFlags |= CodeFlags.FRESH_DEFAULTS;
    if (scope.generator) codeFlags |= CodeFlags.GENERATOR;
    if (node.kind === "FunctionDef" && node.isAsync) codeFlags |= scope.yields ? CodeFlags.ASYNC_GENERATOR : CodeFlags.COROUTINE;
    if (doc !== null) codeFlags |= CodeFlags.DOC;
    if (annotations !== null) codeFlags |= CodeFlags.ANNOTATIONS;
    codeFlags |= args.posonly << POSONLY_SHIFT;
    const code = fe.finish(name, codeFlags, args.args.length, args.kwonly.length);
    this.at(node);
    b.emit(Op.LOAD_CONST, b.constIndexOf(code));
    b.emit(Op.MAKE_FUNCTION, flags);
  }

  // -------------------------------------------------------------- expressions
  private binaryOpcode(op: A.BinaryOperator, inplace = false): number {
    if (this.ctx.dialect === "classic") {
      const c = classicBinary[op];
      if (c !== undefined) return c;
    }
    if (inplace) {
      const ip = inplaceBinary[op];
      if (ip !== undefined) return ip;
    }
    return pythonBinary[op];
  }

  /** Compiles `test` as a branch: jump to `target` when its truth equals `when`. */
  private jumpIf(test: A.Expr, when: boolean, target: Label): void {
    const b = this.b;
    if (test.kind === "UnaryOp" && test.op === "not") return this.jumpIf(test.operand, !when, target);
    if (test.kind === "BoolOp") {
      const isAnd = test.op === "and";
      if (isAnd !== when) {
        // and/false or or/true: any operand deciding it jumps to target.
        for (const v of test.values) this.jumpIf(v, when, target);
      } else {
        const skip = new Label();
        test.values.forEach((v, i) => {
          if (i < test.values.length - 1) this.jumpIf(v, !when, skip);
          else this.jumpIf(v, when, target);
        });
        b.place(skip);
      }
      return;
    }
    if (test.kind === "Const" && test.value === true && when === false) return; // `while True:`
    if (test.kind === "Compare" && test.ops.length === 1 && !when) {
      const fused = compareJumps[test.ops[0]];
      if (fused !== undefined) {
        this.operands(test.left, test.comparators[0]);
        this.at(test);
        b.jump(fused, target);
        return;
      }
    }
    this.expr(test);
    b.jump(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  expr(e: A.Expr): void {
    const b = this.b;
    switch (e.kind) {
      case "Int":
        if (this.constInt(e) !== null) b.emit(Op.LOAD_INT, e.value);
        // Beyond int32 (the Python 3 dialect only: rules.ts rejects it in the classic one).
        else if (this.ctx.dialect === "python3") b.emit(Op.LOAD_CONST, b.constIndexOf({ bigint: intLiteralValue(e.text).toString() }));
        else this.bug("an int literal out of range", e);
        break;
      case "Float":
        b.emit(Op.LOAD_CONST, b.constIndexOf({ float: e.value }));
        break;
      case "Str":
        b.emit(Op.LOAD_CONST, b.constIndexOf(e.value));
        break;
      case "Bytes":
        b.emit(Op.LOAD_CONST, b.constIndexOf({ bytes: e.value }));
        break;
      case "Const":
        b.emit(e.value === true ? Op.LOAD_TRUE : e.value === false ? Op.LOAD_FALSE : Op.LOAD_NONE);
        break;
      case "FString":
        this.fstring(e);
        break;
      case "Name":
        this.load(e.id);
        break;
      case "BinOp": {
        const folded = this.constInt(e);
        if (folded !== null) {
          b.emit(Op.LOAD_INT, folded);
          break;
        }
        const jit = this.jitOff ? null : this.exprDescriptor(e);
        if (jit && jit.instrs >= 3) {
          // Fast path for arithmetic over locals/constants/list items; the generic
          // code below (without nested fast paths) runs when one of its guards fails.
          const done = new Label();
          this.at(e);
          b.localJump(Op.EVAL_EXPR, b.constIndexOf(encodeEval(jit.tree)), done);
          this.jitOff++;
          this.binOp(e);
          this.jitOff--;
          b.place(done);
          break;
        }
        this.binOp(e);
        break;
      }

      case "UnaryOp": {
        const folded = this.constInt(e);
        if (folded !== null) {
          b.emit(Op.LOAD_INT, folded);
          break;
        }
        this.expr(e.operand);
        b.emit({ "-": Op.UNARY_NEG, "+": Op.UNARY_POS, "~": Op.UNARY_INVERT, not: Op.UNARY_NOT }[e.op]);
        break;
      }
      case "BoolOp": {
        const end = new Label();
        e.values.forEach((v, i) => {
          this.expr(v);
          if (i < e.values.length - 1) b.jump(e.op === "and" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
        });
        b.place(end);
        break;
      }
      case "Compare":
        this.compare(e);
        break;
      case "NamedExpr":
        this.expr(e.value);
        b.emit(Op.DUP_TOP);
        this.storeName(e.target.id);
        break;
      case "IfExp": {
        const orelse = new Label();
        const end = new Label();
        this.jumpIf(e.test, false, orelse);
        this.expr(e.body);
        b.jump(Op.JUMP, end);
        b.adjust(-1);
        b.place(orelse);
        this.expr(e.orelse);
        b.place(end);
        break;
      }
      case "Call":
        this.call(e);
        break;
      case "Attribute":
        this.expr(e.value);
        this.atAttribute(e);
        b.emit(Op.LOAD_ATTR, b.nameIndexOf(e.attr));
        break;
      case "Subscript":
        if (e.index.kind !== "Slice" && this.fastLocal(e.value) >= 0) {
          this.at(e);
          if (this.fastLocal(e.index) >= 0) {
            b.emit(Op.SUBSCR_FAST2, this.fastLocal(e.value), this.fastLocal(e.index));
            break;
          }
          if (e.index.kind === "Int" && this.constInt(e.index) !== null) {
            b.emit(Op.SUBSCR_FAST_INT, this.fastLocal(e.value), e.index.value);
            break;
          }
        }
        this.expr(e.value);
        if (e.index.kind === "Slice") {
          this.sliceParts(e.index);
          this.at(e);
          b.emit(Op.SLICE_GET);
        } else {
          this.expr(e.index);
          this.at(e);
          b.emit(Op.BINARY_SUBSCR);
        }
        break;
      case "List":
        this.sequence(e.elts, this.ctx.dialect === "classic" ? Op.BUILD_CLASSIC_LIST : Op.BUILD_LIST, false);
        break;
      case "Tuple":
        this.sequence(e.elts, Op.BUILD_TUPLE, true);
        break;
      case "Set":
        this.setDisplay(e.elts);
        break;
      case "Dict":
        this.dictDisplay(e);
        break;
      case "ListComp": case "SetComp": case "DictComp": case "GeneratorExp":
        this.comprehension(e);
        break;
      case "Lambda":
        this.makeFunction(e, "<lambda>", e.args, (fe) => {
          fe.expr(e.body);
          fe.b.emit(Op.RETURN_VALUE);
        });
        break;
      case "Yield":
        if (e.value) this.expr(e.value);
        else b.emit(Op.LOAD_NONE);
        this.at(e);
        b.emit(Op.YIELD_VALUE);
        break;
      case "YieldFrom": {
        // The sub-iterator's yields pass straight through SEND (see opcodes.ts).
        this.expr(e.value);
        this.at(e);
        b.emit(e.isAwait ? Op.GET_AWAITABLE : Op.GET_YIELD_FROM_ITER);
        this.delegate();
        break;
      }
      default:
        // A misplaced Starred or Slice: the analysis rejects them.
        this.bug(`a ${(e as A.Node).kind} expression`, e as A.Node);
    }
  }

  private binOp(e: A.BinOp): void {
    const b = this.b;
    const op = this.binaryOpcode(e.op);
    if (op === Op.BINARY_ADD && e.right.kind === "Int" && this.constInt(e.right) !== null) {
      this.expr(e.left);
      this.at(e);
      b.emit(Op.ADD_INT, e.right.value);
      return;
    }
    this.operands(e.left, e.right);
    this.at(e);
    b.emit(op);
  }

  /**
   * Describes `e` for EVAL_EXPR when it is + - * / // % and unary - (Python 3
   * dialect) over fast locals, module globals, number literals, list items `a[i]` /
   * `a[k]` and calls of one-argument functions (bytecode/evalDescriptor.ts); null
   * otherwise. `instrs` counts the generic instructions the descriptor replaces.
   */
  private exprDescriptor(e: A.Expr): { tree: EvalExpr; instrs: number } | null {
    if (this.ctx.dialect !== "python3") return null;
    switch (e.kind) {
      case "Name": {
        const slot = this.fastLocal(e);
        if (slot >= 0) return { tree: { kind: "local", slot }, instrs: 1 };
        return this.kindOf(e.id) === "global" ? { tree: { kind: "global", slot: this.global(e.id) }, instrs: 1 } : null;
      }
      case "Int":
        return foldInt(e) !== null ? { tree: { kind: "int", value: e.value }, instrs: 1 } : null;
      case "Float":
        return Number.isFinite(e.value) && !Object.is(e.value, -0) ? { tree: { kind: "float", value: e.value }, instrs: 1 } : null;
      case "Subscript": {
        const list = this.fastLocal(e.value);
        if (list < 0 || e.index.kind === "Slice") return null;
        const index = this.fastLocal(e.index);
        if (index >= 0) return { tree: { kind: "item", list, index }, instrs: 1 };
        if (e.index.kind === "Int" && e.index.value >= 0 && foldInt(e.index) !== null) {
          return { tree: { kind: "itemConst", list, index: e.index.value }, instrs: 1 };
        }
        return null;
      }
      case "BinOp": {
        const op = EVAL_OPS.find((o) => o === e.op);
        if (!op) return null;
        const l = this.exprDescriptor(e.left);
        const r = l && this.exprDescriptor(e.right);
        return l && r ? { tree: { kind: "binary", op, left: l.tree, right: r.tree }, instrs: l.instrs + r.instrs + 1 } : null;
      }
      case "UnaryOp": {
        if (e.op !== "-") return null;
        const a = this.exprDescriptor(e.operand);
        return a ? { tree: { kind: "neg", operand: a.tree }, instrs: a.instrs + 1 } : null;
      }
      case "Call": {
        // A one-argument float function held in a global (`sqrt(x)`) or in a module
        // global (`math.sqrt(x)`); the compiled code checks it really is one.
        if (e.args.length !== 1 || e.keywords.length || e.args[0].kind === "Starred") return null;
        const arg = this.exprDescriptor(e.args[0]);
        if (!arg) return null;
        const f = e.func;
        if (f.kind === "Name" && this.kindOf(f.id) === "global") {
          return { tree: { kind: "callGlobal", slot: this.global(f.id), arg: arg.tree }, instrs: arg.instrs + 2 };
        }
        if (f.kind === "Attribute" && f.value.kind === "Name" && this.kindOf(f.value.id) === "global" && /^[A-Za-z_]\w*$/.test(f.attr)) {
          return { tree: { kind: "callModule", slot: this.global(f.value.id), name: f.attr, arg: arg.tree }, instrs: arg.instrs + 2 };
        }
        return null;
      }
      default:
        return null;
    }
  }

  /** List or tuple display; starred elements extend a list (converted for tuples). */
  private sequence(elts: A.Expr[], buildOp: number, tuple: boolean): void {
    const b = this.b;
    if (!elts.some((x) => x.kind === "Starred")) {
      for (const x of elts) {
        // A multi-dimensional subscript's key is a Tuple that may hold Slices (ast.ts).
        const n = x as A.Node;
        if (n.kind === "Slice") {
          this.sliceParts(n);
          this.at(n);
          b.emit(Op.BUILD_SLICE);
        } else this.expr(x);
      }
      b.emit(buildOp, elts.length);
      return;
    }
    b.emit(Op.BUILD_LIST, 0);
    for (const x of elts) {
      if (x.kind === "Starred") {
        this.expr(x.value);
        b.emit(Op.LIST_EXTEND, 1);
      } else {
        this.expr(x);
        b.emit(Op.LIST_APPEND, 1);
      }
    }
    if (tuple) {
      // tuple(list): call the builtin through a global load would be shadowable; use unpack-free path.
      b.emit(Op.LOAD_GLOBAL, this.global("tuple"));
      b.emit(Op.ROT_TWO);
      b.emit(Op.CALL, 1);
    }
  }

  /**
   * `{a, *b}`: BUILD_SET of the elements, or element by element when one is starred.
   * Three or more constants are built as CPython 3.11 builds them, because that
   * decides the table layout, hence the order `{2, 3, 5, 7, 11, 37}` prints in: its
   * compiler makes a frozenset of the elements, and makes it again from that one's
   * iteration order when it merges the code's constants (merge_consts_recursive); the
   * code then merges that frozenset into an empty set (BUILD_SET 0, SET_UPDATE). Here:
   * the result set, the second set, a list, the elements' set (BUILD_SET n); the list
   * takes its order (LIST_EXTEND), the second set its items one by one (as a frozenset
   * is made from a tuple), the result merges the second set.
   */
  private setDisplay(elts: A.Expr[]): void {
    const b = this.b;
    if (elts.length > 2 && elts.every(isConstantLike)) {
      b.emit(Op.BUILD_SET, 0);
      b.emit(Op.BUILD_SET, 0);
      b.emit(Op.BUILD_LIST, 0);
      for (const x of elts) this.expr(x);
      b.emit(Op.BUILD_SET, elts.length);
      b.emit(Op.LIST_EXTEND, 1);
      b.emit(Op.SET_UPDATE, 1);
      b.emit(Op.SET_UPDATE, 1);
      return;
    }
    if (!elts.some((x) => x.kind === "Starred")) {
      for (const x of elts) this.expr(x);
      b.emit(Op.BUILD_SET, elts.length);
      return;
    }
    b.emit(Op.BUILD_SET, 0);
    for (const x of elts) {
      this.expr(x.kind === "Starred" ? x.value : x);
      b.emit(x.kind === "Starred" ? Op.SET_UPDATE : Op.SET_ADD, 1);
    }
  }

  /** `{k: v, **m}`: BUILD_MAP of the pairs, or pair by pair when a `**` is present. */
  private dictDisplay(e: A.DictExpr): void {
    const b = this.b;
    if (!e.keys.includes(null)) {
      e.keys.forEach((k, i) => {
        this.expr(k!);
        this.expr(e.values[i]);
      });
      this.at(e);
      b.emit(Op.BUILD_MAP, e.keys.length);
      return;
    }
    b.emit(Op.BUILD_MAP, 0);
    e.keys.forEach((k, i) => {
      if (k) this.expr(k);
      this.expr(e.values[i]);
      this.at(e);
      b.emit(k ? Op.MAP_ADD : Op.DICT_UPDATE, 1);
    });
  }

  private sliceParts(s: A.Slice): void {
    for (const p of [s.lower, s.upper, s.step]) {
      if (p) this.expr(p);
      else this.b.emit(Op.LOAD_NONE);
    }
  }

  /** Pushes two operands; LOAD_FAST2 when both are fast locals. */
  private operands(left: A.Expr, right: A.Expr): void {
    const a = this.fastLocal(left);
    const c = this.fastLocal(right);
    if (a >= 0 && c >= 0) this.b.emit(Op.LOAD_FAST2, a, c);
    else {
      this.expr(left);
      this.expr(right);
    }
  }

  private compare(e: A.Compare): void {
    const b = this.b;
    if (e.ops.length === 1) {
      this.operands(e.left, e.comparators[0]);
      this.at(e);
      b.emit(compareOps[e.ops[0]]);
      return;
    }
    this.expr(e.left);
    // a < b < c: evaluate b once; stop at the first false comparison.
    const cleanup = new Label();
    const end = new Label();
    e.ops.forEach((op, i) => {
      this.expr(e.comparators[i]);
      if (i < e.ops.length - 1) {
        b.emit(Op.DUP_TOP);
        b.emit(Op.ROT_THREE);
        b.emit(compareOps[op]);
        b.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
      } else b.emit(compareOps[op]);
    });
    b.jump(Op.JUMP, end);
    b.place(cleanup);
    b.emit(Op.ROT_TWO);
    b.emit(Op.POP_TOP);
    b.adjust(1);
    b.place(end);
  }

  private call(e: A.Call): void {
    const b = this.b;
    if (e.func.kind === "Name" && e.func.id === "super" && !e.args.length && !e.keywords.length &&
        this.scope.kinds.get("__class__") === "free" && this.scope.params.length) {
      // Zero-argument super() in a method: super(__class__, <first parameter>).
      this.load("super");
      b.emit(Op.LOAD_DEREF, this.cellIndex.get("__class__")!);
      this.load(this.scope.params[0]);
      this.at(e);
      b.emit(Op.CALL, 2);
      return;
    }
    const starred = e.args.some((a) => a.kind === "Starred");
    if (e.func.kind === "Attribute" && !starred && e.keywords.length === 0) {
      this.expr(e.func.value);
      for (const a of e.args) this.expr(a);
      this.atAttribute(e.func);
      b.emit(Op.CALL_METHOD, b.nameIndexOf(e.func.attr), e.args.length);
      return;
    }
    this.expr(e.func);
    if (e.keywords.some((k) => k.name === null)) return this.callWithMapping(e);
    if (starred) {
      // `f(*xs)` alone passes the iterable itself, as CPython does: CALL_EX lays out its
      // items (no list is built, and a non-iterable gets the call's own message).
      if (e.args.length === 1) this.expr((e.args[0] as A.Starred).value);
      else this.sequence(e.args, Op.BUILD_LIST, false);
      for (const k of e.keywords) this.expr(k.value);
      if (e.keywords.length) b.emit(Op.LOAD_CONST, b.constIndexOf(e.keywords.map((k) => k.name!)));
      this.at(e);
      b.emit(Op.CALL_EX, e.keywords.length);
      return;
    }
    for (const a of e.args) this.expr(a);
    for (const k of e.keywords) this.expr(k.value);
    // A method call with keywords is CPython's optimized method call too, at the method's line.
    if (e.func.kind === "Attribute") this.atAttribute(e.func);
    else this.at(e);
    if (e.keywords.length) {
      const names = e.keywords.map((k) => k.name!);
      b.emit(Op.LOAD_CONST, b.constIndexOf(names));
      b.emit(Op.CALL_KW, e.args.length + e.keywords.length);
    } else b.emit(Op.CALL, e.args.length);
  }

  /**
   * `f(*a, k=v, **m)` (the callee is on the stack): the positional list, then one keyword
   * dict merged in source order — each `**m`, and each run of `name=value` keywords as a
   * small dict — so that a name given twice is CPython's TypeError whatever the order.
   */
  private callWithMapping(e: A.Call): void {
    const b = this.b;
    // As in call(): `f(*xs, **m)` passes the iterable itself.
    if (e.args.length === 1 && e.args[0].kind === "Starred") this.expr(e.args[0].value);
    else this.sequence(e.args, Op.BUILD_LIST, false);
    b.emit(Op.BUILD_MAP, 0);
    for (let i = 0; i < e.keywords.length; ) {
      const k = e.keywords[i];
      if (k.name === null) {
        this.expr(k.value);
        i++;
      } else {
        let n = 0;
        for (; i < e.keywords.length && e.keywords[i].name !== null; i++, n++) {
          b.emit(Op.LOAD_CONST, b.constIndexOf(e.keywords[i].name!));
          this.expr(e.keywords[i].value);
        }
        b.emit(Op.BUILD_MAP, n);
      }
      this.at(e);
      b.emit(Op.KWARGS_MERGE);
    }
    this.at(e);
    b.emit(Op.CALL_EX_KW);
  }

  private fstring(e: A.FString): void {
    const b = this.b;
    let n = 0;
    for (const p of e.parts) {
      if (typeof p === "string") {
        if (!p) continue;
        b.emit(Op.LOAD_CONST, b.constIndexOf(p));
      } else {
        this.expr(p.value);
        let flags = p.conversion ? { s: 1, r: 2, a: 3 }[p.conversion] : 0;
        if (p.formatSpec) {
          this.fstring(p.formatSpec);
          flags |= 4;
        }
        b.emit(Op.FORMAT_VALUE, flags);
      }
      n++;
    }
    // One piece is already a string (FORMAT_VALUE always produces one).
    if (n === 0) b.emit(Op.LOAD_CONST, b.constIndexOf(""));
    else if (n > 1) b.emit(Op.BUILD_STRING, n);
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const b = this.b;
    const scope = this.ctx.scopes.byNode.get(e)!;
    if (scope.frees.length) {
      for (const f of scope.frees) b.emit(Op.LOAD_CLOSURE, this.cellIndex.get(f)!);
      b.emit(Op.BUILD_TUPLE, scope.frees.length);
    }
    const fe = new FunctionEmitter(this.ctx, scope, e.line);
    const fb = fe.b;
    // A generator expression is a generator function of its first iterator: lazy, it
    // yields each element instead of adding it to a container.
    const lazy = e.kind === "GeneratorExp";
    // An asynchronous comprehension (scopes.ts) is a coroutine that this code awaits;
    // an asynchronous generator expression an async generator.
    const isAsync = scope.generator;
    if (lazy || isAsync) fb.emit(Op.GEN_START);
    if (!lazy) fb.emit(e.kind === "SetComp" ? Op.BUILD_SET : e.kind === "DictComp" ? Op.BUILD_MAP : Op.BUILD_LIST, 0);
    const ends: Label[] = [];
    e.generators.forEach((g, depth) => {
      if (depth === 0) fb.emit(Op.LOAD_FAST, 0);
      else {
        fe.expr(g.iter);
        fb.emit(g.isAsync ? Op.GET_AITER : Op.GET_ITER);
      }
      const top = new Label();
      const end = new Label();
      fb.place(top);
      if (g.isAsync) fe.asyncForIter(g.target, end);
      else fe.forIter(g.target, end);
      for (const cond of g.ifs) fe.jumpIf(cond, false, top);
      ends.push(top, end);
    });
    if (e.kind === "DictComp") {
      fe.expr(e.key);
      fe.expr(e.value);
      fb.emit(Op.MAP_ADD, e.generators.length + 1);
    } else if (lazy) {
      fe.expr(e.elt);
      fb.emit(Op.YIELD_VALUE);
      fb.emit(Op.POP_TOP);
    } else {
      fe.expr(e.elt);
      fb.emit(e.kind === "SetComp" ? Op.SET_ADD : Op.LIST_APPEND, e.generators.length + 1);
    }
    for (let i = ends.length - 2; i >= 0; i -= 2) {
      fb.jump(Op.JUMP, ends[i]);
      fb.adjust(-1);
      fb.place(ends[i + 1]);
    }
    if (lazy) fb.emit(Op.LOAD_NONE);
    fb.emit(Op.RETURN_VALUE);
    const flags = !isAsync ? (lazy ? CodeFlags.GENERATOR : 0)
      : CodeFlags.GENERATOR | (lazy ? CodeFlags.ASYNC_GENERATOR : CodeFlags.COROUTINE);
    const code = fe.finish(COMPREHENSION_NAMES[e.kind], flags, 1, 0);
    b.emit(Op.LOAD_CONST, b.constIndexOf(code));
    b.emit(Op.MAKE_FUNCTION, scope.frees.length ? 4 : 0);
    this.expr(e.generators[0].iter);
    b.emit(e.generators[0].isAsync ? Op.GET_AITER : Op.GET_ITER);
    b.emit(Op.CALL, 1);
    if (isAsync && !lazy) this.awaitTop();
  }
}
