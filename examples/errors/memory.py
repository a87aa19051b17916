# epython-args: --local-memory 32K --strict-memory
# A core with 32 KB of local memory (8 KB after the runtime) and no spilling into shared memory cannot hold
# a list of 100,000 ints (about 400 KB): MemoryError.
big = [0] * 100000
print("not reached", len(big))
