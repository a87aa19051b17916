// warnings (library module, src/vm/modules/warningsSource.ts; caller's line warningsNative.ts) against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("warnings", {
  "warn once per location, filters, catch_warnings, showwarning (stderr captured, source lines left out)": `import io, sys
_err = io.StringIO()
_real = sys.stderr
sys.stderr = _err
import warnings

def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)

def f(i):
    warnings.warn("careful " + str(i % 2))

for i in range(3):
    f(i)
warnings.warn("top level")
warnings.warn(RuntimeWarning("instance"))
old()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    f(0)
    f(0)
    old()
    warnings.warn("x", SyntaxWarning)
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log], [w.lineno for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f(1)
    except UserWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="care")
    f(1)
    warnings.warn("not ignored")
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.warn("ignored")
    warnings.warn("shown", FutureWarning)
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("just once")
    f(i)
warnings.resetwarnings()
warnings.warn("after reset")
try:
    warnings.warn("bad", 3)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print(e)
print(warnings.formatwarning("m", UserWarning, "f.py", 3))
def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
warnings.showwarning = show
warnings.warn("via custom")

sys.stderr = _real
print([line.split(":", 1)[1] for line in _err.getvalue().splitlines() if not line.startswith("  ")])
`,
}, [
  ["import warnings\nwarnings.simplefilter('error')\nwarnings.warn('stop here')", "UserWarning: stop here"],
  ["import warnings\nwarnings.warn('x', str)", "TypeError: category must be a Warning subclass, not 'type'"],
]);
