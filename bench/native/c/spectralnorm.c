/* Spectral norm of A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1) by 10 power iterations of
 * A^T A, as the Computer Language Benchmarks Game's plain C program writes it.
 * Usage: spectralnorm [N]; prints the norm with 9 decimals, as
 * bench/kernels/spectralnorm.py does. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double eval_A(int i, int j)
{
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

static void eval_A_times_u(int n, const double *u, double *au)
{
    for (int i = 0; i < n; i++) {
        double sum = 0.0;
        for (int j = 0; j < n; j++) sum += eval_A(i, j) * u[j];
        au[i] = sum;
    }
}

static void eval_At_times_u(int n, const double *u, double *au)
{
    for (int i = 0; i < n; i++) {
        double sum = 0.0;
        for (int j = 0; j < n; j++) sum += eval_A(j, i) * u[j];
        au[i] = sum;
    }
}

static void eval_AtA_times_u(int n, const double *u, double *atau, double *tmp)
{
    eval_A_times_u(n, u, tmp);
    eval_At_times_u(n, tmp, atau);
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 350;
    double *u = malloc((size_t)n * sizeof *u);
    double *v = malloc((size_t)n * sizeof *v);
    double *tmp = malloc((size_t)n * sizeof *tmp);
    if (!u || !v || !tmp) return 1;
    for (int i = 0; i < n; i++) u[i] = 1.0;
    for (int i = 0; i < 10; i++) {
        eval_AtA_times_u(n, u, v, tmp);
        eval_AtA_times_u(n, v, u, tmp);
    }
    double vBv = 0.0, vv = 0.0;
    for (int i = 0; i < n; i++) {
        vBv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    printf("%0.9f\n", sqrt(vBv / vv));
    free(u);
    free(v);
    free(tmp);
    return 0;
}
