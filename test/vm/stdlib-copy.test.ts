import { describe, it } from "vitest";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";

describe.runIf(haveCPython)("copy and string (against CPython 3.11)", () => {
  it("copy/deepcopy of lists, dicts, sets, tuples, instances, cycles, __copy__", () => {
    expectSameAsCPython(`import copy
xs = [[1, 2], [3]]
s = copy.copy(xs); d = copy.deepcopy(xs)
xs[0].append(99)
print(s, d, s[0] is xs[0], d[0] is xs[0])
class P:
    def __init__(self, v):
        self.v = v
        self.kids = []
p = P(1); p.kids.append(P(2))
q = copy.copy(p); r = copy.deepcopy(p)
p.kids[0].v = 20
print(q.v, q.kids[0].v, r.kids[0].v, q is p, type(r).__name__)
cyc = [1]; cyc.append(cyc)
cc = copy.deepcopy(cyc); print(cc[1] is cc, cc[1] is cyc)
dd = {'a': [1], 'b': {2, 3}, 't': (1, [2])}
e = copy.deepcopy(dd); dd['a'].append(5); dd['t'][1].append(6)
print(e, copy.copy(dd) == dd, copy.deepcopy((1, 2)) == (1, 2), copy.copy(5), copy.deepcopy('s'))
class C:
    def __init__(self):
        self.n = 0
    def __copy__(self):
        r = C(); r.n = self.n + 100
        return r
print(copy.copy(C()).n)
`);
  });

  it("string constants", () => {
    expectSameAsCPython(`import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.punctuation), repr(string.whitespace), len(string.printable), string.ascii_uppercase)
`);
  });
});
