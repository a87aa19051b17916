/* Mandelbrot set escape counts on a SIZE x SIZE grid over [-1.5, 0.5] x [-1, 1], at
 * most 50 iterations: the number of points that stay bounded and a checksum of the
 * counts, as bench/native/programs/mandelbrot.py computes them. Usage: mandelbrot [SIZE]. */
#include <stdio.h>
#include <stdlib.h>

#define MAX_ITER 50

int main(int argc, char **argv)
{
    int size = argc > 1 ? atoi(argv[1]) : 320;
    int inside = 0;
    long checksum = 0;
    for (int py = 0; py < size; py++) {
        double ci = 2.0 * py / size - 1.0;
        for (int px = 0; px < size; px++) {
            double cr = 2.0 * px / size - 1.5;
            double zr = 0.0, zi = 0.0;
            int n = 0;
            while (n < MAX_ITER && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                n++;
            }
            if (n == MAX_ITER) inside++;
            checksum = (checksum + (long)n * (px + 1)) % 1000003;
        }
    }
    printf("%d\n%ld\n", inside, checksum);
    return 0;
}
