# epython-args: --cores 16 --deterministic
# The smallest parallel ePython program: every core runs the same code, and
# coreid()/numcores() tell the cores apart. Each line a core prints carries its
# prefix, "[device N] " (run with --no-prefix for bare lines).
from parallel import coreid, numcores

print(f"Hello from core {coreid()} of {numcores()}")
