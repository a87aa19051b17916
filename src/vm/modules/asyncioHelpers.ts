// `_asyncio`: the native helpers of the asyncio library module (asyncioSource.ts),
// the few questions ePython code cannot answer itself: is this a coroutine (function)?
// Everything else of asyncio is ePython code (its event loop included).

import { CodeFlags } from "../../bytecode/code.js";
import { expectArgs, expectPyFunctionKwargs } from "../args.js";
import { PyBoundMethod } from "../classes.js";
import { PyCoroutine } from "../generators.js";
import { PyFunction, PyModule, type CoreApi, type Value } from "../values.js";
import { def } from "./util.js";

/** `async def` function (or a bound method of one): CPython's inspect.iscoroutinefunction. */
function isCoroutineFunction(v: Value): boolean {
  const fn = v instanceof PyBoundMethod ? v.fn : v;
  return fn instanceof PyFunction && (fn.code.flags & CodeFlags.COROUTINE) !== 0;
}

export function createAsyncioHelpers(_core: CoreApi): PyModule {
  const mod = new PyModule("_asyncio");
  def(mod, "iscoroutinefunction", (_c, args, kwargs) => {
    expectPyFunctionKwargs("iscoroutinefunction", kwargs);
    expectArgs("iscoroutinefunction", args, 1);
    return isCoroutineFunction(args[0]);
  });
  def(mod, "iscoroutine", (_c, args, kwargs) => {
    expectPyFunctionKwargs("iscoroutine", kwargs);
    expectArgs("iscoroutine", args, 1);
    return args[0] instanceof PyCoroutine;
  });
  return mod;
}
