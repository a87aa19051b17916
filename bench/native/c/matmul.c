/* Dense matrix multiply of two N x N double matrices, C = A * B then C = C * A, in
 * the cache-friendly i-k-j order on flat row-major arrays; the same matrices and
 * checksums as bench/native/programs/matmul.py. Usage: matmul [N]. */
#include <stdio.h>
#include <stdlib.h>

static double *make(int n, int seed)
{
    double *m = malloc((size_t)n * n * sizeof *m);
    if (!m) exit(1);
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            m[i * n + j] = ((i * 7 + j * 13 + seed) % 17) / 8.0 - 1.0;
    return m;
}

static double *matmul(const double *restrict a, const double *restrict b, int n)
{
    double *c = calloc((size_t)n * n, sizeof *c);
    if (!c) exit(1);
    for (int i = 0; i < n; i++) {
        double *restrict ci = c + i * n;
        for (int k = 0; k < n; k++) {
            double aik = a[i * n + k];
            const double *restrict bk = b + k * n;
            for (int j = 0; j < n; j++) ci[j] += aik * bk[j];
        }
    }
    return c;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 200;
    double *a = make(n, 1), *b = make(n, 5);
    double *ab = matmul(a, b, n);
    double *c = matmul(ab, a, n);
    double trace = 0.0, check = 0.0;
    for (int i = 0; i < n; i++) {
        trace += c[i * n + i];
        for (int j = 0; j < n; j++) check += c[i * n + j] * ((i + 2 * j) % 5);
    }
    printf("%.6f\n%.6f\n", trace, check);
    free(a);
    free(b);
    free(ab);
    free(c);
    return 0;
}
