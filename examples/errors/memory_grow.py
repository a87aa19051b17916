# epython-args: --local-memory 32K --strict-memory
# An Epiphany core has 32 KB of local memory, about 8 KB of it left to the program
# once the on-core runtime is loaded. With --strict-memory nothing spills into
# shared memory, so a list growing to 4,000 ints (16 KB) fails with MemoryError.
values = []
for i in range(4000):
    values.append(i)
print("not reached", len(values))
