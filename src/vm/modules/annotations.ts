// `_annotations.evaluate(text, owner)`: the value of an annotation kept as source text
// (ePython keeps every annotation as text, as `from __future__ import annotations`
// does), for `typing.get_type_hints` and `functools.singledispatch`'s `@f.register`
// of an annotated function (typingSource.ts, functools.ts).
//
// CPython evaluates the text with eval() in the owner's module globals. A core runs no
// code from strings, so this reads the expressions annotations are written in: names
// (the owner's module globals, then the builtins), attributes (`collections.abc.Iterable`),
// subscripts (`dict[str, list[int]]`, `Callable[[int], str]`), unions with `|`,
// string forward references (`'Node'`), `None`, `...`, and number, string, bool
// literals (`Literal[1, 'a']`). Anything else is a SyntaxError naming the text, rather
// than a value that is not what CPython would give.

import type { Core } from "../core.js";
import { PyError } from "../errors.js";
import * as ops from "../ops.js";
import { builtins } from "../builtins.js";
import { Ellipsis, PyClass } from "../classes.js";
import { BuiltinFunction, type CoreApi, PyFunction, PyModule, type Value } from "../values.js";

/** The module whose globals an annotation of `owner` is read in, or null (builtins only). */
function moduleOf(core: Core, owner: Value): PyModule | null {
  if (owner instanceof PyFunction) return owner.globals;
  if (owner instanceof PyModule) return owner;
  if (owner instanceof PyClass) {
    try {
      return core.findModule(owner.module);
    } catch (e) {
      if (e instanceof PyError) return null; // a class whose module is not loaded (made by type() in a builtin)
      throw e;
    }
  }
  return null;
}

class AnnotationReader {
  private pos = 0;
  /**
   * `dry`: only the grammar is checked (nothing looked up or computed), so that text
   * written otherwise (`[i for i in xs]`, `lambda: 0`) is the SyntaxError saying so,
   * not a NameError met on the way. read() makes that pass first.
   */
  constructor(private readonly core: Core, private readonly text: string, private readonly globals: PyModule | null, private readonly dry = false) {}

  read(): Value {
    if (!this.dry) new AnnotationReader(this.core, this.text, this.globals, true).read();
    const v = this.union();
    this.space();
    if (this.pos < this.text.length) this.fail();
    return v;
  }

  private fail(): never {
    throw new PyError("SyntaxError", `ePython cannot evaluate the annotation '${this.text}': only names, attributes, subscripts, '|' unions and literals are read`);
  }

  private space(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  private eat(s: string): boolean {
    this.space();
    if (this.text.startsWith(s, this.pos)) {
      this.pos += s.length;
      return true;
    }
    return false;
  }

  private union(): Value {
    let v = this.primary();
    while (this.eat("|")) {
      const w = this.primary();
      if (!this.dry) v = ops.bitop("or", v, w, this.core);
    }
    return v;
  }

  private primary(): Value {
    let v = this.atom();
    for (;;) {
      if (this.eat(".")) {
        const name = this.name();
        if (!this.dry) v = this.core.getAttr(v, name);
      } else if (this.eat("[")) {
        // `Literal['a']`: strings are values there, not forward references; in
        // `Annotated[T, 'meta']` after the type.
        const outer = this.strings;
        const form = this.dry ? undefined : formName(this.core, v);
        this.strings = form === "Literal" ? "values" : form === "Annotated" ? "annotated" : "references";
        const key = this.grouped("]");
        this.strings = outer;
        if (!this.dry) v = ops.getItem(this.core, v, key);
      } else return v;
    }
  }

  /**
   * What a string literal is read as here: a forward reference, or (in Literal[...])
   * itself; "annotated": a reference as the first item, itself after it.
   */
  private strings: "references" | "values" | "annotated" = "references";

  /** Comma-separated items up to `closer`, and whether a comma ended them. */
  private list(closer: string): { items: Value[]; comma: boolean } {
    const items: Value[] = [];
    let comma = false;
    const annotated = this.strings === "annotated";
    while (!this.eat(closer)) {
      if (annotated) this.strings = items.length === 0 ? "references" : "values";
      items.push(this.union());
      comma = this.eat(",");
      if (!comma) {
        if (!this.eat(closer)) this.fail();
        break;
      }
    }
    return { items, comma };
  }

  /** A subscript or parenthesised group: one item as it is, else a tuple (`X[int,]` is a one-item tuple). */
  private grouped(closer: string): Value {
    const { items, comma } = this.list(closer);
    return items.length === 1 && !comma ? items[0] : this.dry ? null : this.core.newTuple(items);
  }

  private name(): string {
    this.space();
    const m = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(this.text.slice(this.pos));
    if (m === null) this.fail();
    this.pos += m[0].length;
    return m[0];
  }

  private atom(): Value {
    this.space();
    const rest = this.text.slice(this.pos);
    if (this.eat("...")) return Ellipsis;
    if (this.eat("[")) {
      const { items } = this.list("]");
      return this.dry ? null : this.core.newList(items);
    }
    if (this.eat("(")) return this.grouped(")");
    const str = /^(['"])((?:\\.|(?!\1).)*)\1/.exec(rest);
    if (str !== null) {
      this.pos += str[0].length;
      // A forward reference (the text names the type; read with its own checks when
      // evaluated), but inside Literal[...].
      if (this.dry) return null;
      return this.strings === "values" ? this.core.newStr(unescape(str[2])) : new AnnotationReader(this.core, unescape(str[2]), this.globals).read();
    }
    const num = /^-?\d+(\.\d+)?/.exec(rest);
    if (num !== null) {
      this.pos += num[0].length;
      return this.dry ? null : num[1] === undefined ? Number(num[0]) : this.core.float(Number(num[0]));
    }
    const name = this.name();
    if (this.dry) return null;
    if (name === "None") return null;
    if (name === "True") return true;
    if (name === "False") return false;
    const g = this.globals?.get(name);
    const v = g !== undefined ? g : builtins.get(name); // (a global bound to None is found)
    if (v === undefined) throw new PyError("NameError", `name '${name}' is not defined`);
    return v;
  }
}

/** The name of a typing module's form (`Literal`, `Annotated`: its `_name`), or undefined. */
function formName(core: Core, v: Value): string | undefined {
  try {
    const name = core.getAttr(v, "_name");
    return typeof name === "string" ? name : undefined;
  } catch (e) {
    if (e instanceof PyError) return undefined;
    throw e;
  }
}

/** The common escapes of a string literal's body (`\'`, `\"`, `\\`, `\n`, `\t`). */
function unescape(s: string): string {
  return s.replace(/\\(.)/g, (_m, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c));
}

export function createAnnotationHelpers(_core: CoreApi): PyModule {
  const mod = new PyModule("_annotations");
  mod.set("evaluate", new BuiltinFunction("evaluate", (c, args) => {
    if (args.length !== 2 || typeof args[0] !== "string") throw new PyError("TypeError", "evaluate(text, owner)");
    const core = c as Core;
    return new AnnotationReader(core, args[0], moduleOf(core, args[1])).read();
  }));
  return mod;
}
