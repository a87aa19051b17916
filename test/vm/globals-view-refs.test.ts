// globals()'s dict is a copy kept in step with the module (introspection.ts
// ModuleNamespace); traceback frames (f_globals) and `globals()` make it. The collector
// refreshes its values before marking (memory.ts), so a global rebound since it was made
// no longer keeps its old value alive: `d = None` lets an unreachable generator be
// closed and an object's __del__ run, as in CPython, where globals() is the module's own
// dict. (A `with` whose __exit__ receives the traceback made the copy in passing.)
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("globals() and traceback frames keep no stale globals alive", {
  "a generator dropped after a traceback was built": `try:
    import memory
    collect = memory.gc
except ImportError:
    import gc
    collect = gc.collect
def g(tag):
    try:
        yield 1
    finally:
        print("finally", tag)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__, type(a[2]).__name__)
        return False
def h():
    with CM():
        yield 1
b = h()
next(b)
d = g("d")
next(d)
b = None
collect()
print("after gc")
d = None
collect()
print("bye")
`,
  "an object with __del__ dropped after globals() was read": `try:
    import memory
    collect = memory.gc
except ImportError:
    import gc
    collect = gc.collect
class R:
    def __del__(self):
        print("del", id(self) == id(self))
r = R()
names = sorted(k for k in globals() if not k.startswith("__") and k not in ("gc", "memory"))
print(names)
r = None
collect()
print("end")
`,
}, []);
