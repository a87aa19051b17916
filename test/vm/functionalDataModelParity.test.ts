// Probe 12 (functional and data-modelling programs): library corners that differed
// from CPython 3.11 in programs written the way users write them.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("inspect generator and coroutine states", {
  getgeneratorstate: `import inspect
def g():
    yield inspect.getgeneratorstate(gen)
gen = g()
print(inspect.getgeneratorstate(gen))
print(next(gen))
print(inspect.getgeneratorstate(gen))
gen.close()
print(inspect.getgeneratorstate(gen), inspect.GEN_CLOSED)
async def co():
    return 1
c = co()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(inspect.getcoroutinestate(c))
`,
}, []);
