# epython-args: --cores 8 --deterministic
# Parallel odd-even transposition sort: each core holds a sorted block; in each of
# numcores() phases, neighbouring cores exchange their blocks (sendrecv) and the
# left one keeps the smaller half, the right one the larger half.
import random
from parallel import coreid, numcores, sendrecv, gather

K = 6
me = coreid()
cores = numcores()
random.seed(100 + me)
block = sorted([random.randrange(100) for i in range(K)])

for phase in range(cores):
    if phase % 2 == me % 2:
        partner = me + 1
    else:
        partner = me - 1
    if 0 <= partner < cores:
        both = sorted(block + sendrecv(block, partner))
        block = both[:K] if me < partner else both[K:]

blocks = gather(block, 0)
if me == 0:
    flat = [x for b in blocks for x in b]
    print(f"sorted: {flat == sorted(flat)}")
    for i in range(cores):
        print(f"core {i}: {blocks[i]}")
