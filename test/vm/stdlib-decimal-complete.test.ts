// decimal completed (CPython 3.11's _pydecimal as the module, behaving as the C module): exp, ln,
// log10, powers and their rounding, every Decimal and Context method, flags and traps with
// the C module's signals and messages, Emin/Emax/clamp, formats; against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("decimal, complete, against CPython 3.11", {
  "exp, ln, log10 and logb of a grid of values at several precisions and all rounding modes": `from decimal import Decimal as D, Context, localcontext, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_05UP
vals = ['0', '-0', '1', '2', '0.5', '10', '100', '1E-7', '3.14159', '-2.5', '123456.789', '0.999999', '1.000001', '1E+10', '7E-20', '2.718281828459045', '1E-999999', '9E+999', '-1', 'Infinity', '-Infinity', 'NaN']
for prec in (2, 9, 28):
    for rounding in (ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_05UP):
        if prec == 28 and rounding not in (ROUND_HALF_EVEN, ROUND_DOWN, ROUND_05UP):
            continue
        ctx = Context(prec=prec, rounding=rounding, traps=[])
        row = []
        for v in vals:
            x = D(v)
            row.append('%s/%s/%s/%s' % (ctx.exp(x), ctx.ln(x), ctx.log10(x), ctx.logb(x)))
        print(prec, rounding, ' '.join(row), ctx.flags)
with localcontext() as c:
    c.prec = 50
    print(D(1).exp(), D(2).ln(), D(3).log10(), D('0.001').exp(), D('1E+5').ln())
`,
  "powers (integer, fractional, negative, infinite exponents) at several precisions and roundings, three-argument pow": `from decimal import Decimal as D, Context, getcontext, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_05UP
bases = ['2', '0.5', '-1.5', '0', '-1', '1.0', '7.25', '0.001', '1.000000001', '-Infinity', 'NaN', '1E-999990', '9E+999990']
exps = ['0', '1', '3', '-2', '10', '0.5', '-0.5', '1.5', '1E+1', '33', '-7', 'Infinity', '1E+6']
for prec, rounding in ((28, ROUND_HALF_EVEN), (6, ROUND_DOWN), (5, ROUND_CEILING), (4, ROUND_HALF_UP), (3, ROUND_05UP)):
    ctx = Context(prec=prec, rounding=rounding, traps=[])
    for b in bases:
        print(prec, rounding[6:], b, ' '.join(str(ctx.power(D(b), D(e))) for e in exps))
    print(ctx.flags)
print(D(2) ** D("0.5"), D('1.5') ** D('2.5'), D(4) ** D('0.5'), D(8) ** (D(1) / 3), 2 ** D('0.5'), D('1.1') ** 100, D(3) ** -3)
for a, b, m in [(3, 4, 7), (-7, 3, 10), (2, 100, 1000007), (10, 0, 3), (5, 3, 1), (123456789, 987654321, 1000000007), (2, 10, -7), (-3, 5, -11)]:
    print(pow(D(a), D(b), D(m)), pow(D(a), b, m), getcontext().power(a, b, m))
for args in [(D('1.5'), 2, 7), (2, D('-1'), 7), (2, 3, 0), (0, 0, 5), (2, 3, D('1e30')), (D('inf'), 2, 5), (D('nan'), 2, 5)]:
    try:
        print(pow(D(args[0]), D(args[1]), D(args[2])))
    except Exception as e:
        print(type(e).__name__, e)
print(getcontext())
`,
  "Decimal methods: fma, remainder_near, scaleb, next_*, copy_sign, number_class, comparisons, logical ops, rotate, shift": `from decimal import *
D = Decimal
vals = ['0', '-0', '1', '-1', '1.5', '-2.50', '0.001', '123E+5', '9.999', '1E-999999', '1E-1000010', '9.99E+999999', 'Infinity', '-Infinity', 'NaN', '-sNaN7']
ctx = Context(prec=9, Emin=-999999, Emax=999999, traps=[])
setcontext(ctx)
for v in vals:
    x = D(v)
    print(v, x.number_class(), x.is_normal(), x.is_subnormal(), x.next_plus(), x.next_minus(), x.next_toward(D(1)), x.logb(), x.scaleb(-3), x.copy_sign(D('-0')), x.same_quantum(D('1.0')), x.to_integral_exact(), x.to_integral(), x.to_integral_value(ROUND_CEILING), x.canonical(), x.is_canonical(), x.radix(), x.adjusted(), x.is_signed(), x.is_qnan(), x.is_snan(), x.is_finite(), x.is_infinite())
    print(' ', x.real, x.imag, x.conjugate(), x.fma(3, D('0.5')), x.remainder_near(D('0.7')), x.max(D('1.5')), x.min(D('1.5')), x.max_mag(D(-2)), x.min_mag(D(-2)), x.compare(D('1.5')), x.compare_signal(D(1)), x.compare_total(D('1.50')), x.compare_total_mag(D('-1.5')), x.normalize(), x.sqrt())
    print(' ', ctx.flags)
    ctx.clear_flags()
def t(f):
    try:
        return f()
    except DecimalException as e:
        return '%s%s' % (type(e).__name__, e)
for a, b in [(1234, 2), (1234, -2), (123456789, 5), (1234, 0), (5, -9), (12, D('1.5')), (D('1.5'), 1)]:
    print(t(lambda: D(a).rotate(b)), t(lambda: D(a).shift(b)), t(lambda: D(a).rotate(b, Context(prec=5))), t(lambda: D(a).shift(b, Context(prec=5))))
print(t(lambda: D(12).logical_and(D(13))), t(lambda: D('1.1').logical_or(1)), t(lambda: D(-1).logical_invert()))
print(D(1101).logical_and(D(1011)), D(1101).logical_or(D(1011)), D(1101).logical_xor(D(1011)), D(1101).logical_invert(), D(0).logical_invert(Context(prec=5)))
print(D(10).remainder_near(3), D(10).remainder_near(4), D(-10).remainder_near(4), D(11).remainder_near(4), D('10.2').remainder_near(D(1)))
print(D(5).fma(2, 3), D('1.5').fma(D('2.5'), D('-3.75')), D(2).fma(D('inf'), 3), D('1e999999').fma(10, 0, Context(traps=[])))
print(D('1.23').scaleb(2), D('1.23').scaleb(-30), D('1e999999').scaleb(5, Context(traps=[])), D('1.5').same_quantum(D('9.9')), D(1).copy_sign(-2))
print(sorted([D('1.0'), D('1'), D('1.00'), D('-0'), D('0'), D('NaN'), D('-NaN'), D('sNaN'), D('Infinity'), D('-Infinity')], key=lambda x: (x.compare_total(D(0)), str(x)))[:3])
print([str(D(x).compare_total(D(y))) for x, y in [('1', '1.0'), ('NaN', 'sNaN'), ('-NaN', '-sNaN'), ('NaN1', 'NaN2'), ('-0', '0'), ('0E1', '0E-1'), ('-1.0', '-1')]])
try:
    D('sNaN').compare_signal(1)
except InvalidOperation as e:
    print('InvalidOperation', e)
try:
    D('NaN').compare_signal(1, Context(traps=[InvalidOperation]))
except InvalidOperation as e:
    print('InvalidOperation', e)
print(D('0.000001').to_eng_string(), D('1.2E+7').to_eng_string(), D('-0E-8').to_eng_string(), Context().to_sci_string(D('1e7')), Context().to_eng_string(D('123e4')))
`,
  "Context attributes, methods, flags and traps, Overflow/Underflow/Clamped, signal classes, Context repr": `import decimal
from decimal import *
D = Decimal
c = getcontext()
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop(), c.radix())
print(repr(c.flags))
print(c.traps[InvalidOperation], c.traps[Inexact], c.flags[Rounded], len(c.traps), list(c.traps)[:3], dict(c.traps)[Overflow])
x = D(1) / D(3); y = D('1E-999999') / 1000; z = D('1.10') + D('2.2'); w = D(10) / 4
print(x, y, z, w, c)
c.clear_flags()
c.traps[Inexact] = True
for f in [lambda: D(1) / D(3), lambda: D(2).sqrt(), lambda: D(1).exp(), lambda: D('1.5') ** D('0.5'), lambda: D('1.234').quantize(D('0.1')), lambda: D(4).sqrt(), lambda: D('1.5') * 2]:
    try:
        print(f())
    except Inexact as e:
        print(type(e).__name__, e, e.args)
c.traps[Rounded] = True
try:
    D('1.23456789012345678901234567890')
    print(+D('1.23456789012345678901234567890'))
except DecimalException as e:
    print(type(e).__name__, e)
c.traps[Rounded] = False
try:
    D('1.000000000000000000000000000000') + 0
except Rounded as e:
    print('Rounded', e)
print(c)
c.clear_traps(); c.clear_flags()
c.traps[Overflow] = True
for f in [lambda: D('9e999999') * 10, lambda: D('9e999999') + D('9e999999'), lambda: D(10) ** 1000000, lambda: D('1e999999').exp(), lambda: D('9.99e999999').next_plus(), lambda: D('1e999999').scaleb(1)]:
    try:
        print(f())
    except Overflow as e:
        print(type(e).__name__, e, issubclass(type(e), Inexact), issubclass(type(e), Rounded))
print(c)
c.traps[Overflow] = False; c.clear_flags()
print(D('9e999999') * 10, -D('9e999999') * 10, c)
for r in (ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, ROUND_UP, ROUND_05UP):
    print(r, Context(rounding=r, traps=[]).multiply(D('9e999999'), 10), Context(rounding=r, traps=[]).multiply(D('-9e999999'), 10))
small = Context(prec=5, Emin=-9, Emax=9, traps=[])
for v in ['1e-10', '1.2345e-12', '9.9999e9', '123456e4', '0E-20', '0E+20', '1e-15', '-5e-14']:
    small.clear_flags()
    print(v, small.plus(D(v)), small.multiply(D(v), 1), small)
clamped = Context(prec=5, Emin=-9, Emax=9, clamp=1, traps=[])
for v in ['1e9', '1e5', '12e7', '0e10', '1e-13']:
    clamped.clear_flags()
    print(v, clamped.create_decimal(v), clamped)
for t in [Underflow, Subnormal, Clamped]:
    try:
        Context(prec=5, Emin=-9, Emax=9, clamp=1, traps=[t]).multiply(D('1e-14'), 1)
    except DecimalException as e:
        print(type(e).__name__, e)
c.clear_traps(); c.traps[InvalidOperation] = True; c.traps[DivisionByZero] = True
c.traps[FloatOperation] = True
for f in [lambda: D(0.5), lambda: D(1) < 0.5, lambda: D(1) == 0.5, lambda: D.from_float(0.5), lambda: c.create_decimal_from_float(0.1)]:
    try:
        print(f())
    except FloatOperation as e:
        print('FloatOperation', e)
c.traps[FloatOperation] = False
print(c)
setcontext(Context())
ctx = Context(prec=7, rounding=ROUND_HALF_UP, traps=[])
print(ctx.add(1, D('0.00000005')), ctx.subtract(2, D('1.1')), ctx.multiply(D('1.23456'), 3), ctx.divide(2, 3), ctx.divide_int(7, 2), ctx.remainder(-7, 2), ctx.remainder_near(7, 4), ctx.divmod(7, 2), ctx.power(2, 10), ctx.power(2, -1), ctx.power(D('2.5'), D('1.5')), ctx.sqrt(2), ctx.exp(2), ctx.ln(10), ctx.log10(1000), ctx.logb(250))
print(ctx.plus(D('1.23456789')), ctx.minus(D('1.23456789')), ctx.abs(D('-1.5')), ctx.quantize(D('1.23456'), D('0.001')), ctx.compare(1, 2), ctx.compare_signal(2, 1), ctx.to_integral_value(D('2.5')), ctx.to_integral_exact(D('2.5')), ctx.to_integral(D('3.5')), ctx.normalize(D('1.200')), ctx.create_decimal('  1.234567890 '), ctx.create_decimal(7), ctx.create_decimal_from_float(0.1), ctx.fma(2, 3, 4), ctx.max(1, 2), ctx.min(1, 2), ctx.max_mag(-3, 2), ctx.min_mag(-3, 2))
print(ctx.next_plus(1), ctx.next_minus(1), ctx.next_toward(1, 2), ctx.number_class(D('-0')), ctx.is_normal(D('1e-999999')), ctx.is_subnormal(D('1e-1000000')), ctx.is_zero(0), ctx.is_signed(D(-1)), ctx.is_nan(D('nan')), ctx.is_finite(1), ctx.is_infinite(D('inf')), ctx.is_qnan(D('nan')), ctx.is_snan(D('snan')), ctx.is_canonical(D(1)), ctx.canonical(D(2)), ctx.copy_abs(D(-1)), ctx.copy_negate(D(1)), ctx.copy_sign(D(1), D(-2)), ctx.copy_decimal(D(3)), ctx.same_quantum(D('1.0'), D('2.0')), ctx.scaleb(D(1), 2), ctx.rotate(D(123), 1), ctx.shift(D(123), 1), ctx.logical_and(D(11), D(10)), ctx.to_sci_string(D('1e-8')), ctx.radix())
print(ctx, ctx.copy(), Context(), Context(traps=[Inexact], flags=[Rounded]), Context(prec=3, Emin=-5, Emax=5, capitals=0, clamp=1))
e = Context(capitals=0)
print(e.create_decimal('1e100'), e.to_sci_string(D('1e100')), e)
print(DefaultContext, BasicContext, ExtendedContext, sep='\\n')
for f in [lambda: Context(prec=0), lambda: Context(prec='a'), lambda: Context(Emin=1), lambda: Context(Emax=-1), lambda: Context(capitals=2), lambda: Context(clamp=-1), lambda: Context(rounding='x'), lambda: setattr(Context(), 'foo', 1), lambda: delattr(Context(), 'prec'), lambda: Context().traps.__setitem__('x', 1), lambda: Context().traps['x'], lambda: Context(traps={Inexact: 1}), lambda: setattr(Context(), 'flags', 5), lambda: Context().add(1, 'x'), lambda: Context().power(2, 1.5), lambda: localcontext(foo=1), lambda: setcontext(5), lambda: Context().create_decimal('1_000'), lambda: Context().create_decimal('abc')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
with localcontext(prec=4, rounding=ROUND_DOWN, traps=[Inexact]) as lc:
    print(lc)
    try:
        D(1) / 3
    except Inexact as e:
        print('Inexact', e)
print(getcontext())
print([s.__name__ for s in (Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal, Overflow, Underflow, FloatOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext)])
print([[b.__name__ for b in s.__mro__] for s in (Overflow, Underflow, DivisionByZero, DivisionUndefined, FloatOperation, ConversionSyntax, InvalidContext)])
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)
`,
  "random operations in random contexts (precision, rounding, Emin/Emax, clamp, traps)": `from decimal import *
seed = [12345]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % n
def pick(xs):
    return xs[rnd(len(xs))]
def num():
    if rnd(20) == 0:
        return pick(['Inf', '-Inf', 'NaN', 'sNaN', '-0', '0', 'NaN123', '1', '-1'])
    digits = ''.join([str(rnd(10)) for _ in range(1 + rnd(pick([3, 10, 40])))])
    e = rnd(61) - 30 if rnd(10) else rnd(2201) - 1100
    return pick(['', '-']) + digits + 'E' + str(e)
un = ['exp', 'ln', 'log10', 'logb', 'sqrt', 'next_plus', 'next_minus', 'number_class', 'to_integral_exact', 'normalize', '__neg__', '__abs__', 'to_eng_string', '__int__', '__round__']
bi = ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__pow__', '__pow__', 'remainder_near', 'scaleb', 'next_toward', 'max', 'min_mag', 'compare_total', 'quantize', 'rotate', 'shift', '__divmod__', '__lt__', '__eq__', 'fma']
roundings = [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
sigs = [Inexact, Rounded, Underflow, Subnormal, Clamped, Overflow, InvalidOperation, DivisionByZero]
for case in range(350):
    emax = pick([999999, 999999, 99, 9])
    traps = [pick(sigs) for _ in range(pick([0, 0, 1, 2]))]
    ctx = Context(prec=pick([1, 2, 3, 5, 9, 16, 28]), rounding=pick(roundings), Emax=emax, Emin=-emax, clamp=pick([0, 0, 0, 1]), traps=traps)
    setcontext(ctx)
    kind = rnd(3)
    try:
        if kind == 0:
            op = pick(un)
            args = [num()]
            r = getattr(Decimal(args[0]), op)()
        else:
            op = pick(bi)
            args = [num(), pick([num(), str(rnd(41) - 20), '0.5', '-1.5', '2.5'])]
            x = Decimal(args[0])
            y = Decimal(args[1])
            r = x.fma(y, Decimal(num())) if op == 'fma' else getattr(x, op)(y)
        res = repr(r)
    except Exception as e:
        res = type(e).__name__ + ':' + str(e)
    print(case, op, args, res, ctx)
`,
  "format types e E g G n and none, hashing, floats and Fractions, subclasses, tuples, strings": `import copy, math, numbers
from decimal import *
from fractions import Fraction
D = Decimal
vals = ['0', '-0', '1234.5678', '-0.000012345', '1E+30', '9.9999', '123456789', '0.5', 'Infinity', '-NaN', '1.000E-10', '5E-7']
for spec in ['', 'e', 'E', '.3e', '.0E', 'g', 'G', '.2g', '.10G', 'n', '.3n', '>12.2e', '<+10g', '^14.4G', '012.3e', ',g', ',.2e', 'z.1e', '.1%', ',f']:
    print(repr(spec), [format(D(v), spec) for v in vals])
with localcontext(capitals=0, rounding=ROUND_DOWN):
    print([format(D(v), '') for v in vals], [format(D(v), '.2') for v in vals], str(D('1E+30')), repr(D('-1.5E-20')))
print(hash(D(5)) == hash(5), hash(D('0.5')) == hash(0.5), hash(D(2) ** 80) == hash(2 ** 80), hash(D('-1.25')) == hash(-1.25), hash(D('Infinity')) == hash(math.inf), hash(D('1E+30')) == hash(10 ** 30), hash(D('0.1')) == hash(Fraction(1, 10)), hash(D('-0')) == hash(0))
print(D(1) == Fraction(1), D('0.5') < Fraction(2, 3), D('0.75') == Fraction(3, 4), D('0.5') == 0.5, D(1) < 1.5, D(2) > 1.5, D(1) == 1 + 0j, D('NaN') == D('NaN'), D('NaN') != 1)
print(getcontext().flags[FloatOperation], getcontext())
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), issubclass(Decimal, numbers.Number))
class Money(Decimal):
    def __repr__(self):
        return 'Money(%s)' % str(self)
m = Money('1.50')
print(repr(m), type(m + 1).__name__, type(-m).__name__, type(m.quantize(D('0.1'))).__name__, type(copy.copy(m)).__name__, isinstance(m, Decimal), m == D('1.5'), Money.from_float(0.25), type(Money.from_float(0.25)).__name__)
print(copy.copy(D('1.5')), copy.deepcopy(D('-2.5E+3')), D('1.20').as_tuple(), D('-Infinity').as_tuple(), D('NaN12').as_tuple(), D((1, (1, 2, 3), -2)), D((0, (), 'F')), D((1, [4, 5], 'n')), D('7.25').as_integer_ratio(), D(-7).as_integer_ratio())
print(sum([D('0.1')] * 10), sum([D('1.1'), 2, D('3.3')]), max(D(1), D('1.0')), min(D(2), 1), sorted([D('2.1'), D('-1'), D('0.5')]), round(D('2.675'), 2), round(D('-2.5')), math.floor(D('-1.5')), math.ceil(D('1.1')), math.trunc(D('-1.9')), int(D('1e3')), float(D('1.1')), complex(D('1.5')))
print(D('1.1').real, D('1.1').imag, D('1.1').conjugate(), D(3).__complex__(), D(' 1_000.5 '), D('-Inf'), D('snan'), D('.5'), D('5.'), D('1e+1'), D('1E-0'))
for bad in ['', '1_', '_1', '1__0', '1.2.3', 'e5', '1e', 'Infinit', 'nan1x', '1 2']:
    try:
        D(bad)
    except InvalidOperation as e:
        print(repr(bad), e)
getcontext().traps[InvalidOperation] = False
print(D('abc'), D(1) / 0 if False else D(0) / 0, D('inf') - D('inf'), D(-1).sqrt(), D(-1).ln(), getcontext())
`,
  "context and rounding arguments are checked as the C module does": `from decimal import *
D = Decimal
for f in [lambda: D(1).exp('x'), lambda: D(1).quantize(D(1), None, 'x'), lambda: D(1).quantize(D(1), 'x'), lambda: D(1).compare(2, 5), lambda: D('1.5').to_integral_value('x'), lambda: D(1).sqrt(context=3), lambda: D(1).fma(2, 3, 'c'), lambda: D(1).is_normal(4), lambda: D(1).to_eng_string(5), lambda: D('1.5').to_integral(rounding='up'), lambda: Decimal('1', 'x'), lambda: D(1).next_plus(None), lambda: round(D('1.5'), None)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
`,
}, [
  [`from decimal import *
getcontext().traps[Inexact] = True
Decimal(1) / Decimal(3)
`, `decimal.Inexact: [<class 'decimal.Inexact'>]`],
  [`from decimal import *
getcontext().traps[Inexact] = True
getcontext().traps[Rounded] = True
Decimal(2) ** Decimal('0.5')
`, `decimal.Inexact: [<class 'decimal.Inexact'>, <class 'decimal.Rounded'>]`],
  [`from decimal import Decimal as D
D('9e999999') * 10
`, `decimal.Overflow: [<class 'decimal.Overflow'>]`],
  [`from decimal import *
getcontext().traps[Inexact] = True
Decimal('9e999999').exp()
`, `decimal.Overflow: [<class 'decimal.Overflow'>, <class 'decimal.Inexact'>]`],
  [`from decimal import *
Context(traps=[Underflow]).divide(Decimal('1e-999999'), 3)
`, `decimal.Underflow: [<class 'decimal.Underflow'>]`],
  [`from decimal import *
Context(prec=5, Emax=9, Emin=-9, clamp=1, traps=[Clamped]).create_decimal('1e9')
`, `decimal.Clamped: [<class 'decimal.Clamped'>]`],
  [`from decimal import Decimal as D
D(0) / D(0)
`, `decimal.InvalidOperation: [<class 'decimal.DivisionUndefined'>]`],
  [`from decimal import Decimal as D
divmod(D(1), D(0))
`, `decimal.InvalidOperation: [<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]`],
  [`from decimal import Decimal as D
D(-2).ln()
`, `decimal.InvalidOperation: [<class 'decimal.InvalidOperation'>]`],
  [`from decimal import Decimal as D
D(-2) ** D('0.5')
`, `decimal.InvalidOperation: [<class 'decimal.InvalidOperation'>]`],
  [`from decimal import Decimal as D
pow(D(2), D(3), D('1.5'))
`, `decimal.InvalidOperation: [<class 'decimal.InvalidOperation'>]`],
  [`from decimal import *
getcontext().traps[FloatOperation] = True
Decimal(1) < 1.5
`, `decimal.FloatOperation: [<class 'decimal.FloatOperation'>]`],
  [`import decimal
decimal.Context(prec=0)
`, `ValueError: valid range for prec is [1, MAX_PREC]`],
  [`import decimal
decimal.getcontext().Emin = 5
`, `ValueError: valid range for Emin is [MIN_EMIN, 0]`],
  [`import decimal
decimal.getcontext().add(1, 'x')
`, `TypeError: conversion from str to Decimal is not supported`],
  [`import decimal
decimal.Context().foo = 1
`, `AttributeError: 'decimal.Context' object has no attribute 'foo'`],
  [`from decimal import Decimal as D
D(1).exp('x')
`, `TypeError: optional argument must be a context`],
]);
