# Mandelbrot set on a SIZE x SIZE grid over [-1.5, 0.5] x [-1, 1], written the usual
# way: an escape-time function with tuple assignment of the iterate, the grid of
# counts as a nested list comprehension, the results as sum()s over generator
# expressions. (ePython has no complex numbers, so z is a pair of floats.)
# Output: the points that stay bounded for MAX_ITER iterations and a checksum of the
# escape counts.

SIZE = 240  # size parameter
MAX_ITER = 50


def escape_time(cr, ci, max_iter=MAX_ITER):
    zr = zi = 0.0
    for n in range(max_iter):
        if zr * zr + zi * zi > 4.0:
            return n
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
    return max_iter


def main(size):
    counts = [[escape_time(2.0 * x / size - 1.5, 2.0 * y / size - 1.0) for x in range(size)]
              for y in range(size)]
    inside = sum(1 for row in counts for n in row if n == MAX_ITER)
    checksum = sum(sum(n * (x + 1) for x, n in enumerate(row)) % 1000003 for row in counts) % 1000003
    print(inside)
    print(checksum)


main(SIZE)
