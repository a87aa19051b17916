// One core: its value stack and frames, its memory, its modules and output. The
// device creates one Core per simulated micro-core and drives it through the
// DeviceCore interface (driver.ts): `run` returns when the core finishes, blocks in
// a call to its port (port.ts), or uses up its instruction budget (so many cores can
// share one thread fairly).

import { noteProgramDialect } from "../bytecode/definiteAssignment.js";
import { CodeFlags, posonlyCount, type CodeObject, type Program } from "../bytecode/code.js";
import { nameList, PyError, recursionError, typeError } from "./errors.js";
import { expectArgs, typeName } from "./args.js";
import { childFrame, Frame, FrameKind } from "./frame.js";
import { execute, RUN_BLOCKED, RUN_DONE, RUN_YIELD } from "./interpreter.js";
import { CoreMemory, type MemoryLimits, SIZE, listBytes, strBytes, whileBuilding } from "./memory.js";
import { collectKwargs, refuseKeywords } from "./kwargs.js";
import { bindInPlace } from "./bindFast.js";
import { NESTED_NOT_RUN, startNested } from "./nestedCall.js";
import { absentModuleReason } from "./modules/absentModules.js";
import { cellAttribute, functionAttribute, functionDict, setCellAttribute, setFunctionAttribute } from "./functionAttributes.js";
import { boolType, builtins, builtinsModule, dictType, intType } from "./builtins.js";
import { PyDict, PyDictView } from "./dict.js";
import { PySet } from "./set.js";
import { dictMethods, dictViewAttribute, fromkeys } from "./methods/dict.js";
import { methodsOf as setMethodsOf } from "./methods/set.js";
import { repr, str as pyStr } from "./format.js";
import { unboundMethod } from "./unboundMethods.js";
import { builtinDunder, isBuiltinDunderName } from "./builtinDunders.js";
import { builtinTypeDocs } from "./builtinDocs.js";
import { listMethods } from "./methods/list.js";
import { strMethods } from "./methods/str.js";
import { bytesAttribute } from "./methods/bytes.js";
import { lateModuleAttributes, libraryModules, standardModules } from "./modules/index.js";
import { type CodeRuntime, runtimeOf } from "./loader.js";
import { TimeLimitReached, checkInterrupt } from "./watchdog.js";
import { runExitFunctions } from "./modules/atexit.js";
import { PyClass, PyInstance, callObject, callWrapper, getAttrObject, immutableType, isCallable, metaclassHooks, objectClass, setAttrObject } from "./classes.js";
import { builtinTypeDict } from "./introspection.js";
import { nativeBaseClass } from "./builtinSubclass.js";
import { exceptionValue, finishChain, leaveNestedRun, normalizeError, systemExitCode } from "./exceptions.js";
import { directCallDepth, restoreDirectCallDepth } from "./jit/baseline.js";
import { endCore } from "./modules/sys.js";
import { StructSequence } from "./structseq.js";
import { PyGenerator, closeGenerator } from "./generators.js";
import { awaitableObjectAttr, generatorObjectAttr } from "./coroutines.js";
import type { DeviceCore, SourcePosition } from "./driver.js";
import { type CorePort, type LineReader, standalonePort } from "./port.js";
import {
  BuiltinFunction, Cell, type Kwargs, PyFloat, PyFunction, PyHeapObject, PyList,
  PyIterator, PyModule, PyRange, PyTuple, PyType, SUSPEND, type Value, isFloat, makeFloat, PyBigInt,
} from "./values.js";
import { rangeCount, rangeIndex } from "./range.js";

export { RUN_BLOCKED, RUN_DONE, RUN_YIELD };

/** The module globals Core.moduleDunders makes when asked for. */
const MODULE_DUNDERS = new Set(["__package__", "__builtins__", "__spec__", "__cached__", "__annotations__"]);

export interface CoreOptions {
  id: number;
  numCores: number;
  isHost: boolean;
  /** The core's type, its profile's name (parallel.coretype()); default "host" or "device". */
  coreType?: string;
  float32: boolean;
  /** Python 3 dialect: "error" keeps device-word OverflowErrors (default "promote": big ints). */
  intOverflow?: "promote" | "error";
  memory: MemoryLimits;
  /** sys.argv (default: empty). */
  argv?: readonly string[];
  /** The program's source texts by file name, for the `traceback` module (DeviceOptions.sources). */
  sources?: ReadonlyMap<string, string>;
  randomSeed: number;
  /**
   * The end of the main module is not the end of the program (service mode: kernels
   * follow, using its globals): generators still suspended then are not closed.
   */
  keepGeneratorsAtEnd?: boolean;
  /** The core's port to its device; without one the core runs alone (standalonePort). */
  port?: CorePort;
  /** A lone core's output and input (used only without `port`). */
  write?: (text: string) => void;
  readLine?: LineReader;
}

/** Instructions a callback runs between checks of the run's time limit. */
const CALLBACK_SLICE = 1 << 20;
/** Live heap below which abandonIterator always collects at once (a core's whole 32 KB is far below). */
const SMALL_HEAP = 256 * 1024;
/** The most marking (bytes of live heap) checkFinalizers may have in hand: see there. */
const FINALIZER_CREDIT = 8 * 1024 * 1024;

/** What a frame with `depth` slots (locals + operand stack) is charged. */
function frameBytes(depth: number): number {
  return SIZE.frameHeader + SIZE.slot * depth;
}

/** Why a library module is missing: the compiler put only those the program names in its image. */
const NOT_IN_IMAGE = "a library module imported by a name computed at run time must also be named in the program, "
  + "in an import or a string, to be in its image";

/** A built-in type's MRO (`__mro__`, `mro()`): itself, int for bool, then object. */
function builtinMro(t: PyType): Value[] {
  return t === boolType ? [t, intType, objectClass] : [t, objectClass];
}

export class Core implements DeviceCore {
  readonly id: number;
  readonly numCores: number;
  readonly isHost: boolean;
  readonly coreType: string;
  readonly dialect: "python3" | "classic";
  readonly float32: boolean;
  readonly intOverflow: "promote" | "error";
  readonly randomSeed: number;
  readonly port: CorePort;
  readonly mem: CoreMemory;
  readonly builtins: ReadonlyMap<string, Value>;

  /** Value stack shared by all frames (see frame.ts for the layout). */
  // Built with push so V8 keeps it a packed (not holey) array: faster loads.
  readonly stack: Value[] = Array.from({ length: 256 }, () => undefined as unknown as Value);
  sp = 0;
  frame: Frame | null = null;
  /** Result of the last completed top-level or boundary call. */
  result: Value = null;
  /** Instructions executed so far. */
  instructions = 0;
  exited = false;
  /** The status given to exit() (0 when the core ends normally). */
  exitStatus = 0;
  readonly argv: readonly string[];
  /** The program's source texts by file name (CoreOptions.sources; empty: none). */
  readonly sources: ReadonlyMap<string, string>;

  private readonly modules = new Map<string, PyModule>();
  private readonly states = new Map<string, unknown>();
  /** The program modules whose dunders moduleDunders has made. */
  private readonly dunderModules = new WeakSet<PyModule>();
  private sysModules: PyDict | null = null;

  constructor(readonly program: Program, opts: CoreOptions) {
    this.id = opts.id;
    this.numCores = opts.numCores;
    this.isHost = opts.isHost;
    // A lone core (no device, no profile) is just a host or a device core.
    this.coreType = opts.coreType ?? (opts.isHost ? "host" : "device");
    this.dialect = program.dialect;
    this.recursionLimit = program.dialect === "python3" ? 1000 : Infinity;
    noteProgramDialect(program);
    this.float32 = opts.float32;
    this.intOverflow = opts.intOverflow ?? "promote";
    this.randomSeed = opts.randomSeed;
    this.keepGeneratorsAtEnd = opts.keepGeneratorsAtEnd ?? false;
    this.port = opts.port ?? standalonePort(opts.write ?? (() => {}), opts.readLine, (bytes) => this.charge(bytes));
    this.argv = opts.argv ?? [];
    this.sources = opts.sources ?? new Map();
    this.mem = new CoreMemory(this.id, opts.memory);
    this.mem.roots = () => this.roots();
    this.builtins = builtins;
  }

  // ------------------------------------------------------------ running

  /** Creates the main module and its frame; the core is then ready to run. */
  start(): void {
    const main = this.program.modules[0];
    const module = this.newModule("__main__", main.code);
    this.registerModule("__main__", module);
    this.pushCodeFrame(main.code, module, 0, FrameKind.Main);
  }

  /**
   * Service mode (a persistent device, src/device/service.ts): once the core has
   * finished its program's main module, starts a kernel — `fn` called with `args` —
   * as the core's new main frame. The core then runs as after start(); its globals
   * (the main module) persist from kernel to kernel. Argument errors (wrong count)
   * throw here, before anything runs.
   */
  launch(fn: PyFunction, args: Value[]): void {
    if (this.frame) throw new Error(`core ${this.id} is still running`);
    this.exited = false;
    this.exitStatus = 0;
    this.result = null;
    this.ensureStack(args.length + 2);
    this.stack[0] = fn;
    for (let i = 0; i < args.length; i++) this.stack[1 + i] = args[i];
    this.sp = 1 + args.length;
    try {
      this.pushCall(fn, 0, args.length, null, FrameKind.Main);
    } catch (e) {
      this.sp = 0;
      throw e;
    }
  }

  /** Runs up to `budget` instructions. Returns RUN_DONE, RUN_BLOCKED or RUN_YIELD. */
  run(budget: number): number {
    if (this.exited || !this.frame) return RUN_DONE;
    let status: number;
    try {
      if (this.mem.pendingClose.length) this.closeUnreachableGenerators();
      if (this.mem.pendingFinalize.length) this.runFinalizers();
      status = execute(this, budget);
    } catch (e) {
      // An uncaught SystemExit (exit(), sys.exit(), raise SystemExit) ends the core
      // with its status and no traceback; the frames are already unwound.
      const code = systemExitCode(this, e);
      if (code === undefined && this.customExceptHook(e)) {
        this.frame = null;
        this.sp = 0;
        if (!this.keepGeneratorsAtEnd) {
          runExitFunctions(this, this.modules);
          this.finalizeAtExit();
        }
        endCore(this, 1);
        return RUN_DONE;
      }
      if (code === undefined) {
        // CPython runs the atexit callbacks after an uncaught exception too (the core
        // is unwound by now: annotateError); not after a time limit or an internal error.
        if (e instanceof PyError && e.annotated && !e.internal && !(e instanceof TimeLimitReached) && !this.keepGeneratorsAtEnd) {
          runExitFunctions(this, this.modules);
          this.finalizeAtExit();
        }
        throw e;
      }
      this.frame = null;
      this.sp = 0;
      if (!this.keepGeneratorsAtEnd) {
        runExitFunctions(this, this.modules);
        this.finalizeAtExit();
      }
      endCore(this, code);
      return RUN_DONE;
    }
    if (status === RUN_BLOCKED && this.exited) return RUN_DONE;
    if (status === RUN_DONE && this.frame === null && !this.exited && !this.keepGeneratorsAtEnd) {
      // CPython's finalisation order: the atexit callbacks, then the generators left open.
      runExitFunctions(this, this.modules);
      if (this.mem.closable.size) this.closeAtExit();
      this.finalizeAtExit();
    }
    return status;
  }

  /**
   * An uncaught exception when the program replaced sys.excepthook: the hook is called
   * with (type, value, None), as CPython calls it, and prints what it likes instead of
   * the traceback; true when it returned. An error of the hook itself leaves the
   * original exception to be reported as usual.
   */
  private customExceptHook(e: unknown): boolean {
    if (!(e instanceof PyError) || !e.annotated || e.internal || e instanceof TimeLimitReached || this.dialect !== "python3") return false;
    // Only a sys the program loaded can hold its hook; loading one now would allocate
    // on a core that may have just run out of memory.
    const sys = this.modules.get("sys");
    const hook = sys?.get("excepthook");
    if (hook === undefined || hook === sys!.get("__excepthook__")) return false;
    try {
      const exc = exceptionValue(this, e);
      this.call(hook, [exc.cls, exc, null]);
      return true;
    } catch {
      return false;
    }
  }

  /** CoreOptions.keepGeneratorsAtEnd (service mode). */
  private readonly keepGeneratorsAtEnd: boolean;

  /**
   * The program ended with generators still suspended inside a try or with (held by
   * a global, say): they are closed now, oldest first, as CPython's finalisation at
   * exit closes them (their finally blocks and __exit__ run, an error in one is
   * "Exception ignored in").
   */
  private closeAtExit(): void {
    for (const g of this.mem.closable) this.mem.pendingClose.push(g);
    this.mem.closable.clear();
    this.mem.countWatched();
    this.closeUnreachableGenerators();
  }

  get finished(): boolean {
    return this.exited || this.frame === null;
  }

  /** Completes a blocking call: `value` becomes its result. */
  resume(value: Value): void {
    this.ensureStack(this.sp + 1);
    this.stack[this.sp++] = value;
  }

  /**
   * An error a blocking call raises once it completes (input()'s EOFError when the end
   * of input arrives while the core waits): the interpreter raises it where the core
   * resumes, as if the call had raised it, so `except` catches it.
   */
  resumeError: unknown = undefined;

  /** Completes a blocking call with `error` raised by it (see resumeError). */
  resumeRaising(error: unknown): void {
    this.resumeError = error;
  }

  /** Where the core stands (a blocked core's pc is just past its call). */
  position(blocked: boolean): SourcePosition | null {
    const f = this.frame;
    if (!f) return null;
    return { file: f.code.file, line: f.lineAt(blocked ? f.pc - 1 : f.pc), func: f.code.name };
  }

  /**
   * An error raised on this core's behalf while it was blocked (or, `preempted`,
   * while it waited for its next slice): traceback added, core unwound.
   */
  raise(e: unknown, preempted = false): unknown {
    return this.frame ? this.annotateError(e, this.frame, preempted) : e;
  }

  // ------------------------------------------------------------ frames

  ensureStack(n: number): void {
    const s = this.stack;
    while (s.length < n) s.push(undefined as unknown as Value);
  }

  /** Makes room on the value stack for a frame based at `base`. */
  private reserve(code: CodeObject, base: number): void {
    const need = base + code.varnames.length + code.stacksize + 8;
    if (this.stack.length < need) this.ensureStack(need);
  }

  /**
   * Charges and links a frame whose locals are already in place at stack[retSlot+1..]
   * (the one place frames are entered; releaseFrame undoes the charge on return).
   */
  private enter(code: CodeObject, globals: PyModule, retSlot: number, cells: Cell[] | null, kind: number, rt: CodeRuntime): Frame {
    this.checkDepth();
    const bytes = frameBytes(code.varnames.length + code.stacksize);
    this.mem.chargeFrame(bytes);
    const f = childFrame(this.frame, code, globals, retSlot + 1, cells, kind, retSlot, bytes, rt);
    this.frame = f;
    this.sp = retSlot + 1 + code.varnames.length;
    return f;
  }

  /** Enters a function whose locals are in place above stack[fnIndex]. */
  private enterFunction(fn: PyFunction, fnIndex: number, kind: number): Frame {
    const code = fn.code;
    const cells = code.cellvars.length || code.freevars.length ? this.makeCells(fn, fnIndex + 1) : null;
    let rt = fn.rt;
    if (rt === null || fn.rtFloat32 !== this.float32) {
      rt = fn.rt = runtimeOf(code, this.float32);
      fn.rtFloat32 = this.float32;
    }
    return this.enter(code, fn.globals, fnIndex, cells, kind, rt);
  }

  /** Unbinds locals [from, nlocals) of a frame based at `base`. */
  private clearLocals(code: CodeObject, base: number, from: number): void {
    for (let i = from; i < code.varnames.length; i++) this.stack[base + i] = undefined as unknown as Value;
  }

  private pushCodeFrame(code: CodeObject, globals: PyModule, retSlot: number, kind: number): Frame {
    this.reserve(code, retSlot + 1);
    this.clearLocals(code, retSlot + 1, 0);
    return this.enter(code, globals, retSlot, null, kind, runtimeOf(code, this.float32));
  }

  /**
   * Enters `fn` whose `argcount` positional arguments are already on the stack
   * above stack[fnIndex] (the interpreter's fast path).
   */
  pushFrame(fn: PyFunction, fnIndex: number, kind: number): Frame {
    return this.enterPlaced(fn, fnIndex, fnIndex + 1, kind);
  }

  /**
   * Enters method `fn` whose receiver is stack[selfIndex] with the other `argcount - 1`
   * arguments above it: the frame's locals start at the receiver itself (base ===
   * retSlot), so no argument moves to make room for `self` (classes.ts insertSelf);
   * the result overwrites the receiver's slot, where CALL_METHOD wants it. Only for
   * a function reachable while it runs without being on the stack (found on the
   * receiver's class): the slot that held it is a local now.
   */
  pushMethodFrame(fn: PyFunction, selfIndex: number, kind: number): Frame {
    return this.enterPlaced(fn, selfIndex, selfIndex, kind);
  }

  /**
   * The whole entry of a call whose `argcount` arguments are the first locals at
   * stack[base..] (no binding to do), in one function: it is on every call's path
   * (reserve + clearLocals + enterFunction + enter, in their order: cells are
   * charged before the frame).
   */
  private enterPlaced(fn: PyFunction, retSlot: number, base: number, kind: number): Frame {
    const code = fn.code;
    const nlocals = code.varnames.length;
    const depth = nlocals + code.stacksize;
    const stack = this.stack;
    if (stack.length < base + depth + 8) this.ensureStack(base + depth + 8);
    for (let i = code.argcount; i < nlocals; i++) stack[base + i] = undefined as unknown as Value;
    const cells = code.cellvars.length !== 0 || code.freevars.length !== 0 ? this.makeCells(fn, base) : null;
    let rt = fn.rt;
    if (rt === null || fn.rtFloat32 !== this.float32) {
      rt = fn.rt = runtimeOf(code, this.float32);
      fn.rtFloat32 = this.float32;
    }
    this.checkDepth();
    const bytes = frameBytes(depth);
    this.mem.chargeFrame(bytes);
    const f = childFrame(this.frame, code, fn.globals, base, cells, kind, retSlot, bytes, rt);
    this.frame = f;
    this.sp = base + nlocals;
    return f;
  }

  /**
   * The Python 3 dialect's recursion limit (sys.setrecursionlimit; CPython's 1000 by
   * default): a frame deeper than this is not entered. Besides matching CPython's
   * RecursionError, it stops endless recursion long before the frames fill the core's
   * memory and every collection walks them (tens of seconds and gigabytes of host
   * memory on a core that spills to shared memory). The classic dialect is bounded by
   * memory alone, as the original was.
   */
  recursionLimit: number;

  callDepth(): number {
    return this.frame === null ? 0 : this.frame.depth;
  }

  /** Raises RecursionError when a frame entered now would be deeper than recursionLimit. */
  checkDepth(): void {
    const depth = this.frame === null ? 1 : this.frame.depth + 1;
    if (depth > this.recursionLimit) {
      throw recursionError(`core ${this.id}'s call depth would exceed the recursion limit of ${this.recursionLimit} frames (sys.setrecursionlimit)`);
    }
  }

  private makeCells(fn: PyFunction, base: number): Cell[] {
    const code = fn.code;
    // Free variables only (a closure, a method using super()'s `__class__`): the frame
    // uses the function's own cells; no frame writes its cells array.
    if (code.cellvars.length === 0 && fn.closure !== null) return fn.closure;
    if (code.cellvars.length) this.mem.charge(SIZE.cell * code.cellvars.length);
    const cells: Cell[] = [];
    for (let i = 0; i < code.cellvars.length; i++) {
      const arg = code.cellArgs[i];
      cells.push(new Cell(arg >= 0 ? this.stack[base + arg] : undefined));
    }
    if (fn.closure) for (const c of fn.closure) cells.push(c);
    return cells;
  }

  /**
   * General call: binds `npos` positional arguments and the keyword arguments named
   * by `kwnames` (their values follow the positional ones on the stack) to `fn`'s
   * parameters, with CPython's error messages, then enters it.
   */
  pushCall(fn: PyFunction, fnIndex: number, npos: number, kwnames: readonly string[] | null, kind: number): Frame {
    const c = fn.code;
    // Exactly the positional parameters (core.call from a builtin, a generator
    // expression made by compiled code): nothing to bind, as pushFrame.
    if ((kwnames === null || kwnames.length === 0) && c.kwonlycount === 0 && (c.flags & (CodeFlags.VARARGS | CodeFlags.VARKW)) === 0) {
      if (npos === c.argcount) return this.pushFrame(fn, fnIndex, kind);
      // Positional arguments only, the rest from the defaults (`escape_time(cr, ci)`
      // with `max_iter=MAX_ITER`): the arguments are in place; the defaults follow
      // them. (FRESH_DEFAULTS: the body evaluates a missing default itself.)
      const defaults = fn.defaults;
      if (defaults !== null && npos < c.argcount && npos >= c.argcount - defaults.length) {
        this.reserve(c, fnIndex + 1);
        const stack = this.stack;
        const fresh = (c.flags & CodeFlags.FRESH_DEFAULTS) !== 0;
        const first = c.argcount - defaults.length;
        for (let i = npos; i < c.argcount; i++) stack[fnIndex + 1 + i] = fresh ? undefined as unknown as Value : defaults[i - first];
        this.clearLocals(c, fnIndex + 1, c.argcount);
        return this.enterFunction(fn, fnIndex, kind);
      }
    }
    // Keywords, `*args`, keyword-only parameters, `**kw`: laid out in place when the
    // call binds without an error (vm/bindFast.ts); the rest binds here.
    if (bindInPlace(this, fn, fnIndex, npos, kwnames)) return this.enterFunction(fn, fnIndex, kind);
    const stack = this.stack;
    const args = stack.slice(fnIndex + 1, fnIndex + 1 + npos);
    const kwvals = kwnames ? stack.slice(fnIndex + 1 + npos, fnIndex + 1 + npos + kwnames.length) : [];
    const locals = bindArguments(fn, args, kwnames ?? [], kwvals, this);
    this.reserve(fn.code, fnIndex + 1);
    for (let i = 0; i < locals.length; i++) stack[fnIndex + 1 + i] = locals[i];
    return this.enterFunction(fn, fnIndex, kind);
  }

  /** Calls a non-bytecode callable (builtin, bound method, type). */
  callNative(fn: Value, args: Value[], kwargs: Kwargs): Value | typeof SUSPEND {
    if (fn instanceof BuiltinFunction) {
      if (kwargs !== null) refuseKeywords(fn.fn, 2, kwargs, fn.name);
      return fn.fn(this, args, kwargs);
    }
    if (fn instanceof PyType) {
      if (!fn.construct) throw typeError(`cannot create '${fn.name}' instances`);
      if (kwargs !== null) refuseKeywords(fn.construct, 2, kwargs, fn.name);
      return fn.construct(this, args, kwargs);
    }
    if (fn instanceof PyFunction) return this.call(fn, args, kwargs);
    if (fn instanceof PyHeapObject) return callObject(this, fn, args, kwargs);
    throw typeError(`'${typeName(fn)}' object is not callable`);
  }

  inNestedRun(): boolean {
    for (let f = this.frame; f !== null; f = f.parent) if (f.kind === FrameKind.Boundary) return true;
    return false;
  }

  /** Calls any callable from TypeScript and returns its result (nested run). */
  call(fn: Value, args: Value[], kwargs: Kwargs = null): Value {
    if (!(fn instanceof PyFunction)) {
      const r = this.callNative(fn, args, kwargs);
      if (r === SUSPEND) throw new PyError("RuntimeError", "a blocking operation cannot be used inside a callback");
      return r;
    }
    // Above the calling frame's whole operand stack: an instruction that reaches
    // Python code through an operation (a special method: `a < b`, `x in obj`...)
    // need not have brought core.sp up to date first.
    const saved = this.sp;
    const top = this.frame;
    const fnIndex = top ? Math.max(saved, top.base + top.code.varnames.length + top.code.stacksize) : saved;
    this.ensureStack(fnIndex + args.length + 2);
    this.stack[fnIndex] = fn;
    const names = kwargs ? [...kwargs.keys()] : null;
    for (let i = 0; i < args.length; i++) this.stack[fnIndex + 1 + i] = args[i];
    if (names) names.forEach((n, i) => (this.stack[fnIndex + 1 + args.length + i] = kwargs!.get(n)!));
    this.sp = fnIndex + 1 + args.length + (names ? names.length : 0);
    const nf = this.pushCall(fn, fnIndex, args.length, names, FrameKind.Boundary);
    const direct = directCallDepth();
    let status: number;
    try {
      // In slices, so the run's time limit can stop a callback that never returns. A
      // compiled function starts without the interpreter (vm/nestedCall.ts).
      status = startNested(this, nf, CALLBACK_SLICE);
      if (status === NESTED_NOT_RUN) status = execute(this, CALLBACK_SLICE);
      while (status === RUN_YIELD) {
        checkInterrupt();
        status = execute(this, CALLBACK_SLICE);
      }
    } catch (e) {
      // The core back at the caller's frame whatever the error (exceptions.ts).
      restoreDirectCallDepth(direct);
      this.sp = saved;
      throw leaveNestedRun(this, top, e);
    }
    if (status !== RUN_DONE) {
      // Blocked inside the callback: its frames are left, as an error leaves them.
      this.sp = saved;
      throw leaveNestedRun(this, top, new PyError("RuntimeError", "a blocking operation cannot be used inside a callback"));
    }
    this.sp = saved;
    return this.result;
  }

  // ------------------------------------------------------------ modules

  private newModule(name: string, code: CodeObject): PyModule {
    const m = new PyModule(name);
    for (const g of code.globals) m.slotOf(g);
    m.set("__name__", name);
    // A program's module has its source path as given (CPython's __file__); a library
    // module compiled into the image (`<frozen statistics>`) has none.
    if (!code.file.startsWith("<")) m.set("__file__", code.file);
    this.mem.charge(SIZE.moduleHeader + SIZE.slot * m.slots.length);
    // A package's submodule is an attribute of the package (which the compiled import
    // ran first: compiler/packages.ts), set when the submodule starts to run.
    const dot = name.lastIndexOf(".");
    const parent = dot < 0 ? undefined : this.modules.get(name.slice(0, dot));
    if (parent) {
      if (!parent.index.has(name.slice(dot + 1))) this.mem.charge(SIZE.slot);
      parent.set(name.slice(dot + 1), m);
    }
    return m;
  }

  /**
   * The globals CPython's `dir()` shows in a program's module besides `__name__`,
   * `__file__` and `__doc__`, those a core can give honestly: `__package__` and
   * `__builtins__` (the builtins module, as in CPython's `__main__`); for the main
   * program, run as a script, also `__spec__` and `__cached__` (None, as CPython's)
   * and `__annotations__` (empty, as CPython's, when the body stored none).
   * Made when first asked for (a read of one of the names, globals(), dir() or vars()
   * of the module), so a program that never asks pays no slot for them. No
   * `__loader__` (a core loads no files), and no `__spec__` for an imported module
   * (it has no ModuleSpec). Library modules (no `__file__`) answer `__package__` as
   * an attribute only (getAttr).
   */
  moduleDunders(m: PyModule): void {
    if (this.dunderModules.has(m) || this.dialect !== "python3" || m.get("__file__") === undefined) return;
    this.dunderModules.add(m);
    const add = (name: string, v: Value) => {
      if (!m.index.has(name)) this.mem.charge(SIZE.slot);
      if (m.get(name) === undefined) m.set(name, v);
    };
    const file = m.get("__file__");
    add("__doc__", null); // the body stored its docstring first, if it has one
    add("__package__", this.packageOf(m.name, typeof file === "string" ? file : null));
    add("__builtins__", builtinsModule);
    if (m.name !== "__main__") return;
    add("__spec__", null);
    add("__cached__", null);
    if (m.get("__annotations__") === undefined) add("__annotations__", new PyDict(this));
  }

  /** LOAD_GLOBAL of a name neither the module nor the builtins bind: one of moduleDunders' names, else undefined. */
  moduleDunder(m: PyModule | null | undefined, name: string): Value | undefined {
    if (!m || !MODULE_DUNDERS.has(name)) return undefined;
    this.moduleDunders(m);
    return m.get(name);
  }

  /** CPython's `__package__`: None for the main program, the package's name for a package or its submodule, else ''. */
  private packageOf(name: string, file: string | null): string | null {
    if (name === "__main__") return null;
    if ((file !== null && /(^|\/)__init__\.py$/.test(file)) || this.isPackage(name)) return name;
    const dot = name.lastIndexOf(".");
    return dot < 0 ? "" : name.slice(0, dot);
  }

  /**
   * A loaded module: a standard module (created on first use) or a user module that
   * has already run. Null for a user module of the program that has not run yet (the
   * interpreter then runs its body with pushModuleFrame). ModuleNotFoundError for
   * anything else.
   */
  findModule(name: string): PyModule | null {
    const cached = this.modules.get(name);
    if (cached) return cached;
    const factory = standardModules.get(name);
    if (factory) {
      const m = factory(this);
      if (m.get("__name__") === undefined) m.set("__name__", name);
      this.registerModule(name, m);
      return m;
    }
    if (this.program.modules.some((u) => u.name === name)) return null;
    const reason = absentModuleReason(name) ?? (libraryModules.has(name) && this.dialect === "python3" ? NOT_IN_IMAGE : undefined);
    throw new PyError("ModuleNotFoundError", `No module named '${name}'${reason === undefined ? "" : ` (${reason})`}`);
  }

  /** CoreApi: a module for a builtin to use; a user module must have been imported. */
  importModule(name: string): PyModule {
    const m = this.findModule(name);
    if (!m) throw new PyError("ImportError", `module '${name}' has not been imported on core ${this.id} yet`);
    return m;
  }

  /**
   * Attribute `name` of standard module `m` made on first use from a library module
   * (library.ts lateModuleAttributes: sys.stdin): that module runs now, as an import
   * would, and the attribute is kept on `m`. Undefined when `name` is not such an
   * attribute, or the program's image lacks the module (it never names the attribute).
   */
  lateModuleAttr(m: PyModule, name: string): Value | undefined {
    const source = lateModuleAttributes.get(`${m.name}.${name}`);
    if (source === undefined || !this.program.modules.some((u) => u.name === source)) return undefined;
    const v = this.importByName(source).get(name);
    if (v !== undefined) m.set(name, v);
    return v;
  }

  /**
   * Whether module `name` is a package: a library package (collections) or one of the
   * program's own with a submodule in the image. A core has no files to look for the
   * others' `__init__.py`; an import of one of their submodules by a name computed at
   * run time finds it missing either way.
   */
  isPackage(name: string): boolean {
    const sub = name + ".";
    return [...libraryModules.keys()].some((k) => k.startsWith(sub)) || this.program.modules.some((u) => u.name.startsWith(sub));
  }

  /**
   * `__import__(name)`: an import from a builtin. A user module not yet run on this core
   * runs now as a nested call (its body as a function whose globals are the module).
   */
  importByName(name: string): PyModule {
    const m = this.findModule(name);
    if (m) return m;
    const unit = this.program.modules.find((u) => u.name === name)!;
    const mod = this.newModule(name, unit.code);
    this.registerModule(name, mod);
    this.call(new PyFunction(unit.code, mod, null, null, null), []);
    return mod;
  }

  pushModuleFrame(name: string, retSlot: number): void {
    const unit = this.program.modules.find((u) => u.name === name)!;
    const m = this.newModule(name, unit.code);
    this.registerModule(name, m);
    this.pushCodeFrame(unit.code, m, retSlot, FrameKind.Module);
  }

  /** Records a loaded module (and shows it in sys.modules once that exists). */
  private registerModule(name: string, m: PyModule): void {
    this.modules.set(name, m);
    this.sysModules?.set(name, m);
  }

  /** `sys.modules`: a dict of the modules loaded so far, kept up to date by registerModule. */
  importedModules(): PyDict {
    if (!this.sysModules) {
      const d = new PyDict(this);
      for (const [name, m] of this.modules) d.set(name, m);
      this.sysModules = d;
    }
    return this.sysModules;
  }

  moduleState<T>(key: string, create: () => T): T {
    let s = this.states.get(key) as T | undefined;
    if (s === undefined) {
      s = create();
      this.states.set(key, s);
    }
    return s;
  }

  // ---------------------------------------------------------- attributes

  getAttr(obj: Value, name: string): Value {
    if (obj instanceof PyHeapObject) return getAttrObject(this, obj, name);
    if (obj instanceof PyModule) {
      const v = obj.get(name);
      // A module without a docstring stores no `__doc__` (compiler/docstrings.ts).
      if (v === undefined && name === "__doc__") return null;
      if (v === undefined && MODULE_DUNDERS.has(name)) {
        const d = this.moduleDunder(obj, name);
        if (d !== undefined) return d;
        if (name === "__package__") return this.packageOf(obj.name, null);
      }
      if (v === undefined) {
        const late = this.lateModuleAttr(obj, name);
        if (late !== undefined) return late;
        throw new PyError("AttributeError", `module '${obj.name}' has no attribute '${name}'`);
      }
      return v;
    }
    if (obj instanceof PyList) {
      const m = listMethods.get(name);
      if (m) return boundNative("list", name, m, obj);
    } else if (typeof obj === "string") {
      const m = strMethods.get(name);
      if (m) return boundNative("str", name, m, obj);
    } else if (obj instanceof PyDict || obj instanceof PySet) {
      const m = obj instanceof PyDict ? dictMethods.get(name) : setMethodsOf(obj).get(name);
      if (m) return boundNative(typeName(obj), name, m as NativeMethod<PyDict | PySet>, obj);
    } else if (obj === dictType && name === "fromkeys") {
      return new BuiltinFunction(name, fromkeys, dictType);
    } else if (obj instanceof PyTuple) {
      const f = obj instanceof StructSequence ? obj.field(name) : undefined;
      if (f !== undefined) return f;
      const m = listMethods.get(name);
      if (m && (name === "count" || name === "index")) return boundNative("tuple", name, m as unknown as NativeMethod<PyTuple>, obj);
    } else if (isFloat(obj)) {
      if (name === "real") return obj;
      if (name === "imag") return this.float(0);
    } else if (typeof obj === "number" || typeof obj === "boolean" || obj instanceof PyBigInt) {
      const x = obj instanceof PyBigInt ? obj : Number(obj);
      if (name === "real" || name === "numerator") return x;
      if (name === "imag") return 0;
      if (name === "denominator") return 1;
    } else if (obj instanceof PyRange) {
      const range = obj;
      if (name === "start" || name === "stop" || name === "step") return range[name];
      // O(1) for numbers, as CPython (range.ts).
      if (name === "count") {
        return new BuiltinFunction(name, (_c, a) => (expectArgs("range.count", a, 1), rangeCount(range, a[0])), range);
      }
      if (name === "index") {
        return new BuiltinFunction(name, (c, a) => {
          expectArgs("range.index", a, 1);
          return rangeIndex(c, range, a[0]);
        }, range);
      }
    } else if (obj instanceof PyFunction) {
      const own = obj.attrs?.get(name);
      if (own !== undefined) return own;
      if (name === "__name__") return obj.name;
      if (name === "__qualname__") return obj.qualname;
      if (name === "__module__") return obj.globals.name;
      if (name === "__doc__") return obj.code.flags & CodeFlags.DOC ? obj.code.consts[0] as string : null;
      if (name === "__dict__") return functionDict(this, obj);
      const v = functionAttribute(this, obj, name);
      if (v !== undefined) return v;
      if (name === "__call__") return callWrapper(this, obj);
    } else if (obj instanceof Cell) {
      const v = cellAttribute(obj, name);
      if (v !== undefined) return v;
    } else if (obj instanceof BuiltinFunction || obj instanceof PyType) {
      if (name === "__name__") return obj.name;
      // The method-wrapper calling it (type.__call__ bound to a type).
      if (name === "__call__") return callWrapper(this, obj);
      // A built-in function's identity as functools.wraps and help texts read it; its
      // docstring is not kept on a core (None, as for a function without one).
      if (obj instanceof BuiltinFunction) {
        const v = builtinFunctionAttr(obj, name);
        if (v !== undefined) return v;
      }
      if (obj instanceof PyType) {
        if (name === "__qualname__") return obj.name;
        if (name === "__module__") return obj.module ?? "builtins";
        if (name === "__doc__") return obj.module === null ? builtinTypeDocs.get(obj.name) ?? null : null;
        // CPython's type attributes: bool derives from int, every other built-in type from object.
        if (name === "__mro__") return this.newTuple(builtinMro(obj));
        if (name === "mro") return new BuiltinFunction("mro", (c, args) => {
          if (args.length !== 0) throw typeError(`${obj.name}.mro() takes no arguments (${args.length} given)`);
          return c.newList(builtinMro(obj));
        }, obj);
        if (name === "__bases__") return this.newTuple([builtinMro(obj)[1]]);
        if (name === "__base__") return builtinMro(obj)[1];
        if (name === "__dict__") return metaclassHooks.mappingProxy(this, builtinTypeDict(this, obj));
      }
      // `int.__new__`, `list.__init__`, `dict.__getitem__`: the special methods of the type.
      const base = obj instanceof PyType && name.startsWith("__") ? nativeBaseClass(obj, false) : null;
      // (`tuple.__init__` is object's: the immutable types inherit it, builtinSubclass.ts.)
      if (base !== null && (base.dict.has(name) || name === "__init__")) return getAttrObject(this, base, name);
      if (obj instanceof PyType && (!name.startsWith("__") || isBuiltinDunderName(name))) {
        const m = unboundMethod(this, obj, name, (o, n) => this.getAttr(o, n));
        if (m !== undefined) return m;
      }
    } else if (obj instanceof PyDictView) {
      const v = dictViewAttribute(this, obj, name);
      if (v !== undefined) return v;
    } else if (obj instanceof PyGenerator) {
      const v = generatorObjectAttr(this, obj, name);
      if (v !== undefined) return v;
    } else if (obj instanceof PyIterator) {
      // `it.__next__()` / `it.__iter__()` on the built-in iterators.
      const it = obj;
      if (name === "__next__") {
        return new BuiltinFunction(name, () => {
          const v = it.next();
          if (v === undefined) throw new PyError("StopIteration", "");
          return v;
        }, obj);
      }
      if (name === "__iter__") return new BuiltinFunction(name, () => it, it);
      const a = awaitableObjectAttr(this, it, name);
      if (a !== undefined) return a;
    }
    const b = bytesAttribute(obj, name) ?? builtinDunder(obj, name);
    if (b) return b;
    // `"s".__class__` is `type("s")`, as for instances (classes.ts).
    if (name === "__class__") return this.call(builtins.get("type")!, [obj]);
    // `(5).__doc__`: the type's docstring, as for instances of a class.
    if (name === "__doc__" && !(obj instanceof PyType)) {
      const doc = builtinTypeDocs.get(typeName(obj));
      if (doc !== undefined) return doc;
    }
    // A built-in type (int.x) is named as CPython names a class: "type object 'int'".
    const what = obj instanceof PyType ? `type object '${obj.name}'` : `'${typeName(obj)}' object`;
    const e = new PyError("AttributeError", `${what} has no attribute '${name}'`);
    e.attributeOf = obj; // AttributeError.obj, and dir(obj) for "Did you mean" (suggestions.ts)
    throw e;
  }

  setAttr(obj: Value, name: string, v: Value): void {
    if (obj instanceof PyModule) {
      if (obj.readOnly !== null) throw new PyError("NotImplementedError", obj.readOnly);
      obj.set(name, v);
      return;
    }
    if (obj instanceof PyHeapObject) return setAttrObject(this, obj, name, v);
    if (obj instanceof PyFunction) {
      if (setFunctionAttribute(this, obj, name, v)) return;
      const attrs = obj.attrs ??= new Map();
      if (!attrs.has(name)) this.mem.charge(SIZE.attribute);
      attrs.set(name, v);
      return;
    }
    if (obj instanceof Cell && setCellAttribute(obj, name, v)) return;
    throw readOnlyAttribute(this, obj, name);
  }

  // ------------------------------------------------------------- CoreApi

  float(x: number): number | PyFloat {
    return makeFloat(this.float32 ? Math.fround(x) : x);
  }
  newList(items: Value[]): PyList {
    this.mem.charge(listBytes(items.length));
    return new PyList(items);
  }
  newTuple(items: Value[]): PyTuple {
    if (items.length === 0) return PyTuple.EMPTY;
    this.mem.charge(listBytes(items.length));
    return new PyTuple(items);
  }
  newStr(s: string): string {
    this.mem.charge(strBytes(s));
    return s;
  }
  charge(bytes: number): void {
    this.mem.charge(bytes);
  }
  str(v: Value): string {
    return pyStr(v, this.float32);
  }
  write(text: string): void {
    // Output is where a finalizer's effects show: a `__del__` whose object was dropped
    // (`obj = None`, a function's local) prints before the next output, as in CPython.
    if (this.mem.finalizers !== 0) this.checkFinalizers();
    this.port.write(text);
  }
  writeError(text: string): void {
    this.port.writeError(text);
  }
  exit(status: number): void {
    this.exited = true;
    this.exitStatus = status;
  }
  collectGarbage(): number {
    const live = this.mem.collect();
    // memory.gc() is a plain call at an instruction boundary: a safe point.
    this.closeUnreachableGenerators();
    this.runFinalizers();
    return live;
  }

  /**
   * After a `del` statement, a global's rebinding, a return, or before output, while
   * instances with `__del__` are alive: a collection finds whether the last reference
   * to one went, and its `__del__` runs now, where CPython's reference counting would
   * have run it (within the budget below; finalizers it skips wait for a later check
   * or collection). The interpreter and compiled code call this with the operand
   * stack stored (core.sp), so the collection sees every root.
   */
  checkFinalizers(): void {
    if (this.finalizing) return;
    // Found by a collection an allocation made (not a safe point): due now.
    if (this.mem.pendingFinalize.length !== 0 || this.mem.pendingWeakCallbacks.length !== 0) this.runFinalizers();
    // A budget keeps these collections from dominating a hot loop (a return, del or
    // print per iteration while one object with __del__ lives): each marks the live
    // heap, paid from a credit of FINALIZER_CREDIT bytes that every instruction run
    // refills by two. Short programs check at every event, as CPython's reference
    // counting would act; a long loop checks about once per half-live-heap-size
    // instructions (measured: 1M calls with one such object alive and a small heap,
    // 1.7x the time without it; 100k prints with a 150 KB heap, 1.3x).
    const earned = this.instructions - this.instructionsAtFinalize;
    this.instructionsAtFinalize = this.instructions;
    this.finalizerCredit = Math.min(FINALIZER_CREDIT, this.finalizerCredit + 2 * Math.max(0, earned));
    const cost = Math.max(this.mem.heap, 1024);
    if (this.finalizerCredit < cost) return;
    this.finalizerCredit -= cost;
    this.mem.collect();
    this.closeUnreachableGenerators();
    this.runFinalizers();
  }
  /** checkFinalizers' budget: bytes of marking it may still spend, and core.instructions at its last call. */
  private finalizerCredit = FINALIZER_CREDIT;
  private instructionsAtFinalize = 0;
  /** True while finalizers run: their own output and dels do not start another round. */
  private finalizing = false;

  /**
   * Runs `__del__` of the instances the collector found unreachable (memory.ts
   * pendingFinalize), in the order they were made, each once (as CPython since PEP
   * 442: an object its `__del__` resurrected is not finalized again). Only at safe
   * points. An error in one is CPython's "Exception ignored in" and is dropped.
   */
  runFinalizers(): void {
    const pending = this.mem.pendingFinalize;
    if ((pending.length === 0 && this.mem.pendingWeakCallbacks.length === 0) || this.finalizing) return;
    this.finalizing = true;
    try {
      // Weak references' callbacks first: CPython clears an object's weak references
      // (calling their callbacks) as it frees it.
      for (const cell of this.mem.takeWeakCallbacks()) this.callIgnoringError(cell.callback, cell.owner);
      const finalized: Value[] = [];
      while (pending.length) {
        // Taken one at a time: the rest stay roots of any collection a finalizer causes.
        const obj = pending[0] as PyInstance;
        finalized.push(obj);
        const del = obj.cls.lookup("__del__");
        try {
          if (del !== undefined && del !== null) this.callIgnoringError(del, obj);
        } finally {
          pending.shift();
        }
      }
      // A finalized object's weak references clear after its `__del__` (as CPython's
      // dealloc does), unless `__del__` resurrected it: a collection tells which.
      if (finalized.length !== 0 && this.mem.weakCells.size !== 0 && this.weaklyReferenced(finalized)) {
        this.mem.collect();
        for (const cell of this.mem.takeWeakCallbacks()) this.callIgnoringError(cell.callback, cell.owner);
      }
    } finally {
      this.finalizing = false;
    }
  }

  /** Whether a live weak reference names one of `objects` (one pass over the references). */
  private weaklyReferenced(objects: Value[]): boolean {
    const wanted = new Set(objects);
    for (const cell of this.mem.weakCells) if (wanted.has(cell.target as Value)) return true;
    return false;
  }

  /** `fn(arg)` where an error cannot propagate (a `__del__`, a weak reference's callback): CPython's "Exception ignored in" on stderr. */
  private callIgnoringError(fn: Value, arg: Value): void {
    try {
      this.call(fn, [arg]);
    } catch (e) {
      if (!(e instanceof PyError) || e.internal || e instanceof TimeLimitReached) throw e;
      this.writeError(`Exception ignored in: ${repr(fn, this.float32)}\n${e.kind}: ${e.pyMessage}\n`);
    }
  }

  /**
   * The program ended: the instances with `__del__` still alive are finalized as
   * CPython's clearing of the main module at exit mostly orders them: those its
   * globals hold directly (in the globals' order), then the items of the lists and
   * tuples they hold (last first, as a list is freed) and the values of their dicts,
   * then any others in the order they were made. (CPython's order follows its
   * reference counts and collector; it may differ where several objects remain.)
   */
  private finalizeAtExit(): void {
    const mem = this.mem;
    const alive = mem.finalizable;
    if (alive.size === 0) return;
    const take = (v: Value | undefined) => {
      if (v !== undefined && alive.has(v)) {
        alive.delete(v);
        mem.pendingFinalize.push(v);
      }
    };
    const globals = this.modules.get("__main__")?.slots ?? [];
    for (const v of globals) if (v instanceof PyInstance) take(v);
    for (const v of globals) {
      if (v instanceof PyList || v instanceof PyTuple) for (let i = v.items.length - 1; i >= 0; i--) take(v.items[i]);
      else if (v instanceof PyDict) for (const x of v.vals) take(x);
    }
    for (const o of alive) mem.pendingFinalize.push(o);
    alive.clear();
    mem.finalizers = 0;
    this.runFinalizers();
  }

  /**
   * A `for` loop left by `break` dropped its iterator, a generator suspended inside a
   * try or with (interpreter.ts and the baseline compiler's POP_ITER, with the frame
   * saved): if nothing else references it, it is closed now — its `finally` blocks and
   * `__exit__` run at once, as CPython's reference counting closes it — rather than
   * at a later collection. A collection finds whether anything references it. Its
   * cost grows with the live heap, so past SMALL_HEAP it is amortised: it runs once
   * at least an eighth of the live size found by the last one has been allocated since
   * (a loop breaking out of such generators over a large heap stays linear; those
   * closes wait for that collection).
   */
  abandonIterator(): void {
    const heap = this.mem.heap;
    if (heap > SMALL_HEAP && heap - this.liveAtAbandon < this.liveAtAbandon / 8) return;
    this.collectGarbage();
    this.liveAtAbandon = this.mem.heap;
  }
  /** The live heap the last collection of abandonIterator found. */
  private liveAtAbandon = 0;

  /**
   * Closes the generators the collector found unreachable inside a try or with
   * (memory.ts pendingClose), as CPython does when it drops a generator's last
   * reference: their `finally` blocks and `__exit__` run. Called only at safe points
   * (the start of a slice, memory.gc()), never from inside the collector. An error
   * while closing is reported as CPython's "Exception ignored in" and dropped.
   */
  closeUnreachableGenerators(): void {
    const pending = this.mem.pendingClose;
    // A `finally` being run may `del` in turn (checkFinalizers): the loop below goes on with the rest.
    if (this.closingGenerators) return;
    this.closingGenerators = true;
    try {
      this.closePendingGenerators(pending);
    } finally {
      this.closingGenerators = false;
    }
  }
  private closingGenerators = false;
  private closePendingGenerators(pending: Value[]): void {
    while (pending.length) {
      // Taken one at a time: the rest stay roots of any collection the close causes.
      const gen = pending[0] as PyGenerator;
      try {
        closeGenerator(this, gen);
      } catch (e) {
        if (!(e instanceof PyError) || e.internal || e instanceof TimeLimitReached || this.isAnnotated(e)) throw e;
        this.writeError(`Exception ignored in: ${repr(gen, this.float32)}\n${e.kind}: ${e.pyMessage}\n`);
      } finally {
        pending.shift();
      }
    }
  }
  memoryUsed(): number {
    return this.mem.used;
  }
  memoryLimit(): number {
    return this.mem.capacity;
  }

  /** Every value reachable from this core (for the collector). */
  private *roots(): Iterable<Value | undefined> {
    for (let i = 0; i < this.sp; i++) yield this.stack[i];
    for (let f = this.frame; f; f = f.parent) {
      if (f.cells) yield* f.cells;
      if (f.initSelf) yield f.initSelf; // the instance a class's __init__ is making
    }
    for (const m of this.modules.values()) yield m;
    yield* this.port.held();
  }

  // -------------------------------------------------------------- errors

  /** True for an error that already carries its full traceback (the core has ended). */
  isAnnotated(e: unknown): boolean {
    return e instanceof PyError && e.annotated;
  }

  /** Adds the ePython traceback (innermost last) to an error leaving the interpreter. */
  annotateError(e: unknown, top: Frame, preempted = false): unknown {
    if (e instanceof PyError && e.annotated) return e;
    const err = normalizeError(this.id, e);
    // Its message now, while the core still runs (PyError.lazyMessage).
    void err.pyMessage;
    finishChain(err, top, this);
    const entries = [];
    // A preempted core's pc is the next instruction to run (the others' is just past
    // the call they are in; a re-raise reports the line where its handler caught it).
    for (let f: Frame | null = top; f; f = f.parent) {
      if (f === err.omitFrame) continue; // an except* group (vm/exceptionGroups.ts)
      const line = f === top && err.reraiseLine !== null ? err.reraiseLine : f.lineAt(f === top && preempted ? f.pc : f.pc - 1);
      entries.push({ file: f.code.file, line, func: f.code.name });
    }
    err.reraiseLine = null;
    // Frames already unwound by a handler search (vm/exceptions.ts) are deeper: they
    // stay last.
    err.prependTraceback(entries.reverse());
    err.annotated = true;
    // Unwind: the core cannot continue after an uncaught error.
    for (let f: Frame | null = this.frame; f; f = f.parent) this.mem.releaseFrame(f.bytes);
    this.frame = null;
    return err;
  }
}

/** A native method, as the method tables hold them. */
type NativeMethod<T> = (core: Core, self: T, args: Value[], kwargs: Kwargs) => Value;

/** `obj.name` for a native method `m`: a builtin bound to obj (keywords checked once, here). */
function boundNative<T extends Value>(typeLabel: string, name: string, m: NativeMethod<T>, obj: T): BuiltinFunction {
  return new BuiltinFunction(name, (c, a, kw) => {
    if (kw !== null) refuseKeywords(m, 3, kw, `${typeLabel}.${name}`);
    return m(c as Core, obj, a, kw);
  }, obj);
}

/**
 * CPython's error for keyword `kw` that matches no parameter: when any keyword names a
 * positional-only parameter, they are all listed instead.
 */
function unexpectedKeyword(name: string, kw: string, kwnames: readonly string[], posonlyNames: string[]): PyError {
  const misplaced = kwnames.filter((k) => posonlyNames.includes(k));
  if (misplaced.length) return typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${misplaced.join(", ")}'`);
  return typeError(`${name}() got an unexpected keyword argument '${kw}'`);
}

/** Binds call arguments to parameters (CPython's rules and messages). */
function bindArguments(fn: PyFunction, args: Value[], kwnames: readonly string[], kwvals: Value[], core: Core): Value[] {
  const code = fn.code;
  const name = code.qualname;
  const nargs = code.argcount;
  const locals: Value[] = new Array(code.varnames.length).fill(undefined);
  const varargs = (code.flags & CodeFlags.VARARGS) !== 0;
  const fresh = (code.flags & CodeFlags.FRESH_DEFAULTS) !== 0;
  for (let i = 0; i < Math.min(args.length, nargs); i++) locals[i] = args[i];
  if (varargs) {
    const extra = args.slice(nargs);
    locals[nargs + code.kwonlycount] = core.newTuple(extra);
  }
  const varkw = (code.flags & CodeFlags.VARKW) !== 0;
  const posonly = posonlyCount(code);
  let unmatched: number[] | null = null;
  for (let j = 0; j < kwnames.length; j++) {
    const kw = kwnames[j];
    const idx = code.varnames.indexOf(kw);
    // A positional-only name given as a keyword goes into `**kw`, or is an error.
    if (idx < posonly || idx >= nargs + code.kwonlycount) {
      if (!varkw) throw unexpectedKeyword(name, kw, kwnames, code.varnames.slice(0, posonly));
      (unmatched ??= []).push(j);
      continue;
    }
    if (locals[idx] !== undefined) throw typeError(`${name}() got multiple values for argument '${kw}'`);
    locals[idx] = kwvals[j];
  }
  // As CPython: the keywords' errors come before "too many positional arguments", which
  // counts the keyword-only arguments given.
  if (args.length > nargs && !varargs) {
    const ndef = fn.defaults?.length ?? 0;
    const takes = ndef ? `from ${nargs - ndef} to ${nargs}` : `${nargs}`;
    let kwonlyGiven = 0;
    for (let i = nargs; i < nargs + code.kwonlycount; i++) if (locals[i] !== undefined) kwonlyGiven++;
    const given = kwonlyGiven
      ? `${args.length} positional argument${args.length === 1 ? "" : "s"} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? "" : "s"}) were`
      : `${args.length} ${args.length === 1 ? "was" : "were"}`;
    throw typeError(`${name}() takes ${takes} positional argument${nargs === 1 && !ndef ? "" : "s"} but ${given} given`);
  }
  if (varkw) {
    // The `**` parameter follows `*args` (if any); the varargs tuple, not yet on the
    // stack, stays counted live while the dict is charged.
    const at = nargs + code.kwonlycount + (varargs ? 1 : 0);
    const make = () => collectKwargs(core, kwnames, kwvals, unmatched ?? []);
    locals[at] = varargs ? whileBuilding(core.id, locals[nargs + code.kwonlycount], make) : make();
  }
  const defaults = fn.defaults ?? [];
  const firstDefault = nargs - defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < nargs; i++) {
    if (locals[i] !== undefined) continue;
    if (i >= firstDefault) {
      if (!fresh) locals[i] = defaults[i - firstDefault];
    } else missing.push(code.varnames[i]);
  }
  // Classic: the original leaves a missing parameter without a default unbound (its
  // examples call getlevel() without getlevel's argument); reading it is an error.
  if (missing.length && core.dialect !== "classic") {
    throw typeError(`${name}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${nameList(missing)}`);
  }
  const kwMissing: string[] = [];
  for (let i = nargs; i < nargs + code.kwonlycount; i++) {
    if (locals[i] !== undefined) continue;
    const d = fn.kwdefaults?.get(code.varnames[i]);
    if (d !== undefined) locals[i] = d;
    else kwMissing.push(code.varnames[i]);
  }
  if (kwMissing.length) {
    throw typeError(`${name}() missing ${kwMissing.length} required keyword-only argument${kwMissing.length === 1 ? "" : "s"}: ${nameList(kwMissing)}`);
  }
  return locals;
}

/**
 * The AttributeError of a write to an attribute of a built-in value (an int, a str, a
 * list...), worded as CPython words it by what the type has under that name: a method
 * (`'int' object attribute 'bit_length' is read-only`), a data attribute (`attribute
 * 'real' of 'int' objects is not writable`) or nothing (`'int' object has no attribute 'x'`);
 * `__class__` is CPython's TypeError (only a mutable type's instances may change class).
 */
function readOnlyAttribute(core: Core, obj: Value, name: string): PyError {
  if (obj instanceof PyType) return immutableType(obj.name, name);
  if (name === "__class__") return typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
  const type = typeName(obj);
  let current: Value;
  try {
    current = core.getAttr(obj, name);
  } catch (e) {
    if (!(e instanceof PyError && e.kind === "AttributeError")) throw e;
    return new PyError("AttributeError", `'${type}' object has no attribute '${name}'`);
  }
  return new PyError("AttributeError", isCallable(current) ? `'${type}' object attribute '${name}' is read-only` : `attribute '${name}' of '${type}' objects is not writable`);
}

/**
 * `__self__`, `__qualname__`, `__module__`, `__doc__` of a built-in function or method,
 * as CPython's: a method's receiver and `type.name` with no module (`[].append`:
 * `list.append`, None); a module function's module and its name (`len.__self__` is the
 * builtins module). The docstring is not kept (None).
 */
function builtinFunctionAttr(f: BuiltinFunction, name: string): Value | undefined {
  const bound = f.self !== undefined;
  if (f.qualname !== undefined) return name === "__qualname__" ? f.qualname : name === "__doc__" ? null : undefined;
  switch (name) {
    case "__self__": return bound ? f.self! : f.module ?? (builtins.get(f.name) === f ? builtinsModule : null);
    case "__qualname__": {
      if (!bound) return f.name;
      const self = f.self;
      const owner = self instanceof PyType || self instanceof PyClass ? self.name : typeName(self!);
      return `${owner}.${f.name}`;
    }
    case "__module__": return bound ? null : f.module?.name ?? (builtins.get(f.name) === f ? "builtins" : undefined);
    case "__doc__": return null;
  }
  return undefined;
}
