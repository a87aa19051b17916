/* Fannkuch-redux: every permutation of 0..N-1 in the Benchmarks Game order, counting
 * the prefix reversals until 0 is first; the checksum (alternating sum of the flip
 * counts) and the maximum. Written as the Benchmarks Game's plain C program does,
 * with the output of bench/native/programs/fannkuch.py. Usage: fannkuch [N]. */
#include <stdio.h>
#include <stdlib.h>

#define MAX_N 16

static void fannkuch(int n, int *checksum_out, int *max_flips_out)
{
    int perm1[MAX_N], perm[MAX_N], count[MAX_N];
    int max_flips = 0, checksum = 0, sign = 1, r = n;
    for (int i = 0; i < n; i++) perm1[i] = i;
    for (;;) {
        for (; r != 1; r--) count[r - 1] = r;
        for (int i = 0; i < n; i++) perm[i] = perm1[i];
        int flips = 0;
        for (int k = perm[0]; k != 0; k = perm[0]) {
            for (int i = 0, j = k; i < j; i++, j--) {
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            flips++;
        }
        if (flips > max_flips) max_flips = flips;
        checksum += sign * flips;
        sign = -sign;
        /* next permutation: rotate the first r+1 items until a count is left */
        for (;;) {
            if (r == n) {
                *checksum_out = checksum;
                *max_flips_out = max_flips;
                return;
            }
            int p0 = perm1[0];
            for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
            perm1[r] = p0;
            if (--count[r] > 0) break;
            r++;
        }
    }
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 9;
    if (n < 1 || n > MAX_N) {
        fprintf(stderr, "fannkuch: N must be 1..%d\n", MAX_N);
        return 1;
    }
    int checksum, max_flips;
    fannkuch(n, &checksum, &max_flips);
    printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, max_flips);
    return 0;
}
