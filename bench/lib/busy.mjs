// The "one CPU kept busy" condition: a separate process spinning on one CPU while the
// measured runs happen, as another program on the user's machine would. It is
// started before and killed (by its own pid) after, including on an early exit.

import { spawn } from "node:child_process";

const SETTLE_MS = 300; // let the spinner get scheduled and reach its loop

export async function withBusyCpu(fn) {
  const spinner = spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" });
  const kill = () => {
    if (spinner.exitCode === null && spinner.signalCode === null) spinner.kill("SIGKILL");
  };
  process.once("exit", kill);
  try {
    await new Promise((resolve, reject) => {
      spinner.once("spawn", resolve);
      spinner.once("error", reject);
    });
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    if (spinner.exitCode !== null) throw new Error("bench: the busy-CPU process exited early");
    return fn();
  } finally {
    kill();
    process.removeListener("exit", kill);
  }
}
