// The analysis stage, between the parser and every back end:
//
//   parse ──► analyze ──► emit (bytecode now, C later)
//
// It rewrites a classic program (classic.ts), resolves scopes (scopes.ts), folds
// integer constants (fold.ts) and applies every language rule the parser cannot
// (rules.ts). It does not stop at the first problem: the result carries *all*
// diagnostics in source order, and a back end may only run on a result without any.
// The driver (program.ts) throws the first one as an EPythonSyntaxError, so the CLI
// prints exactly what it printed when the emitter raised errors itself.

import type * as A from "../lang/ast.js";
import { EPythonSyntaxError, type Span } from "../lang/diagnostics.js";
import { rewriteClassic } from "./classic.js";
import { manglePrivateNames } from "./mangling.js";
import { foldConstants } from "./fold.js";
import { checkRules } from "./rules.js";
import { resolveScopes, type ScopeInfo } from "./scopes.js";

/** One violated rule, at the span of the node it is about. */
export interface Diagnostic extends Span {
  message: string;
  file: string;
  /** Python's exception name (the analysis only reports SyntaxErrors). */
  kind: "SyntaxError";
}

/** What the back ends consume: the (rewritten) tree and its side tables. */
export interface Analysis {
  ast: A.Module;
  scopes: ScopeInfo;
  /** The int32 value of every expression that folds to a constant (fold.ts). */
  constants: ReadonlyMap<A.Expr, number>;
  /** Every diagnostic, ordered by position (stable for equal positions). */
  diagnostics: Diagnostic[];
}

/**
 * Analyses a freshly parsed module. A classic module is rewritten in place (case
 * folding, hoisting), so analyse each parse once.
 */
export function analyze(ast: A.Module, deviceGlobals?: ReadonlySet<string>): Analysis {
  const diagnostics: Diagnostic[] = [];
  const report = (message: string, node: Span) => {
    const { line, col, endLine, endCol } = node;
    diagnostics.push({ message, file: ast.file, kind: "SyntaxError", line, col, endLine, endCol });
  };
  const classicGlobalsBefore = ast.dialect === "classic" ? rewriteClassic(ast).globalsBefore : undefined;
  if (ast.dialect !== "classic") manglePrivateNames(ast);
  const scopes = resolveScopes(ast, { dialect: ast.dialect, classicGlobalsBefore, deviceGlobals }, report);
  const constants = foldConstants(ast);
  checkRules(ast, scopes, constants, report);
  // Array.prototype.sort is stable: reports at one position keep their order.
  diagnostics.sort((a, b) => a.line - b.line || a.col - b.col);
  return { ast, scopes, constants, diagnostics };
}

/** The exception the CLI prints for a diagnostic (file:line:col, source line, caret). */
export function toSyntaxError(d: Diagnostic, source: string): EPythonSyntaxError {
  return new EPythonSyntaxError(d.message, d.file, d, source, d.kind);
}

/** Returns `analysis` when it has no diagnostics; throws the first one otherwise. */
export function assertValid(analysis: Analysis): Analysis {
  const first = analysis.diagnostics[0];
  if (first) throw toSyntaxError(first, analysis.ast.source);
  return analysis;
}
