// The live __dict__ (vm/instanceDict.ts) against CPython 3.11: obj.__dict__ is the
// instance's attribute dict itself (writes through both ways, vars(obj) is the same
// object, `obj.__dict__ = d` replaces it); C.__dict__ / vars(C) is a read-only
// mappingproxy of the class namespace.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output } from "../helpers/runSource.js";

describeCPythonParity("live __dict__", {
  "instance dict writes through, vars, mappingproxy, slots, exceptions": `class P:
    cls_attr = 5
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def m(self):
        return 1
p = P(a=1, b=2)
print(p.a, p.b, p.__dict__, vars(p) is p.__dict__)
p.__dict__['x'] = 10
print(p.x)
p.y = 3
print(p.__dict__, sorted(vars(p)))
del p.a
print(p.__dict__, hasattr(p, 'a'))
d = p.__dict__
d.clear()
print(vars(p), hasattr(p, 'b'))
p.__dict__ = {'z': 9}
print(p.z, p.__dict__)
print(type(P.__dict__).__name__, P.__dict__['cls_attr'], 'm' in P.__dict__, 'zz' in P.__dict__, P.__dict__.get('cls_attr'))
try:
    P.__dict__['q'] = 1
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in P.__dict__ if not k.startswith('__')))
print([k for k in vars(P).keys() if not k.startswith('__')])
class S:
    __slots__ = ('a',)
try:
    S().__dict__
except AttributeError as e:
    print("AttributeError:", e)
for k, v in P(u=1, w=2).__dict__.items():
    print(k, v)
q = P(); q.__dict__.setdefault('n', []).append(1); print(q.n)
e = ValueError("x"); e.extra = 1; print(e.__dict__)
`,
  "the dict outlives its reads and follows later attributes": `class A:
    pass
a = A()
d = vars(a)
a.k = 1
d["j"] = 2
print(sorted(d.items()), a.j, len(a.__dict__), a.__dict__ == {"k": 1, "j": 2})
a.__dict__.pop("k")
print(hasattr(a, "k"), list(a.__dict__))
class B(A):
    def __init__(self):
        self.__dict__["late"] = "set before use"
print(B().late)
`,
}, [
  ["class C:\n    pass\nC().__dict__ = 5", "TypeError: __dict__ must be set to a dictionary, not a 'int'"],
  ["class C:\n    pass\nC.__dict__['x'] = 1", "TypeError: 'mappingproxy' object does not support item assignment"],
  ["class C:\n    pass\nC.__dict__['x']", "KeyError: 'x'"],
]);

describe("live __dict__ memory", () => {
  it("attributes moved into a dict are counted once, and the dict is collected with the instance", () => {
    const src = `class C:
    pass
for i in range(2000):
    c = C()
    c.__dict__.update({"a": i, "b": [i] * 10})
    c.x = i
print(c.x, len(vars(c)))
`;
    expect(output(src, { localMemory: 64 * 1024, strictMemory: true })).toBe("1999 3\n");
    // The same loop keeping every instance does not fit: the dicts are charged.
    expect(() => output(src.replace("    c.x = i", "    c.x = i\n    keep.append(c)").replace("for i", "keep = []\nfor i"), { localMemory: 64 * 1024, strictMemory: true })).toThrow(/MemoryError|memory/);
  });
});
