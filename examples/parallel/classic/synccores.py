# epython-args: --classic --cores 16 --deterministic
# The original's synccores.py: every "Hello" line comes before every "After sync".
import parallel
print "Hello from core "+coreid()
sync()
print "After sync from core "+coreid()
