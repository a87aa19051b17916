# epython-args: --cores 16 --deterministic
# bcast: the root's value arrives on every core (the argument of the other cores is
# ignored). Here core 0 draws a random number and every core prints it.
import random
from parallel import coreid, bcast

random.seed(42)
value = bcast(random.randrange(100) if coreid() == 0 else None, 0)
print(f"The number is {value}")
words = bcast(["lists", "and", "strings", "too"] if coreid() == 3 else None, 3)
if coreid() == 15:
    print(" ".join(words))
