// Native inference from source, for the tests of infer.ts and its helpers: `infer` runs
// the analysis stage and inference; `rejects` expects the native compiler (inference or
// the C back end) to refuse the program and returns its diagnostic.
import { analyze, assertValid } from "../../src/compiler/analyze.js";
import { inferProgram, NativeError, type Program } from "../../src/compiler/infer.js";
import { emitC } from "../../src/native/emitC.js";
import { parse } from "../../src/lang/index.js";

export const infer = (src: string): Program => inferProgram(assertValid(analyze(parse(src, "t.py", { dialect: "python3" }))));

export function rejects(src: string): NativeError {
  try {
    emitC(infer(src));
  } catch (e) {
    if (e instanceof NativeError) return e;
    throw e;
  }
  throw new Error("accepted");
}
