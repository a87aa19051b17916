# epython-args: --cores 16 --deterministic
# The Mandelbrot set in ASCII, one row per core. The rows are printed in order by
# taking turns between barriers (core i prints in round i).
from parallel import coreid, numcores, sync

WIDTH = 60
MAX_ITER = 50
me = coreid()
rows = numcores()
y = -1.2 + 2.4 * me / (rows - 1)
line = ""
for col in range(WIDTH):
    x = -2.1 + 3.0 * col / (WIDTH - 1)
    zr = 0.0
    zi = 0.0
    n = 0
    while n < MAX_ITER and zr * zr + zi * zi < 4.0:
        zr, zi = zr * zr - zi * zi + x, 2.0 * zr * zi + y
        n += 1
    line += "#" if n == MAX_ITER else ".,:;-=+*%"[n * 9 // MAX_ITER]
for turn in range(rows):
    if turn == me:
        print(line)
    sync()
