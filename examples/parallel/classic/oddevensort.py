# epython-args: --classic --cores 8 --deterministic
# The original's parallel-odd-even-sort.py idea: each core holds 5 sorted numbers;
# in numcores() phases neighbours exchange their blocks with sendrecv(x, partner, n)
# and keep the lower or upper half. The blocks are printed in core order.
import parallel
from random import randrange

def sortlist(a, n):
  i=1
  while i < n:
    v=a[i]
    j=i-1
    while j >= 0 and a[j] > v:
      a[j+1]=a[j]
      j-=1
    a[j+1]=v
    i+=1

ln=5
x=[0]*ln
i=0
while i < ln:
  x[i]=randrange(100)
  i+=1
sortlist(x, ln)

phase=0
while phase < numcores():
  partner=coreid()-1
  if phase % 2 == coreid() % 2: partner=coreid()+1
  if partner >= 0 and partner < numcores():
    other=sendrecv(x, partner, ln)
    both=[0]*(2*ln)
    i=0
    while i < ln:
      both[i]=x[i]
      both[i+ln]=other[i]
      i+=1
    sortlist(both, 2*ln)
    i=0
    while i < ln:
      if coreid() < partner:
        x[i]=both[i]
      else:
        x[i]=both[i+ln]
      i+=1
  phase+=1

turn=0
while turn < numcores():
  if turn == coreid():
    print x[0]+" "+x[1]+" "+x[2]+" "+x[3]+" "+x[4]
  sync()
  turn+=1
