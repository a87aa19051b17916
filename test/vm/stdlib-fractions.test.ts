import { describe, it } from "vitest";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describe.runIf(haveCPython)("fractions and statistics (against CPython 3.11)", () => {
  it("CPython 3.11's gcd-reduced + - * / (ints, bools, zero, big parts), their ZeroDivisionErrors, Fraction keys among numbers", () => {
    expectSameAsCPython(`from fractions import Fraction as F
vals = [F(1, 2), F(-1, 2), F(3), F(0), F(7, 6), F(-9, 4), F(10**20 + 1, 3**40), 2, -3, True, 0]
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b]
for a in vals:
    row = []
    for b in vals:
        for op in ops:
            try:
                row.append(repr(op(a, b)))
            except ZeroDivisionError as e:
                row.append('ZeroDivisionError: ' + str(e))
        row.append((a == b, a < b, a >= b))
    print(a, row)
s = F(0)
for k in range(1, 400):
    s += F(1, k * k)
    s -= F(1, 3 * k)
print(s.numerator % 1000003, s.denominator % 1000003, s.denominator.bit_length(), float(s), s * s / (s + 1) - F(1, 7))
d = {0.25: 'q', 3: 'three', 2**70: 'big'}
print(d[F(1, 4)], d[F(3)], d[F(2**70)], F(1, 3) in d, F(1, 2) in {0.5}, len({0.5, F(1, 2), 1, F(1), True}))
`);
  });

  it("Fraction construction, arithmetic, comparisons, hashing, rounding; statistics' exact means, variances and errors", () => {
    expectSameAsCPython(`from fractions import Fraction
import math
a = Fraction(3, 4); b = Fraction('1/3'); c = Fraction(0.1); d = Fraction('-1.25e-2'); e = Fraction(' 7 ')
print(a, b, repr(c), d, e, Fraction(6, -4), Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction('1_000/3'))
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, Fraction(-2, 3) ** -3, 2 ** Fraction(1, 2), Fraction(4) ** Fraction(1, 2))
print(a + 1, 1 + a, a * 2.0, 1.5 - a, a / 3, 3 / a, -a, +a, abs(Fraction(-5, 7)), a == 0.75, a < 1, 1 > a, a >= Fraction(3, 4), a != b, a < math.inf)
print(int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 3), round(Fraction(1234, 1), -2), float(a))
print(Fraction(math.pi).limit_denominator(1000), Fraction('3.1415926535').limit_denominator(100), Fraction.from_float(0.5), a.as_integer_ratio(), a.numerator, a.denominator, bool(Fraction(0)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(1, 3)) == hash(Fraction(2, 6)), hash(Fraction(-1, 2)) == hash(-0.5), {Fraction(1, 2): 'x'}[Fraction(2, 4)], sum([Fraction(1, n) for n in range(1, 11)]), sorted([Fraction(1, 2), 0.25, 1]))
for bad in ['1/0', 'abc', '1.2.3', '', '1__0']:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as ex:
        print(type(ex).__name__, ex)
try:
    Fraction(1, 0)
except ZeroDivisionError as ex:
    print('ZeroDivisionError', ex)
try:
    Fraction([1])
except TypeError as ex:
    print('TypeError', ex)
import statistics as st
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([0.5, 1.5, 2]), st.mean([Fraction(1, 2), Fraction(1, 3)]), st.fmean([1, 2, 3, 4]), st.fmean([1, 2], weights=[1, 3]))
print(st.median([3, 1, 4, 1, 5]), st.median([3, 1, 4, 1]), st.median_low([3, 1, 4, 1]), st.median_high([3, 1, 4, 1]), st.mode('abracadabra'), st.multimode('aabbc'), st.mode([1, 1, 2, 2]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data), st.variance([1, 2, 3, 4]), st.variance([1, 3, 5]), st.stdev([1, 2, 3, 4, 5, 6, 7, 8]))
print(st.variance([Fraction(1, 4), Fraction(5, 4)]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=3, method='inclusive'))
print(st.variance(data, 1.5), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.mean(range(10**6, 10**6 + 5)))
for f, arg in [(st.mean, []), (st.variance, [1]), (st.median, []), (st.mode, []), (st.stdev, [1]), (st.pvariance, [])]:
    try:
        f(arg)
    except st.StatisticsError as ex:
        print('StatisticsError', ex)
`);
  });

  it("float(), int(), round(), divmod() and math's floor/ceil/sqrt use the number dunders", () => {
    expectSameAsCPython(`class Num:
    def __init__(self, v): self.v = v
    def __float__(self): return self.v / 2
    def __int__(self): return 7
    def __round__(self, n=None): return ('round', n)
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
import math
print(float(Num(3)), int(Num(3)), round(Num(1)), round(Num(1), 2), divmod(Num(1), 5), divmod(5, Num(1)), math.floor(Num(1)), math.ceil(Num(1)), math.sqrt(Num(8)))
class Idx:
    def __index__(self): return 5
print(int(Idx()))
class Bad:
    def __float__(self): return 1
try:
    float(Bad())
except TypeError as e:
    print('TypeError', e)
`);
  });
});

describeCPythonParity("Fraction ** a non-rational: float(a) ** b, as CPython's", {}, [
  ["from fractions import Fraction\nfrom decimal import Decimal\nFraction(1, 2) ** Decimal(2)", "TypeError: unsupported operand type(s) for ** or pow(): 'float' and 'decimal.Decimal'"],
  ["from fractions import Fraction\nFraction(1, 2) ** 'x'", "TypeError: unsupported operand type(s) for ** or pow(): 'float' and 'str'"],
]);

describeCPythonParity("Fraction has no is_integer() in 3.11", {}, [
  ["from fractions import Fraction\nFraction(4, 2).is_integer()", "AttributeError: 'Fraction' object has no attribute 'is_integer'"],
]);
