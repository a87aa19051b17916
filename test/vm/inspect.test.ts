// inspect (modules/inspectSource.ts): signatures from code objects as CPython prints
// them, bind/bind_partial, the predicates, getmembers, getdoc/cleandoc, getfullargspec,
// currentframe/stack. And two lookups that took a value of None for a missing one:
// dict.get of a key bound to None, and `from m import X` of a module global bound to None.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("inspect", {
  "signatures, binding, predicates": `import inspect
from typing import List, Optional
import functools

def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool:
    """Do things.

        Indented more.
    Back.
    """
sig = inspect.signature(f)
print(sig)
print(repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation)
print(inspect.getdoc(f))
def g(x, y=1, *, z: Optional[int] = None) -> List[int]: pass
print(inspect.signature(g))
b = inspect.signature(g).bind(1, z=3)
print(b, b.args, b.kwargs)
b.apply_defaults()
print(b.arguments)
try:
    inspect.signature(g).bind()
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(g).bind(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
class Point:
    def __init__(self, x: float, y: float = 0.0): self.x = x
    def move(self, dx, dy=0): pass
    def __call__(self, k): pass
print(inspect.signature(Point), inspect.signature(Point(1).move), inspect.signature(Point(1)))
print(inspect.signature(lambda a, *b, **c: 0))
print(inspect.signature(functools.partial(g, 5)))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
def h(p, q=3): pass
print(inspect.signature(h))
print(inspect.isfunction(f), inspect.isclass(Point), inspect.ismethod(Point(1).move), inspect.isbuiltin(len))
def gen(): yield 1
async def co(): pass
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isgenerator(gen()))
print([n for n, v in inspect.getmembers(Point, inspect.isfunction)])
print(inspect.getfullargspec(f))
print(inspect.currentframe().f_code.co_name)
def who(): return inspect.stack()[1].function
def caller(): return who()
print(caller())
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
print(inspect.isabstract(Base), inspect.isabstract(Point))
print(inspect.Parameter("n", inspect.Parameter.KEYWORD_ONLY, default=4))
print(inspect.cleandoc("  a\\n    b\\n  c"))
`,
}, [
  ["import inspect\ninspect.signature(3)", "TypeError: 3 is not a callable object"],
  ["import inspect\ndef f(a, /, b): pass\ninspect.signature(f).bind(a=1, b=2)", "TypeError: 'a' parameter is positional only, but was passed as a keyword"],
  ["import inspect\ndef f(a): pass\ninspect.signature(f).bind(1, c=2)", "TypeError: got an unexpected keyword argument 'c'"],
]);

describeCPythonParity("a value of None is found, not taken for missing", {
  "dict.get": `d = {"z": None}
print(d.get("z", 5), d.get("y", 5))
def f(k):
    return k.get("z", 5)
for _ in range(3):
    print(f(d))
def g(x, *, z=None): pass
print(g.__kwdefaults__.get("z", "missing"))
`,
  "from the module import a name bound to None": `X = None
from __main__ import X
print(X)
`,
}, []);
