# epython-args: --classic --cores 16 --deterministic
# The original's reduction.py: the largest of the cores' numbers, on every core.
import parallel
a=reduce(coreid()*3, "max")
print "The highest number is "+a
s=reduce(coreid()+0.5, "sum")
if coreid()==0:
  print "The sum is "+s
