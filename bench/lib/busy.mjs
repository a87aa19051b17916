// The "one CPU kept busy" condition: a separate process spinning on one CPU while the
// measured runs happen, as another program on the user's machine would. It is
// started before and killed (by its own pid) after, including on an early exit.

import { spawn } from "node:child_process";

const SETTLE_MS = 300; // let the spinner get scheduled and reach its loop

/** Runs `fn(spinnerPid)` with the spinner running; resolves to fn's result once the spinner is gone. */
export async function withBusyCpu(fn) {
  const spinner = spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" });
  const exited = new Promise((resolve) => spinner.once("exit", resolve));
  const running = () => spinner.exitCode === null && spinner.signalCode === null;
  const killOnExit = () => {
    if (running()) spinner.kill("SIGKILL");
  };
  process.once("exit", killOnExit);
  try {
    await new Promise((resolve, reject) => {
      spinner.once("spawn", resolve);
      spinner.once("error", reject);
    });
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    if (!running()) throw new Error("bench: the busy-CPU process exited early");
    return await fn(spinner.pid);
  } finally {
    process.removeListener("exit", killOnExit);
    // Wait until it is gone, so the next measurement does not share the CPU with it.
    if (running()) {
      spinner.kill("SIGKILL");
      await exited;
    }
  }
}
