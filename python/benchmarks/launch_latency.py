"""CPython-side offload figures: launch latency of a no-op kernel on 1 and 16 cores
(blocking: one request/reply round trip through the runtime process), and the time
of host<->device copies of device-resident data.

    PYTHONPATH=python python3 python/benchmarks/launch_latency.py [repeats]

For scale it also measures a bare Python<->Node pipe echo: the floor any
subprocess bridge pays per round trip on this machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import Callable, List

import epython
from epython import copy_from_device, copy_to_device, define_on_device, offload

REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else 2000


@offload
def noop() -> None:
    pass


def per_call_us(fn: Callable[[], object], n: int) -> float:
    fn()  # warm up (the first launch starts the runtime and compiles)
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - t) / n * 1e6)
    return best


def pipe_echo_us(n: int) -> float:
    node = os.environ.get("EPYTHON_NODE", "node")
    p = subprocess.Popen([node, "-e", "process.stdin.on('data', (c) => process.stdout.write(c))"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
    assert p.stdin is not None and p.stdout is not None
    msg = b"x" * 32
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        for _ in range(n):
            p.stdin.write(msg)
            got = 0
            while got < len(msg):
                got += len(p.stdout.read(len(msg) - got))
        best = min(best, (time.perf_counter() - t) / n * 1e6)
    p.stdin.close()
    p.wait()
    return best


def main() -> None:
    rows: List[str] = []
    rows.append(f"pipe echo Python<->Node (floor): {pipe_echo_us(REPEATS):.0f} us")
    rows.append(f"blocking no-op launch, 1 core:  {per_call_us(lambda: noop(target=0), REPEATS):.0f} us")
    every = list(range(epython.numcores()))
    rows.append(f"blocking no-op launch, {len(every)} cores: {per_call_us(lambda: noop(target=every), REPEATS):.0f} us")
    for n in (1_000, 100_000):
        data = [1.5] * n
        define_on_device("bench_data", data)
        t = time.perf_counter()
        copy_to_device("bench_data", data)
        to_s = time.perf_counter() - t
        t = time.perf_counter()
        copy_from_device("bench_data")
        from_s = time.perf_counter() - t
        mb = n * 8 * epython.numcores() / 1e6  # float64 values sent to every core
        rows.append(f"copy_to_device {n} floats to every core: {to_s * 1e3:.1f} ms ({mb / to_s:.0f} MB/s of host data); "
                    f"copy_from_device: {from_s * 1e3:.1f} ms")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
