// Range slices: the narrow fast path (rangeSlice in doubles) against CPython over
// ranges near the int32 limits, negative steps and steps that overflow int32.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("range slices against CPython", { "every bound and step": `rs = [range(10), range(3, 50, 4), range(20, -7, -3), range(0), range(-5, 5), range(2**31 - 10, 2**31 - 1), range(-2**31, -2**31 + 20, 7)]
idx = [None, 0, 1, -1, 3, -4, 9, 100, -100, 2**31 - 1]
steps = [None, 1, 2, -1, -3, 5, 2**30]
out = []
for r in rs:
    for a in idx:
        for b in idx:
            for c in steps:
                s = r[a:b:c]
                out.append((s.start, s.stop, s.step, len(s), list(s)[:3]))
print(len(out), out[:40])
import hashlib
print(hashlib.md5(str(out).encode()).hexdigest())
` }, []);
