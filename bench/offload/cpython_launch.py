"""Launch latency from CPython, for bench/offload/run.mjs: per run, the mean time of a
blocking no-op launch on 1 core and on 16 cores, and of a bare Python<->Node pipe echo
(the floor any subprocess bridge pays per round trip), measured in the same process.

    PYTHONPATH=python python3 bench/offload/cpython_launch.py RUNS CALLS

Prints one JSON object: {"pipe": [s...], "one": [s...], "all": [s...]} (seconds per call).
"""

import json
import os
import subprocess
import sys
import time

import epython
from epython import offload

RUNS = int(sys.argv[1])
CALLS = int(sys.argv[2])


@offload
def noop():
    pass


def mean_seconds(fn, n):
    t = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t) / n


def main():
    node = os.environ.get("EPYTHON_NODE", "node")
    echo = subprocess.Popen([node, "-e", "process.stdin.on('data', (c) => process.stdout.write(c))"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
    msg = b"x" * 32

    def round_trip():
        echo.stdin.write(msg)
        got = 0
        while got < len(msg):
            got += len(echo.stdout.read(len(msg) - got))

    every = list(range(epython.numcores()))
    one = lambda: noop(target=0)  # noqa: E731
    all_cores = lambda: noop(target=every)  # noqa: E731
    for fn in (round_trip, one, all_cores):  # warm up: runtime start, compile, JIT
        mean_seconds(fn, CALLS // 4 + 1)
    out = {"pipe": [], "one": [], "all": []}
    for _ in range(RUNS):
        out["pipe"].append(mean_seconds(round_trip, CALLS))
        out["one"].append(mean_seconds(one, CALLS))
        out["all"].append(mean_seconds(all_cores, CALLS))
    echo.stdin.close()
    echo.wait()
    print(json.dumps(out))


main()
