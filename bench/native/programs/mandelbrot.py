# Mandelbrot set: counts the points of a SIZE x SIZE grid over [-1.5, 0.5] x [-1, 1]
# that stay bounded for MAX_ITER iterations, plus a checksum of the escape counts.
# Output: two integers.

SIZE = 320  # size parameter
MAX_ITER = 50

inside = 0
checksum = 0
for py in range(SIZE):
    ci = 2.0 * py / SIZE - 1.0
    for px in range(SIZE):
        cr = 2.0 * px / SIZE - 1.5
        zr = 0.0
        zi = 0.0
        n = 0
        while n < MAX_ITER and zr * zr + zi * zi <= 4.0:
            t = zr * zr - zi * zi + cr
            zi = 2.0 * zr * zi + ci
            zr = t
            n += 1
        if n == MAX_ITER:
            inside += 1
        checksum = (checksum + n * (px + 1)) % 1000003
print(inside)
print(checksum)
