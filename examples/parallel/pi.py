# epython-args: --cores 16 --deterministic
# Monte Carlo estimate of pi: every core throws its own darts (its own random
# stream), and a reduction adds up the hits.
import random
from parallel import coreid, numcores, reduce

DARTS = 20000           # per core
random.seed(1000 + coreid())
hits = 0
for i in range(DARTS):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        hits += 1
total = reduce(hits, "sum")
if coreid() == 0:
    darts = DARTS * numcores()
    print(f"Using {numcores()} cores and {darts} darts")
    print(f"pi is about {4.0 * total / darts:.4f}")
