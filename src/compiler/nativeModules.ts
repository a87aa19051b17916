// User modules for native code: the program's own modules (`import shapes`,
// `from geometry import area`, files next to the importing file, as the interpreter
// finds them: src/compiler/program.ts) are linked into the main module before
// inference, so whole-program inference and the C back end see one module.
//
// Linking a module M:
// - every module-level name of M is renamed `M__name` wherever it refers to M's
//   global (functions of M included; locals and builtins keep their names), so M's
//   globals cannot collide with the importer's;
// - M's body replaces its first import statement (a module's top-level code runs
//   once, at the first import, as in the interpreter); later imports add no code;
// - `import M` / `import M as m` bind no value: `m.x` becomes the global `M__x`
//   (reads and assignments), `m is n` of two module names is decided here, and any
//   other use of a module as a value is a diagnostic;
// - `from M import a as b` becomes `b = M__a` (a copy of the binding, as Python does).
// Imports of user modules inside functions are rejected (the module's body would become
// the function's locals). Nodes keep their file (nodeOrigin) for diagnostics and `#line`.
//
// The ASTs are the native pipeline's own (parsed for it), so they are rewritten in place.

import type * as A from "../lang/ast.js";
import { parse } from "../lang/index.js";
import { childrenOf } from "../lang/walk.js";
import { analyze, assertValid } from "./analyze.js";
import { dirname, join } from "./paths.js";
import type { Scope } from "./scopes.js";
import { EPythonSyntaxError, type Span } from "../lang/diagnostics.js";
import { renameDef } from "./inferFunctions.js";


export interface ModuleOrigin {
  file: string;
  source: string;
}

const origins = new WeakMap<A.Node, ModuleOrigin>();

/** The file a node of a linked user module comes from (undefined: the main module). */
export function nodeOrigin(node: Span): ModuleOrigin | undefined {
  return origins.get(node as A.Node);
}

/**
 * Links the user modules `main` imports (transitively) into it, in place.
 * `readFile` returns a file's text or null; absent modules are left as imports (the
 * native compiler then names them as unavailable).
 */
export function linkUserModules(
  main: A.Module, readFile: (path: string) => string | null, isBuiltinModule: (name: string) => boolean,
): A.Module {
  const linker = new Linker(readFile, isBuiltinModule);
  linker.linkBody(main, "", main.file);
  return main;
}

class Linker {
  /** Modules whose body is already placed (or being linked: a cycle). */
  private readonly placed = new Set<string>();
  private readonly linking = new Set<string>();

  /** Builtin modules (the interpreter's: math, parallel, util...) win over files, as in the interpreter. */
  constructor(private readonly readFile: (path: string) => string | null, private readonly isBuiltin: (name: string) => boolean) {}

  /** The AST of user module `name` next to `fromFile`, or null if there is no such file. */
  private load(name: string, fromFile: string): A.Module | null {
    if (this.isBuiltin(name)) return null;
    const path = join(dirname(fromFile), `${name}.py`);
    const text = this.readFile(path);
    if (text === null) return null;
    const mod = parse(text, path, { dialect: "python3" });
    const origin = { file: path, source: text };
    const stack: A.Node[] = [mod];
    while (stack.length) {
      const n = stack.pop()!;
      origins.set(n, origin);
      stack.push(...childrenOf(n));
    }
    return mod;
  }

  private fail(mod: A.Module, node: Span, msg: string): Error {
    const o = origins.get(node as A.Node);
    return new EPythonSyntaxError(`native code: ${msg}`, o?.file ?? mod.file, node, o?.source ?? mod.source);
  }

  /** Rewrites module `mod` (prefix "" for the main module, `M__` for module M) in place. */
  linkBody(mod: A.Module, prefix: string, file: string): void {
    const analysis = assertValid(analyze(mod));
    const root = analysis.scopes.module;
    const byNode = analysis.scopes.byNode;
    /** Module aliases of this module: name -> module name. */
    const aliases = new Map<string, string>();
    const isGlobal = (id: string, s: Scope): boolean => {
      for (let x: Scope | null = s; x; x = x.parent) {
        if (x.kind === "module") return true;
        const k = x.kinds.get(id);
        if (k === "global") return true;
        if (k) return false;
      }
      return true;
    };
    const rename = (id: string, s: Scope): string => (prefix && root.bound.has(id) && isGlobal(id, s) ? prefix + id : id);
    const moduleOf = (e: A.Expr, s: Scope): string | null => (e.kind === "Name" && aliases.has(e.id) && isGlobal(e.id, s) ? aliases.get(e.id)! : null);

    const pos = (n: Span) => ({ line: n.line, col: n.col, endLine: n.endLine, endCol: n.endCol });
    const nameNode = (id: string, at: Span): A.Name => ({ kind: "Name", id, ...pos(at) });

    /** A user-module import at module level: the statements that replace it. */
    const importStmt = (s: A.Import | A.ImportFrom, sc: Scope): A.Stmt[] | null => {
      const out: A.Stmt[] = [];
      if (s.kind === "Import") {
        const kept: A.Alias[] = [];
        for (const a of s.names) {
          const body = this.moduleBody(a.name, file, a);
          if (body === null) {
            kept.push(prefix ? { ...a, asname: prefix + (a.asname ?? a.name) } : a);
            continue;
          }
          out.push(...body);
          aliases.set(a.asname ?? a.name, a.name);
        }
        if (kept.length) out.push({ ...s, names: kept });
        return out;
      }
      if (s.level) return null;
      const body = this.moduleBody(s.module, file, s);
      if (body === null) {
        if (!prefix || s.names === "*") return null;
        return [{ ...s, names: s.names.map((a) => ({ ...a, asname: prefix + (a.asname ?? a.name) })) }];
      }
      if (s.names === "*") throw this.fail(mod, s, `'from ${s.module} import *' is not supported natively; import the names`);
      out.push(...body);
      for (const a of s.names) {
        const target = nameNode(rename(a.asname ?? a.name, sc), a);
        out.push({ kind: "Assign", targets: [target], value: nameNode(`${s.module}__${a.name}`, a), ...pos(a) });
      }
      return out;
    };

    const block = (body: A.Stmt[], sc: Scope, moduleLevel: boolean): A.Stmt[] => body.flatMap((st) => {
      if (st.kind === "Import" || st.kind === "ImportFrom") {
        if (!moduleLevel) {
          const names = st.kind === "Import" ? st.names.map((a) => a.name) : [st.module];
          const user = names.find((n) => !this.isBuiltin(n) && this.readFile(join(dirname(file), `${n}.py`)) !== null);
          if (user) throw this.fail(mod, st, `importing the user module '${user}' inside a function is not supported natively; import it at module level`);
          return [st];
        }
        return importStmt(st, sc) ?? [st];
      }
      node(st, sc, moduleLevel);
      return [st];
    });

    /** Renames names and rewrites module attribute uses under `n` (a statement or expression). */
    const node = (n: A.Node, sc: Scope, moduleLevel: boolean): void => {
      switch (n.kind) {
        case "Name":
          if (moduleOf(n, sc)) throw this.fail(mod, n, `a module can only be used as '${n.id}.name' natively`);
          n.id = rename(n.id, sc);
          return;
        case "Attribute": {
          const m = moduleOf(n.value, sc);
          if (m) {
            // `geometry.x` is the global `geometry__x`: the node becomes that name.
            const id = `${m}__${n.attr}`;
            const old = n as Partial<A.Attribute>;
            delete old.value;
            delete old.attr;
            Object.assign(n, { kind: "Name", id });
            return;
          }
          break;
        }
        case "Assign": case "AugAssign": {
          // In a function, `m.x = v` as the name `m__x` would make it a local of the function.
          const targets = n.kind === "Assign" ? n.targets : [n.target];
          const t = targets.find((x) => x.kind === "Attribute" && moduleOf(x.value, sc));
          if (t && sc.kind !== "module") throw this.fail(mod, t, "assigning a module's variable inside a function is not supported natively");
          break;
        }
        case "Compare": {
          const l = moduleOf(n.left, sc), r = n.comparators.length === 1 ? moduleOf(n.comparators[0], sc) : null;
          if (l && r && (n.ops[0] === "is" || n.ops[0] === "is not")) {
            Object.assign(n, { kind: "Const", value: (l === r) === (n.ops[0] === "is") });
            return;
          }
          break;
        }
        case "FunctionDef": {
          if (moduleLevel && prefix) {
            renameDef(n, n.name);
            n.name = rename(n.name, sc);
          }
          n.decorators.forEach((d) => node(d, sc, moduleLevel));
          for (const p of [...n.args.args, ...n.args.kwonly]) if (p.default) node(p.default, sc, moduleLevel);
          const inner = byNode.get(n) ?? sc;
          n.body = block(n.body, inner, false);
          return;
        }
        case "Lambda": {
          for (const p of [...n.args.args, ...n.args.kwonly]) if (p.default) node(p.default, sc, moduleLevel);
          node(n.body, byNode.get(n) ?? sc, false);
          return;
        }
        case "ListComp": case "GeneratorExp": {
          const inner = byNode.get(n) ?? sc;
          node(n.generators[0].iter, sc, moduleLevel);
          n.generators.forEach((g, i) => {
            if (i > 0) node(g.iter, inner, false);
            node(g.target, inner, false);
            g.ifs.forEach((x) => node(x, inner, false));
          });
          node(n.elt, inner, false);
          return;
        }
        case "Global":
          n.names = n.names.map((id) => (prefix && root.bound.has(id) ? prefix + id : id));
          return;
        case "If": case "While": case "For":
          if (n.kind === "For") { node(n.iter, sc, moduleLevel); node(n.target, sc, moduleLevel); } else node(n.test, sc, moduleLevel);
          n.body = block(n.body, sc, moduleLevel);
          n.orelse = block(n.orelse, sc, moduleLevel);
          return;
        default: break;
      }
      for (const c of childrenOf(n)) node(c, sc, moduleLevel);
    };

    mod.body = block(mod.body, root, true);
  }

  /** The linked body of user module `name` for its first import, [] for a later one, null if not a user module. */
  private moduleBody(name: string, fromFile: string, at: Span): A.Stmt[] | null {
    if (this.placed.has(name)) return [];
    if (this.linking.has(name)) throw new EPythonSyntaxError(`native code: modules '${name}' and its importers import each other (an import cycle), not supported natively`, fromFile, at, "");
    const mod = this.load(name, fromFile);
    if (mod === null) return null;
    this.linking.add(name);
    this.linkBody(mod, `${name}__`, mod.file);
    this.linking.delete(name);
    this.placed.add(name);
    return mod.body;
  }
}
