/* 1-D Jacobi for Laplace's equation, as a C programmer writes it: the same problem as
 * bench/native/programs/jacobi1d.py (N interior points between ends held at 1.0 and 10.0,
 * sweep until the residual relative to the initial one is below 1e-4).
 * Usage: jacobi1d [N]; prints what the .py prints (the norm as Python's repr). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "pyfmt.h"

#define TOL 1e-4
#define MAX_ITERS 100000000

static double residual(const double *u, int n)
{
    double total = 0.0;
    for (int i = 1; i <= n; i++) {
        double r = 2.0 * u[i] - u[i - 1] - u[i + 1];
        total += r * r;
    }
    return sqrt(total);
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 110;
    double *u = calloc((size_t)n + 2, sizeof *u);
    double *unew = calloc((size_t)n + 2, sizeof *unew);
    if (!u || !unew) return 1;
    u[0] = unew[0] = 1.0;
    u[n + 1] = unew[n + 1] = 10.0;

    double bnorm = residual(u, n);
    double norm = 1.0;
    int iters = 0;
    while (iters < MAX_ITERS) {
        norm = residual(u, n) / bnorm;
        if (norm < TOL) break;
        for (int i = 1; i <= n; i++)
            unew[i] = 0.5 * (u[i - 1] + u[i + 1]);
        double *t = u; u = unew; unew = t;
        iters++;
    }
    char repr[PY_REPR_SIZE];
    py_repr_double(norm, repr);
    printf("%d sweeps, relative residual %s\n", iters, repr);
    free(u);
    free(unew);
    return 0;
}
