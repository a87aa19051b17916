# epython-args: --cores 16 --deterministic
# Every core runs the same program; coreid() and numcores() tell them apart.
from parallel import coreid, numcores, isdevice

kind = "device" if isdevice() else "host"
print(f"Hello from {kind} core {coreid()} of {numcores()}")
