# epython-args: --classic --cores 16 --deterministic
# The original's jacobi.py (tutorial 3): Jacobi iteration for Laplace's equation in
# 1-D with halo swaps and reductions, until the relative residual is below 1e-4.
import parallel
from math import sqrt

DATA_SIZE=100
MAX_ITS=100000

local_size=DATA_SIZE/numcores()
if local_size * numcores() != DATA_SIZE:
  if (coreid() < DATA_SIZE-local_size*numcores()): local_size=local_size+1

data=[0]*(local_size+2)
data_p1=[0]*(local_size+2)

i=0
while i<=local_size+1:
  data[i]=0.0
  i+=1

if coreid()==0: data[0]=1.0
if coreid()==numcores()-1: data[local_size+1]=10.0

tmpnorm=0.0
i=1
while i<=local_size:
  tmpnorm=tmpnorm+(data[i]*2-data[i-1]-data[i+1])^2
  i+=1
tmpnorm=reduce(tmpnorm, "sum")
bnorm=sqrt(tmpnorm)

norm=1.0
its=0
while norm >= 1e-4 and its < MAX_ITS:
  if (coreid() > 0): data[0]=sendrecv(data[1], coreid()-1)
  if (coreid() < numcores()-1): data[local_size+1]=sendrecv(data[local_size], coreid()+1)
  tmpnorm=0.0
  i=1
  while i<=local_size:
    tmpnorm=tmpnorm+(data[i]*2-data[i-1]-data[i+1])^2
    i+=1
  tmpnorm=reduce(tmpnorm, "sum")
  norm=sqrt(tmpnorm)/bnorm

  if coreid()==0 and its%1000 == 0: print "RNorm is "+norm+" at "+its+" iterations"

  i=1
  while i<=local_size:
    data_p1[i]=0.5* (data[i-1] + data[i+1])
    i+=1
  i=1
  while i<=local_size:
    data[i]=data_p1[i]
    i+=1
  its+=1

if coreid()==0: print "Completed in "+its+" iterations, RNorm="+norm
