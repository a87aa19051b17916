# Data larger than the whole device: 16 cores of 32 KB each (512 KB in all) walk a
# float32 array of 50 million elements (200 MB) that the CPython host holds, in
# place. The array is allocated in host memory (memkind.Host: no copy); each core
# streams its slice through its small cache, doubling every element. The second
# pass asks for prefetch: lines are fetched ahead by the cores' DMA engines, so the
# simulated stall time drops. Figures go to stderr; stdout is the same for any size.
#   python3 stream_numpy.py [elements]
import sys
import time

import numpy as np

import epython
from epython import coreid, memkind, numcores, offload, types

N = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000_000


@offload
def scale_slice(a, n, factor):
    per = n // numcores()
    start = coreid() * per
    end = n if coreid() == numcores() - 1 else start + per
    total = 0.0
    i = start
    while i < end:
        x = a[i] * factor
        a[i] = x
        total += x
        i += 1
    return total


def stall_ns():
    return sum(row["refStallNs"] for row in epython.stats())


a = memkind.Host(types.float, N)
view = a.numpy()
view[:] = 1.0
device_bytes = numcores() * 32 * 1024
print("array larger than the device's memory:", N * 4 > device_bytes)

stalls = []
for prefetch, expected in ((0, 2.0), (8, 4.0)):
    before = stall_ns()
    started = time.perf_counter()
    sums = scale_slice(a, N, 2.0, prefetch=prefetch)
    wall = time.perf_counter() - started
    stalls.append(stall_ns() - before)
    print(f"prefetch {prefetch}: every element is {expected}:", bool((view == expected).all()),
          "| per-core sums add up:", sum(sums) == expected * N)
    print(f"prefetch {prefetch}: {N} elements ({N * 4 / 1e6:.0f} MB) in {wall:.2f} s wall, "
          f"simulated stall {stalls[-1] / 1e6:.1f} ms", file=sys.stderr)
print("prefetch lowers the simulated stall time:", stalls[1] < stalls[0])
