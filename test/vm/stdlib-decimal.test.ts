import { describe, it } from "vitest";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";

describe.runIf(haveCPython)("decimal (against CPython 3.11)", () => {
  it("construction, context precision and rounding, arithmetic, quantize, sqrt, comparisons, hashing, formatting, signals", () => {
    expectSameAsCPython(`from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, InvalidOperation, DivisionByZero
import decimal, math
a = Decimal('1.10'); b = Decimal('2.205'); c = Decimal(3)
print(a + b, a - b, a * b, a / c, b / a, c / Decimal('4'), Decimal(1) / Decimal(7), Decimal(2) / Decimal(3), Decimal(10) / Decimal(4), Decimal('1.00') / Decimal('0.5'))
print(repr(a), str(Decimal('1E+3')), Decimal('0.000001'), Decimal('0.0000001'), Decimal('-0'), Decimal('123.456e-10'), Decimal('1e100'), Decimal(' 7.5 '), Decimal('-Infinity'), Decimal('NaN'), Decimal('1_000.5'))
print(Decimal(0.1), Decimal(2.5), Decimal(-1e20), Decimal(123456789), Decimal((0, (1, 4, 1, 4), -3)), Decimal((1, (0,), 2)), Decimal.from_float(0.25), Decimal(True))
print(a == Decimal('1.1'), a < b, b > 2, Decimal('0.5') == 0.5, Decimal(1) == 1, sorted([b, a, c]), max(a, b), hash(Decimal(5)) == hash(5), hash(Decimal('0.5')) == hash(0.5), {Decimal('2.0'): 'x'}[2])
print(int(Decimal('-7.9')), float(Decimal('1.25')), math.floor(Decimal('-1.5')), math.ceil(Decimal('1.2')), round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('1.2345'), 2), Decimal('1.2345').quantize(Decimal('0.01')), Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN))
for r in (ROUND_HALF_UP, ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP):
    print(r, Decimal('2.5').quantize(Decimal('1'), rounding=r), Decimal('-2.5').quantize(Decimal('1'), rounding=r), Decimal('1.05').quantize(Decimal('0.1'), rounding=r), Decimal('-0.15').quantize(Decimal('0.1'), rounding=r))
print(Decimal(-7) // Decimal(2), Decimal(-7) % Decimal(2), divmod(Decimal('7.5'), Decimal(2)), Decimal(7) % Decimal('0.3'), Decimal(2) ** 10, Decimal('1.1') ** 3, Decimal(2) ** -2, Decimal(2) ** 100, Decimal('0.5') ** -1)
print(Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal('0.25').sqrt(), Decimal('1.21').sqrt(), Decimal(10).sqrt())
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('123456789') + 0, Decimal('1.23456789') * 1, Decimal(2).sqrt(), +Decimal('3.14159265'), -Decimal('1.0000005'))
with localcontext() as ctx:
    ctx.prec = 3
    ctx.rounding = ROUND_HALF_UP
    print(Decimal(2) / 3, Decimal('2.675') * 1, getcontext().prec)
print(getcontext().prec, getcontext().rounding)
getcontext().prec = 28
print(sum([Decimal('0.1')] * 10), Decimal('0.1') * 3 == Decimal('0.3'), Decimal('1.30').normalize(), Decimal('100').normalize(), Decimal('1.20').as_tuple(), Decimal('-0.5').as_integer_ratio(), Decimal('1E+2').adjusted(), Decimal('12.5').to_integral_value())
print(Decimal('0').is_zero(), Decimal('-1').is_signed(), Decimal('NaN').is_nan(), Decimal('Infinity') > 10**30, Decimal('inf') + 1, Decimal('1.5').copy_negate(), abs(Decimal('-2.50')), Decimal('1e3').to_eng_string(), Decimal('12345e-12').to_eng_string())
print(f"{Decimal('3.14159'):.2f}", f"{Decimal('2.5'):.0f}", format(Decimal('1234.5'), '10.1f'), f"{Decimal('0.125'):.1%}", Decimal(5) + 3, 3 - Decimal(5), 2 * Decimal('1.5'), 1 / Decimal(8), 7 // Decimal(2))
for f in [lambda: Decimal('abc'), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal([1]), lambda: Decimal('NaN') < 1, lambda: Decimal('inf') - Decimal('inf'), lambda: Decimal(-1).sqrt(), lambda: setattr(getcontext(), 'prec', 0)]:
    try:
        print(f())
    except (InvalidOperation, DivisionByZero, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError), Decimal('NaN') == Decimal('NaN'), Decimal(1) != Decimal('1.0'))
print(f"{Decimal('-1234567.891'):,.2f}|{Decimal('5'):+08.1f}|{Decimal('2.5'):*^9.2f}|{Decimal('-3'):<6.1f}|{Decimal('0.5'): .1%}|{Decimal('7'):F}")
`);
  });
});
