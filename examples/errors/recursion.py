# Unbounded recursion is stopped with RecursionError, never a crash.
def down(n):
    return down(n + 1) + 1


print(down(0))
