/* 2-D Jacobi for Laplace's equation, as a C programmer writes it: the same problem as
 * bench/native/programs/jacobi.py (N x N interior points, top edge 1.0, the other edges 0.0,
 * sweep until the residual relative to the initial one is below 1e-4), on two flat
 * (N+2)^2 grids swapped by pointer. Usage: jacobi [N]; prints what the .py prints. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define TOL 1e-4
#define MAX_ITERS 10000

/* Residual norm sum over the interior; the sum order matches the Python expression so
 * the output is bit-for-bit CPython's. */
static double residual_sq(const double *u, int n, int w)
{
    double sum = 0.0;
    for (int i = 1; i <= n; i++) {
        const double *up = u + (i - 1) * w, *row = u + i * w, *down = u + (i + 1) * w;
        for (int j = 1; j <= n; j++) {
            double r = up[j] + down[j] + row[j - 1] + row[j + 1] - 4.0 * row[j];
            sum += r * r;
        }
    }
    return sum;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 36;
    int w = n + 2;
    double *u = calloc((size_t)w * w, sizeof *u);
    double *unew = calloc((size_t)w * w, sizeof *unew);
    if (!u || !unew) return 1;
    for (int j = 0; j < w; j++) u[j] = unew[j] = 1.0;

    double bnorm = sqrt(residual_sq(u, n, w));
    double norm = 1.0;
    int iters = 0;
    while (iters < MAX_ITERS) {
        norm = sqrt(residual_sq(u, n, w)) / bnorm;
        if (norm < TOL) break;
        for (int i = 1; i <= n; i++) {
            const double *up = u + (i - 1) * w, *row = u + i * w, *down = u + (i + 1) * w;
            double *nrow = unew + i * w;
            for (int j = 1; j <= n; j++)
                nrow[j] = 0.25 * (up[j] + down[j] + row[j - 1] + row[j + 1]);
        }
        double *t = u; u = unew; unew = t;
        iters++;
    }
    printf("%d\n%.9f\n", iters, norm);
    free(u);
    free(unew);
    return 0;
}
