# ints are 32-bit on the device: overflow never wraps silently, it raises
# OverflowError naming the line (CPython would print 2147483648).
x = 2147483647
print(x)
x = x + 1
print(x)
