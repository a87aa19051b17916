# epython-args: --classic --cores 2 --deterministic
# The original's p2pcomm.py: a blocking send and receive between two cores.
import parallel
if coreid()==0:
  send(20, 1)
  send(2.5, 1)
elif coreid()==1:
  print "Got value "+recv(0)+" from core 0"
  print "Then "+recv(0)
