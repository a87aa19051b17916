// POSIX path arithmetic for the compiler driver, in plain TypeScript: the compiler
// runs in a browser too, where `node:path` does not exist. Same results as Node's
// `path.posix.dirname` / `path.posix.join` (the driver only needs these two).

/** The directory part of `path` (`"."` when it has none), as Node's posix dirname. */
export function dirname(path: string): string {
  if (path === "") return ".";
  const rooted = path[0] === "/";
  // The last slash that follows a non-slash character (trailing slashes do not count).
  let end = -1;
  let sawName = false;
  for (let i = path.length - 1; i >= 1; i--) {
    if (path[i] === "/") {
      if (sawName) {
        end = i;
        break;
      }
    } else sawName = true;
  }
  if (end === -1) return rooted ? "/" : ".";
  if (rooted && end === 1) return "//";
  return path.slice(0, end);
}

/** Joins path segments with `/` and normalises the result (`.`, `..`, repeated `/`). */
export function join(...parts: string[]): string {
  const joined = parts.filter((p) => p !== "").join("/");
  return joined === "" ? "." : normalize(joined);
}

/** Resolves `.` and `..` segments and collapses slashes; keeps a trailing slash. */
export function normalize(path: string): string {
  if (path === "") return ".";
  const rooted = path.startsWith("/");
  const trailing = path.endsWith("/");
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
    } else out.push(seg);
  }
  let result = out.join("/");
  if (rooted) result = "/" + result;
  else if (result === "") result = ".";
  if (trailing && result !== "/") result += "/";
  return result;
}
