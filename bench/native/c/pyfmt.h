/* Python's repr() of a double, for the hand-written C benchmarks whose output must
 * equal CPython's byte for byte (bench/native/run.mjs compares them).
 *
 * repr(x) is the SHORTEST decimal string that reads back as x, laid out by Python's
 * rules: fixed notation with a ".0" when integral if the decimal exponent e (x =
 * d.ddd * 10^e) is in -4 <= e < 16, otherwise d.ddde+XX with at least two exponent
 * digits. The digits are found by trial: %.*e with 1, 2, ... 17 significant digits,
 * the first that strtod reads back exactly. printf rounds correctly (glibc), so the
 * first round-trip is the nearest shortest string, as Python's dtoa (mode 0) gives;
 * at a power of two the interval is lopsided and the next string up is tried too.
 * Header-only (static inline) so each benchmark stays one file plus this one. */
#ifndef PYFMT_H
#define PYFMT_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Longest repr: "-" + 17 digits + "." + "e-308" or fixed "0.0001" + 17 digits. */
#define PY_REPR_SIZE 32

static inline void py_repr_double(double x, char out[PY_REPR_SIZE])
{
    if (isnan(x)) { strcpy(out, "nan"); return; }
    if (isinf(x)) { strcpy(out, x > 0 ? "inf" : "-inf"); return; }

    /* The shortest decimal M * 10^e (M without trailing zeros) that reads back as x. */
    unsigned long long m = 0;
    int e = 0;
    char buf[PY_REPR_SIZE];
    for (int prec = 0; prec < 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec, fabs(x));
        /* buf is D[.DDD]e(+|-)XX */
        m = 0;
        const char *s = buf;
        for (; *s != 'e'; s++)
            if (*s != '.') m = m * 10 + (unsigned long long)(*s - '0');
        e = atoi(s + 1) - prec;
        if (strtod(buf, NULL) == fabs(x)) break;
        /* Just above a power of two the round-trip interval is twice as wide above x
         * as below, so the next decimal up may read back when the nearest does not. */
        int bexp;
        if (frexp(x, &bexp) == 0.5 || frexp(x, &bexp) == -0.5) {
            snprintf(buf, sizeof buf, "%llue%d", m + 1, e);
            if (strtod(buf, NULL) == fabs(x)) { m += 1; break; }
        }
    }
    while (m >= 10 && m % 10 == 0) { m /= 10; e++; }
    char digits[24];
    int nd = snprintf(digits, sizeof digits, "%llu", m);
    int exp10 = e + nd - 1;        /* x = d.ddd * 10^exp10 */
    char *o = out;
    if (signbit(x)) *o++ = '-';

    if (exp10 < -4 || exp10 >= 16) {
        *o++ = digits[0];
        if (nd > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)(nd - 1));
            o += nd - 1;
        }
        sprintf(o, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
        return;
    }
    int point = exp10 + 1;          /* digits before the decimal point */
    if (point <= 0) {               /* 0.000ddd */
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -point; i++) *o++ = '0';
        memcpy(o, digits, (size_t)nd);
        o += nd;
    } else if (point >= nd) {       /* ddd000.0 */
        memcpy(o, digits, (size_t)nd);
        o += nd;
        for (int i = nd; i < point; i++) *o++ = '0';
        *o++ = '.';
        *o++ = '0';
    } else {                        /* dd.ddd */
        memcpy(o, digits, (size_t)point);
        o += point;
        *o++ = '.';
        memcpy(o, digits + point, (size_t)(nd - point));
        o += nd - point;
    }
    *o = '\0';
}

#endif
