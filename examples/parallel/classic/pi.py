# epython-args: --classic --cores 16 --deterministic
# The original's pi.py: a Monte Carlo estimate of pi with random() and reduce.
import parallel
from random import random
from math import pow

darts=2000
rounds=5
mypi=0.0
i=1
while i<=rounds:
  score=0.0
  j=1
  while j<=darts:
    x=random()
    y=random()
    if pow(x,2) + pow(y,2) < 1.0: score=score+1
    j+=1
  mypi=mypi+4.0 * (score/darts)
  i+=1
mypi=reduce(mypi, "sum")
if coreid()==0:
  print "Using "+numcores()+" cores"
  print "Value of PI="+(mypi/(rounds*numcores()))
