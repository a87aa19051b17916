// Property tests run with a fixed seed so that CI is reproducible. To explore new
// cases run with FUZZ_SEED=random (or FUZZ_SEED=<number> to replay a failure).
import fc from "fast-check";
import { beforeEach } from "vitest";

const env = process.env.FUZZ_SEED;
if (env !== "random") fc.configureGlobal({ seed: env ? Number(env) : 20261123 });

// The CLI colours its diagnostics when it believes a terminal or a CI log is watching
// (picocolors turns colour on whenever `CI` is set). Tests compare plain text, and every
// child process they spawn inherits this environment.
process.env.NO_COLOR = "1";
process.env.FORCE_COLOR = "0";

// Many tests are synchronous (spawnSync of the CLI or a compiled program). Vitest awaits
// a synchronous test without reaching the event loop's poll phase, so a file of such
// tests can keep its worker from reading vitest's RPC replies for minutes; the reply's
// 60 s timer then fails the whole run ("Timeout calling onTaskUpdate"). One turn of the
// event loop before each test keeps every gap to a single test's duration.
beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
