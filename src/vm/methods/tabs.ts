// expandtabs, shared by str and bytes/bytearray (CPython's two copies follow one rule):
// a tab becomes spaces up to the next multiple of `size` columns (none when size <= 0),
// every other character is one column, and '\n' and '\r' restart the column count.
// A bytes value comes here as its latin-1 text (one character per byte), so the
// columns are bytes, as CPython counts them.

/** Length of `s.expandtabs(size)` (size > 0), computed without building it, so callers charge first. */
export function expandedLength(s: string, size: number): number {
  let n = 0;
  let col = 0;
  for (const c of s) {
    if (c === "\t") {
      n += size - (col % size);
      col += size - (col % size);
    } else {
      n += c.length;
      col = c === "\n" || c === "\r" ? 0 : col + 1;
    }
  }
  return n;
}

/** `s.expandtabs(size)`: iterates by code point, so an astral character is one column. */
export function expandTabs(s: string, size: number): string {
  let out = "";
  let col = 0;
  for (const c of s) {
    if (c === "\t") {
      if (size > 0) {
        const n = size - (col % size);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += c;
      col = c === "\n" || c === "\r" ? 0 : col + 1;
    }
  }
  return out;
}
