# epython-args: --classic --cores 8 --deterministic
# A 1-D halo swap with sendrecv: each core holds 10 values plus a halo cell at each
# end, filled with its neighbours' ids (wrapping round); core 3 prints its array.
import parallel
from util import range
data=[0]*12
i=1
while i<=10:
  data[i]=coreid()
  i+=1
left=coreid()-1
if left < 0: left=numcores()-1
right=coreid()+1
if right >= numcores(): right=0
if coreid() % 2 == 0:
  data[0]=sendrecv(data[1], left)
  data[11]=sendrecv(data[10], right)
else:
  data[11]=sendrecv(data[10], right)
  data[0]=sendrecv(data[1], left)
if coreid()==3:
  for v in data:
    print v
