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
    // float.as_integer_ratio reads the bits as doubles (methods/number.ts exactParts):
    // 3000 random bit patterns (subnormals, both signs, every exponent) and the edges.
    "as_integer_ratio of random bit patterns": `import struct, random
random.seed(5)
xs = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 2.0**52, 2.0**53, 2.0**53 + 2, 2.0**60, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.0, 0.75, -12345.678, 2.0**-52, 2.0**-53, 2.0**-1074, 123456789.0, 9007199254740991.0, 4503599627370497.5]
for i in range(3000):
    b = random.getrandbits(64)
    x = struct.unpack('<d', b.to_bytes(8, 'little'))[0]
    if x == x and x not in (float('inf'), float('-inf')):
        xs.append(x)
h = 0
for x in xs:
    n, d = x.as_integer_ratio()
    assert n / d == x or x == 0
    h = (h * 1000003 + hash((n, d))) % (1 << 61)
print(len(xs), h)
for x in xs[:24]: print(x.as_integer_ratio())
from fractions import Fraction
print(Fraction(0.1), Fraction(1e300) == int(1e300))
`,
  },
  [],
);
