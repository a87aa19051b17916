# epython-args: --local-memory 32K --strict-memory
# An Epiphany core has 32 KB of local memory, of which the on-core runtime takes
# 24 KB. With --strict-memory nothing spills into shared memory, so a list of
# 100,000 ints (about 400 KB) cannot be made: MemoryError.
big = [0] * 100000
print("not reached", len(big))
