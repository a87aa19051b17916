// Property tests run with a fixed seed so that CI is reproducible. To explore new
// cases run with FUZZ_SEED=random (or FUZZ_SEED=<number> to replay a failure).
import fc from "fast-check";

const env = process.env.FUZZ_SEED;
if (env !== "random") fc.configureGlobal({ seed: env ? Number(env) : 20261123 });
