// weakref (modules/weakrefSource.ts on weakrefNative.ts's cells): a weak reference
// clears when the collector finds its target unreachable, which a `del`, a rebinding,
// a return or output triggers while references are registered (as for __del__), so
// programs observe CPython's reference-counting order: `del a; r()` is None and the
// callback has run. The containers (WeakValueDictionary caches, WeakSet listeners,
// WeakKeyDictionary), finalize, WeakMethod and proxy follow CPython's Lib/weakref.py.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("weakref", {
  "refs, callbacks and the containers": `import weakref, gc

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self._parent = None
    @property
    def parent(self):
        return None if self._parent is None else self._parent()
    @parent.setter
    def parent(self, p):
        self._parent = weakref.ref(p)
    def add(self, c):
        c.parent = self
        self.children.append(c)
    def __repr__(self):
        return f"Node({self.name!r})"

root = Node("root")
kid = Node("kid")
root.add(kid)
print(kid.parent)
del root
gc.collect()
print(kid.parent)

def on_gone(r):
    print("callback: object gone", type(r).__name__)

class Thing: pass
t = Thing()
r = weakref.ref(t, on_gone)
print(r() is t, weakref.getweakrefcount(t))
t = None
print("after", r())

# cache
class Image:
    def __init__(self, name): self.name = name
cache = weakref.WeakValueDictionary()
def load(name):
    img = cache.get(name)
    if img is None:
        print("loading", name)
        img = Image(name)
        cache[name] = img
    return img
a = load("a"); b = load("a"); print(a is b, len(cache), "a" in cache)
del a, b
print(len(cache), "a" in cache, sorted(cache.keys()))

ws = weakref.WeakSet()
objs = [Thing() for _ in range(3)]
for o in objs: ws.add(o)
print(len(ws))
objs.pop()
print(len(ws))
objs.clear()
print(len(ws), [type(x).__name__ for x in ws])

wk = weakref.WeakKeyDictionary()
k1 = Thing(); k2 = Thing()
wk[k1] = 1; wk[k2] = 2
print(sorted(wk.values()))
del k1
print(sorted(wk.values()), len(wk))

class Res:
    pass
res = Res()
f = weakref.finalize(res, print, "finalizing res")
print(f.alive)
del res
print(f.alive)

class Btn:
    def click(self): return "clicked"
btn = Btn()
wm = weakref.WeakMethod(btn.click)
print(wm()())
del btn
print(wm())

p = weakref.proxy(kid)
print(p.name, p.children)
try:
    weakref.ref(5)
except TypeError as e:
    print(e)
try:
    weakref.ref([1, 2])
except TypeError as e:
    print(e)
x = Thing()
px = weakref.proxy(x)
del x
try:
    px.foo
except ReferenceError as e:
    print("ReferenceError:", e)
def fn(): pass
r1 = weakref.ref(fn); r2 = weakref.ref(fn)
print(r1 == r2, hash(r1) == hash(fn))
print(type(r1), weakref.ref)
`,
  "observers, functions returning, __del__ before the callback": `import weakref
class Obs:
    def __init__(self): self.listeners = weakref.WeakSet()
    def sub(self, l): self.listeners.add(l)
    def fire(self, v):
        for l in list(self.listeners): l.notify(v)
class L:
    def __init__(self, n): self.n = n
    def notify(self, v): print(self.n, "got", v)
o = Obs()
l1, l2 = L(1), L(2)
o.sub(l1); o.sub(l2)
o.fire("x") if False else None
for l in sorted(o.listeners, key=lambda l: l.n): l.notify("x")
del l1
for l in sorted(o.listeners, key=lambda l: l.n): l.notify("y")
def make():
    tmp = L(9)
    o.sub(tmp)
    return len(o.listeners)
print(make(), len(o.listeners))
class Big:
    def __del__(self): print("del Big")
b = Big()
r = weakref.ref(b, lambda r: print("cb"))
del b
print("end", r())
`,
  "a ref dropped first never calls back; __callback__, getweakrefs": `import weakref
class A: pass
def bad(r):
    print("callback", r() is None)
a = A()
r = weakref.ref(a, lambda r: print("never"))
del r
del a
b = A()
rb = weakref.ref(b, bad)
b = None
print("after", rb(), rb.__callback__)
c = A()
rc = weakref.ref(c, bad)
print(rc.__callback__ is bad, weakref.getweakrefcount(c), weakref.getweakrefs(c) == [rc])
`,
}, [
  ["import weakref\nweakref.ref(3)", "TypeError: cannot create weak reference to 'int' object"],
  ["import weakref\nweakref.ref('s')", "TypeError: cannot create weak reference to 'str' object"],
  ["import weakref\nclass A: pass\na = A()\np = weakref.proxy(a)\ndel a\np.x", "ReferenceError: weakly-referenced object no longer exists"],
  ["import weakref\nclass A: pass\na = A()\nr = weakref.ref(a)\ndel a\nhash(r)", "TypeError: weak object has gone away"],
  ["import weakref\nweakref.WeakMethod(len)", "TypeError: argument should be a bound method, not <class 'builtin_function_or_method'>"],
]);

describeCPythonParity("weakref copying", {
  "copy and deepcopy keep a weak reference itself": `import weakref, copy
class A: pass
a = A()
r = weakref.ref(a)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r])[0] is r)
wk = weakref.WeakKeyDictionary({a: [1, 2]})
c = copy.deepcopy(wk)
print(c[a], c[a] is wk[a])
`,
}, []);
