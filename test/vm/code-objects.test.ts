// `f.__code__` and a generator's gi_code / gi_frame / gi_yieldfrom / gi_running (a
// coroutine's cr_*), compared with CPython 3.11 (codeObjects.ts).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("code objects and generator frames", {
  "function code": `def fn(a, b, /, c, *d, e=1, **k):
    z = 3
    def inner(): return z
    return inner
co = fn.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames, co.co_nlocals, co.co_flags, co.co_cellvars, co.co_freevars)
ic = fn(1, 2, 3).__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_flags, ic.co_varnames)
print(type(co).__name__, repr(type(co)), fn.__code__ is fn.__code__, type(co.co_filename).__name__, co.co_firstlineno)
class K:
    def m(self, q):
        for i in range(3): pass
        try:
            pass
        except Exception as e:
            pass
print(K.m.__code__.co_varnames, K.m.__code__.co_qualname, K().m.__code__.co_name)
lam = lambda x, y=2: x
print(lam.__code__.co_name, lam.__code__.co_argcount, lam.__code__.co_varnames)
`,
  "generator attributes": `def gen():
    x = yield 1
    yield 2
g = gen()
print(g.gi_code.co_name, g.gi_running, g.gi_frame is not None, g.gi_yieldfrom, g.gi_frame.f_lineno, g.gi_suspended)
next(g)
print(g.gi_suspended, "gi_suspended" in dir(g), "__code__" in dir(gen))
print(g.gi_frame.f_lineno, g.gi_running, g.gi_frame.f_code is gen.__code__, g.gi_code is gen.__code__)
next(g)
print(g.gi_frame.f_lineno, gen.__code__.co_flags, gen.__code__.co_varnames)
for _ in g: pass
print(g.gi_frame, g.gi_running, g.gi_yieldfrom)
def outer():
    yield from gen()
og = outer(); next(og)
print(type(og.gi_yieldfrom).__name__, og.gi_yieldfrom.gi_frame.f_lineno, og.gi_frame.f_lineno)
def over_list():
    yield from [1, 2, 3]
ol = over_list(); next(ol)
print(type(ol.gi_yieldfrom).__name__)
def selfrun():
    yield sg.gi_running
sg = selfrun()
print(next(sg))
def loop():
    out = []
    for i in range(50):
        h = gen()
        next(h)
        out.append(h.gi_frame.f_lineno)
    return out[-1]
print(loop())
async def co1(): return 1
c = co1()
print(c.cr_code.co_name, c.cr_frame.f_lineno, c.cr_await, c.cr_running, co1.__code__.co_flags)
c.close()
print(c.cr_frame)
`,
}, [
  ["def f(): pass\nf.__code__.nope", "AttributeError: 'code' object has no attribute 'nope'"],
  ["def g(): yield\ng().qqqqqqqqqqqq", "AttributeError: 'generator' object has no attribute 'qqqqqqqqqqqq'"],
]);
