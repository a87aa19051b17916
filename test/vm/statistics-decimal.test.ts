// statistics and fractions with Decimal data (as_integer_ratio, Decimal results and
// roots), and statistics.median_grouped, against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("statistics and Fraction with Decimal against CPython", { "mean, median, variance, stdev, Fraction, median_grouped": `from decimal import Decimal
from fractions import Fraction
import statistics
print(statistics.mean([Decimal("1.1"), Decimal("2.2")]), Fraction(Decimal("0.75")), Fraction(Decimal("-1.5E3")))
print(statistics.median([Decimal("1.1"), Decimal("2.2"), Decimal("0.5")]), statistics.fmean([Decimal("1"), Decimal("2")]))
print(statistics.variance([Decimal("1"), Decimal("2"), Decimal("4")]), statistics.stdev([Decimal("1.5"), Decimal("2.5"), Decimal("4")]))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.mean([1, 2.5]))
try:
    Fraction(Decimal("NaN"))
except ValueError as e:
    print("ValueError", e)
print(statistics.median_grouped([1, 2, 2, 3]), statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2), statistics.median_grouped([5]))
print(statistics.median_grouped([Fraction(1, 2), Fraction(3, 2), 2]))
try:
    statistics.median_grouped([])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
` }, []);

describeCPythonParity("statistics.stdev/pstdev of data with a NaN or infinity: CPython 3.11's AttributeError", {
  finite: "import statistics as s\nfrom decimal import Decimal as D\nprint(s.stdev([1.5, 2.5], xbar=2.0), s.stdev([D('1.5'), D('2.5')]), s.pstdev([1, 2, 4]), s.variance([1.0, float('nan')]))\n",
}, [
  ["import statistics\nstatistics.stdev([1.0, float('inf')])", "AttributeError: 'float' object has no attribute 'numerator'"],
  ["import statistics\nstatistics.pstdev([1.0, float('nan')])", "AttributeError: 'float' object has no attribute 'numerator'"],
  ["import statistics\nfrom decimal import Decimal\nstatistics.stdev([Decimal(1), Decimal('NaN')])", "AttributeError: 'decimal.Decimal' object has no attribute 'numerator'"],
]);
