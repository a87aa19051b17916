# epython-args: --cores 8 --deterministic
# sync() is a barrier: no core leaves it before every core has reached it, so all
# the "before" lines come before all the "after" lines. A loop of barriers also
# prints in core order: core i prints in round i.
from parallel import coreid, numcores, sync

me = coreid()
print(f"core {me}: before the barrier")
sync()
print(f"core {me}: after the barrier")
sync()
for turn in range(numcores()):
    if turn == me:
        print(f"core {me}: my turn ({turn})")
    sync()
