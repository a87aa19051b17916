# epython-args: --cores 16 --deterministic
# Parallel merge sort: core 0 draws the numbers and hands halves down a binary tree
# of cores; every core sorts its part; the sorted parts are merged back up the tree.
import random
from parallel import coreid, numcores, send, recv

N = 128
me = coreid()
cores = numcores()


def merge(a, b):
    out = []
    i = 0
    j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + a[i:] + b[j:]


data = []
if me == 0:
    random.seed(7)
    data = [random.randrange(1000) for i in range(N)]

# Scatter down the tree: a core at the start of a span keeps the first half.
span = cores
while span > 1:
    half = span // 2
    if me % span == 0:
        send(data[len(data) // 2:], me + half)
        data = data[:len(data) // 2]
    elif me % span == half:
        data = recv(me - half)
    span = half

data = sorted(data)

# Merge back up: the partner half a span away sends its sorted part.
span = 2
while span <= cores:
    if me % span == 0:
        data = merge(data, recv(me + span // 2))
    elif me % span == span // 2:
        send(data, me - span // 2)
    span *= 2

if me == 0:
    ok = all(data[i] <= data[i + 1] for i in range(len(data) - 1))
    print(f"{len(data)} numbers sorted: {ok}")
    print(data[:16])
    print(data[-16:])
