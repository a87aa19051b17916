# epython-args: --classic --cores 16 --deterministic
# The original's mergesort.py idea: core 0 splits 128 random numbers down a binary
# tree of cores with send/recv of arrays (n messages each), each core sorts its
# part, and the parts are merged back up.
import parallel
from random import randrange
from array import array

n=128
data=[0]*n
size=0
if coreid()==0:
  i=0
  while i < n:
    data[i]=randrange(1000)
    i+=1
  size=n

span=numcores()
while span > 1:
  half=span/2
  if coreid() % span == 0:
    send(size/2, coreid()+half)
    send(data, coreid()+half, size/2)
    size=size/2
  elif coreid() % span == half:
    size=recv(coreid()-half)
    part=recv(coreid()-half, size)
    i=0
    while i < size:
      data[i]=part[i]
      i+=1
  span=half

# insertion sort of this core's part
i=1
while i < size:
  v=data[i]
  j=i-1
  while j >= 0 and data[j] > v:
    data[j+1]=data[j]
    j-=1
  data[j+1]=v
  i+=1

span=2
while span <= numcores():
  if coreid() % span == 0:
    other=recv(coreid()+span/2)
    part=recv(coreid()+span/2, other)
    merged=array(size+other)
    a=0
    b=0
    k=0
    while k < size+other:
      if b >= other or (a < size and data[a] <= part[b]):
        merged[k]=data[a]
        a+=1
      else:
        merged[k]=part[b]
        b+=1
      k+=1
    data=merged
    size=size+other
  elif coreid() % span == span/2:
    send(size, coreid()-span/2)
    send(data, coreid()-span/2, size)
  span=span*2

if coreid()==0:
  ok=true
  i=1
  while i < size:
    if data[i-1] > data[i]: ok=false
    i+=1
  print "Sorted "+size+" numbers: "+ok
  print "Smallest "+data[0]+", largest "+data[size-1]
