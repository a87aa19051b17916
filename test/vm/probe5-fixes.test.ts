// Found by a probe of user programs: `assert x, obj` keeps obj as the exception's
// argument; a dataclass that reaches itself prints "..." there (CPython's
// _recursive_repr); assigning a namedtuple field is CPython's "can't set attribute".
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "assert messages, recursive dataclass reprs and namedtuple fields against CPython",
  {
    "assert keeps its message object": `for m in (42, None, "text", (1, "a"), [1, 2]):
    try:
        assert False, m
    except AssertionError as e:
        print(repr(e), e.args, str(e))
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)
`,
    "dataclasses that refer to themselves": `from dataclasses import dataclass, field
@dataclass
class N:
    nxt: object = None
n = N(); n.nxt = n
print(n)
@dataclass
class P:
    name: str
    friends: list = field(default_factory=list)
a = P("a"); b = P("b"); a.friends.append(b); b.friends.append(a)
print(a, [a, a])
`,
    "namedtuple and NamedTuple fields are read-only": `from collections import namedtuple
from typing import NamedTuple
P = namedtuple("P", "x y")
class Q(NamedTuple):
    a: int
    b: str = "z"
for o in (P(1, 2), Q(3)):
    for f in (lambda: setattr(o, o._fields[0], 5), lambda: delattr(o, o._fields[0])):
        try:
            f()
        except AttributeError as e:
            print(e)
print(P(1, 2).x, Q(3).b, Q(4, "q"), P._fields, Q._fields, P(5, 6)._replace(y=0))
`,
  },
  [["assert False, (3, 4)\n", "AssertionError: (3, 4)"]],
);
