// Coroutines and async generators (PEP 492, PEP 525) on the generator machinery.
//
// A coroutine is a generator (vm/generators.ts) flagged COROUTINE: `await x` is
// GET_AWAITABLE then SEND, i.e. a `yield from` of x's iterator, so an await chain
// of coroutines runs in place as nested `yield from`s do, and whatever the innermost
// awaitable yields (an asyncio Future, or None for "run the others first") reaches
// whoever drives the outermost coroutine with send/throw: the event loop
// (modules/asyncioSource.ts), itself ordinary code of the core.
//
// An async generator is a generator flagged ASYNC_GENERATOR whose body has both
// kinds of suspension: a YIELD_VALUE is an item for its consumer, a SEND is an await
// whose yields must pass through to the event loop. The generator's pc tells them
// apart when it is suspended (at a SEND or not), so no value is wrapped. Each
// `__anext__()`/`asend(v)`/`athrow(e)`/`aclose()` makes an AsyncGenStep: an
// awaitable that resumes the generator, passes its awaits' yields up and ends (its
// StopIteration value) with the next item.
//
// Memory: an AsyncGenStep is charged SIZE.iterator (16 B) when made and traced
// through children() (its generator and pending exception); coroutines and async
// generators are generators (GENERATOR_HEADER + their frame's slots).

import { Op } from "../bytecode/opcodes.js";
import { expectArgs, expectMethodArgs, typeName } from "./args.js";
import { PyClass, PyInstance, isBuiltinException } from "./classes.js";
import type { Core } from "./core.js";
import { Delegate } from "./delegate.js";
import { PyError, typeError } from "./errors.js";
import { exceptionClasses, raiseError } from "./exceptions.js";
import {
  CREATED, DONE, PyAsyncGenerator, PyCoroutine, PyGenerator, RUNNING, SUSPENDED, closeGenerator, generatorAttr, resume,
  delegateResult, sendTo, setDelegateResult, stopIteration, throwInto, yieldFromIter,
} from "./generators.js";
import { SIZE } from "./memory.js";
import { BuiltinFunction, PyIterator, type Value } from "./values.js";
import { generatorIntrospection } from "./codeObjects.js";

/** GET_AWAITABLE: the iterator `await v` delegates to; CPython's errors otherwise. */
export function getAwaitable(core: Core, v: Value): PyIterator {
  if (v instanceof PyCoroutine) {
    if (isDone(v)) throw new PyError("RuntimeError", "cannot reuse already awaited coroutine");
    return v;
  }
  if (v instanceof AsyncGenStep || v instanceof AnextAwaitable) return v;
  const method = v instanceof PyInstance ? v.cls.lookup("__await__") : undefined;
  if (method === undefined) throw typeError(`object ${typeName(v)} can't be used in 'await' expression`);
  const it = core.call(core.getAttr(v, "__await__"), []);
  if (it instanceof PyCoroutine) throw typeError("__await__() returned a coroutine");
  if (it instanceof PyGenerator || it instanceof AsyncGenStep) return it;
  if (it instanceof PyInstance && it.cls.lookup("__next__") !== undefined) return yieldFromIter(core, it);
  throw typeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
}

/** GET_AITER: `async for`'s asynchronous iterator of `v`. */
export function getAsyncIter(core: Core, v: Value): Value {
  if (v instanceof PyAsyncGenerator) return v;
  if (!(v instanceof PyInstance) || v.cls.lookup("__aiter__") === undefined) {
    throw typeError(`'async for' requires an object with __aiter__ method, got ${typeName(v)}`);
  }
  const it = core.call(core.getAttr(v, "__aiter__"), []);
  if (!(it instanceof PyAsyncGenerator) && !(it instanceof PyInstance && it.cls.lookup("__anext__") !== undefined)) {
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  }
  return it;
}

/** Whether `v` is an asynchronous iterator: an async generator, or an object whose class has `__anext__`. */
function isAsyncIterator(v: Value): boolean {
  return v instanceof PyAsyncGenerator || (v instanceof PyInstance && v.cls.lookup("__anext__") !== undefined);
}

/** aiter(x): x's `__aiter__()`, which must be an asynchronous iterator (CPython's TypeErrors). */
export function aiterBuiltin(core: Core, args: Value[]): Value {
  expectArgs("aiter", args, 1);
  const v = args[0];
  if (v instanceof PyAsyncGenerator) return v;
  if (!(v instanceof PyInstance) || v.cls.lookup("__aiter__") === undefined) throw typeError(`'${typeName(v)}' object is not an async iterable`);
  const it = core.call(core.getAttr(v, "__aiter__"), []);
  if (!isAsyncIterator(it)) throw typeError(`aiter() returned not an async iterator of type '${typeName(it)}'`);
  return it;
}

/**
 * anext(it[, default]): the awaitable of `it.__anext__()`; with a default, wrapped so
 * that the StopAsyncIteration ending it gives the default instead (CPython's anext_awaitable).
 */
export function anextBuiltin(core: Core, args: Value[]): Value {
  // CPython checks anext's arguments as argument clinic does ("anext expected at least 1 argument, got 0").
  expectMethodArgs("builtins", "anext", args, 1, 2);
  const it = args[0];
  if (!isAsyncIterator(it)) throw typeError(`'${typeName(it)}' object is not an async iterator`);
  const awaitable = it instanceof PyAsyncGenerator ? asyncGenStep(core, it, { kind: "send", value: null }) : core.call(core.getAttr(it, "__anext__"), []);
  if (args.length === 1) return awaitable;
  core.charge(SIZE.iterator);
  return new AnextAwaitable(core, awaitable, args[1]);
}

/** GET_ANEXT: the iterator of the awaitable `aiter.__anext__()` returns. */
export function getAsyncNext(core: Core, aiter: Value): PyIterator {
  if (aiter instanceof PyAsyncGenerator) return asyncGenStep(core, aiter, { kind: "send", value: null });
  const awaitable = core.call(core.getAttr(aiter, "__anext__"), []);
  try {
    return getAwaitable(core, awaitable);
  } catch (e) {
    if (e instanceof PyError && e.kind === "TypeError" && !core.isAnnotated(e)) {
      throw typeError(`'async for' received an invalid object from __anext__: ${typeName(awaitable)}`);
    }
    throw e;
  }
}

/**
 * ASYNC_WITH_SETUP: the bound `__aexit__` of `mgr`, after checking that its class
 * defines both special methods (CPython 3.11's TypeError otherwise).
 */
export function asyncContextExit(core: Core, mgr: Value): Value {
  const cls = mgr instanceof PyInstance ? mgr.cls : null;
  if (cls?.lookup("__aenter__") === undefined) {
    throw typeError(`'${typeName(mgr)}' object does not support the asynchronous context manager protocol`);
  }
  if (cls.lookup("__aexit__") === undefined) {
    throw typeError(`'${typeName(mgr)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  return core.getAttr(mgr, "__aexit__");
}

function isDone(gen: PyGenerator): boolean {
  return gen.state === DONE;
}

/** The generator is suspended in an await (at a SEND), not at a `yield` of an item. */
function awaiting(gen: PyGenerator): boolean {
  return gen.state === SUSPENDED && gen.code.code[gen.pc] === Op.SEND;
}

/** What the first step of an AsyncGenStep does to its generator. */
type FirstStep =
  | { kind: "send"; value: Value }
  | { kind: "throw"; error: PyError }
  | { kind: "close" };

function asyncGenStep(core: Core, agen: PyAsyncGenerator, first: FirstStep): AsyncGenStep {
  core.charge(SIZE.iterator);
  return new AsyncGenStep(core, agen, first);
}

/**
 * The awaitable of one `asend`/`athrow`/`aclose` (and `__anext__`, an asend of None).
 * Sent to by the awaiting coroutine's SEND: it resumes the async generator and yields
 * what the generator's awaits yield; the generator's next item ends it (the value of
 * the `await`), the generator's end raises StopAsyncIteration (for aclose, ends it
 * with None).
 */
export class AsyncGenStep extends Delegate {
  private started = false;
  private over = false;

  constructor(private readonly core: Core, readonly agen: PyAsyncGenerator, private readonly first: FirstStep) {
    super();
  }

  /** CPython's type of the awaitable: asend's, or athrow's (aclose's too). */
  get pyName(): string {
    return this.first.kind === "send" ? "async_generator_asend" : "async_generator_athrow";
  }

  next(): Value | undefined {
    return this.send(this.core, null);
  }

  send(core: Core, v: Value): Value | undefined {
    if (!this.started) return this.start(core, v);
    this.checkLive();
    return this.outcome(core, () => resume(core, this.agen, v, null));
  }

  throwInto(core: Core, err: PyError | null, raw: Value[] | null): { yielded: Value | undefined } {
    if (!this.started) {
      this.started = true;
      this.over = true;
      if (err !== null) throw err;
    }
    this.checkLive();
    return { yielded: this.outcome(core, () => throwInto(core, this.agen, err, raw)) };
  }

  close(core: Core): void {
    this.over = true;
    if (this.started && awaiting(this.agen)) closeGenerator(core, this.agen);
  }

  children(): readonly Value[] {
    const first = this.first;
    return first.kind === "send" ? [this.agen, first.value] : [this.agen];
  }

  private checkLive(): void {
    if (this.over) throw new PyError("RuntimeError", "cannot reuse already awaited __anext__()/asend()");
  }

  private start(core: Core, v: Value): Value | undefined {
    this.started = true;
    if (this.over) throw new PyError("RuntimeError", "cannot reuse already awaited __anext__()/asend()");
    if (v !== null) throw typeError("can't send non-None value to a just-started async generator");
    const first = this.first;
    const agen = this.agen;
    switch (first.kind) {
      case "send":
        if (isDone(agen)) return this.finish(core, stopAsync(core));
        return this.outcome(core, () => resume(core, agen, first.value, null));
      case "throw":
        if (isDone(agen)) return this.finish(core, first.error);
        return this.outcome(core, () => throwInto(core, agen, first.error));
      case "close":
        if (agen.state === CREATED || isDone(agen)) {
          agen.finish();
          return this.finish(core, null);
        }
        return this.outcome(core, () => throwInto(core, agen, new PyError("GeneratorExit", "")));
    }
  }

  /**
   * Classifies a step of the generator: an await's yield passes through (returned); an
   * item ends this awaitable with it; the generator's end is StopAsyncIteration (aclose:
   * None). For aclose, an item is CPython's RuntimeError and a GeneratorExit the normal end.
   */
  private outcome(core: Core, step: () => Value | undefined): Value | undefined {
    const closing = this.first.kind === "close";
    let y: Value | undefined;
    try {
      y = step();
    } catch (e) {
      this.over = true;
      if (closing && e instanceof PyError && !core.isAnnotated(e) && (e.kind === "GeneratorExit" || e.kind === "StopAsyncIteration")) {
        return this.finish(core, null);
      }
      throw e;
    }
    if (y === undefined) {
      this.over = true;
      return this.finish(core, closing ? null : stopAsync(core));
    }
    if (awaiting(this.agen)) return y;
    this.over = true;
    if (closing) throw new PyError("RuntimeError", "async generator ignored GeneratorExit");
    return this.finish(core, y);
  }

  /** Ends this awaitable: with `result` as its value, or raising it when it is an error. */
  private finish(_core: Core, result: Value | PyError): undefined {
    this.over = true;
    if (result instanceof PyError) throw result;
    setDelegateResult(result);
    return undefined;
  }
}

/**
 * anext(it, default)'s awaitable: steps the iterator of `__anext__()`'s awaitable
 * (made at the first step, as CPython's), passing its yields up; its StopAsyncIteration
 * ends this awaitable with the default instead.
 */
export class AnextAwaitable extends Delegate {
  readonly pyName = "anext_awaitable";
  private inner: PyIterator | null = null;

  constructor(private readonly core: Core, private readonly awaitable: Value, private readonly dflt: Value) {
    super();
  }

  next(): Value | undefined {
    return this.send(this.core, null);
  }

  send(core: Core, v: Value): Value | undefined {
    return this.step(core, () => sendTo(core, this.iter(core), v));
  }

  throwInto(core: Core, err: PyError | null, raw: Value[] | null): { yielded: Value | undefined } | undefined {
    const inner = this.iter(core);
    if (inner instanceof PyGenerator) {
      return {
        yielded: this.step(core, () => {
          const y = throwInto(core, inner, err, raw);
          if (y === undefined) setDelegateResult(inner.returnValue);
          return y;
        }),
      };
    }
    if (inner instanceof Delegate) {
      let thrown: { yielded: Value | undefined } | undefined;
      const y = this.step(core, () => {
        thrown = inner.throwInto(core, err, raw);
        return thrown?.yielded;
      });
      return thrown === undefined ? undefined : { yielded: y };
    }
    return undefined;
  }

  close(core: Core): void {
    const inner = this.inner;
    if (inner instanceof PyGenerator) closeGenerator(core, inner);
    else if (inner instanceof Delegate) inner.close(core);
  }

  children(): readonly Value[] {
    return this.inner === null ? [this.awaitable, this.dflt] : [this.awaitable, this.inner, this.dflt];
  }

  private iter(core: Core): PyIterator {
    if (this.inner === null) this.inner = getAwaitable(core, this.awaitable);
    return this.inner;
  }

  /** Runs a step of the inner iterator; its StopAsyncIteration ends this one with the default. */
  private step(core: Core, run: () => Value | undefined): Value | undefined {
    try {
      return run();
    } catch (e) {
      if (core.isAnnotated(e) || !isBuiltinException(e, "StopAsyncIteration")) throw e;
      setDelegateResult(this.dflt);
      return undefined;
    }
  }
}

function stopAsync(core: Core): PyError {
  return raiseError(core, exceptionClasses.get("StopAsyncIteration")!, undefined);
}

/**
 * Attributes of the awaitables of asend/athrow/aclose/__anext__ and anext(it, default):
 * `__await__` (itself: they are their own iterators, so asyncio.ensure_future takes
 * them), `send` and `close`, as CPython's. Undefined for any other iterator.
 */
export function awaitableObjectAttr(core: Core, obj: PyIterator, name: string): Value | undefined {
  if (!(obj instanceof AsyncGenStep || obj instanceof AnextAwaitable)) return undefined;
  switch (name) {
    case "__await__": return new BuiltinFunction(name, () => obj, obj);
    case "send":
      return new BuiltinFunction(name, (_c, args) => {
        expectArgs("send", args, 1);
        const y = obj.send(core, args[0]);
        if (y === undefined) throw stopIteration(core, delegateResult);
        return y;
      }, obj);
    case "close":
      return new BuiltinFunction(name, (_c, args) => {
        expectArgs("close", args, 0);
        obj.close(core);
        return null;
      }, obj);
  }
  return undefined;
}

/** Attributes of an async generator object (no `__next__`/`send`: it is driven by awaits). */
export function asyncGenAttr(core: Core, agen: PyAsyncGenerator, name: string): Value | undefined {
  const method = (n: number, fn: (args: Value[]) => Value) => new BuiltinFunction(name, (_c, args) => {
    if (args.length > n) throw typeError(`${name}() takes at most ${n} argument${n === 1 ? "" : "s"} (${args.length} given)`);
    return fn(args);
  }, agen);
  switch (name) {
    case "__aiter__": return method(0, () => agen);
    case "__anext__": return method(0, () => asyncGenStep(core, agen, { kind: "send", value: null }));
    case "asend":
      return method(1, (args) => {
        if (args.length !== 1) throw typeError(`asend() takes exactly one argument (${args.length} given)`);
        return asyncGenStep(core, agen, { kind: "send", value: args[0] });
      });
    case "athrow":
      return method(3, (args) => {
        let exc = args[0];
        if (!(exc instanceof PyClass || exc instanceof PyInstance) || !(exc instanceof PyClass ? exc : exc.cls).exception) {
          throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(exc)}`);
        }
        if (args.length > 1 && args[1] !== null) exc = args[1] instanceof PyInstance ? args[1] : core.call(exc, [args[1]]);
        return asyncGenStep(core, agen, { kind: "throw", error: raiseError(core, exc, undefined) });
      });
    case "aclose": return method(0, () => asyncGenStep(core, agen, { kind: "close" }));
    case "__name__": return agen.name;
    case "__qualname__": return agen.qualname;
    case "ag_running": return agen.state === RUNNING;
  }
  return undefined;
}

/**
 * Attributes of a generator, coroutine or async generator object. A coroutine has a
 * generator's send/throw/close and `__await__` (itself: CPython's coroutine_wrapper
 * iterates it the same way), but is no iterator.
 */
export function generatorObjectAttr(core: Core, gen: PyGenerator, name: string): Value | undefined {
  // gi_code, gi_frame, gi_yieldfrom (cr_code, cr_frame, cr_await; ag_code...): codeObjects.ts.
  const prefix = gen instanceof PyAsyncGenerator ? "ag" : gen instanceof PyCoroutine ? "cr" : "gi";
  const own = generatorIntrospection(core, gen, prefix, name);
  if (own !== undefined) return own;
  if (gen instanceof PyAsyncGenerator) return asyncGenAttr(core, gen, name);
  if (!(gen instanceof PyCoroutine)) return generatorAttr(core, gen, name);
  switch (name) {
    case "__await__": return new BuiltinFunction(name, () => gen, gen);
    case "cr_running": return gen.state === RUNNING;
    case "__next__": case "__iter__": case "gi_running": return undefined;
  }
  return generatorAttr(core, gen, name);
}
