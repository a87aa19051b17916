// A built-in function called with the wrong number of arguments says what CPython 3.11
// says. Most positional-only builtins check their count as argument clinic does
// ("sorted expected 1 argument, got 2", "iter expected at most 2 arguments, got 3");
// a few whose first argument may be a keyword name it ("round() missing required
// argument 'number' (pos 1)"), and the older ones keep "len() takes exactly one argument".
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const names = [
  "abs", "len", "delattr", "divmod", "format", "getattr", "hasattr", "setattr", "isinstance", "issubclass",
  "iter", "next", "sorted", "reversed", "filter", "sum", "round", "pow", "enumerate", "float", "bool", "list",
  "tuple", "set", "frozenset", "property", "memoryview",
];

describeCPythonParity("argument counts of built-in functions", {
  "no arguments and five arguments": `
for f in [${names.join(", ")}]:
    for args in [(), (1,) * 5]:
        try:
            f(*args)
        except TypeError as e:
            print(f.__name__, len(args), e)
`,
}, [
  ["sorted([2, 1], lambda x: x)", "TypeError: sorted expected 1 argument, got 2"],
  ["isinstance(1)", "TypeError: isinstance expected 2 arguments, got 1"],
  ["getattr(object())", "TypeError: getattr expected at least 2 arguments, got 1"],
  // Argument clinic's order: the count, then a missing argument, then a keyword repeating a positional one.
  ["pow(2, base=3)", "TypeError: pow() missing required argument 'exp' (pos 2)"],
  ["pow(2, 5, base=3)", "TypeError: argument for pow() given by name ('base') and position (1)"],
  ["pow(2, 3, 5, mod=1)", "TypeError: pow() takes at most 3 arguments (4 given)"],
]);

// math's one-argument functions are METH_O, the others argument clinic's; input and
// exit count as CPython's (exit is site.py's Quitter, a Python method).
const mathNames = [
  "sqrt", "exp", "log2", "log10", "sin", "atan2", "degrees", "fabs", "isnan", "floor", "ceil", "trunc",
  "copysign", "fmod", "hypot", "dist", "modf", "frexp", "ldexp", "fsum", "gcd", "factorial", "comb", "perm", "isqrt", "pow", "log",
];

describeCPythonParity("argument counts of math functions, input and exit", {
  "math with no arguments and three": `
import math
for name in ${JSON.stringify(mathNames)}:
    for args in [(), (1.0, 2.0, 3.0)]:
        try:
            getattr(math, name)(*args)
        except (TypeError, ValueError) as e:
            print(name, len(args), e)
`,
}, [
  ["import math\nprint(math.sqrt())", "TypeError: math.sqrt() takes exactly one argument (0 given)"],
  ["import math\nprint(math.pow(2))", "TypeError: pow expected 2 arguments, got 1"],
  ["name = input('Name', 'please')", "TypeError: input expected at most 1 argument, got 2"],
  ["exit(1, 2)", "TypeError: Quitter.__call__() takes from 1 to 2 positional arguments but 3 were given"],
]);
