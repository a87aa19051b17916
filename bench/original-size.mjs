// A model of the ORIGINAL ePython's byte assembler (mesham/epython, HEAD 6a5afb1),
// run over OUR syntax tree, to compare bytecode sizes (bench/codesize.mjs).
//
// It follows /work/shared/spec/original-epython.md §7.2 byte for byte where the spec
// gives an encoding (all multi-byte fields little-endian, unaligned):
//
//   LET          00 lhs expr          lhs = 0F u16 var | 16 u16 var u8 n idx...
//   LETNOALIAS   1E lhs expr          (parameter defaults)
//   STOP         01
//   IF           13 cond u16 len block
//   while        13 cond u16 (len+4) block 15 u16 start <1 padding byte>
//   IFELSE       18 cond u16 (thenLen+3) then 15 u16 end else
//   FOR          LET ctr=0; label: LET v=0; 14 u16 ctr u16 v iter u16 len
//                block LET ctr=ctr+1; 15 u16 label
//   GOTO         15 u16
//   FNCALL       [LET fname#i = arg for each non-identifier arg] 1B u16 addr u16 n u16 var...
//   FNCALL_BY_VAR same with 25 u16 var
//   RETURN 1A, RETURN_EXP 1C expr
//   NATIVE       23 u8 (arity<<5 | code) u16 n args...      (print e = native rtl_print(e))
//   function     u16 nParams u16 param... LETNOALIAS defaults... body 1A
//   INTEGER 12 i32, REAL 10 f32, STRING 11 bytes 00, BOOLEAN 1D i32, NONE 1F,
//   IDENTIFIER 0F u16, FN_ADDR 24 u16, ARRAYACCESS 16 u16 u8 n idx...,
//   ARRAY 21 i32 n u8 hasRep [rep] items..., binary op = 1 byte + 2 operands, NOT 22.
//   a // b       = native rtl_math(10 /* floor */, a / b)
//
// Whole program = top-level statements, STOP, then the bodies of the functions that
// are reachable from the top level (the original's dead-code elimination), user
// functions and module functions alike (`import m` pastes m.py in; its functions are
// then kept only if called).
//
// The module functions are re-written here from the behaviour described in spec §3
// (one-line native wrappers are exact; the longer ones, e.g. util.range and
// array.size, are approximations of the original's bodies, within a few bytes).
//
// Constructs the original does not have (f-strings, comprehensions, tuples, lambdas,
// keyword arguments, break/continue, `in`, slicing, methods, ...) make a program
// "not expressible": originalSize() then returns { ok: false, reason, line }.

import { parse } from "../dist/index.js";

// ----------------------------------------------------------------- token bytes

export const T = {
  LET: 0x00, STOP: 0x01, OR: 0x02, AND: 0x03, EQ: 0x04, NEQ: 0x05, LT: 0x06, GT: 0x07,
  LEQ: 0x08, GEQ: 0x09, ADD: 0x0a, SUB: 0x0b, MUL: 0x0c, DIV: 0x0d, MOD: 0x0e,
  IDENTIFIER: 0x0f, REAL: 0x10, STRING: 0x11, INTEGER: 0x12, IF: 0x13, FOR: 0x14,
  GOTO: 0x15, ARRAYACCESS: 0x16, IFELSE: 0x18, POW: 0x19, RETURN: 0x1a, FNCALL: 0x1b,
  RETURN_EXP: 0x1c, BOOLEAN: 0x1d, LETNOALIAS: 0x1e, NONE: 0x1f, IS: 0x20, ARRAY: 0x21,
  NOT: 0x22, NATIVE: 0x23, FN_ADDR: 0x24, FNCALL_BY_VAR: 0x25, REFERENCE: 0x26, SYMBOL: 0x27,
};

/** Native runtime calls: name -> [code, arity] (arity 7 = variadic). Spec §3.1. */
export const NATIVES = {
  rtl_ishost: [0x00, 0], rtl_isdevice: [0x01, 0], rtl_print: [0x02, 1], rtl_numdims: [0x03, 1],
  rtl_dsize: [0x04, 2], rtl_input: [0x05, 0], rtl_inputprint: [0x06, 1], rtl_sync: [0x07, 0],
  rtl_gc: [0x08, 0], rtl_free: [0x09, 1], rtl_send: [0x0a, 2], rtl_recv: [0x0b, 1],
  rtl_sendrecv: [0x0c, 2], rtl_bcast: [0x0d, 2], rtl_numcores: [0x0e, 0], rtl_coreid: [0x0f, 0],
  rtl_reduce: [0x11, 2], rtl_allocatearray: [0x12, 7], rtl_allocatesharedarray: [0x13, 7],
  rtl_math: [0x14, 7], rtl_probe: [0x15, 1], rtl_test_for_send: [0x16, 1],
  rtl_wait_for_send: [0x17, 1], rtl_send_nonblocking: [0x18, 2], rtl_global_reference: [0x19, 1],
  rtl_dereference: [0x1a, 1], rtl_flatten: [0x1b, 2], rtl_arraycopy: [0x1c, 5],
};

const FLOOR_MATHS_OP = 10;

// ------------------------------------------------------ the original's modules
//
// Written in the classic dialect; a call to a name starting with `rtl_` stands for
// `native rtl_...(...)` (our parser does not accept `native`). Functions listed in
// `unmodelled` exist in the original module but are not modelled: a program reaching
// one is reported as not measurable rather than guessed.

const MODULES = {
  parallel: {
    imports: [],
    unmodelled: [],
    source: `
def send(data, pid, n=none):
    if n is none:
        rtl_send(data, pid)
    else:
        i=0
        while i<n:
            rtl_send(data[i], pid)
            i=i+1
def nonblocking_send(data, pid):
    rtl_send_nonblocking(data, pid)
def test_sent(pid):
    return rtl_test_for_send(pid)
def wait_sent(pid):
    return rtl_wait_for_send(pid)
def recv(pid, n=none):
    if n is none:
        return rtl_recv(pid)
    else:
        got=[0]*n
        i=0
        while i<n:
            got[i]=rtl_recv(pid)
            i=i+1
        return got
def probe(pid):
    return rtl_probe(pid)
def sendrecv(data, pid, n=none):
    if n is none:
        return rtl_sendrecv(data, pid)
    else:
        got=[0]*n
        i=0
        while i<n:
            got[i]=rtl_sendrecv(data[i], pid)
            i=i+1
        return got
def bcast(data, root):
    return rtl_bcast(data, root)
def reduce(data, operator):
    op=0
    if operator=="sum":
        op=0
    elif operator=="min":
        op=1
    elif operator=="max":
        op=2
    elif operator=="prod":
        op=3
    else:
        print "Operator "+operator+" not found"
    return rtl_reduce(data, op)
def sync():
    rtl_sync()
def coreid():
    return rtl_coreid()
def numcores():
    return rtl_numcores()
def ishost():
    return rtl_ishost()
def isdevice():
    return rtl_isdevice()
`,
  },
  util: {
    // util.py starts with `from array import len`: the whole array module comes along.
    imports: ["array"],
    unmodelled: ["oddSort"],
    source: `
def range(a, b=none, c=none):
    lo=a
    hi=b
    st=c
    if b is none:
        hi=a
        lo=0
    if c is none:
        st=1
    r=[0]*(((hi-lo)/st)+1)
    i=lo
    j=0
    while i<=hi:
        r[j]=i
        i=i+st
        j=j+1
    return r
def xrange(a, b):
    return range(a, b)
`,
  },
  array: {
    imports: [],
    unmodelled: ["flatten", "arraycopy"],
    source: `
def array(a, b=none, c=none, d=none, e=none, f=none, g=none):
    if b is none:
        return rtl_allocatearray(a)
    elif c is none:
        return rtl_allocatearray(a, b)
    elif d is none:
        return rtl_allocatearray(a, b, c)
    elif e is none:
        return rtl_allocatearray(a, b, c, d)
    elif f is none:
        return rtl_allocatearray(a, b, c, d, e)
    elif g is none:
        return rtl_allocatearray(a, b, c, d, e, f)
    else:
        return rtl_allocatearray(a, b, c, d, e, f, g)
def shared_mem_array(a, b=none, c=none, d=none, e=none, f=none, g=none):
    if b is none:
        return rtl_allocatesharedarray(a)
    elif c is none:
        return rtl_allocatesharedarray(a, b)
    elif d is none:
        return rtl_allocatesharedarray(a, b, c)
    elif e is none:
        return rtl_allocatesharedarray(a, b, c, d)
    elif f is none:
        return rtl_allocatesharedarray(a, b, c, d, e)
    elif g is none:
        return rtl_allocatesharedarray(a, b, c, d, e, f)
    else:
        return rtl_allocatesharedarray(a, b, c, d, e, f, g)
def size(arr):
    n=ndim(arr)
    if n > 0:
        dims=shape(arr)
        total=1
        i=0
        while i<n:
            total=total*dims[i]
            i=i+1
        return total
    else:
        return 0
def freearray(arr):
    rtl_free(arr)
def len(arr):
    return size(arr)
def ndim(arr):
    return rtl_numdims(arr)
def shape(arr):
    n=ndim(arr)
    dims=[0]*n
    j=0
    while j<n:
        dims[j]=rtl_dsize(arr, j)
        j=j+1
    return dims
def nbytes(arr):
    return size(arr) * 4
`,
  },
  math: {
    imports: [],
    unmodelled: [],
    source: `
def pow(a, b):
    return a ^ b
def pi():
    return 3.141592
def e():
    return 2.718281
def exp(x):
    return pow(e(), x)
def sqrt(a):
    return rtl_math(0, a)
def sin(a):
    return rtl_math(1, a)
def cos(a):
    return rtl_math(2, a)
def tan(a):
    return rtl_math(3, a)
def asin(a):
    return rtl_math(4, a)
def acos(a):
    return rtl_math(5, a)
def atan(a):
    return rtl_math(6, a)
def sinh(a):
    return rtl_math(7, a)
def cosh(a):
    return rtl_math(8, a)
def tanh(a):
    return rtl_math(9, a)
def floor(a):
    return rtl_math(10, a)
def ceil(a):
    return rtl_math(11, a)
def log(a):
    return rtl_math(12, a)
def log10(a):
    return rtl_math(13, a)
`,
  },
  random: {
    imports: [],
    unmodelled: [],
    source: `
def randint(a, b):
    return (rtl_math(14) % (b-a)) + a
def randrange(a):
    return rtl_math(14) % a
def random():
    return rtl_math(14) % 20000 / 20001.0
`,
  },
  memory: {
    imports: [],
    unmodelled: [],
    source: `
def free(a):
    rtl_free(a)
def gc():
    rtl_gc()
`,
  },
  concurrency: { imports: [], unmodelled: ["expose", "access"], source: "" },
  taskfarm: {
    imports: ["parallel", "array"],
    unmodelled: ["initTaskFarm", "execFunction", "testFunctionFinish", "waitFunctionFinish",
      "sendArgument", "recvArgument", "worker", "shutdownTaskFarm"],
    source: "",
    // Module-level code the original runs at import: not modelled either.
    opaque: true,
  },
};

let moduleAstCache = null;
function moduleAsts() {
  if (moduleAstCache) return moduleAstCache;
  moduleAstCache = new Map();
  for (const [name, m] of Object.entries(MODULES)) {
    const ast = parse(m.source, `<original ${name}.py>`, { dialect: "classic" });
    moduleAstCache.set(name, ast);
  }
  return moduleAstCache;
}

// ------------------------------------------------------------------- errors

export class NotExpressible extends Error {
  constructor(reason, node) {
    super(reason);
    this.reason = reason;
    this.line = node && typeof node.line === "number" ? node.line : null;
  }
}
const na = (reason, node) => { throw new NotExpressible(reason, node); };

// ------------------------------------------------------------------ byte buffer

/**
 * Bytes plus fix-ups: `{ at, fn }` is a u16 function address, `{ at, local }` a u16
 * absolute address of offset `local` in the same top-level piece (main or a function).
 */
class Code {
  constructor() { this.bytes = []; this.fixups = []; }
  get length() { return this.bytes.length; }
  u8(x) { this.bytes.push(x & 0xff); return this; }
  u16(x) { this.bytes.push(x & 0xff, (x >>> 8) & 0xff); return this; }
  i32(x) { for (let i = 0; i < 4; i++) this.bytes.push((x >>> (8 * i)) & 0xff); return this; }
  f32(x) {
    const b = new Uint8Array(new Float32Array([x]).buffer);
    this.bytes.push(...b);
    return this;
  }
  /** A u16 placeholder for a function's address. */
  fnAddr(fn) { this.fixups.push({ at: this.length, fn }); return this.u16(0); }
  /** A u16 placeholder for the absolute address of `local` (offset in this piece). */
  label(local) { this.fixups.push({ at: this.length, local }); return this.u16(0); }
  append(c) {
    const base = this.length;
    for (const b of c.bytes) this.bytes.push(b);
    for (const f of c.fixups) {
      this.fixups.push(f.fn !== undefined ? { at: f.at + base, fn: f.fn } : { at: f.at + base, local: f.local + base });
    }
    return this;
  }
  patch16(at, x) { this.bytes[at] = x & 0xff; this.bytes[at + 1] = (x >>> 8) & 0xff; }
}

// ------------------------------------------------------------------ assembler

/** Names assigned anywhere in a statement list (not descending into defs). */
function assignedNames(stmts, out = new Set()) {
  const target = (t) => {
    if (t.kind === "Name") out.add(t.id.toLowerCase());
    else if (t.kind === "Attribute") { const d = dotted(t); if (d) out.add(d.toLowerCase()); }
  };
  for (const s of stmts) {
    if (s.kind === "Assign") s.targets.forEach(target);
    else if (s.kind === "AugAssign") target(s.target);
    else if (s.kind === "For") { target(s.target); assignedNames(s.body, out); assignedNames(s.orelse, out); }
    else if (s.kind === "If" || s.kind === "While") { assignedNames(s.body, out); assignedNames(s.orelse, out); }
  }
  return out;
}

/** `a.b.c` as one dotted name (the original's identifiers contain dots), or null. */
function dotted(e) {
  if (e.kind === "Name") return e.id;
  if (e.kind === "Attribute") { const v = dotted(e.value); return v === null ? null : `${v}.${e.attr}`; }
  return null;
}

class Assembler {
  constructor(dialect) {
    this.dialect = dialect;
    /** name -> { name, def (FunctionDef), module (string|null), exportable } */
    this.functions = new Map();
    /** Module names pasted in (original modules and user modules), in order. */
    this.included = new Set();
    /** Unmodelled module function name -> module. */
    this.unmodelled = new Map();
    this.varIds = new Map();
    this.nextVarId = 1;
    this.implicitUtil = false;
  }

  varId(key) {
    const k = key.toLowerCase();
    if (!this.varIds.has(k)) this.varIds.set(k, this.nextVarId++);
    return this.varIds.get(k);
  }

  // ---- program structure

  /** Pastes a module in (once): registers its functions, returns its top-level statements. */
  includeOriginalModule(name, node) {
    if (this.included.has(name)) return [];
    const m = MODULES[name];
    this.included.add(name);
    if (m.opaque) na(`module '${name}' (its top-level code) is not modelled`, node);
    for (const dep of m.imports) this.includeOriginalModule(dep, node);
    for (const fn of m.unmodelled) if (!this.functions.has(fn)) this.unmodelled.set(fn, name);
    for (const s of moduleAsts().get(name).body) {
      if (s.kind === "FunctionDef" && !this.functions.has(s.name)) {
        this.functions.set(s.name, { name: s.name, def: s, module: name, exportable: false });
      }
    }
    return [];
  }

  /**
   * Flattens imports (textual include) and hoists defs: returns the top-level
   * statements to compile, in order.
   */
  flatten(body, file, readFile) {
    const out = [];
    for (const s of body) {
      if (s.kind === "Import" || s.kind === "ImportFrom") {
        if (s.kind === "ImportFrom" && s.level > 0) na("relative import", s);
        const names = s.kind === "Import" ? s.names.map((a) => a.name) : [s.module];
        if (s.kind === "Import" && s.names.some((a) => a.asname)) na("import ... as", s);
        if (s.kind === "ImportFrom" && s.names !== "*" && s.names.some((a) => a.asname)) na("from ... import ... as", s);
        for (const name of names) {
          if (name.includes(".")) na(`dotted module name '${name}'`, s);
          if (MODULES[name]) { out.push(...this.includeOriginalModule(name, s)); continue; }
          if (this.included.has(name)) continue;
          const path = file.replace(/[^/\\]*$/, "") + `${name}.py`;
          const text = readFile ? readFile(path) : null;
          if (text === null) na(`module '${name}' does not exist in the original`, s);
          this.included.add(name);
          const ast = parse(text, path, { dialect: this.dialect });
          out.push(...this.flatten(ast.body, path, readFile));
        }
      } else if (s.kind === "FunctionDef") {
        this.defineFunction(s);
      } else {
        // Defs inside top-level blocks are still hoisted by the original.
        if (s.kind === "If" || s.kind === "While" || s.kind === "For") this.hoistNested(s);
        out.push(s);
      }
    }
    return out;
  }

  hoistNested(s) {
    const walk = (stmts) => {
      for (const t of stmts) {
        if (t.kind === "FunctionDef") this.defineFunction(t);
        else if (t.kind === "If" || t.kind === "While" || t.kind === "For") { walk(t.body); walk(t.orelse); }
        else if (t.kind === "Import" || t.kind === "ImportFrom") na("import inside a block", t);
      }
    };
    walk(s.body);
    walk(s.orelse);
  }

  defineFunction(s) {
    const a = s.args;
    if (a.vararg || a.kwarg || a.kwonly.length) na("*args, keyword-only or **kwargs parameters", s);
    let exportable = false;
    for (const d of s.decorators) {
      if (d.kind === "Name" && d.id === "exportable") exportable = true;
      else if (d.kind !== "Name") na("decorator with arguments", d);
    }
    // A user def shadows a module function of the same name.
    this.functions.set(s.name, { name: s.name, def: s, module: null, exportable });
    this.unmodelled.delete(s.name);
  }

  // ---- statements

  /** ctx: { vars: Set of lower-cased variable names visible, fn: FunctionDef|null } */
  block(stmts, ctx) {
    const c = new Code();
    for (const s of stmts) c.append(this.stmt(s, ctx));
    return c;
  }

  stmt(s, ctx) {
    switch (s.kind) {
      case "Pass":
        return new Code(); // the original emits nothing for `pass`
      case "Print":
        return this.native("rtl_print", [s.value], ctx, s);
      case "ExprStmt": {
        const v = s.value;
        if (v.kind !== "Call") na("a bare expression as a statement (only calls are allowed)", s);
        if (v.func.kind === "Name" && (v.func.id.toLowerCase() === "exit" || v.func.id.toLowerCase() === "quit") &&
            !this.isVariable(v.func.id, ctx) && !this.functions.has(v.func.id)) {
          if (v.args.length || v.keywords.length) na("exit() with arguments", s);
          return new Code().u8(T.STOP);
        }
        return this.expr(v, ctx);
      }
      case "Assign": {
        if (s.targets.length !== 1) na("chained assignment a = b = ...", s);
        return this.let(T.LET, s.targets[0], this.expr(s.value, ctx), ctx, s);
      }
      case "AugAssign": {
        const op = { "+": T.ADD, "-": T.SUB, "*": T.MUL, "/": T.DIV, "%": T.MOD, "**": T.POW }[s.op];
        if (op === undefined && s.op !== "//") na(`augmented assignment ${s.op}=`, s);
        const cur = this.expr(s.target, ctx);
        const rhs = this.expr(s.value, ctx);
        const val = s.op === "//" ? this.floorDiv(cur, rhs) : new Code().u8(op).append(cur).append(rhs);
        return this.let(T.LET, s.target, val, ctx, s);
      }
      case "If": {
        const cond = this.expr(s.test, ctx);
        const then = this.block(s.body, ctx);
        if (s.orelse.length === 0) {
          return new Code().u8(T.IF).append(cond).u16(then.length).append(then);
        }
        const els = this.block(s.orelse, ctx);
        const c = new Code().u8(T.IFELSE).append(cond).u16(then.length + 3).append(then).u8(T.GOTO);
        c.label(c.length + 2 + els.length);
        return c.append(els);
      }
      case "While": {
        if (s.orelse.length) na("while ... else", s);
        const cond = this.expr(s.test, ctx);
        const body = this.block(s.body, ctx);
        const c = new Code().u8(T.IF).append(cond).u16(body.length + 4).append(body).u8(T.GOTO).label(0);
        return c.u8(0); // the padding byte the original's length accounts for
      }
      case "For": {
        if (s.orelse.length) na("for ... else", s);
        if (s.target.kind !== "Name") na("for with a tuple target", s);
        const ctr = this.varId(`${ctx.fn ? ctx.fn.name : ""}#epy_i_ctr#${s.line}:${s.col}`);
        const v = this.varId(this.varKey(s.target.id, ctx));
        const c = new Code();
        c.u8(T.LET).u8(T.IDENTIFIER).u16(ctr).u8(T.INTEGER).i32(0);
        const label = c.length;
        c.u8(T.LET).u8(T.IDENTIFIER).u16(v).u8(T.INTEGER).i32(0);
        c.u8(T.FOR).u16(ctr).u16(v).append(this.expr(s.iter, ctx));
        const body = this.block(s.body, ctx);
        body.u8(T.LET).u8(T.IDENTIFIER).u16(ctr).u8(T.ADD).u8(T.IDENTIFIER).u16(ctr).u8(T.INTEGER).i32(1);
        c.u16(body.length).append(body).u8(T.GOTO).label(label);
        return c;
      }
      case "Return":
        if (!ctx.fn) na("return outside a function", s);
        if (s.value === null) return new Code().u8(T.RETURN);
        if (s.value.kind === "Tuple") na("returning several values (a tuple)", s);
        return new Code().u8(T.RETURN_EXP).append(this.expr(s.value, ctx));
      case "FunctionDef":
        if (ctx.fn) na("nested def (the original produces a broken program)", s);
        return new Code(); // hoisted
      case "Break": return na("break", s);
      case "Continue": return na("continue", s);
      case "Global": return na("global statement", s);
      case "Nonlocal": return na("nonlocal statement", s);
      case "Assert": return na("assert", s);
      case "Delete": return na("del", s);
      case "Import": case "ImportFrom": return na("import inside a function or block", s);
      default: return na(`statement ${s.kind}`, s);
    }
  }

  varKey(name, ctx) {
    const lower = name.toLowerCase();
    if (ctx.fn && ctx.locals.has(lower)) return `${ctx.fn.name}#${lower}`;
    return lower;
  }

  isVariable(name, ctx) {
    return ctx.vars.has(name.toLowerCase());
  }

  /** LET / LETNOALIAS of a target (Name, dotted name or subscript). */
  let(token, target, value, ctx, node) {
    const c = new Code().u8(token);
    if (target.kind === "Name") {
      c.u8(T.IDENTIFIER).u16(this.varId(this.varKey(target.id, ctx)));
    } else if (target.kind === "Attribute" && dotted(target)) {
      c.u8(T.IDENTIFIER).u16(this.varId(this.varKey(dotted(target), ctx)));
    } else if (target.kind === "Subscript") {
      c.append(this.arrayAccess(target, ctx));
    } else {
      na(target.kind === "Tuple" || target.kind === "List" ? "tuple/multiple assignment" : `assignment to ${target.kind}`, node);
    }
    return c.append(value);
  }

  // ---- expressions

  arrayAccess(e, ctx) {
    const idx = [];
    let base = e;
    while (base.kind === "Subscript") {
      if (base.index.kind === "Slice") na("slicing", base);
      if (base.index.kind === "Tuple") na("multi-dimensional index a[i, j] (use a[i][j])", base);
      idx.unshift(base.index);
      base = base.value;
    }
    const name = dotted(base);
    if (name === null) na("indexing something other than a variable", e);
    if (!this.isVariable(name, ctx)) na(`unknown variable '${name}'`, e);
    const c = new Code().u8(T.ARRAYACCESS).u16(this.varId(this.varKey(name, ctx))).u8(idx.length);
    for (const i of idx) c.append(this.expr(i, ctx));
    return c;
  }

  floorDiv(a, b) {
    const c = new Code().u8(T.NATIVE);
    const [code, arity] = NATIVES.rtl_math;
    c.u8((arity << 5) | code).u16(2).u8(T.INTEGER).i32(FLOOR_MATHS_OP);
    return c.u8(T.DIV).append(a).append(b);
  }

  literal(e, sign, node) {
    if (e.kind === "Int") {
      const v = sign * e.value;
      if (v < -(2 ** 31) || v > 2 ** 31 - 1) na("integer literal beyond 32 bits", node);
      return new Code().u8(T.INTEGER).i32(v);
    }
    return new Code().u8(T.REAL).f32(sign * e.value);
  }

  expr(e, ctx) {
    switch (e.kind) {
      case "Int": case "Float":
        return this.literal(e, 1, e);
      case "Str": {
        for (const ch of e.value) {
          const cp = ch.codePointAt(0);
          if (cp < 0x20 || cp > 0x7e || ch === '"') na("string with a character the original cannot write (escape, quote, non-ASCII)", e);
        }
        const c = new Code().u8(T.STRING);
        for (const ch of e.value) c.u8(ch.charCodeAt(0));
        return c.u8(0);
      }
      case "Const":
        if (e.value === null) return new Code().u8(T.NONE);
        return new Code().u8(T.BOOLEAN).i32(e.value ? 1 : 0);
      case "Name": case "Attribute": {
        const name = dotted(e);
        if (name === null) na("attribute of an expression", e);
        if (this.isVariable(name, ctx)) return new Code().u8(T.IDENTIFIER).u16(this.varId(this.varKey(name, ctx)));
        if (e.kind === "Name" && this.resolveFunction(e.id, e)) {
          ctx.calls.add(e.id);
          return new Code().u8(T.FN_ADDR).fnAddr(e.id);
        }
        return na(`unknown name '${name}' (not a variable or function of the original)`, e);
      }
      case "BinOp": {
        if (e.op === "*" && e.left.kind === "List") {
          return this.arrayLiteral(e.left, e.right, ctx);
        }
        const a = this.expr(e.left, ctx);
        const b = this.expr(e.right, ctx);
        if (e.op === "//") return this.floorDiv(a, b);
        const op = { "+": T.ADD, "-": T.SUB, "*": T.MUL, "/": T.DIV, "%": T.MOD, "**": T.POW }[e.op];
        if (op === undefined) na(`operator ${e.op}`, e);
        return new Code().u8(op).append(a).append(b);
      }
      case "UnaryOp": {
        if (e.op === "not") return new Code().u8(T.NOT).append(this.expr(e.operand, ctx));
        if ((e.op === "-" || e.op === "+") && (e.operand.kind === "Int" || e.operand.kind === "Float")) {
          return this.literal(e.operand, e.op === "-" ? -1 : 1, e);
        }
        return na(`unary ${e.op} on a non-literal (the original only has signed literals)`, e);
      }
      case "BoolOp": {
        // Left-associative chain of binary AND/OR tokens.
        const tok = e.op === "and" ? T.AND : T.OR;
        let c = this.expr(e.values[0], ctx);
        for (let i = 1; i < e.values.length; i++) c = new Code().u8(tok).append(c).append(this.expr(e.values[i], ctx));
        return c;
      }
      case "Compare": {
        // No chaining in the original: a < b < c is (a < b) < c, same bytes count.
        let c = this.expr(e.left, ctx);
        e.ops.forEach((op, i) => {
          const tok = { "==": T.EQ, "!=": T.NEQ, "<": T.LT, ">": T.GT, "<=": T.LEQ, ">=": T.GEQ, is: T.IS }[op];
          if (tok === undefined) na(`comparison '${op}'`, e);
          c = new Code().u8(tok).append(c).append(this.expr(e.comparators[i], ctx));
        });
        return c;
      }
      case "List":
        return this.arrayLiteral(e, null, ctx);
      case "Subscript":
        return this.arrayAccess(e, ctx);
      case "Call":
        return this.call(e, ctx);
      case "FString": return na("f-string", e);
      case "IfExp": return na("conditional expression", e);
      case "Tuple": return na("tuple", e);
      case "Dict": return na("dict", e);
      case "Set": return na("set", e);
      case "ListComp": case "GeneratorExp": return na("comprehension", e);
      case "Lambda": return na("lambda", e);
      case "Starred": return na("*iterable", e);
      default: return na(`expression ${e.kind}`, e);
    }
  }

  arrayLiteral(list, rep, ctx) {
    const c = new Code().u8(T.ARRAY).i32(list.elts.length).u8(rep ? 1 : 0);
    if (rep) c.append(this.expr(rep, ctx));
    for (const x of list.elts) c.append(this.expr(x, ctx));
    return c;
  }

  native(name, args, ctx, node) {
    const [code, arity] = NATIVES[name];
    if (arity !== 7 && arity !== args.length) na(`native ${name} takes ${arity} arguments`, node);
    const c = new Code().u8(T.NATIVE).u8((arity << 5) | code).u16(args.length);
    for (const a of args) c.append(this.expr(a, ctx));
    return c;
  }

  /** Whether `name` names a function the original would call; reports unmodelled ones. */
  resolveFunction(name, node) {
    if (this.functions.has(name)) return true;
    if (this.unmodelled.has(name)) na(`module function ${this.unmodelled.get(name)}.${name} is not modelled`, node);
    if (this.dialect === "python3" && (name === "range" || name === "len")) {
      // Python 3 programs get range/len without an import; the original needs
      // `import util` (zero code bytes), which we assume.
      this.includeOriginalModule("util", node);
      this.implicitUtil = true;
      return this.functions.has(name);
    }
    return false;
  }

  call(e, ctx) {
    if (e.keywords.length) na("keyword arguments", e);
    if (e.args.some((a) => a.kind === "Starred")) na("*args in a call", e);
    let name;
    if (e.func.kind === "Name") {
      name = e.func.id;
    } else if (e.func.kind === "Attribute") {
      // math.sqrt(x) calls sqrt: the original drops everything before the last dot.
      const d = dotted(e.func);
      if (d === null) na("method call on an expression", e);
      const owner = d.slice(0, d.lastIndexOf("."));
      if (!this.included.has(owner)) na(`method call ${d}() (no such module function in the original)`, e);
      name = e.func.attr;
    } else {
      return na("call of an expression", e);
    }
    const lower = name.toLowerCase();

    if (e.func.kind === "Name" && this.isVariable(name, ctx) && !this.functions.has(name)) {
      // A variable holding a function: FNCALL_BY_VAR, same layout as FNCALL.
      return this.fnCall(T.FNCALL_BY_VAR, name, e.args, ctx, this.varId(this.varKey(name, ctx)));
    }
    if (e.func.kind === "Name" && !this.functions.has(name)) {
      if (name.startsWith("rtl_") && NATIVES[name] && ctx.module) return this.native(name, e.args, ctx, e);
      if (lower === "print" && this.dialect === "python3") {
        if (e.args.length !== 1) na("print with other than one argument", e);
        return this.native("rtl_print", e.args, ctx, e);
      }
      if (lower === "str") {
        if (e.args.length !== 1) na("str() with other than one argument", e);
        return this.expr(e.args[0], ctx); // str() is the identity in the original
      }
      if (lower === "input") {
        if (e.args.length > 1) na("input with several arguments", e);
        return this.native(e.args.length ? "rtl_inputprint" : "rtl_input", e.args, ctx, e);
      }
      if (lower === "id" || lower === "symbol") {
        const a = e.args[0];
        if (e.args.length !== 1 || !a || a.kind !== "Name" || !this.isVariable(a.id, ctx)) na(`${lower}() of something other than a variable`, e);
        return new Code().u8(lower === "id" ? T.REFERENCE : T.SYMBOL).u16(this.varId(this.varKey(a.id, ctx)));
      }
    }
    if (!this.resolveFunction(name, e)) na(`function '${name}' does not exist in the original`, e);
    ctx.calls.add(name);
    return this.fnCall(T.FNCALL, name, e.args, ctx, null);
  }

  /** [LET name#i = arg for non-identifier args] FNCALL u16 target u16 n u16 var... */
  fnCall(token, name, args, ctx, varTarget) {
    const c = new Code();
    const ids = args.map((a, i) => {
      const bytes = this.expr(a, ctx);
      if (bytes.bytes[0] === T.IDENTIFIER) return bytes.bytes[1] | (bytes.bytes[2] << 8);
      const tmp = this.varId(this.varKey(`${name}#${i}`, ctx));
      c.u8(T.LET).u8(T.IDENTIFIER).u16(tmp).append(bytes);
      return tmp;
    });
    c.u8(token);
    if (varTarget === null) c.fnAddr(name); else c.u16(varTarget);
    c.u16(args.length);
    for (const id of ids) c.u16(id);
    return c;
  }

  /** A function's code: u16 n, u16 params, LETNOALIAS defaults, body, RETURN. */
  functionBody(fn, globalVars) {
    const d = fn.def;
    const params = d.args.args;
    const locals = assignedNames(d.body);
    for (const p of params) locals.add(p.name.toLowerCase());
    const vars = new Set([...globalVars, ...locals]);
    const ctx = { vars, fn: d, locals, calls: new Set(), module: fn.module };
    const c = new Code().u16(params.length);
    for (const p of params) c.u16(this.varId(this.varKey(p.name, ctx)));
    for (const p of params) {
      if (p.default) c.append(this.let(T.LETNOALIAS, { kind: "Name", id: p.name }, this.expr(p.default, ctx), ctx, p));
    }
    c.append(this.block(d.body, ctx)).u8(T.RETURN);
    return { code: c, calls: ctx.calls };
  }
}

// ------------------------------------------------------------------ entry points

/**
 * Assembles a module AST the way the original would. Returns
 *   { ok: true, bytes: Uint8Array, total, main, userFunctions, moduleFunctions,
 *     functions: [{ name, module, address, size }], notes: string[] }
 * or { ok: false, reason, line }.
 *
 * options.readFile(path) -> text | null: for user modules imported by the program.
 */
export function assembleOriginal(ast, options = {}) {
  const asm = new Assembler(ast.dialect);
  try {
    const top = asm.flatten(ast.body, ast.file, options.readFile);
    // Top-level variables: everything assigned at top level (block scoping and
    // declare-before-use rules of the original are not checked).
    const globalVars = assignedNames(top);
    const mainCtx = { vars: globalVars, fn: null, locals: new Set(), calls: new Set(), module: null };
    const main = asm.block(top, mainCtx).u8(T.STOP);

    // Reachable functions (dead-code elimination), in discovery order.
    const order = [];
    const bodies = new Map();
    const queue = [...mainCtx.calls];
    for (const f of asm.functions.values()) if (f.exportable) queue.push(f.name);
    while (queue.length) {
      const name = queue.shift();
      if (bodies.has(name)) continue;
      const fn = asm.functions.get(name);
      // Module functions only see their own module's globals (none in the modelled ones).
      const { code, calls } = asm.functionBody(fn, fn.module ? new Set() : globalVars);
      bodies.set(name, { fn, code });
      order.push(name);
      queue.push(...calls);
    }

    // Layout and link.
    const out = new Code().append(main);
    const pieces = [{ base: 0, code: main }];
    const address = new Map();
    const functions = [];
    for (const name of order) {
      const { fn, code } = bodies.get(name);
      address.set(name, out.length);
      functions.push({ name, module: fn.module, address: out.length, size: code.length });
      pieces.push({ base: out.length, code });
      out.append(code);
    }
    for (const { base, code } of pieces) {
      for (const f of code.fixups) {
        const target = f.fn !== undefined ? address.get(f.fn) : base + f.local;
        if (target === undefined) na(`unresolved function '${f.fn}'`, null);
        if (target > 0xffff) na("program larger than 64 KB (u16 addresses)", null);
        out.patch16(base + f.at, target);
      }
    }
    const moduleFunctions = functions.filter((f) => f.module).reduce((s, f) => s + f.size, 0);
    const userFunctions = functions.filter((f) => !f.module).reduce((s, f) => s + f.size, 0);
    const notes = [];
    if (asm.implicitUtil) notes.push("assumes `import util` for range/len");
    return {
      ok: true,
      bytes: Uint8Array.from(out.bytes),
      total: out.length,
      main: main.length,
      userFunctions,
      moduleFunctions,
      functions,
      notes,
    };
  } catch (err) {
    if (err instanceof NotExpressible) return { ok: false, reason: err.reason, line: err.line };
    throw err;
  }
}

/** Parses `source` with our parser and assembles it as the original would. */
export function originalSize(source, file, options = {}) {
  const dialect = options.dialect ?? "python3";
  let ast;
  try {
    ast = parse(source, file, { dialect });
  } catch (err) {
    return { ok: false, reason: `does not parse: ${err.message}`, line: null };
  }
  return assembleOriginal(ast, options);
}

/** Bytes as hex pairs separated by spaces (for tests and debugging). */
export function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
}
