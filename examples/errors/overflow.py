# With --int-overflow error, ints keep the device's 32-bit word: overflow never wraps
# silently, it raises OverflowError naming the line. (By default, as in CPython, the
# result becomes an arbitrary-precision int and this prints 2147483648: bigint.py.)
# epython-args: --int-overflow error
x = 2147483647
print(x)
x = x + 1
print(x)
