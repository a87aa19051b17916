// sys._getframe (MicroPython's misc/sys__getframe): the calling frame, or one `depth`
// calls above it, with f_code (co_name, co_qualname, co_filename, co_firstlineno),
// f_lineno, f_globals and f_back, as CPython gives them when read at once (ePython's
// are snapshots taken at the call: a later read of the current frame's f_lineno would
// still give the line of the _getframe call).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "sys._getframe",
  {
    "frames, codes, callers and errors": `import sys
def who():
    return sys._getframe(1).f_code.co_name
def outer():
    f = sys._getframe(); line = f.f_lineno
    print(f.f_code.co_name, who(), f.f_back.f_code.co_name, f.f_back.f_back)
    print(line, f.f_code.co_firstlineno, f.f_globals['__name__'], type(f).__name__, type(f.f_code).__name__)
    print(f.f_back.f_lineno, f.f_code.co_filename == f.f_back.f_code.co_filename)
    try:
        sys._getframe(50)
    except ValueError as e:
        print("ValueError", e)
outer()
print(sys._getframe().f_code.co_name, sys._getframe(0).f_back)
class C:
    def m(self):
        return sys._getframe().f_code.co_qualname
print(C().m())
def rec(n):
    return sys._getframe(n).f_code.co_name if n == 3 else rec(n + 1)
print(rec(0))
`,
  },
  [["import sys\nsys._getframe(5)", "ValueError: call stack is not deep enough"]],
);
