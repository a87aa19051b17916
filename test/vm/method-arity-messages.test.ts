// A built-in type's method called with the wrong number of arguments says what
// CPython 3.11 says, which depends on the method's calling convention: one argument
// or none name the type ("list.append() takes exactly one argument (0 given)"), other
// positional-only counts are argument clinic's ("pop expected at most 1 argument, got 2").
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const calls = [
  "[].append()", "[].append(1, 2)", "[].pop(1, 2)", "[].insert(1)", "[].index()", "[].count()",
  "[].remove()", "[].extend()", "[].clear(1)", "[].reverse(1)", "[].copy(1)", "(1,).count()", "(1,).index()",
  "{}.get()", "{}.keys(1)", "{}.pop()", "{}.setdefault()", "{}.update(1, 2)", "{}.items(1)", "{}.popitem(1)",
  "set().add()", "set().remove()", "set().discard()", "frozenset().copy(1)", "set().pop(1)",
  "'a'.replace('a')", "'a'.center()", "'a'.strip(1, 2)", "'a'.rjust()", "'a'.split(1, 2, 3)", "'a'.upper(1)",
];

describeCPythonParity("argument counts of built-in methods", {
  "each wrong call's TypeError": `
def attempt(call, fn):
    try:
        fn()
    except TypeError as e:
        print(call, '->', e)
${calls.map((c) => `attempt(${JSON.stringify(c)}, lambda: ${c})`).join("\n")}
`,
}, []);
