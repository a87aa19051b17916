// Fraction(float), Fraction.from_float and statistics' exact sums take a float's
// integer ratio from float.as_integer_ratio() (fractionsSource.ts _float_ratio), which
// replaced a loop doubling frexp's mantissa up to 53 times per float: statistics.stdev
// of 20,000 floats ran ~25x CPython. Exactness at the extremes of the double range.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "Fraction of floats and statistics' exact sums against CPython",
  {
    "extreme floats, subnormals, negative zero, sums, statistics": `from fractions import Fraction
import statistics, math
vals = [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        123456.789, 1/3, 2.0**60, 2.0**-1074 * 3, 7.0, 0.5**53]
for v in vals:
    f = Fraction(v)
    print(f.numerator.bit_length(), f.denominator.bit_length(), f.numerator % 1000003, f == Fraction.from_float(v), float(f) == v)
xs = [(i * 0.37) % 11.3 - 5 for i in range(2000)]
print(statistics.mean(xs), statistics.stdev(xs), statistics.variance(xs), statistics.pvariance(xs), statistics.median(xs))
print(sum(Fraction(x) for x in xs), statistics.mean([1e300, 1e-300, -1e300]))
for bad in (math.inf, -math.inf, math.nan):
    for make in (Fraction, Fraction.from_float):
        try:
            make(bad)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
print(statistics.mean([math.inf, 1.0]), statistics.mean([1.0, math.nan]))
`,
  },
  [],
);
