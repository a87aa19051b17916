# epython-args: --cores 8 --deterministic
# A halo swap: each core owns a slice of a 1-D array with one extra cell at each
# end, and fills those cells with its neighbours' edge values using sendrecv (an
# exchange both cores call; it never deadlocks, however the cores are scheduled).
# Core 0 and the last core have only one neighbour.
from parallel import coreid, numcores, sendrecv

me = coreid()
n = numcores()
LOCAL = 4
data = [-1] + [me * 10 + i for i in range(LOCAL)] + [-1]
if me > 0:
    data[0] = sendrecv(data[1], me - 1)
if me < n - 1:
    data[LOCAL + 1] = sendrecv(data[LOCAL], me + 1)
print(f"core {me}: {data}")
