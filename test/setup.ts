// Property tests run with a fixed seed so that CI is reproducible. To explore new
// cases run with FUZZ_SEED=random (or FUZZ_SEED=<number> to replay a failure).
import fc from "fast-check";

const env = process.env.FUZZ_SEED;
if (env !== "random") fc.configureGlobal({ seed: env ? Number(env) : 20261123 });

// The CLI colours its diagnostics when it believes a terminal or a CI log is watching
// (picocolors turns colour on whenever `CI` is set). Tests compare plain text, and every
// child process they spawn inherits this environment.
process.env.NO_COLOR = "1";
process.env.FORCE_COLOR = "0";
