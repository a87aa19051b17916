"""A NumPy array far larger than the device, walked in place by a kernel on 16 cores
of 32 KB, from CPython, for bench/offload/run.mjs. The array is an ordinary NumPy
array the program made (so the bridge places it in shared memory for the call and
copies it back). Per run and prefetch depth: wall time, bytes moved host->core and
the largest simulated stall of a core.

    PYTHONPATH=python python3 bench/offload/cpython_stream.py RUNS ELEMENTS

Prints one JSON object: {"0": {"wall": [...], "moved": n, "stall": s}, "8": {...}}.
"""

import json
import sys
import time

import numpy as np

import epython
from epython import coreid, numcores, offload

RUNS = int(sys.argv[1])
N = int(sys.argv[2])


@offload
def walk(a):
    n = len(a) // numcores()
    s = 0.0
    for i in range(coreid() * n, (coreid() + 1) * n):
        s += a[i]
    return s


def counters():
    rows = epython.stats() or [{"refFromHost": 0, "refStallNs": 0}] * numcores()
    return sum(r["refFromHost"] for r in rows), [r["refStallNs"] for r in rows]


def main():
    a = np.ones(N, dtype=np.float32)
    out = {"0": {"wall": []}, "8": {"wall": []}}
    for _ in range(RUNS):
        for depth in (0, 8):
            moved0, stall0 = counters()
            t = time.perf_counter()
            sums = walk(a, prefetch=depth)
            out[str(depth)]["wall"].append(time.perf_counter() - t)
            if sum(sums) != N:
                raise SystemExit(f"wrong sum {sum(sums)}")
            moved1, stall1 = counters()
            out[str(depth)]["moved"] = moved1 - moved0
            out[str(depth)]["stall"] = max(b - a for a, b in zip(stall0, stall1)) / 1e9
    print(json.dumps(out))


main()
