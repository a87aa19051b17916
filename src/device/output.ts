// Program output of many cores: each core's text is cut into whole lines, and each
// line is written at once with the core's prefix ("[device 3] ", "[host 0] "), so
// lines of different cores never interleave mid-line and one core's lines keep
// their order.

export class CoreOutput {
  private partial = "";
  constructor(
    private readonly prefix: string,
    private readonly sink: (line: string) => void,
  ) {}

  write(text: string): void {
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      this.sink(this.prefix + this.partial + text.slice(start, nl) + "\n");
      this.partial = "";
      start = nl + 1;
    }
    this.partial += text.slice(start);
  }

  /**
   * Emits an unterminated last line, if any: ended with a newline so that nothing
   * written later continues it, unless `open` (nothing can follow: the run's last
   * output), where it stays as the program left it, as CPython's (`print(x, end="")`).
   */
  flush(open = false): void {
    if (this.partial) {
      this.sink(this.prefix + this.partial + (open ? "" : "\n"));
      this.partial = "";
    }
  }
}

export function corePrefix(id: number, deviceCores: number): string {
  return id < deviceCores ? `[device ${id}] ` : `[host ${id - deviceCores}] `;
}
