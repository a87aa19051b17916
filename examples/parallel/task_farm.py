# epython-args: --cores 6 --deterministic
# A task farm (the original's taskfarm module): core 0 hands function calls to the
# other cores and collects their results. Functions travel by reference, arguments
# and results may be numbers or lists.
from parallel import coreid, numcores
from taskfarm import initTaskFarm, execFunction, waitFunctionFinish, worker, shutdownTaskFarm


def count_primes(lo, hi):
    n = 0
    for k in range(max(lo, 2), hi):
        d = 2
        while d * d <= k and k % d != 0:
            d += 1
        if d * d > k:
            n += 1
    return n


def squares(values):
    return [v * v for v in values]


initTaskFarm(0)
if coreid() == 0:
    workers = numcores() - 1
    chunk = 1000
    total = 0
    # One round of tasks per worker, twice over.
    for rnd in range(2):
        for w in range(1, workers + 1):
            lo = (rnd * workers + w - 1) * chunk
            execFunction(w, count_primes, lo, lo + chunk)
        for w in range(1, workers + 1):
            total += waitFunctionFinish(w)
    print(f"primes below {2 * workers * chunk}: {total}")
    execFunction(1, squares, [1, 2, 3, 4])
    print(f"squares on core 1: {waitFunctionFinish(1)}")
    shutdownTaskFarm()
else:
    worker()
