# epython-args: --classic --cores 16 --deterministic
# The original's coreidentity.py: every core greets, one core says more.
import parallel
print "Hello world from core "+coreid()+" of "+numcores()
if coreid()==5:
  print "Hello only from core "+coreid()
