# epython-args: --classic --cores 16 --deterministic
# The original's broadcast.py: core 0 draws a random number, every core prints it.
import parallel
from random import randrange
a=bcast(randrange(100), 0)
print "The random number is "+a
