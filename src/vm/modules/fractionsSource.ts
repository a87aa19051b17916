// `fractions` and `statistics` (Python 3 dialect): library modules written in
// ePython, CPython 3.11's algorithms (Lib/fractions.py, Lib/statistics.py) on the
// VM's big ints, so results are exact and print as CPython's.
//
// A Fraction is an instance with two attributes (16 + 2·8 B, plus its big ints).
// fractions: Fraction(int | Fraction | float | str [, denominator]), the arithmetic
// operators with ints, floats and complex numbers (a float operand gives a float, as
// CPython), comparisons, hash equal to the equal int/float's, round/floor/ceil/trunc,
// limit_denominator, from_float, as_integer_ratio. Not provided: Decimal, the
// `numbers` ABCs (isinstance(f, numbers.Rational)), format specs.
// statistics: mean fmean geometric_mean harmonic_mean median median_low median_high
// mode multimode variance pvariance stdev pstdev, StatisticsError; exact sums with
// Fractions and CPython's result type rules (mean([1, 2, 3]) is the int 2).

export const FRACTIONS_SOURCE = `# fractions: library module of ePython-TS (see src/vm/modules/fractionsSource.ts)
import math

# The VM hashes numbers as a 32-bit CPython does (src/vm/hash.ts): modulus 2**31 - 1.
_HASH_MODULUS = 2305843009213693951  # 2**61 - 1, CPython's on a 64-bit machine
_HASH_INF = 314159


def _parse(text):
    # CPython's _RATIONAL_FORMAT: sign, then num[/den] or a decimal with an exponent.
    s = text.strip()
    for i in range(len(s)):
        if s[i] == '_' and not (0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()):
            return None
    s = s.replace('_', '')
    sign = 1
    if s[:1] in ('+', '-'):
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if num.isdigit() and den.isdigit() and num.isascii() and den.isascii():
            return sign * int(num), int(den)
        return None
    mant, exp = s, 0
    for e in ('e', 'E'):
        if e in s:
            mant, _, ex = s.partition(e)
            body = ex[1:] if ex[:1] in ('+', '-') else ex
            if not (body.isdigit() and body.isascii()):
                return None
            exp = int(ex)
            break
    whole, dot, frac = mant.partition('.')
    if whole == '' and frac == '':
        return None
    for part in (whole, frac):
        if part != '' and not (part.isdigit() and part.isascii()):
            return None
    num = int(whole + frac) if whole + frac else 0
    den = 10 ** len(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


def _float_ratio(x):
    # float.as_integer_ratio() (native: one step, where doubling the mantissa of
    # math.frexp(x) until it is whole took up to 53 steps per float in statistics'
    # exact sums); its OverflowError/ValueError for infinities and NaN are CPython's.
    return x.as_integer_ratio()


def _rational(x):
    return isinstance(x, (int, Fraction))


def _from_nd(n, d):
    # A Fraction of n/d already in lowest terms with d > 0 (CPython's _normalize=False).
    f = object.__new__(Fraction)
    f._numerator = n
    f._denominator = d
    return f


# The arithmetic of CPython 3.11's Fraction._add/_sub/_mul/_div on (numerator,
# denominator) pairs: the gcds are taken of the smaller parts (the denominators,
# then the new numerator with their common factor), not of the whole result's
# numerator and denominator, which grow with every term of a sum.
def _add(na, da, nb, db):
    g = math.gcd(da, db)
    if g == 1:
        return _from_nd(na * db + da * nb, da * db)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = math.gcd(t, g)
    if g2 == 1:
        return _from_nd(t, s * db)
    return _from_nd(t // g2, s * (db // g2))


def _sub(na, da, nb, db):
    g = math.gcd(da, db)
    if g == 1:
        return _from_nd(na * db - da * nb, da * db)
    s = da // g
    t = na * (db // g) - nb * s
    g2 = math.gcd(t, g)
    if g2 == 1:
        return _from_nd(t, s * db)
    return _from_nd(t // g2, s * (db // g2))


def _mul(na, da, nb, db):
    g1 = math.gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = math.gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return _from_nd(na * nb, db * da)


def _div(na, da, nb, db):
    g1 = math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = math.gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    if d == 0:
        raise ZeroDivisionError('Fraction(' + str(n) + ', 0)')
    return _from_nd(n, d)


def _is_decimal_type(t):
    # decimal.Decimal without importing decimal (a large module) for every user of fractions.
    return t.__name__ == "Decimal" and t.__module__ == "decimal"


def _is_decimal(x):
    return _is_decimal_type(type(x))


class Fraction:
    def __init__(self, numerator=0, denominator=None):
        if denominator is None:
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return
            if isinstance(numerator, float):
                n, d = _float_ratio(numerator)
                self._numerator = n
                self._denominator = d
                return
            if _is_decimal(numerator):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return
            if isinstance(numerator, str):
                r = _parse(numerator)
                if r is None:
                    raise ValueError('Invalid literal for Fraction: ' + repr(numerator))
                n, d = r
                if d == 0:
                    raise ZeroDivisionError('Fraction(' + str(n) + ', 0)')
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
            if d == 0:
                raise ZeroDivisionError('Fraction(' + str(n) + ', 0)')
        elif _rational(numerator) and _rational(denominator):
            if isinstance(numerator, int) and isinstance(denominator, int):
                n, d = int(numerator), int(denominator)
            else:
                a = Fraction(numerator)
                b = Fraction(denominator)
                n = a._numerator * b._denominator
                d = b._numerator * a._denominator
            if d == 0:
                raise ZeroDivisionError('Fraction(' + str(n) + ', 0)')
        else:
            raise TypeError('both arguments should be Rational instances')
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(cls.__name__ + '.from_float() only takes floats, not ' + repr(f) + ' (' + type(f).__name__ + ')')
        n, d = _float_ratio(f)
        return cls(n, d)

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(int(dec), 1)
        if not _is_decimal(dec):
            raise TypeError(cls.__name__ + '.from_decimal() only takes Decimals, not ' + repr(dec) + ' (' + type(dec).__name__ + ')')
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    # No is_integer(): Fraction gained it in 3.12 (3.11's AttributeError).

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    # numbers.Real's and numbers.Complex's members, as the ABCs give them to Fraction.
    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __repr__(self):
        return 'Fraction(' + str(self._numerator) + ', ' + str(self._denominator) + ')'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return str(self._numerator) + '/' + str(self._denominator)

    # Arithmetic: a Fraction or int operand gives a Fraction; a float or complex
    # operand turns the Fraction into one (CPython's _operator_fallbacks).
    def __add__(a, b):
        if isinstance(b, Fraction):
            return _add(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(b, int):
            return _from_nd(a._numerator + a._denominator * int(b), a._denominator)
        if isinstance(b, (float, complex)):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, int):
            return _from_nd(int(a) * b._denominator + b._numerator, b._denominator)
        if isinstance(a, Fraction):
            return _add(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(a, (float, complex)):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, Fraction):
            return _sub(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(b, int):
            return _from_nd(a._numerator - a._denominator * int(b), a._denominator)
        if isinstance(b, (float, complex)):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, int):
            return _from_nd(int(a) * b._denominator - b._numerator, b._denominator)
        if isinstance(a, Fraction):
            return _sub(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(a, (float, complex)):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, Fraction):
            return _mul(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(b, int):
            return _mul(a._numerator, a._denominator, int(b), 1)
        if isinstance(b, (float, complex)):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, int):
            return _mul(int(a), 1, b._numerator, b._denominator)
        if isinstance(a, Fraction):
            return _mul(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(a, (float, complex)):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        if isinstance(b, Fraction):
            return _div(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(b, int):
            return _div(a._numerator, a._denominator, int(b), 1)
        if isinstance(b, (float, complex)):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, int):
            return _div(int(a), 1, b._numerator, b._denominator)
        if isinstance(a, Fraction):
            return _div(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(a, (float, complex)):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        if _rational(b):
            b = Fraction(b)
            return (a._numerator * b._denominator) // (a._denominator * b._numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if _rational(a):
            return Fraction(a) // b
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __divmod__(a, b):
        if _rational(b):
            b = Fraction(b)
            da, db = a._denominator, b._denominator
            div, n_mod = divmod(a._numerator * db, da * b._numerator)
            return div, Fraction(n_mod, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if _rational(a):
            return divmod(Fraction(a), b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __mod__(a, b):
        if _rational(b):
            b = Fraction(b)
            da, db = a._denominator, b._denominator
            return Fraction((a._numerator * db) % (b._numerator * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if _rational(a):
            return Fraction(a) % b
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __pow__(a, b):
        if _rational(b):
            b = Fraction(b)
            if b._denominator == 1:
                power = b._numerator
                if power >= 0:
                    return _from_nd(a._numerator ** power, a._denominator ** power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(' + str(a._denominator ** -power) + ', 0)')
                if a._numerator > 0:
                    return _from_nd(a._denominator ** -power, a._numerator ** -power)
                return _from_nd((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        # CPython's: anything else (Decimal, str...) meets a float, whose ** reports it.
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _rational(a):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _from_nd(a._numerator, a._denominator)

    def __neg__(a):
        return _from_nd(-a._numerator, a._denominator)

    def __abs__(a):
        return _from_nd(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        if self._denominator % _HASH_MODULUS == 0:
            h = _HASH_INF
        else:
            dinv = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == Fraction(b)
        return NotImplemented

    def _cmp(a, b):
        # -1, 0, 1; None when b is not comparable (NotImplemented); nan compares false.
        if isinstance(b, Fraction):
            x = a._numerator * b._denominator
            y = b._numerator * a._denominator
            return -1 if x < y else (1 if x > y else 0)
        if isinstance(b, int):
            x = a._numerator
            y = b * a._denominator
            return -1 if x < y else (1 if x > y else 0)
        if isinstance(b, float):
            if math.isnan(b):
                return 2
            if math.isinf(b):
                return -1 if b > 0 else 1
            return a._cmp(Fraction(b))
        return None

    def __lt__(a, b):
        c = a._cmp(b)
        return NotImplemented if c is None else c == -1

    def __gt__(a, b):
        c = a._cmp(b)
        return NotImplemented if c is None else c == 1

    def __le__(a, b):
        c = a._cmp(b)
        return NotImplemented if c is None else (c == -1 or c == 0)

    def __ge__(a, b):
        c = a._cmp(b)
        return NotImplemented if c is None else (c == 1 or c == 0)

    def __bool__(a):
        return a._numerator != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
`;

export const STATISTICS_SOURCE = `# statistics: library module of ePython-TS (see src/vm/modules/fractionsSource.ts)
import math
from fractions import Fraction, _float_ratio, _is_decimal_type


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    if isinstance(x, float):
        if math.isnan(x) or math.isinf(x):
            return (x, None)
        return _float_ratio(x)
    if isinstance(x, int) or isinstance(x, Fraction):
        return (int(x) if isinstance(x, int) else x.numerator, 1 if isinstance(x, int) else x.denominator)
    # Anything else as CPython's: as_integer_ratio() (Decimal, a NaN or infinity as itself), then numerator/denominator.
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '" + type(x).__name__ + "' to numerator/denominator")


def _coerce(T, S):
    if T is bool:
        T = int
    if S is bool:
        S = int
    if T is S:
        return T
    if S is int:
        return T
    if T is int:
        return S
    if (T is Fraction and S is float) or (T is float and S is Fraction):
        return float
    raise TypeError("don't know how to coerce " + T.__name__ + ' and ' + S.__name__)


def _sums(data, squares):
    # Exact sums per denominator (CPython's _sum/_ss partials), in one pass.
    count = 0
    T = int
    sx = {}
    sxx = {}
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        if squares:
            sxx[d] = sxx.get(d, 0) + n * n
    return T, count, sx, sxx


def _sum(data):
    T, count, sx, sxx = _sums(data, False)
    if None in sx:
        total = sx[None]
    else:
        total = Fraction(0)
        for d, n in sx.items():
            total = total + Fraction(n, d)
    return T, total, count


def _ss(data, c=None):
    if c is not None:
        devs = []
        for x in data:
            devs.append((x - c) * (x - c))
        T, ssd, count = _sum(devs)
        return (T, ssd, c, count)
    T, count, sx_p, sxx_p = _sums(data, True)
    if not count:
        ssd = c = Fraction(0)
    elif None in sx_p:
        ssd = c = sx_p[None]
    else:
        sx = Fraction(0)
        for d, n in sx_p.items():
            sx = sx + Fraction(n, d)
        sxx = Fraction(0)
        for d, n in sxx_p.items():
            sxx = sxx + Fraction(n, d * d)
        ssd = (count * sxx - sx * sx) / count
        c = sx / count
    return (T, ssd, c, count)


def _convert(value, T):
    if type(value) is T:
        return value
    if T is int and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        # Decimal takes no Fraction: its numerator over its denominator (CPython's).
        if any(_is_decimal_type(c) for c in T.__mro__):
            return T(value.numerator) / T(value.denominator)
        raise


def _float_sqrt_of_frac(n, m):
    # The square root of n/m as a float, correctly rounded (round-to-odd first).
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        a = math.isqrt(n // (m << 2 * q))
        numerator = (a | (a * a * (m << 2 * q) != n)) << q
        denominator = 1
    else:
        a = math.isqrt((n << -2 * q) // m)
        numerator = a | (a * a * m != (n << -2 * q))
        denominator = 1 << -q
    return numerator / denominator


def _sqrt_of(mss, T=float):
    # mss is a Fraction, or (data with a NaN or infinity) a float or Decimal, which
    # CPython 3.11 also reads .numerator of: AttributeError.
    if _is_decimal_type(T):
        # Decimal data: a Decimal root in the context's precision. (CPython then nudges
        # it by one unit when the root of the exact ratio rounds the other way; this
        # Decimal has no next_plus/next_minus, so such a last digit may differ.)
        n, m = mss.numerator, mss.denominator
        if n <= 0:
            if not n:
                return T('0.0')
            n, m = -n, -m
        return (T(n) / T(m)).sqrt()
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    if weights is None:
        data = list(data)
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = math.fsum([x * w for x, w in zip(data, weights)])
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        return x
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        for w in weights:
            if w < 0:
                raise StatisticsError('harmonic mean does not support negative values')
        T, sum_weights, _ = _sum(weights)
    for x in data:
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
    try:
        # a zero weight skips its value; a zero value divides by zero: the mean is 0
        T, total, count = _sum([w / x if w else 0 for w, x in zip(weights, data)])
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    # CPython 3.11's: the median of grouped continuous data, by interpolation, in floats.
    from bisect import bisect_left, bisect_right
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError(f'Value cannot be converted to a float')
    L = x - interval / 2.0
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    best = None
    found = False
    top = 0
    for value, count in _counts(data).items():
        if count > top:
            best, top, found = value, count, True
    if not found:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of(ss / (n - 1), T)


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of(ss / n, T)


def quantiles(data, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError('Unknown method: ' + repr(method))


# CPython 3.11's bivariate statistics and NormalDist (its code, docstrings left out).
from math import hypot, sqrt, fabs, exp, erf, tau, log, fsum

_SQRT2 = sqrt(2.0)


def _mean_stdev(data):
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        return float(xbar), float(xbar) / float(ss)


# The LinearRegression named tuple is made on first use: importing collections for
# it would cost every program that imports statistics.
_regression_type = []


def _linear_regression_type():
    if not _regression_type:
        from collections import namedtuple
        _regression_type.append(namedtuple('LinearRegression', ('slope', 'intercept')))
    return _regression_type[0]


def _bivariate(x, y, what):
    # The checks and centred cross sum the bivariate functions share (CPython repeats them).
    n = len(x)
    if len(y) != n:
        raise StatisticsError(what + ' requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(what + ' requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum(((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)))
    return n, xbar, ybar, sxy


def covariance(x, y, /):
    n, xbar, ybar, sxy = _bivariate(x, y, 'covariance')
    return sxy / (n - 1)


def correlation(x, y, /):
    n, xbar, ybar, sxy = _bivariate(x, y, 'correlation')
    sxx = fsum(((d := (xi - xbar)) * d for xi in x))
    syy = fsum(((d := (yi - ybar)) * d for yi in y))
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def linear_regression(x, y, /, *, proportional=False):
    n, xbar, ybar, sxy = _bivariate(x, y, 'linear regression')
    if proportional:
        sxy = fsum((xi * yi for xi, yi in zip(x, y)))
        sxx = fsum((xi * xi for xi in x))
    else:
        sxx = fsum(((d := (xi - xbar)) * d for xi in x))
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return _linear_regression_type()(slope=slope, intercept=intercept)


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num = (((((((2509.0809287301227 * r + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) * r + 13731.69376550946) * r + 1971.5909503065513) * r + 133.14166789178438) * r + 3.3871328727963665) * q
        den = ((((((5226.495278852854 * r + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) * r + 5394.196021424751) * r + 687.1870074920579) * r + 42.31333070160091) * r + 1.0
        x = num / den
        return mu + x * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        num = ((((((0.0007745450142783414 * r + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r + 3.6478483247632045) * r + 5.769497221460691) * r + 4.630337846156546) * r + 1.4234371107496835
        den = ((((((1.0507500716444169e-09 * r + 0.0005475938084995345) * r + 0.015198666563616457) * r + 0.14810397642748008) * r + 0.6897673349851) * r + 1.6763848301838038) * r + 2.053191626637759) * r + 1.0
    else:
        r = r - 5.0
        num = ((((((2.0103343992922881e-07 * r + 2.7115555687434876e-05) * r + 0.0012426609473880784) * r + 0.026532189526576124) * r + 0.29656057182850487) * r + 1.7848265399172913) * r + 5.463784911164114) * r + 6.657904643501103
        den = ((((((2.0442631033899397e-15 * r + 1.421511758316446e-07) * r + 1.8463183175100548e-05) * r + 0.0007868691311456133) * r + 0.014875361290850615) * r + 0.1369298809227358) * r + 0.599832206555888) * r + 1.0
    x = num / den
    if q < 0.0:
        x = -x
    return mu + x * sigma


class NormalDist:
    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution', '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = (self._mu, self._sigma)
        return [gauss(mu, sigma) for i in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = (self, other)
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = (Y, X)
        X_var, Y_var = (X.variance, Y.variance)
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)
    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)
    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        self._mu, self._sigma = state
`;
