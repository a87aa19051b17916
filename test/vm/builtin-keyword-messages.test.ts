// A keyword a builtin does not take is refused in CPython 3.11's words: getargs.c's
// "'foo' is an invalid keyword argument for print()" for the C builtins that take some
// keywords, "list.append() takes no keyword arguments" for those taking none, and the
// Python-function form only for library functions CPython writes in Python.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const refusals = `
import math, itertools, copy, string
def t(f):
    try:
        f()
    except TypeError as e:
        print(e)
t(lambda: print("a", foo=1))
t(lambda: sorted([2, 1], foo=1))
t(lambda: max([1], foo=1))
t(lambda: sum([1], foo=1))
t(lambda: int("1", foo=1))
t(lambda: round(1.5, foo=1))
t(lambda: enumerate([], foo=1))
t(lambda: [].append(x=1))
t(lambda: [].sort(foo=1))
t(lambda: "a".split(foo=1))
t(lambda: "a".strip(chars="a"))
t(lambda: "a".upper(x=1))
t(lambda: "a".format_map(m={}))
t(lambda: {}.get(key=1))
t(lambda: set().add(x=1))
t(lambda: frozenset().union(x=1))
t(lambda: isinstance(1, int, foo=1))
t(lambda: math.sqrt(x=1))
t(lambda: math.factorial(n=1))
t(lambda: math.isclose(1, 2, foo=1))
t(lambda: math.prod([], foo=1))
t(lambda: itertools.chain.from_iterable([], foo=1))
t(lambda: itertools.count(foo=1))
t(lambda: itertools.zip_longest([], foo=1))
t(lambda: float.fromhex("0", foo=1))
t(lambda: bytes.fromhex("00", foo=1))
t(lambda: copy.deepcopy(1, foo=1))
t(lambda: string.capwords("a", foo=1))
t(lambda: exit(foo=1))
`;

describeCPythonParity("keywords a builtin does not take", { refusals }, [
  ['print("total:", 3, step=1)', "TypeError: 'step' is an invalid keyword argument for print()"],
  ["xs = []\nxs.append(item=3)", "TypeError: list.append() takes no keyword arguments"],
  ['"a b".split(" ", max=1)', "TypeError: 'max' is an invalid keyword argument for split()"],
]);
