// CPython's _Py_Mangle: the rule for private names, shared by the compiler (which
// rewrites identifiers in class bodies, compiler/mangling.ts) and the VM (which
// mangles `__slots__` entries when it makes a class, as CPython's type() does).

/**
 * `name` as a class named `className` sees it: `__spam` (two leading underscores,
 * not ending in two, no dot) becomes `_className__spam` with the class name's
 * leading underscores stripped; a class whose name is all underscores mangles nothing.
 */
export function mangle(className: string, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const owner = className.replace(/^_+/, "");
  return owner === "" ? name : `_${owner}${name}`;
}
