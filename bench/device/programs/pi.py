# CPU-bound Monte Carlo pi: DARTS darts split over the cores, one reduction at the
# end. DARTS is replaced by bench/device/run.mjs.
import random
from parallel import coreid, numcores, reduce

DARTS = 1000
mine = DARTS // numcores()
random.seed(coreid() + 1)
hits = 0
for i in range(mine):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        hits += 1
total = reduce(hits, "sum")
if coreid() == 0:
    print("%.4f" % (4.0 * total / (mine * numcores())))
