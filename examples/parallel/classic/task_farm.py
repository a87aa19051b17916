# epython-args: --classic --cores 4 --deterministic
# The original's task_farm_example.py idea: core 0 runs functions on the other cores
# through the taskfarm module, with scalar and array arguments.
import parallel
from taskfarm import *

def add(a, b):
  print "adding on "+coreid()
  return a+b

def addone(a):
  i=0
  while i < len(a):
    a[i]=a[i]+100
    i+=1
  return a

initTaskFarm(0)
if coreid()==0:
  execFunction(1, add, 20, 25)
  print waitFunctionFinish(1)
  d=[0]*10
  i=0
  while i < 10:
    d[i]=i
    i+=1
  execFunction(2, addone, d)
  r=waitFunctionFinish(2)
  print r[0]+" ... "+r[9]
  shutdownTaskFarm()
else:
  worker()
