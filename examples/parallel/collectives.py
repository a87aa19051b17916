# epython-args: --cores 5 --deterministic
# gather, scatter and allgather (beyond the original, named like MPI's):
#   gather(data, root)  the root gets a list of every core's data, others get None
#   scatter(data, root) the root passes a list of numcores() items; core i gets item i
#   allgather(data)     every core gets the list
from parallel import coreid, numcores, gather, scatter, allgather

me = coreid()
squares = gather(me * me, 0)
if me == 0:
    print(f"gathered on core 0: {squares}")
work = scatter([f"job-{i}" for i in range(numcores())] if me == 2 else None, 2)
print(f"core {me} got {work}")
everyone = allgather(me % 2 == 0)
if me == numcores() - 1:
    print(f"allgather: {everyone}")
