# epython-args: --classic --cores 4 --deterministic
# The original's pipeline.py idea: four stages connected by messages, with -1 as
# the poison pill that shuts each stage down.
import parallel
if coreid()==0:
  i=1
  while i <= 10:
    send(i, 1)
    i+=1
  send(-1, 1)
elif coreid()==1 or coreid()==2:
  going=true
  while going:
    v=recv(coreid()-1)
    if v == -1:
      send(-1, coreid()+1)
      going=false
    elif coreid()==1:
      send(v*v, 2)
    else:
      send(v+1, 3)
else:
  total=0
  going=true
  while going:
    v=recv(2)
    if v == -1:
      going=false
    else:
      print "Got "+v
      total=total+v
  print "Total "+total
