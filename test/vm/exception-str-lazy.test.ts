// An exception's __str__ runs only when something prints it, as in CPython: raising
// and catching an exception whose class defines __str__ never calls it (so a __str__
// reading attributes set after the raise, or printing, behaves as CPython's), an
// uncaught one's __str__ that raises prints "<exception str() failed>", and a cause
// that was never raised prints through its own __str__.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("exception messages made when printed", {
  "__str__ of a caught exception": `
class E(Exception):
    def __str__(self):
        print("__str__ called")
        return "E " + self.extra
try:
    raise E(1)
except E as e:
    print("caught")
    e.extra = "late"
    print(e)
items = []
try:
    raise ValueError(items)
except ValueError as e:
    items.append(1)
    print(e)
`,
  "a cause and group members print through their __str__": `
import traceback, sys
class Cause(Exception):
    def __str__(self): return "custom cause"
class Member(ValueError):
    def __str__(self): return f"member {self.args[0]}"
try:
    raise RuntimeError("x") from Cause()
except RuntimeError:
    print(traceback.format_exc().splitlines()[2])
try:
    raise ExceptionGroup("g", [Member(1), Member(2)])
except ExceptionGroup as eg:
    print([str(x) for x in eg.exceptions])
`,
}, [
  [`class E(Exception):
    def __str__(self): raise ValueError("no")
raise E(1)`, "E: <exception str() failed>"],
  [`class E(Exception):
    def __str__(self): return "text of " + self.who
def f():
    e = E()
    e.who = "f"
    raise e
f()`, "E: text of f"],
  [`class Cause(Exception):
    def __str__(self): return "custom cause"
raise RuntimeError("outer") from ExceptionGroup("grp", [Cause()])`, "RuntimeError: outer"],
]);
