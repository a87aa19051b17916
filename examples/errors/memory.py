# epython-args: --local-memory 8K --strict-memory
# A core with 8 KB of local memory and no spilling into shared memory cannot hold
# a list of 100,000 ints (about 400 KB): MemoryError.
big = [0] * 100000
print("not reached", len(big))
