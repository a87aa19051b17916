/* The original's simpleplus.py: ints print as %d, reals as C's %f. */
a = 10
b = 2
print a + b
c = 2.3
print c
