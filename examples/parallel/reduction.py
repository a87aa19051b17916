# epython-args: --cores 16 --deterministic
# reduce(value, op) combines one value from every core with "sum", "min", "max" or
# "prod"; every core gets the result (as in the original, an allreduce). The fold
# runs in core-id order, so float results are the same on every run.
from parallel import coreid, numcores, reduce

me = coreid()
total = reduce(me, "sum")
biggest = reduce((me * 7) % 16, "max")
smallest = reduce(me - 3, "min")
product = reduce(1 + me % 2, "prod")
mean = reduce(float(me), "sum") / numcores()
vector = reduce([me, 1, me * me], "sum")      # lists reduce element-wise
if me == 0:
    print(f"sum={total} max={biggest} min={smallest} prod={product} mean={mean}")
    print(f"element-wise sum: {vector}")
if me == numcores() - 1:
    print(f"core {me} got the same sum: {total}")
