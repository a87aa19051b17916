"""
Calculating some of the digits of pi: the unbounded spigot of Jeremy Gibbons,
linear fractional transformations as 4-tuples of Python ints.

This benchmark stresses big integer arithmetic.
"""

import itertools


DEFAULT_DIGITS = 2500  # size parameter


def gen_x():
    return map(lambda k: (k, 4 * k + 2, 0, 2 * k + 1), itertools.count(1))


def compose(a, b):
    aq, ar, as_, at = a
    bq, br, bs, bt = b
    return (aq * bq,
            aq * br + ar * bt,
            as_ * bq + at * bs,
            as_ * br + at * bt)


def extract(z, j):
    q, r, s, t = z
    return (q * j + r) // (s * j + t)


def gen_pi_digits():
    z = (1, 0, 0, 1)
    x = gen_x()
    while 1:
        y = extract(z, 3)
        while y != extract(z, 4):
            z = compose(z, next(x))
            y = extract(z, 3)
        z = compose((10, -10 * y, 0, 1), z)
        yield y


def calc_ndigits(n):
    return list(itertools.islice(gen_pi_digits(), n))


if __name__ == "__main__":
    digits = calc_ndigits(DEFAULT_DIGITS)
    text = "".join(map(str, digits))
    for i in range(0, len(text), 50):
        print(text[i:i + 50])
