// `decimal` (Python 3 dialect): a library module written in ePython, CPython 3.11's
// Lib/_pydecimal.py (PSF licence, as CPython's; docstrings and comments dropped) on
// the VM's big ints, made to behave as CPython's C module (_decimal, libmpdec), whose
// results, flags and messages CPython programs see.
//
// Provided: all of _pydecimal. Decimal from str (CPython's grammar: whitespace,
// underscores anywhere, other scripts' digits), int, float (exact: at the default
// float32 precision the float itself is float32's; FloatOperation signalled), tuple,
// Decimal; + - * / // % divmod ** pow(x, y, m), exp, ln, log10, logb, sqrt (all
// correctly rounded as _pydecimal's), fma, remainder_near, scaleb, quantize,
// to_integral(_exact/_value), normalize, next_plus/minus/toward, copy_sign/abs/negate,
// same_quantum, number_class, is_* predicates, max/min(_mag), compare(_signal,
// _total, _total_mag), logical_and/or/xor/invert, rotate, shift, adjusted, canonical,
// radix, real/imag/conjugate, as_tuple (DecimalTuple), as_integer_ratio, from_float,
// int/float/complex/round/floor/ceil/trunc, hashing equal to the equal int's, float's
// and Fraction's, comparisons with ints, floats, Fractions and complex, str/repr/
// to_eng_string, format with e E f F g G n % and none (the C locale for 'n').
// Context: prec, rounding, Emin, Emax, capitals, clamp (checked with the C module's
// messages), every arithmetic method (ctx.add ... ctx.to_integral_value,
// create_decimal, create_decimal_from_float), flags and traps as the C module's
// SignalDict (its repr and KeyErrors), clear_flags, clear_traps, copy, Etiny, Etop,
// the repr in libmpdec's order; getcontext, setcontext, localcontext (with keyword
// arguments), DefaultContext, BasicContext, ExtendedContext; the signals and
// conditions (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
// DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact, InvalidContext,
// Rounded, Subnormal, Overflow, Underflow, FloatOperation) with CPython's hierarchy.
// Subnormal results, overflow past Emax (Infinity or the largest number by the
// rounding), clamping.
//
// What the C module does differently from _pydecimal, done here as it does:
// - Signals: the conditions of one operation (Overflow, Inexact and Rounded of an
//   overflow, the quotient's and remainder's of divmod...) all set their flags, then
//   the first trapped one in the C module's order is raised with the list of the
//   trapped conditions as its argument (`decimal.Overflow: [<class
//   'decimal.Overflow'>]`); an InvalidOperation names its condition
//   (`[<class 'decimal.DivisionUndefined'>]`).
// - Powers: libmpdec's algorithms (integer exponents by squaring at a few more
//   digits, others as exp(y * ln(x)) at prec + 23 digits, both then rounded to the
//   context; its bounds of certain overflow and underflow), whose results in the
//   directed rounding modes are not always _pydecimal's correctly rounded ones.
// - Quotients of // and divmod are rounded to the context (Overflow with a small
//   Emax); context and rounding arguments are checked; messages of TypeError,
//   ValueError and OverflowError are the C module's.
// Speed: + - * /, negation, comparisons and quantize have fast paths (the exact
// result rounded once; no rounding, flags or range work when the result fits), and
// the hot functions are small (_fix, _round_normal, _add_near: the VM runs small
// functions faster; special values go to _mul_special, _div_special...). A loop of
// 20000 additions and multiplications and 5000 divisions: 13.3 M VM instructions
// (the previous compact module: 14.3 M), about the same time.
// Not provided: the operators' methods (__add__ ...) take _pydecimal's optional
// context argument, which the C module's refuse; a SignalDict compares with dicts
// as a dict (the C module raises ValueError); one current context per core (no
// contextvars: a core has no threads). Hashes are CPython's (modulus
// 2**61 - 1, as src/vm/hash.ts): equal to those of equal ints, floats and Fractions.
// Memory: importing the module charges some 13 KB (its classes' ~260 functions, the
// three contexts), past an Epiphany III core's 8 KB of local data: there it spills
// into shared memory (one warning). numbers is imported only to compare with other
// rationals (Decimal is a numbers.Number natively, vm/modules/collectionsAbc.ts).
// Errors name the types 'decimal.Decimal' and 'decimal.Context', as CPython's.

export const DECIMAL_SOURCE = String.raw`# decimal: library module of ePython-TS (see src/vm/modules/decimalSource.ts)
import math as _math
class DecimalTuple(tuple):
    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    @property
    def sign(self):
        return self[0]

    @property
    def digits(self):
        return self[1]

    @property
    def exponent(self):
        return self[2]

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % (self[0], self[1], self[2])


ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
HAVE_THREADS = True
HAVE_CONTEXTVAR = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

class DecimalException(ArithmeticError):

    def handle(self, context, *args):
        pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):

    def handle(self, context, *args):
        if args:
            ans = _dec_from_triple(args[0]._sign, args[0]._int, 'n', True)
            return ans._fix_nan(context)
        return _NaN

class ConversionSyntax(InvalidOperation):

    def handle(self, context, *args):
        return _NaN

class DivisionByZero(DecimalException, ZeroDivisionError):

    def handle(self, context, sign, *args):
        return _SignedInfinity[sign]

class DivisionImpossible(InvalidOperation):

    def handle(self, context, *args):
        return _NaN

class DivisionUndefined(InvalidOperation, ZeroDivisionError):

    def handle(self, context, *args):
        return _NaN

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):

    def handle(self, context, *args):
        return _NaN

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):

    def handle(self, context, sign, *args):
        if context.rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
            return _SignedInfinity[sign]
        if sign == 0:
            if context.rounding == ROUND_CEILING:
                return _SignedInfinity[sign]
            return _dec_from_triple(sign, '9' * context.prec, context.Emax - context.prec + 1)
        if sign == 1:
            if context.rounding == ROUND_FLOOR:
                return _SignedInfinity[sign]
            return _dec_from_triple(sign, '9' * context.prec, context.Emax - context.prec + 1)

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass
# The C module's orders: the signals of a SignalDict and of an exception's class,
# the conditions of an exception's list, the signals of a Context's repr.
_signals = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped]
_list_order = [InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext, FloatOperation,
               DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped]
# libmpdec's status bits, which order a Context's repr: InvalidOperation stands
# where the lowest bit of the conditions that set it does.
_bits = {Clamped: 1, ConversionSyntax: 2, DivisionByZero: 4, DivisionImpossible: 8, DivisionUndefined: 16, Inexact: 64,
         InvalidContext: 128, InvalidOperation: 256, FloatOperation: 1024, Overflow: 2048, Rounded: 4096, Subnormal: 8192,
         Underflow: 16384}
_condition_map = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation, DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}
_rounding_modes = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)
_context_attributes = frozenset(['prec', 'Emin', 'Emax', 'capitals', 'clamp', 'rounding', 'flags', 'traps'])
_current = [None]

def getcontext():
    context = _current[0]
    if context is None:
        context = _current[0] = Context()
    return context

def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context

def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    ctx_manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in _context_attributes:
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(ctx_manager.new_context, key, value)
    return ctx_manager

def _check_context(context):
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')


def _parse(text):
    # (sign, digits, exp, is_special) of a numeric string, or None (CPython's
    # grammar, without _pydecimal's regular expression).
    s = text.strip().replace('_', '')
    if not s:
        return None
    if not s.isascii():
        # Other scripts' decimal digits are digits too.
        s = ''.join([str(int(ch)) if ch.isdecimal() else ch for ch in s])
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, '0', 'F', True
    if low.startswith('nan') or low.startswith('snan'):
        payload = low[4:] if low[0] == 's' else low[3:]
        if payload and not (payload.isdigit() and payload.isascii()):
            return None
        return sign, payload.lstrip('0'), 'N' if low[0] == 's' else 'n', True
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        e = low[epos + 1:]
        body = e[1:] if e[:1] in '+-' else e
        if not (body.isdigit() and body.isascii()):
            return None
        exp = int(e)
        s = s[:epos]
    whole, dot, frac = s.partition('.')
    if whole + frac == '' or not ((whole + frac).isdigit() and (whole + frac).isascii()):
        return None
    return sign, (whole + frac).lstrip('0') or '0', exp - len(frac), False


class Decimal(object):
    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value='0', context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                return context._raise_error(ConversionSyntax, 'Invalid literal for Decimal: %r' % value)
            self._sign, self._int, self._exp, self._is_special = parsed
            return self
        if isinstance(value, int):
            if value >= 0:
                self._sign = 0
            else:
                self._sign = 1
            self._exp = 0
            self._int = str(abs(value))
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._exp = value._exp
            self._sign = value._sign
            self._int = value._int
            self._is_special = value._is_special
            return self
        if isinstance(value, _WorkRep):
            self._sign = value.sign
            self._int = str(value.int)
            self._exp = int(value.exp)
            self._is_special = False
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            if not (isinstance(value[0], int) and value[0] in (0, 1)):
                raise ValueError('sign must be an integer with the value 0 or 1')
            self._sign = value[0]
            if not isinstance(value[1], (list, tuple)):
                raise ValueError('coefficient must be a tuple of digits')
            if value[2] == 'F':
                self._int = '0'
                self._exp = value[2]
                self._is_special = True
            else:
                digits = []
                for digit in value[1]:
                    if isinstance(digit, int) and 0 <= digit <= 9:
                        if digits or digit != 0:
                            digits.append(digit)
                    else:
                        raise ValueError('coefficient must be a tuple of digits')
                if value[2] in ('n', 'N'):
                    self._int = ''.join(map(str, digits))
                    self._exp = value[2]
                    self._is_special = True
                elif isinstance(value[2], int):
                    self._int = ''.join(map(str, digits or [0]))
                    self._exp = value[2]
                    self._is_special = False
                elif isinstance(value[2], str):
                    raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
                else:
                    raise ValueError('exponent must be an integer')
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise_error(FloatOperation, 'strict semantics for mixing floats and Decimals are enabled')
            value = Decimal.from_float(value)
            self._exp = value._exp
            self._sign = value._sign
            self._int = value._int
            self._is_special = value._is_special
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            sign = 0 if f >= 0 else 1
            k = 0
            coeff = str(abs(f))
        elif isinstance(f, float):
            if _math.isinf(f) or _math.isnan(f):
                return cls(repr(f))
            if _math.copysign(1.0, f) == 1.0:
                sign = 0
            else:
                sign = 1
            n, d = abs(f).as_integer_ratio()
            k = d.bit_length() - 1
            coeff = str(n * 5 ** k)
        else:
            raise TypeError('argument must be int or float.')
        result = _dec_from_triple(sign, coeff, -k)
        if cls is Decimal:
            return result
        else:
            return cls(result)

    def _isnan(self):
        if self._is_special:
            exp = self._exp
            if exp == 'n':
                return 1
            elif exp == 'N':
                return 2
        return 0

    def _isinfinity(self):
        if self._exp == 'F':
            if self._sign:
                return -1
            return 1
        return 0

    def _check_nans(self, other=None, context=None):
        self_is_nan = self._isnan()
        if other is None:
            other_is_nan = False
        else:
            other_is_nan = other._isnan()
        if self_is_nan or other_is_nan:
            if context is None:
                context = getcontext()
            if self_is_nan == 2:
                return context._raise_error(InvalidOperation, 'sNaN', self)
            if other_is_nan == 2:
                return context._raise_error(InvalidOperation, 'sNaN', other)
            if self_is_nan:
                return self._fix_nan(context)
            return other._fix_nan(context)
        return 0

    def _compare_check_nans(self, other, context):
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self.is_snan():
                return context._raise_error(InvalidOperation, 'comparison involving sNaN', self)
            elif other.is_snan():
                return context._raise_error(InvalidOperation, 'comparison involving sNaN', other)
            elif self.is_qnan():
                return context._raise_error(InvalidOperation, 'comparison involving NaN', self)
            elif other.is_qnan():
                return context._raise_error(InvalidOperation, 'comparison involving NaN', other)
        return 0

    def __bool__(self):
        return self._is_special or self._int != '0'

    def _cmp(self, other):
        if self._is_special or other._is_special:
            self_inf = self._isinfinity()
            other_inf = other._isinfinity()
            if self_inf == other_inf:
                return 0
            elif self_inf < other_inf:
                return -1
            else:
                return 1
        if self._int == '0':
            if other._int == '0':
                return 0
            else:
                return -(-1) ** other._sign
        if other._int == '0':
            return (-1) ** self._sign
        if other._sign < self._sign:
            return -1
        if self._sign < other._sign:
            return 1
        self_adjusted = self._exp + len(self._int)
        other_adjusted = other._exp + len(other._int)
        if self_adjusted == other_adjusted:
            self_padded = self._int + '0' * (self._exp - other._exp)
            other_padded = other._int + '0' * (other._exp - self._exp)
            if self_padded == other_padded:
                return 0
            elif self_padded < other_padded:
                return -(-1) ** self._sign
            else:
                return (-1) ** self._sign
        elif self_adjusted > other_adjusted:
            return (-1) ** self._sign
        else:
            return -(-1) ** self._sign

    def __eq__(self, other, context=None):
        self, other = _convert_for_comparison(self, other, equality_op=True)
        if other is NotImplemented:
            return other
        if (self._is_special or other._is_special) and self._check_nans(other, context):
            return False
        return self._cmp(other) == 0

    def __lt__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        if (self._is_special or other._is_special) and self._compare_check_nans(other, context):
            return False
        return self._cmp(other) < 0

    def __le__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        if (self._is_special or other._is_special) and self._compare_check_nans(other, context):
            return False
        return self._cmp(other) <= 0

    def __gt__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        if (self._is_special or other._is_special) and self._compare_check_nans(other, context):
            return False
        return self._cmp(other) > 0

    def __ge__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        if (self._is_special or other._is_special) and self._compare_check_nans(other, context):
            return False
        return self._cmp(other) >= 0

    def compare(self, other, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        other = _convert_other(other, raiseit=True)
        if self._is_special or (other and other._is_special):
            ans = self._check_nans(other, context)
            if ans:
                return ans
        return Decimal(self._cmp(other))

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value')
            elif self.is_nan():
                return object.__hash__(self)
            elif self._sign:
                return -_PyHASH_INF
            else:
                return _PyHASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        hash_ = int(self._int) * exp_hash % _PyHASH_MODULUS
        ans = -hash_ if self._sign else hash_
        return -2 if ans == -1 else ans

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            else:
                raise OverflowError('cannot convert Infinity to integer ratio')
        if not self:
            return (0, 1)
        n = int(self._int)
        if self._exp >= 0:
            n, d = (n * 10 ** self._exp, 1)
        else:
            d5 = -self._exp
            while d5 > 0 and n % 5 == 0:
                n //= 5
                d5 -= 1
            d2 = -self._exp
            shift2 = min((n & -n).bit_length() - 1, d2)
            if shift2:
                n >>= shift2
                d2 -= shift2
            d = 5 ** d5 << d2
        if self._sign:
            n = -n
        return (n, d)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        sign = ['', '-'][self._sign]
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            elif self._exp == 'n':
                return sign + 'NaN' + self._int
            else:
                return sign + 'sNaN' + self._int
        leftdigits = self._exp + len(self._int)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * -dotplace + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace]
            fracpart = '.' + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        return self.__str__(eng=True, context=context)

    def __neg__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self._is_special and self._int == '0' and context.rounding != ROUND_FLOOR:
            ans = _dec_from_triple(0, '0', self._exp)
        else:
            ans = object.__new__(Decimal)
            ans._sign = 1 - self._sign
            ans._int = self._int
            ans._exp = self._exp
            ans._is_special = self._is_special
            if not self._is_special and len(self._int) <= context.prec and not context.clamp and context.Emin <= self._exp + len(self._int) - 1 < context.Emax:
                return ans
        return ans._fix(context)

    def __pos__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self._is_special and self._int == '0' and context.rounding != ROUND_FLOOR:
            ans = _dec_from_triple(0, '0', self._exp)
        else:
            ans = _dec_from_triple(self._sign, self._int, self._exp, self._is_special)
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if self._sign:
            ans = self.__neg__(context=context)
        else:
            ans = self.__pos__(context=context)
        return ans

    def __add__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if not self._is_special and not other._is_special and -60 <= self._exp - other._exp <= 60:
            return _add_near(self, other, other._sign, context)
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if self._sign != other._sign and other._isinfinity():
                    return context._raise_error(InvalidOperation, '-INF + INF')
                return Decimal(self)
            if other._isinfinity():
                return Decimal(other)
        exp = min(self._exp, other._exp)
        negativezero = 0
        if context.rounding == ROUND_FLOOR and self._sign != other._sign:
            negativezero = 1
        if not self and (not other):
            sign = min(self._sign, other._sign)
            if negativezero:
                sign = 1
            ans = _dec_from_triple(sign, '0', exp)
            ans = ans._fix(context)
            return ans
        if not self:
            exp = max(exp, other._exp - context.prec - 1)
            ans = other._rescale(exp, context.rounding)
            ans = ans._fix(context)
            return ans
        if not other:
            exp = max(exp, self._exp - context.prec - 1)
            ans = self._rescale(exp, context.rounding)
            ans = ans._fix(context)
            return ans
        op1 = _WorkRep(self)
        op2 = _WorkRep(other)
        op1, op2 = _normalize(op1, op2, context.prec)
        result = _WorkRep()
        if op1.sign != op2.sign:
            if op1.int == op2.int:
                ans = _dec_from_triple(negativezero, '0', exp)
                ans = ans._fix(context)
                return ans
            if op1.int < op2.int:
                op1, op2 = (op2, op1)
            if op1.sign == 1:
                result.sign = 1
                op1.sign, op2.sign = (op2.sign, op1.sign)
            else:
                result.sign = 0
        elif op1.sign == 1:
            result.sign = 1
            op1.sign, op2.sign = (0, 0)
        else:
            result.sign = 0
        if op2.sign == 0:
            result.int = op1.int + op2.int
        else:
            result.int = op1.int - op2.int
        result.exp = op1.exp
        ans = Decimal(result)
        ans = ans._fix(context)
        return ans
    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if not self._is_special and not other._is_special and -60 <= self._exp - other._exp <= 60:
            return _add_near(self, other, 1 - other._sign, context)
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context=context)
            if ans:
                return ans
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            return self._mul_special(other, context)
        resultsign = self._sign ^ other._sign
        resultexp = self._exp + other._exp
        coeff = str(int(self._int) * int(other._int))
        ans = object.__new__(Decimal)
        ans._sign = resultsign
        ans._int = coeff
        ans._exp = resultexp
        ans._is_special = False
        if coeff != '0' and len(coeff) <= context.prec and not context.clamp and context.Emin <= resultexp + len(coeff) - 1 < context.Emax:
            return ans
        return ans._fix(context)
    __rmul__ = __mul__

    def _mul_special(self, other, context):
        resultsign = self._sign ^ other._sign
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            if not other:
                return context._raise_error(InvalidOperation, '(+-)INF * 0')
            return _SignedInfinity[resultsign]
        if not self:
            return context._raise_error(InvalidOperation, '0 * (+-)INF')
        return _SignedInfinity[resultsign]

    def __truediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return NotImplemented
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            return self._div_special(other, context)
        if other._int == '0':
            if self._int == '0':
                return context._raise_error(DivisionUndefined, '0 / 0')
            return context._raise_error(DivisionByZero, 'x / 0', sign)
        if self._int == '0':
            exp = self._exp - other._exp
            coeff = 0
        else:
            shift = len(other._int) - len(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            if shift >= 0:
                coeff, remainder = divmod(int(self._int) * 10 ** shift, int(other._int))
            else:
                coeff, remainder = divmod(int(self._int), int(other._int) * 10 ** (-shift))
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal_exp = self._exp - other._exp
                while exp < ideal_exp and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        coeff = str(coeff)
        ans = object.__new__(Decimal)
        ans._sign = sign
        ans._int = coeff
        ans._exp = exp
        ans._is_special = False
        if coeff != '0' and len(coeff) <= context.prec and not context.clamp and context.Emin <= exp + len(coeff) - 1 < context.Emax:
            return ans
        return ans._fix(context)

    def _div_special(self, other, context):
        sign = self._sign ^ other._sign
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity() and other._isinfinity():
            return context._raise_error(InvalidOperation, '(+-)INF/(+-)INF')
        if self._isinfinity():
            return _SignedInfinity[sign]
        if other._isinfinity():
            context._raise_error(Clamped, 'Division by infinity')
            return _dec_from_triple(sign, '0', context.Etiny())

    def _divide(self, other, context):
        sign = self._sign ^ other._sign
        if other._isinfinity():
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self or other._isinfinity() or expdiff <= -2:
            return (_dec_from_triple(sign, '0', 0), self._rescale(ideal_exp, context.rounding))
        if expdiff <= context.prec:
            op1 = _WorkRep(self)
            op2 = _WorkRep(other)
            if op1.exp >= op2.exp:
                op1.int *= 10 ** (op1.exp - op2.exp)
            else:
                op2.int *= 10 ** (op2.exp - op1.exp)
            q, r = divmod(op1.int, op2.int)
            if q < 10 ** context.prec:
                return (_dec_from_triple(sign, str(q), 0), _dec_from_triple(self._sign, str(r), ideal_exp))
        ans = context._raise_error(DivisionImpossible, 'quotient too large in //, % or divmod')
        return (ans, ans)

    def __rtruediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return (ans, ans)
        sign = self._sign ^ other._sign
        if self._isinfinity():
            if other._isinfinity():
                ans = context._raise_error(InvalidOperation, 'divmod(INF, INF)')
                return (ans, ans)
            else:
                return (_SignedInfinity[sign], context._raise_error(InvalidOperation, 'INF % x'))
        if not other:
            if not self:
                ans = context._raise_error(DivisionUndefined, 'divmod(0, 0)')
                return (ans, ans)
            else:
                context._raise_signals((DivisionByZero, InvalidOperation))
                return (_SignedInfinity[sign], _NaN)
        quotient, remainder = self._divide(other, context)
        if other._isinfinity() or (not context.clamp and len(quotient._int) <= context.Emax):
            # The quotient needs no rounding: the remainder's signals are alone.
            return (quotient, remainder._fix(context))
        work = _untrapped(context)
        quotient = quotient._fix(work)
        remainder = remainder._fix(work)
        context._raise_signals([e for e in _signals if work.flags[e]])
        return (quotient, remainder)

    def __rdivmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            return context._raise_error(InvalidOperation, 'INF % x')
        elif not other:
            if self:
                return context._raise_error(InvalidOperation, 'x % 0')
            else:
                return context._raise_error(DivisionUndefined, '0 % 0')
        remainder = self._divide(other, context)[1]
        remainder = remainder._fix(context)
        return remainder

    def __rmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def remainder_near(self, other, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            return context._raise_error(InvalidOperation, 'remainder_near(infinity, x)')
        if not other:
            if self:
                return context._raise_error(InvalidOperation, 'remainder_near(x, 0)')
            else:
                return context._raise_error(DivisionUndefined, 'remainder_near(0, 0)')
        if other._isinfinity():
            ans = Decimal(self)
            return ans._fix(context)
        ideal_exponent = min(self._exp, other._exp)
        if not self:
            ans = _dec_from_triple(self._sign, '0', ideal_exponent)
            return ans._fix(context)
        expdiff = self.adjusted() - other.adjusted()
        if expdiff >= context.prec + 1:
            return context._raise_error(DivisionImpossible)
        if expdiff <= -2:
            ans = self._rescale(ideal_exponent, context.rounding)
            return ans._fix(context)
        op1 = _WorkRep(self)
        op2 = _WorkRep(other)
        if op1.exp >= op2.exp:
            op1.int *= 10 ** (op1.exp - op2.exp)
        else:
            op2.int *= 10 ** (op2.exp - op1.exp)
        q, r = divmod(op1.int, op2.int)
        if 2 * r + (q & 1) > op2.int:
            r -= op2.int
            q += 1
        if q >= 10 ** context.prec:
            return context._raise_error(DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        ans = _dec_from_triple(sign, str(r), ideal_exponent)
        return ans._fix(context)

    def __floordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            if other._isinfinity():
                return context._raise_error(InvalidOperation, 'INF // INF')
            else:
                return _SignedInfinity[self._sign ^ other._sign]
        if not other:
            if self:
                return context._raise_error(DivisionByZero, 'x // 0', self._sign ^ other._sign)
            else:
                return context._raise_error(DivisionUndefined, '0 // 0')
        if other._isinfinity():
            return self._divide(other, context)[0]
        return self._divide(other, context)[0]._fix(context)

    def __rfloordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __float__(self):
        if self._isnan():
            if self.is_snan():
                raise ValueError('cannot convert signaling NaN to float')
            s = '-nan' if self._sign else 'nan'
        else:
            s = str(self)
        return float(s)

    def __int__(self):
        if self._is_special:
            if self._isnan():
                raise ValueError('cannot convert NaN to integer')
            elif self._isinfinity():
                raise OverflowError('cannot convert Infinity to integer')
        s = (-1) ** self._sign
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        else:
            return s * int(self._int[:self._exp] or '0')
    __trunc__ = __int__

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    def _fix_nan(self, context):
        payload = self._int
        max_payload_len = context.prec - context.clamp
        if len(payload) > max_payload_len:
            payload = payload[len(payload) - max_payload_len:].lstrip('0')
            return _dec_from_triple(self._sign, payload, self._exp, True)
        return Decimal(self)

    def _fix(self, context):
        # Small, as the VM runs small functions faster: the common cases here,
        # the others in _fix_general.
        if not self._is_special:
            n = len(self._int)
            if self._int != '0' and not context.clamp and context.Emin <= self._exp + n - 1 < context.Emax:
                # A normal result that can't overflow, nothing to clamp.
                prec = context.prec
                if n <= prec:
                    return self if type(self) is Decimal else Decimal(self)
                return _round_normal(self, n, prec, context)
        return self._fix_general(context)

    def _fix_general(self, context):
        if self._is_special:
            if self._isnan():
                return self._fix_nan(context)
            else:
                return Decimal(self)
        Etiny = context.Etiny()
        Etop = context.Etop()
        if not self:
            exp_max = [context.Emax, Etop][context.clamp]
            new_exp = min(max(self._exp, Etiny), exp_max)
            if new_exp != self._exp:
                context._raise_error(Clamped)
                return _dec_from_triple(self._sign, '0', new_exp)
            else:
                return Decimal(self)
        exp_min = len(self._int) + self._exp - context.prec
        if exp_min > Etop:
            # The C module signals all the conditions of an operation at once.
            context._raise_signals((Overflow, Inexact, Rounded))
            return Overflow().handle(context, self._sign)
        self_is_subnormal = exp_min < Etiny
        if self_is_subnormal:
            exp_min = Etiny
        if self._exp < exp_min:
            digits = len(self._int) + self._exp - exp_min
            if digits < 0:
                self = _dec_from_triple(self._sign, '1', exp_min - 1)
                digits = 0
            rounding_method = self._pick_rounding_function[context.rounding]
            changed = rounding_method(self, digits)
            coeff = self._int[:digits] or '0'
            if changed > 0:
                coeff = str(int(coeff) + 1)
                if len(coeff) > context.prec:
                    coeff = coeff[:-1]
                    exp_min += 1
            signals = [Rounded]
            if exp_min > Etop:
                signals.append(Overflow)
                ans = None
            else:
                ans = _dec_from_triple(self._sign, coeff, exp_min)
            if changed and self_is_subnormal:
                signals.append(Underflow)
            if self_is_subnormal:
                signals.append(Subnormal)
            if changed:
                signals.append(Inexact)
            if ans is not None and not ans:
                signals.append(Clamped)
            context._raise_signals(signals)
            if ans is None:
                return Overflow().handle(context, self._sign)
            return ans
        if context.clamp == 1 and self._exp > Etop:
            context._raise_signals((Subnormal, Clamped) if self_is_subnormal else (Clamped,))
            self_padded = self._int + '0' * (self._exp - Etop)
            return _dec_from_triple(self._sign, self_padded, Etop)
        if self_is_subnormal:
            context._raise_error(Subnormal)
        return Decimal(self)

    def _round_down(self, prec):
        if _all_zeros(self._int, prec):
            return 0
        else:
            return -1

    def _round_up(self, prec):
        return -self._round_down(prec)

    def _round_half_up(self, prec):
        if self._int[prec] in '56789':
            return 1
        elif _all_zeros(self._int, prec):
            return 0
        else:
            return -1

    def _round_half_down(self, prec):
        if _exact_half(self._int, prec):
            return -1
        else:
            return self._round_half_up(prec)

    def _round_half_even(self, prec):
        if _exact_half(self._int, prec) and (prec == 0 or self._int[prec - 1] in '02468'):
            return -1
        else:
            return self._round_half_up(prec)

    def _round_ceiling(self, prec):
        if self._sign:
            return self._round_down(prec)
        else:
            return -self._round_down(prec)

    def _round_floor(self, prec):
        if not self._sign:
            return self._round_down(prec)
        else:
            return -self._round_down(prec)

    def _round_05up(self, prec):
        if prec and self._int[prec - 1] not in '05':
            return self._round_down(prec)
        else:
            return -self._round_down(prec)
    _pick_rounding_function = dict(ROUND_DOWN=_round_down, ROUND_UP=_round_up, ROUND_HALF_UP=_round_half_up, ROUND_HALF_DOWN=_round_half_down, ROUND_HALF_EVEN=_round_half_even, ROUND_CEILING=_round_ceiling, ROUND_FLOOR=_round_floor, ROUND_05UP=_round_05up)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            exp = _dec_from_triple(0, '1', -n)
            return self.quantize(exp)
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            else:
                raise OverflowError('cannot convert Infinity to integer')
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __floor__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            else:
                raise OverflowError('cannot convert Infinity to integer')
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            else:
                raise OverflowError('cannot convert Infinity to integer')
        return int(self._rescale(0, ROUND_CEILING))

    def fma(self, other, third, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        other = _convert_other(other, raiseit=True)
        third = _convert_other(third, raiseit=True)
        if self._is_special or other._is_special:
            if context is None:
                context = getcontext()
            if self._exp == 'N':
                return context._raise_error(InvalidOperation, 'sNaN', self)
            if other._exp == 'N':
                return context._raise_error(InvalidOperation, 'sNaN', other)
            if self._exp == 'n':
                product = self
            elif other._exp == 'n':
                product = other
            elif self._exp == 'F':
                if not other:
                    return context._raise_error(InvalidOperation, 'INF * 0 in fma')
                product = _SignedInfinity[self._sign ^ other._sign]
            elif other._exp == 'F':
                if not self:
                    return context._raise_error(InvalidOperation, '0 * INF in fma')
                product = _SignedInfinity[self._sign ^ other._sign]
        else:
            product = _dec_from_triple(self._sign ^ other._sign, str(int(self._int) * int(other._int)), self._exp + other._exp)
        return product.__add__(third, context)

    def _power_modulo(self, other, modulo, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        modulo = _convert_other(modulo)
        if modulo is NotImplemented:
            return modulo
        if context is None:
            context = getcontext()
        self_is_nan = self._isnan()
        other_is_nan = other._isnan()
        modulo_is_nan = modulo._isnan()
        if self_is_nan or other_is_nan or modulo_is_nan:
            if self_is_nan == 2:
                return context._raise_error(InvalidOperation, 'sNaN', self)
            if other_is_nan == 2:
                return context._raise_error(InvalidOperation, 'sNaN', other)
            if modulo_is_nan == 2:
                return context._raise_error(InvalidOperation, 'sNaN', modulo)
            if self_is_nan:
                return self._fix_nan(context)
            if other_is_nan:
                return other._fix_nan(context)
            return modulo._fix_nan(context)
        if not (self._isinteger() and other._isinteger() and modulo._isinteger()):
            return context._raise_error(InvalidOperation, 'pow() 3rd argument not allowed unless all arguments are integers')
        if other < 0:
            return context._raise_error(InvalidOperation, 'pow() 2nd argument cannot be negative when 3rd argument specified')
        if not modulo:
            return context._raise_error(InvalidOperation, 'pow() 3rd argument cannot be 0')
        if modulo.adjusted() >= context.prec:
            return context._raise_error(InvalidOperation, 'insufficient precision: pow() 3rd argument must not have more than precision digits')
        if not other and (not self):
            return context._raise_error(InvalidOperation, 'at least one of pow() 1st argument and 2nd argument must be nonzero; 0**0 is not defined')
        if other._iseven():
            sign = 0
        else:
            sign = self._sign
        modulo = abs(int(modulo))
        base = _WorkRep(self.to_integral_value())
        exponent = _WorkRep(other.to_integral_value())
        base = base.int % modulo * pow(10, base.exp, modulo) % modulo
        for i in range(exponent.exp):
            base = pow(base, 10, modulo)
        base = pow(base, exponent.int, modulo)
        return _dec_from_triple(sign, str(base), 0)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if not other:
            if not self:
                return context._raise_error(InvalidOperation, '0 ** 0')
            else:
                return _One
        result_sign = 0
        if self._sign == 1:
            if other._isinteger():
                if not other._iseven():
                    result_sign = 1
            elif self:
                return context._raise_error(InvalidOperation, 'x ** y with x negative and y not an integer')
            self = self.copy_negate()
        if not self:
            if other._sign == 0:
                return _dec_from_triple(result_sign, '0', 0)
            else:
                return _SignedInfinity[result_sign]
        if self._isinfinity():
            if other._sign == 0:
                return _SignedInfinity[result_sign]
            else:
                return _dec_from_triple(result_sign, '0', 0)
        if self == _One:
            if other._isinteger():
                if other._sign == 1:
                    multiplier = 0
                elif other > context.prec:
                    multiplier = context.prec
                else:
                    multiplier = int(other)
                exp = self._exp * multiplier
                if exp < 1 - context.prec:
                    exp = 1 - context.prec
                    context._raise_error(Rounded)
            else:
                context._raise_signals((Inexact, Rounded))
                exp = 1 - context.prec
            return _dec_from_triple(result_sign, '1' + '0' * -exp, exp)
        self_adj = self.adjusted()
        if other._isinfinity():
            if (other._sign == 0) == (self_adj < 0):
                return _dec_from_triple(result_sign, '0', 0)
            else:
                return _SignedInfinity[result_sign]
        # libmpdec's bounds of certain overflow and underflow (_qcheck_pow_bounds).
        if self_adj > 0:
            lb_zeta = len(str(self_adj)) - 1
        elif self_adj < -1:
            lb_zeta = len(str(-self_adj - 1)) - 1
        else:
            if self._exp < 0:
                c = int(self._int) - 10 ** -self._exp
                u = len(str(abs(c))) - 1 + self._exp
            else:
                u = len(str(int(self._int) * 10 ** self._exp - 1)) - 1
            lb_zeta = u - 2 if self_adj == 0 else u - 1
        if (self_adj < 0) == (other._sign == 1):
            if len(str(context.Emax)) < lb_zeta + other.adjusted():
                return _dec_from_triple(result_sign, '1', 2 * MAX_EMAX + 2)._fix(context)
        elif len(str(abs(context.Etiny()))) < lb_zeta + other.adjusted():
            return _dec_from_triple(result_sign, '1', context.Etiny() - 1)._fix(context)
        # The C module's algorithms (libmpdec's mpd_qpow), whose results are
        # not always _pydecimal's correctly rounded ones in the directed
        # rounding modes: integer powers by squaring at a higher precision,
        # other powers as exp(y * ln(x)), then rounded to the context.
        if other._isinteger():
            wprec = context.prec + len(other._int) + other._exp + 2
            n = abs(int(other))
            if not other._sign and n * len(self._int) <= wprec:
                # The exact power has no more digits than the working precision:
                # no step rounds, the result is the exact power rounded once.
                exp = self._exp * n
                adj = exp + n * len(self._int) - 1
                if context.Emin + n <= adj <= context.Emax - n and exp >= context.Emin - wprec + 1:
                    return _dec_from_triple(result_sign, str(int(self._int) ** n), exp)._fix(context)
            work = _context(wprec, ROUND_HALF_EVEN, context.Emin, context.Emax, 1, 0, _SignalDict(_NO_SIGNALS),
                            _SignalDict(_NO_SIGNALS), [])
            base = self
            if other._sign:
                work.prec += 1
                base = _One.__truediv__(base, work)
            ans = base
            for bit in bin(n)[3:]:
                ans = ans.__mul__(ans, work)
                if bit == '1':
                    ans = ans.__mul__(base, work)
                if ans._is_special or (not ans and work.flags[Clamped]):
                    break
            signals = [e for e in _signals if work.flags[e]]
            if ans._is_special:
                ans = _dec_from_triple(result_sign, '1', 2 * MAX_EMAX + 2)
            else:
                ans = _dec_from_triple(result_sign, ans._int, ans._exp)
        else:
            work = _context(max(len(self._int), context.prec) + 23, ROUND_HALF_EVEN, MIN_EMIN, MAX_EMAX, 1, 0,
                            _SignalDict(_NO_SIGNALS), _SignalDict(_NO_SIGNALS), [])
            ans = self.ln(work).__mul__(other, work)
            work.clear_flags()
            ans = ans.exp(work)
            signals = [e for e in _signals if work.flags[e]] + [Inexact, Rounded]
            if ans._is_special:
                ans = _dec_from_triple(0, '1', 2 * MAX_EMAX + 2)
            elif ans == _One:
                ans = _dec_from_triple(0, '1' + '0' * (context.prec - 1), 1 - context.prec)
        return _finalize(ans, context, signals)

    def __rpow__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def normalize(self, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        dup = self._fix(context)
        if dup._isinfinity():
            return dup
        if not dup:
            return _dec_from_triple(dup._sign, '0', 0)
        exp_max = [context.Emax, context.Etop()][context.clamp]
        end = len(dup._int)
        exp = dup._exp
        while dup._int[end - 1] == '0' and exp < exp_max:
            exp += 1
            end -= 1
        return _dec_from_triple(dup._sign, dup._int[:end], exp)

    def quantize(self, exp, rounding=None, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if rounding is not None and rounding not in _rounding_modes:
            raise TypeError(_ROUNDING_VALUES)
        exp = _convert_other(exp, raiseit=True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans:
                return ans
            if exp._isinfinity() or self._isinfinity():
                if exp._isinfinity() and self._isinfinity():
                    return Decimal(self)
                return context._raise_error(InvalidOperation, 'quantize with one INF')
        if not context.Emin - context.prec + 1 <= exp._exp <= context.Emax:
            return context._raise_error(InvalidOperation, 'target exponent out of bounds in quantize')
        if self._int == '0':
            ans = _dec_from_triple(self._sign, '0', exp._exp)
            return ans._fix(context)
        self_adjusted = self._exp + len(self._int) - 1
        if self_adjusted > context.Emax:
            return context._raise_error(InvalidOperation, 'exponent of quantize result too large for current context')
        if self_adjusted - exp._exp + 1 > context.prec:
            return context._raise_error(InvalidOperation, 'quantize result has too many digits for current context')
        ans = self._rescale(exp._exp, rounding)
        ans_adjusted = ans._exp + len(ans._int) - 1
        if ans_adjusted > context.Emax:
            return context._raise_error(InvalidOperation, 'exponent of quantize result too large for current context')
        if len(ans._int) > context.prec:
            return context._raise_error(InvalidOperation, 'quantize result has too many digits for current context')
        signals = [Subnormal] if ans._int != '0' and ans_adjusted < context.Emin else []
        if ans._exp > self._exp:
            # Inexact when a digit that is not 0 was dropped.
            if _all_zeros(self._int, max(0, len(self._int) - (ans._exp - self._exp))):
                signals.append(Rounded)
            else:
                signals += [Inexact, Rounded]
            traps = context.traps
            if not (signals[0] is Subnormal or context._ignored_flags or dict.__getitem__(traps, Inexact)
                    or dict.__getitem__(traps, Rounded)):
                for signal in signals:
                    dict.__setitem__(context.flags, signal, True)
                if ans._int != '0' and not context.clamp and ans_adjusted >= context.Emin:
                    return ans
                return ans._fix(context)
        return _finalize(ans, context, signals) if signals else ans._fix(context)

    def same_quantum(self, other, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            return self.is_nan() and other.is_nan() or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def _rescale(self, exp, rounding):
        if self._is_special:
            return Decimal(self)
        if self._int == '0':
            return _dec_from_triple(self._sign, '0', exp)
        if self._exp >= exp:
            return _dec_from_triple(self._sign, self._int + '0' * (self._exp - exp), exp)
        digits = len(self._int) + self._exp - exp
        if digits < 0:
            self = _dec_from_triple(self._sign, '1', exp - 1)
            digits = 0
        this_function = self._pick_rounding_function[rounding]
        changed = this_function(self, digits)
        coeff = self._int[:digits] or '0'
        if changed == 1:
            coeff = str(int(coeff) + 1)
        return _dec_from_triple(self._sign, coeff, exp)

    def _round(self, places, rounding):
        if places <= 0:
            raise ValueError('argument should be at least 1 in _round')
        if self._is_special or not self:
            return Decimal(self)
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    def to_integral_exact(self, rounding=None, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if rounding is not None and rounding not in _rounding_modes:
            raise TypeError(_ROUNDING_VALUES)
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if not self:
            return _dec_from_triple(self._sign, '0', 0)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        ans = self._rescale(0, rounding)
        context._raise_signals((Inexact, Rounded) if ans != self else (Rounded,))
        return ans

    def to_integral_value(self, rounding=None, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if rounding is not None and rounding not in _rounding_modes:
            raise TypeError(_ROUNDING_VALUES)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        else:
            return self._rescale(0, rounding)
    to_integral = to_integral_value

    def sqrt(self, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            if self._isinfinity() and self._sign == 0:
                return Decimal(self)
        if not self:
            ans = _dec_from_triple(self._sign, '0', self._exp // 2)
            return ans._fix(context)
        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'sqrt(-x), x > 0')
        prec = context.prec + 1
        op = _WorkRep(self)
        e = op.exp >> 1
        if op.exp & 1:
            c = op.int * 10
            l = (len(self._int) >> 1) + 1
        else:
            c = op.int
            l = len(self._int) + 1 >> 1
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** (-shift))
            exact = not remainder
        e -= shift
        n = 10 ** prec
        while True:
            q = c // n
            if n <= q:
                break
            else:
                n = n + q >> 1
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** (-shift)
            e += shift
        elif n % 5 == 0:
            n += 1
        ans = _dec_from_triple(0, str(n), e)
        context = context._shallow_copy()
        rounding = context._set_rounding(ROUND_HALF_EVEN)
        ans = ans._fix(context)
        context.rounding = rounding
        return ans

    def _choose(self, other, context, larger, mag):
        # max, min, max_mag, min_mag: a quiet NaN loses to a number; equal values
        # are told apart by compare_total.
        if context is not None and type(context) is not Context:
            _check_context(context)
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            sn = self._isnan()
            on = other._isnan()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = self.copy_abs()._cmp(other.copy_abs()) if mag else self._cmp(other)
        if c == 0:
            c = self.compare_total(other)
        return (other if (c == -1) == larger else self)._fix(context)

    def max(self, other, context=None):
        return self._choose(other, context, True, False)

    def min(self, other, context=None):
        return self._choose(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._choose(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._choose(other, context, False, True)

    def _isinteger(self):
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        rest = self._int[self._exp:]
        return rest == '0' * len(rest)

    def _iseven(self):
        if not self or self._exp > 0:
            return True
        return self._int[-1 + self._exp] in '02468'

    def adjusted(self):
        try:
            return self._exp + len(self._int) - 1
        except TypeError:
            return 0

    def canonical(self):
        return self

    def compare_signal(self, other, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        other = _convert_other(other, raiseit=True)
        ans = self._compare_check_nans(other, context)
        if ans:
            return ans
        return self.compare(other, context=context)

    def compare_total(self, other, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        other = _convert_other(other, raiseit=True)
        if self._sign and (not other._sign):
            return _NegativeOne
        if not self._sign and other._sign:
            return _One
        sign = self._sign
        self_nan = self._isnan()
        other_nan = other._isnan()
        if self_nan or other_nan:
            if self_nan == other_nan:
                self_key = (len(self._int), self._int)
                other_key = (len(other._int), other._int)
                if self_key < other_key:
                    if sign:
                        return _One
                    else:
                        return _NegativeOne
                if self_key > other_key:
                    if sign:
                        return _NegativeOne
                    else:
                        return _One
                return _Zero
            if sign:
                if self_nan == 1:
                    return _NegativeOne
                if other_nan == 1:
                    return _One
                if self_nan == 2:
                    return _NegativeOne
                if other_nan == 2:
                    return _One
            else:
                if self_nan == 1:
                    return _One
                if other_nan == 1:
                    return _NegativeOne
                if self_nan == 2:
                    return _One
                if other_nan == 2:
                    return _NegativeOne
        if self < other:
            return _NegativeOne
        if self > other:
            return _One
        if self._exp < other._exp:
            if sign:
                return _One
            else:
                return _NegativeOne
        if self._exp > other._exp:
            if sign:
                return _NegativeOne
            else:
                return _One
        return _Zero

    def compare_total_mag(self, other, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        other = _convert_other(other, raiseit=True)
        s = self.copy_abs()
        o = other.copy_abs()
        return s.compare_total(o)

    def copy_abs(self):
        return _dec_from_triple(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        if self._sign:
            return _dec_from_triple(0, self._int, self._exp, self._is_special)
        else:
            return _dec_from_triple(1, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        other = _convert_other(other, raiseit=True)
        return _dec_from_triple(other._sign, self._int, self._exp, self._is_special)

    def exp(self, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == -1:
            return _Zero
        if not self:
            return _One
        if self._isinfinity() == 1:
            return Decimal(self)
        p = context.prec
        adj = self.adjusted()
        if self._sign == 0 and adj > len(str((context.Emax + 1) * 3)):
            ans = _dec_from_triple(0, '1', context.Emax + 1)
        elif self._sign == 1 and adj > len(str((-context.Etiny() + 1) * 3)):
            ans = _dec_from_triple(0, '1', context.Etiny() - 1)
        elif self._sign == 0 and adj < -p:
            ans = _dec_from_triple(0, '1' + '0' * (p - 1) + '1', -p)
        elif self._sign == 1 and adj < -p - 1:
            ans = _dec_from_triple(0, '9' * (p + 1), -p - 1)
        else:
            op = _WorkRep(self)
            c, e = (op.int, op.exp)
            if op.sign == 1:
                c = -c
            extra = 3
            while True:
                coeff, exp = _dexp(c, e, p + extra)
                if coeff % (5 * 10 ** (len(str(coeff)) - p - 1)):
                    break
                extra += 3
            ans = _dec_from_triple(0, str(coeff), exp)
        context = context._shallow_copy()
        rounding = context._set_rounding(ROUND_HALF_EVEN)
        ans = ans._fix(context)
        context.rounding = rounding
        return ans

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_normal(self, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_qnan(self):
        return self._exp == 'n'

    def is_signed(self):
        return self._sign == 1

    def is_snan(self):
        return self._exp == 'N'

    def is_subnormal(self, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def _ln_exp_bound(self):
        adj = self._exp + len(self._int) - 1
        if adj >= 1:
            return len(str(adj * 23 // 10)) - 1
        if adj <= -2:
            return len(str((-1 - adj) * 23 // 10)) - 1
        op = _WorkRep(self)
        c, e = (op.int, op.exp)
        if adj == 0:
            num = str(c - 10 ** (-e))
            den = str(c)
            return len(num) - len(den) - (num < den)
        return e + len(str(10 ** (-e) - c)) - 1

    def ln(self, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if not self:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _Infinity
        if self == _One:
            return _Zero
        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'ln of a negative value')
        op = _WorkRep(self)
        c, e = (op.int, op.exp)
        p = context.prec
        places = p - self._ln_exp_bound() + 2
        while True:
            coeff = _dlog(c, e, places)
            if coeff % (5 * 10 ** (len(str(abs(coeff))) - p - 1)):
                break
            places += 3
        ans = _dec_from_triple(int(coeff < 0), str(abs(coeff)), -places)
        context = context._shallow_copy()
        rounding = context._set_rounding(ROUND_HALF_EVEN)
        ans = ans._fix(context)
        context.rounding = rounding
        return ans

    def _log10_exp_bound(self):
        adj = self._exp + len(self._int) - 1
        if adj >= 1:
            return len(str(adj)) - 1
        if adj <= -2:
            return len(str(-1 - adj)) - 1
        op = _WorkRep(self)
        c, e = (op.int, op.exp)
        if adj == 0:
            num = str(c - 10 ** (-e))
            den = str(231 * c)
            return len(num) - len(den) - (num < den) + 2
        num = str(10 ** (-e) - c)
        return len(num) + e - (num < '231') - 1

    def log10(self, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if not self:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _Infinity
        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'log10 of a negative value')
        if self._int[0] == '1' and self._int[1:] == '0' * (len(self._int) - 1):
            ans = Decimal(self._exp + len(self._int) - 1)
        else:
            op = _WorkRep(self)
            c, e = (op.int, op.exp)
            p = context.prec
            places = p - self._log10_exp_bound() + 2
            while True:
                coeff = _dlog10(c, e, places)
                if coeff % (5 * 10 ** (len(str(abs(coeff))) - p - 1)):
                    break
                places += 3
            ans = _dec_from_triple(int(coeff < 0), str(abs(coeff)), -places)
        context = context._shallow_copy()
        rounding = context._set_rounding(ROUND_HALF_EVEN)
        ans = ans._fix(context)
        context.rounding = rounding
        return ans

    def logb(self, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if context is None:
            context = getcontext()
        if self._isinfinity():
            return _Infinity
        if not self:
            return context._raise_error(DivisionByZero, 'logb(0)', 1)
        ans = Decimal(self.adjusted())
        return ans._fix(context)

    def _islogical(self):
        if self._sign != 0 or self._exp != 0:
            return False
        for dig in self._int:
            if dig not in '01':
                return False
        return True

    def _fill_logical(self, context, opa, opb):
        dif = context.prec - len(opa)
        if dif > 0:
            opa = '0' * dif + opa
        elif dif < 0:
            opa = opa[-context.prec:]
        dif = context.prec - len(opb)
        if dif > 0:
            opb = '0' * dif + opb
        elif dif < 0:
            opb = opb[-context.prec:]
        return (opa, opb)

    def logical_and(self, other, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        if not self._islogical() or not other._islogical():
            return context._raise_error(InvalidOperation)
        opa, opb = self._fill_logical(context, self._int, other._int)
        result = ''.join([str(int(a) & int(b)) for a, b in zip(opa, opb)])
        return _dec_from_triple(0, result.lstrip('0') or '0', 0)

    def logical_invert(self, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        return self.logical_xor(_dec_from_triple(0, '1' * context.prec, 0), context)

    def logical_or(self, other, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        if not self._islogical() or not other._islogical():
            return context._raise_error(InvalidOperation)
        opa, opb = self._fill_logical(context, self._int, other._int)
        result = ''.join([str(int(a) | int(b)) for a, b in zip(opa, opb)])
        return _dec_from_triple(0, result.lstrip('0') or '0', 0)

    def logical_xor(self, other, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        if not self._islogical() or not other._islogical():
            return context._raise_error(InvalidOperation)
        opa, opb = self._fill_logical(context, self._int, other._int)
        result = ''.join([str(int(a) ^ int(b)) for a, b in zip(opa, opb)])
        return _dec_from_triple(0, result.lstrip('0') or '0', 0)

    def next_minus(self, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == -1:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _dec_from_triple(0, '9' * context.prec, context.Etop())
        context = context.copy()
        context._set_rounding(ROUND_FLOOR)
        context._ignore_all_flags()
        new_self = self._fix(context)
        if new_self != self:
            return new_self
        return self.__sub__(_dec_from_triple(0, '1', context.Etiny() - 1), context)

    def next_plus(self, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == 1:
            return _Infinity
        if self._isinfinity() == -1:
            return _dec_from_triple(1, '9' * context.prec, context.Etop())
        context = context.copy()
        context._set_rounding(ROUND_CEILING)
        context._ignore_all_flags()
        new_self = self._fix(context)
        if new_self != self:
            return new_self
        return self.__add__(_dec_from_triple(0, '1', context.Etiny() - 1), context)

    def next_toward(self, other, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        comparison = self._cmp(other)
        if comparison == 0:
            return self.copy_sign(other)
        if comparison == -1:
            ans = self.next_plus(context)
        else:
            ans = self.next_minus(context)
        if ans._isinfinity():
            context._raise_signals((Overflow, Inexact, Rounded))
        elif ans.adjusted() < context.Emin:
            context._raise_signals((Underflow, Subnormal, Inexact, Rounded) if ans else (Underflow, Subnormal, Inexact, Rounded, Clamped))
        return ans

    def number_class(self, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        inf = self._isinfinity()
        if inf == 1:
            return '+Infinity'
        if inf == -1:
            return '-Infinity'
        if self.is_zero():
            if self._sign:
                return '-Zero'
            else:
                return '+Zero'
        if context is None:
            context = getcontext()
        if self.is_subnormal(context=context):
            if self._sign:
                return '-Subnormal'
            else:
                return '+Subnormal'
        if self._sign:
            return '-Normal'
        else:
            return '+Normal'

    def radix(self):
        return Decimal(10)

    def _move_digits(self, other, context, rotate):
        # rotate and shift: the coefficient, padded to prec digits, moved by other.
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if other._exp != 0:
            return context._raise_error(InvalidOperation)
        if not -context.prec <= int(other) <= context.prec:
            return context._raise_error(InvalidOperation)
        if self._isinfinity():
            return Decimal(self)
        torot = int(other)
        rotdig = self._int
        topad = context.prec - len(rotdig)
        if topad > 0:
            rotdig = '0' * topad + rotdig
        elif topad < 0:
            rotdig = rotdig[-topad:]
        if rotate:
            moved = rotdig[torot:] + rotdig[:torot]
        elif torot < 0:
            moved = rotdig[:torot]
        else:
            moved = (rotdig + '0' * torot)[-context.prec:]
        return _dec_from_triple(self._sign, moved.lstrip('0') or '0', self._exp)

    def rotate(self, other, context=None):
        return self._move_digits(other, context, True)

    def shift(self, other, context=None):
        return self._move_digits(other, context, False)

    def scaleb(self, other, context=None):
        if context is not None and type(context) is not Context:
            _check_context(context)
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if other._exp != 0:
            return context._raise_error(InvalidOperation)
        liminf = -2 * (context.Emax + context.prec)
        limsup = 2 * (context.Emax + context.prec)
        if not liminf <= int(other) <= limsup:
            return context._raise_error(InvalidOperation)
        if self._isinfinity():
            return Decimal(self)
        d = _dec_from_triple(self._sign, self._int, self._exp + int(other))
        d = d._fix(context)
        return d

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __format__(self, spec, context=None):
        # CPython's algorithm (_pydecimal.__format__, with the C module's refusals
        # and message): the types e E f F g G n % (none: g or G by the context's
        # capitals), fill, alignment, sign, 'z', zero padding (which pads the
        # digits, separators included), width, ',' grouping and precision,
        # rounded by the context's rounding.
        if spec == '':
            return str(self)
        import re
        m = re.fullmatch('(?:(.)?([<>=^]))?([-+ ])?(z)?(0)?([1-9][0-9]*)?(,)?(?:[.]([0-9]+))?([eEfFgGn%])?', spec)
        if m is None:
            raise ValueError('invalid format string')
        fill, align, sign, no_neg_0, zeropad, width, comma, precision, kind = m.groups()
        if zeropad and (fill is not None or align is not None):
            raise ValueError('invalid format string')
        fill = fill or ' '
        align = align or '>'
        sign = sign or '-'
        width = int(width or '0')
        precision = None if precision is None else int(precision)
        if precision == 0 and (kind is None or kind in 'gGn'):
            precision = 1
        if kind == 'n':
            # The C locale: no separator, '.' as the point.
            if comma:
                raise ValueError('invalid format string')
            kind = 'g'
        sep = ',' if comma else ''
        if context is None:
            context = getcontext()

        # special values don't care about the type or precision
        if self._is_special:
            body = str(self.copy_abs())
            if kind == '%':
                body += '%'
            return _format_align(_format_sign(self._sign, sign), body, fill, align, width)

        if kind is None:
            kind = 'gG'[context.capitals]
        d = self
        if kind == '%':
            d = _dec_from_triple(d._sign, d._int, d._exp + 2)
        rounding = context.rounding
        if precision is not None:
            if kind in 'eE':
                d = d._round(precision + 1, rounding)
            elif kind in 'fF%':
                d = d._rescale(-precision, rounding)
            elif kind in 'gG' and len(d._int) > precision:
                d = d._round(precision, rounding)
        # zeros with a positive exponent can't be represented in fixed point
        if d._int == '0' and d._exp > 0 and kind in 'fF%':
            d = d._rescale(0, rounding)
        negative = 0 if (d._int == '0' and no_neg_0) else d._sign

        # figure out placement of the decimal point
        leftdigits = d._exp + len(d._int)
        if kind in 'eE':
            dotplace = 1 - precision if (d._int == '0' and precision is not None) else 1
        elif kind in 'fF%':
            dotplace = leftdigits
        else:
            dotplace = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1

        # find digits before and after decimal point, and get exponent
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * (-dotplace) + d._int
        elif dotplace > len(d._int):
            intpart = d._int + '0' * (dotplace - len(d._int))
            fracpart = ''
        else:
            intpart = d._int[:dotplace] or '0'
            fracpart = d._int[dotplace:]
        exp = leftdigits - dotplace

        signtext = _format_sign(negative, sign)
        if fracpart:
            fracpart = '.' + fracpart
        if exp != 0 or kind in 'eE':
            fracpart += {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[kind] + '%+d' % exp
        if kind == '%':
            fracpart += '%'
        min_width = width - len(fracpart) - len(signtext) if zeropad else 0
        intpart = _insert_thousands_sep(intpart, sep, min_width)
        return _format_align(signtext, intpart + fracpart, fill, align, width)

_dict_set = dict.__setitem__
_rounders = Decimal._pick_rounding_function

def _round_normal(self, n, prec, context):
    # self (n digits, more than prec) rounded to prec digits, within the
    # exponent range: Rounded, and Inexact when a digit that is not 0 is dropped.
    changed = _rounders[context.rounding](self, prec)
    coeff = self._int[:prec]
    exp = self._exp + n - prec
    if changed > 0:
        coeff = str(int(coeff) + 1)
        if len(coeff) > prec:
            coeff = coeff[:-1]
            exp += 1
    traps = context.traps
    if context._ignored_flags or traps[Rounded] or traps[Inexact]:
        context._raise_signals(_INEXACT if changed else _ROUNDED)
    else:
        flags = context.flags
        _dict_set(flags, Rounded, True)
        if changed:
            _dict_set(flags, Inexact, True)
    ans = object.__new__(Decimal)
    ans._sign = self._sign
    ans._int = coeff
    ans._exp = exp
    ans._is_special = False
    return ans


def _add_near(self, other, sign, context):
    # self + other with other's sign taken as sign, exponents near: the exact sum
    # rounded once (what _pydecimal's _normalize computes then); no rounding or
    # range work when it fits.
    se = self._exp
    oe = other._exp
    if se == oe:
        exp = se
        a = int(self._int)
        b = int(other._int)
    elif se < oe:
        exp = se
        a = int(self._int)
        b = int(other._int) * 10 ** (oe - se)
    else:
        exp = oe
        a = int(self._int) * 10 ** (se - oe)
        b = int(other._int)
    total = (-a if self._sign else a) + (-b if sign else b)
    ans = object.__new__(Decimal)
    ans._exp = exp
    ans._is_special = False
    if total:
        if total < 0:
            ans._sign = 1
            coeff = str(-total)
        else:
            ans._sign = 0
            coeff = str(total)
        ans._int = coeff
        if len(coeff) <= context.prec and not context.clamp and context.Emin <= exp + len(coeff) - 1 < context.Emax:
            return ans
        return ans._fix(context)
    ans._int = '0'
    ans._sign = 1 if (self._sign and sign) or (context.rounding == ROUND_FLOOR and self._sign != sign) else 0
    return ans._fix(context)


def _untrapped(context):
    # A copy of context without flags and traps, whose flags gather the
    # conditions of several steps, to be raised together (as the C module's
    # status word).
    work = context.copy()
    work.clear_flags()
    work.clear_traps()
    work._ignored_flags = []
    return work

def _finalize(ans, context, signals):
    # ans rounded to the context, the signals of the operation and of the
    # rounding raised together.
    traps = context.traps
    for s in signals:
        if dict.__getitem__(traps, _condition_map.get(s, s)):
            break
    else:
        # None of the operation's signals is trapped: the rounding's, if any,
        # are raised alone.
        context._raise_signals(signals)
        return ans._fix(context)
    work = _untrapped(context)
    ans = ans._fix(work)
    context._raise_signals(signals + [e for e in _signals if work.flags[e]])
    return ans

def _dec_from_triple(sign, coefficient, exponent, special=False):
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coefficient
    self._exp = exponent
    self._is_special = special
    return self

class _ContextManager(object):

    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)

_ROUNDING_VALUES = ('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                    '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
_INEXACT = (Rounded, Inexact)
_NO_SIGNALS = [(s, False) for s in _signals]
_ROUNDED = (Rounded,)
_SIGNAL_KEYS = ('valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   '
                'Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]')


class _SignalDict(dict):
    # The C module's SignalDict: the nine signals, each True or False.

    _invalid_bit = 2

    def __missing__(self, key):
        raise KeyError(_SIGNAL_KEYS)

    def __setitem__(self, key, value):
        if key not in _signals:
            raise KeyError(_SIGNAL_KEYS)
        if key is InvalidOperation:
            self._invalid_bit = 2
        dict.__setitem__(self, key, bool(value))

    def _names(self):
        # The set signals in libmpdec's order.
        bits = [(self._invalid_bit if k is InvalidOperation else _bits[k], k.__name__) for k in _signals if dict.__getitem__(self, k)]
        bits.sort()
        return ', '.join([b[1] for b in bits])

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def copy(self):
        d = _SignalDict(self)
        d._invalid_bit = self._invalid_bit
        return d

    def __repr__(self):
        return '{' + ', '.join(["<class 'decimal.%s'>:%s" % (k.__name__, dict.__getitem__(self, k)) for k in _signals]) + '}'


def _context(prec, rounding, Emin, Emax, capitals, clamp, flags, traps, ignored):
    # A Context of valid values, made without the checks of __setattr__.
    c = object.__new__(Context)
    setattr = object.__setattr__
    setattr(c, 'prec', prec)
    setattr(c, 'rounding', rounding)
    setattr(c, 'Emin', Emin)
    setattr(c, 'Emax', Emax)
    setattr(c, 'capitals', capitals)
    setattr(c, 'clamp', clamp)
    setattr(c, 'flags', flags)
    setattr(c, 'traps', traps)
    setattr(c, '_ignored_flags', ignored)
    return c


def _signal_dict(value):
    if value is None:
        return None
    if isinstance(value, dict):
        if len(value) != len(_signals) or any([k not in value for k in _signals]):
            raise KeyError('invalid signal dict')
        return _SignalDict([(k, bool(value[k])) for k in _signals])
    d = _SignalDict.fromkeys(_signals, False)
    for k in value:
        d[k] = True
    return d


class Context(object):

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None, _ignored_flags=None):
        try:
            dc = DefaultContext
        except NameError:
            dc = None
        self.prec = prec if prec is not None else dc.prec if dc else 28
        self.rounding = rounding if rounding is not None else dc.rounding if dc else ROUND_HALF_EVEN
        self.Emin = Emin if Emin is not None else dc.Emin if dc else -999999
        self.Emax = Emax if Emax is not None else dc.Emax if dc else 999999
        self.capitals = capitals if capitals is not None else dc.capitals if dc else 1
        self.clamp = clamp if clamp is not None else dc.clamp if dc else 0
        if _ignored_flags is None:
            self._ignored_flags = []
        else:
            self._ignored_flags = _ignored_flags
        traps = _signal_dict(traps)
        if traps is None:
            traps = dc.traps.copy() if dc else _signal_dict([InvalidOperation, DivisionByZero, Overflow])
        object.__setattr__(self, 'traps', traps)
        flags = _signal_dict(flags)
        object.__setattr__(self, 'flags', _SignalDict.fromkeys(_signals, False) if flags is None else flags)

    def __setattr__(self, name, value):
        if name in ('prec', 'Emin', 'Emax', 'capitals', 'clamp'):
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if name == 'prec':
                if not 1 <= value <= MAX_PREC:
                    raise ValueError('valid range for prec is [1, MAX_PREC]')
            elif name == 'Emin':
                if not MIN_EMIN <= value <= 0:
                    raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
            elif name == 'Emax':
                if not 0 <= value <= MAX_EMAX:
                    raise ValueError('valid range for Emax is [0, MAX_EMAX]')
            elif value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
            return object.__setattr__(self, name, int(value))
        elif name == 'rounding':
            if not value in _rounding_modes:
                raise TypeError(_ROUNDING_VALUES)
            return object.__setattr__(self, name, value)
        elif name == 'flags' or name == 'traps':
            if not isinstance(value, (dict, list, tuple)):
                raise TypeError('argument must be a signal dict')
            return object.__setattr__(self, name, _signal_dict(value))
        elif name == '_ignored_flags':
            return object.__setattr__(self, name, value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __reduce__(self):
        flags = [sig for sig in _signals if self.flags[sig]]
        traps = [sig for sig in _signals if self.traps[sig]]
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, flags, traps))

    def __repr__(self):
        flags = self.flags._names()
        traps = self.traps._names()
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, flags, traps))

    def clear_flags(self):
        for flag in _signals:
            dict.__setitem__(self.flags, flag, False)
        self.flags._invalid_bit = 2

    def clear_traps(self):
        for flag in _signals:
            dict.__setitem__(self.traps, flag, False)

    def _shallow_copy(self):
        return _context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, self.flags, self.traps,
                        self._ignored_flags)

    def copy(self):
        return _context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, self.flags.copy(),
                        self.traps.copy(), self._ignored_flags)
    __copy__ = copy

    def _raise_error(self, condition, explanation=None, *args):
        # Sets the condition's flag; raises it when trapped, as the C module does:
        # the signal's class with the list of the trapped conditions.
        error = _condition_map.get(condition, condition)
        if error in self._ignored_flags:
            return error().handle(self, *args)
        flags = self.flags
        if error is InvalidOperation:
            if not dict.__getitem__(flags, error):
                flags._invalid_bit = _bits[condition]
            elif _bits[condition] < flags._invalid_bit:
                flags._invalid_bit = _bits[condition]
        dict.__setitem__(flags, error, True)
        if not dict.__getitem__(self.traps, error):
            return condition().handle(self, *args)
        raise error([condition])

    def _raise_signals(self, conditions):
        # Several conditions of one operation: all their flags are set, then the
        # first trapped signal (in the C module's order) is raised with them all.
        if not self._ignored_flags:
            flags = self.flags
            traps = self.traps
            for condition in conditions:
                if condition is InvalidOperation or dict.__getitem__(traps, condition):
                    break
                dict.__setitem__(flags, condition, True)
            else:
                return
        trapped = []
        for condition in conditions:
            error = _condition_map.get(condition, condition)
            if error in self._ignored_flags:
                continue
            if error is InvalidOperation:
                if not dict.__getitem__(self.flags, error) or _bits[condition] < self.flags._invalid_bit:
                    self.flags._invalid_bit = _bits[condition]
            dict.__setitem__(self.flags, error, True)
            if dict.__getitem__(self.traps, error):
                trapped.append(condition)
        if trapped:
            conds = [c for c in _list_order if c in trapped]
            raise [s for s in _signals if s in trapped][0](conds)

    def _ignore_all_flags(self):
        return self._ignore_flags(*_signals)

    def _ignore_flags(self, *flags):
        self._ignored_flags = self._ignored_flags + list(flags)
        return list(flags)

    def _regard_flags(self, *flags):
        if flags and isinstance(flags[0], (tuple, list)):
            flags = flags[0]
        for flag in flags:
            self._ignored_flags.remove(flag)
    __hash__ = None

    def Etiny(self):
        return int(self.Emin - self.prec + 1)

    def Etop(self):
        return int(self.Emax - self.prec + 1)

    def _set_rounding(self, type):
        rounding = self.rounding
        self.rounding = type
        return rounding

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise_error(ConversionSyntax, 'trailing or leading whitespace and underscores are not permitted.')
        d = Decimal(num, context=self)
        if d._isnan() and len(d._int) > self.prec - self.clamp:
            return self._raise_error(ConversionSyntax, 'diagnostic info too long in NaN')
        return d._fix(self)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return d._fix(self)

    def abs(self, a):
        a = _convert_other(a, raiseit=True)
        return a.__abs__(context=self)

    def add(self, a, b):
        return _convert_other(a, raiseit=True).__add__(_convert_other(b, raiseit=True), context=self)

    def _apply(self, a):
        return str(a._fix(self))

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a.canonical()

    def compare(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.compare(b, context=self)

    def compare_signal(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.compare_signal(b, context=self)

    def compare_total(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.compare_total(b)

    def compare_total_mag(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.compare_total_mag(b)

    def copy_abs(self, a):
        a = _convert_other(a, raiseit=True)
        return a.copy_abs()

    def copy_decimal(self, a):
        a = _convert_other(a, raiseit=True)
        return Decimal(a)

    def copy_negate(self, a):
        a = _convert_other(a, raiseit=True)
        return a.copy_negate()

    def copy_sign(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.copy_sign(b)

    def divide(self, a, b):
        return _convert_other(a, raiseit=True).__truediv__(_convert_other(b, raiseit=True), context=self)

    def divide_int(self, a, b):
        return _convert_other(a, raiseit=True).__floordiv__(_convert_other(b, raiseit=True), context=self)

    def divmod(self, a, b):
        return _convert_other(a, raiseit=True).__divmod__(_convert_other(b, raiseit=True), context=self)

    def exp(self, a):
        a = _convert_other(a, raiseit=True)
        return a.exp(context=self)

    def fma(self, a, b, c):
        a = _convert_other(a, raiseit=True)
        return a.fma(b, c, context=self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a.is_canonical()

    def is_finite(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_finite()

    def is_infinite(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_infinite()

    def is_nan(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_nan()

    def is_normal(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_normal(context=self)

    def is_qnan(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_qnan()

    def is_signed(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_signed()

    def is_snan(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_snan()

    def is_subnormal(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_subnormal(context=self)

    def is_zero(self, a):
        a = _convert_other(a, raiseit=True)
        return a.is_zero()

    def ln(self, a):
        a = _convert_other(a, raiseit=True)
        return a.ln(context=self)

    def log10(self, a):
        a = _convert_other(a, raiseit=True)
        return a.log10(context=self)

    def logb(self, a):
        a = _convert_other(a, raiseit=True)
        return a.logb(context=self)

    def logical_and(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.logical_and(b, context=self)

    def logical_invert(self, a):
        a = _convert_other(a, raiseit=True)
        return a.logical_invert(context=self)

    def logical_or(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.logical_or(b, context=self)

    def logical_xor(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.logical_xor(b, context=self)

    def max(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.max(b, context=self)

    def max_mag(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.max_mag(b, context=self)

    def min(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.min(b, context=self)

    def min_mag(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.min_mag(b, context=self)

    def minus(self, a):
        a = _convert_other(a, raiseit=True)
        return a.__neg__(context=self)

    def multiply(self, a, b):
        return _convert_other(a, raiseit=True).__mul__(_convert_other(b, raiseit=True), context=self)

    def next_minus(self, a):
        a = _convert_other(a, raiseit=True)
        return a.next_minus(context=self)

    def next_plus(self, a):
        a = _convert_other(a, raiseit=True)
        return a.next_plus(context=self)

    def next_toward(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.next_toward(b, context=self)

    def normalize(self, a):
        a = _convert_other(a, raiseit=True)
        return a.normalize(context=self)

    def number_class(self, a):
        a = _convert_other(a, raiseit=True)
        return a.number_class(context=self)

    def plus(self, a):
        a = _convert_other(a, raiseit=True)
        return a.__pos__(context=self)

    def power(self, a, b, modulo=None):
        a = _convert_other(a, raiseit=True)
        r = a.__pow__(b, modulo, context=self)
        if r is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(b).__name__)
        else:
            return r

    def quantize(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.quantize(b, context=self)

    def radix(self):
        return Decimal(10)

    def remainder(self, a, b):
        return _convert_other(a, raiseit=True).__mod__(_convert_other(b, raiseit=True), context=self)

    def remainder_near(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.remainder_near(b, context=self)

    def rotate(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.rotate(b, context=self)

    def same_quantum(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.same_quantum(b)

    def scaleb(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.scaleb(b, context=self)

    def shift(self, a, b):
        a = _convert_other(a, raiseit=True)
        return a.shift(b, context=self)

    def sqrt(self, a):
        a = _convert_other(a, raiseit=True)
        return a.sqrt(context=self)

    def subtract(self, a, b):
        return _convert_other(a, raiseit=True).__sub__(_convert_other(b, raiseit=True), context=self)

    def to_eng_string(self, a):
        a = _convert_other(a, raiseit=True)
        return a.to_eng_string(context=self)

    def to_sci_string(self, a):
        a = _convert_other(a, raiseit=True)
        return a.__str__(context=self)

    def to_integral_exact(self, a):
        a = _convert_other(a, raiseit=True)
        return a.to_integral_exact(context=self)

    def to_integral_value(self, a):
        a = _convert_other(a, raiseit=True)
        return a.to_integral_value(context=self)
    to_integral = to_integral_value

class _WorkRep(object):
    __slots__ = ('sign', 'int', 'exp')

    def __init__(self, value=None):
        if value is None:
            self.sign = None
            self.int = 0
            self.exp = None
        elif isinstance(value, Decimal):
            self.sign = value._sign
            self.int = int(value._int)
            self.exp = value._exp
        else:
            self.sign = value[0]
            self.int = value[1]
            self.exp = value[2]

    def __repr__(self):
        return '(%r, %r, %r)' % (self.sign, self.int, self.exp)

def _normalize(op1, op2, prec=0):
    if op1.exp < op2.exp:
        tmp = op2
        other = op1
    else:
        tmp = op1
        other = op2
    tmp_len = len(str(tmp.int))
    other_len = len(str(other.int))
    exp = tmp.exp + min(-1, tmp_len - prec - 2)
    if other_len + other.exp - 1 < exp:
        other.int = 1
        other.exp = exp
    tmp.int *= 10 ** (tmp.exp - other.exp)
    tmp.exp = other.exp
    return (op1, op2)
_nbits = int.bit_length

def _sqrt_nearest(n, a):
    if n <= 0 or a <= 0:
        raise ValueError('Both arguments to _sqrt_nearest should be positive.')
    b = 0
    while a != b:
        b, a = (a, a - -n // a >> 1)
    return a

def _rshift_nearest(x, shift):
    b, q = (1 << shift, x >> shift)
    return q + (2 * (x & b - 1) + (q & 1) > b)

def _div_nearest(a, b):
    q, r = divmod(a, b)
    return q + (2 * r + (q & 1) > b)

def _ilog(x, M, L=8):
    y = x - M
    R = 0
    while R <= L and abs(y) << L - R >= M or (R > L and abs(y) >> R - L >= M):
        y = _div_nearest(M * y << 1, M + _sqrt_nearest(M * (M + _rshift_nearest(y, R)), M))
        R += 1
    T = -int(-10 * len(str(M)) // (3 * L))
    yshift = _rshift_nearest(y, R)
    w = _div_nearest(M, T)
    for k in range(T - 1, 0, -1):
        w = _div_nearest(M, k) - _div_nearest(yshift * w, M)
    return _div_nearest(w * y, M)

def _dlog10(c, e, p):
    p += 2
    l = len(str(c))
    f = e + l - (e + l >= 1)
    if p > 0:
        M = 10 ** p
        k = e + p - f
        if k >= 0:
            c *= 10 ** k
        else:
            c = _div_nearest(c, 10 ** (-k))
        log_d = _ilog(c, M)
        log_10 = _log10_digits(p)
        log_d = _div_nearest(log_d * M, log_10)
        log_tenpower = f * M
    else:
        log_d = 0
        log_tenpower = _div_nearest(f, 10 ** (-p))
    return _div_nearest(log_tenpower + log_d, 100)

def _dlog(c, e, p):
    p += 2
    l = len(str(c))
    f = e + l - (e + l >= 1)
    if p > 0:
        k = e + p - f
        if k >= 0:
            c *= 10 ** k
        else:
            c = _div_nearest(c, 10 ** (-k))
        log_d = _ilog(c, 10 ** p)
    else:
        log_d = 0
    if f:
        extra = len(str(abs(f))) - 1
        if p + extra >= 0:
            f_log_ten = _div_nearest(f * _log10_digits(p + extra), 10 ** extra)
        else:
            f_log_ten = 0
    else:
        f_log_ten = 0
    return _div_nearest(f_log_ten + log_d, 100)

class _Log10Memoize(object):

    def __init__(self):
        self.digits = '23025850929940456840179914546843642076011014886'

    def getdigits(self, p):
        if p < 0:
            raise ValueError('p should be nonnegative')
        if p >= len(self.digits):
            extra = 3
            while True:
                M = 10 ** (p + extra + 2)
                digits = str(_div_nearest(_ilog(10 * M, M), 100))
                if digits[-extra:] != '0' * extra:
                    break
                extra += 3
            self.digits = digits.rstrip('0')[:-1]
        return int(self.digits[:p + 1])
_log10_digits = _Log10Memoize().getdigits

def _iexp(x, M, L=8):
    R = _nbits((x << L) // M)
    T = -int(-10 * len(str(M)) // (3 * L))
    y = _div_nearest(x, T)
    Mshift = M << R
    for i in range(T - 1, 0, -1):
        y = _div_nearest(x * (Mshift + y), Mshift * i)
    for k in range(R - 1, -1, -1):
        Mshift = M << k + 2
        y = _div_nearest(y * (y + Mshift), Mshift)
    return M + y

def _dexp(c, e, p):
    p += 2
    extra = max(0, e + len(str(c)) - 1)
    q = p + extra
    shift = e + q
    if shift >= 0:
        cshift = c * 10 ** shift
    else:
        cshift = c // 10 ** (-shift)
    quot, rem = divmod(cshift, _log10_digits(q))
    rem = _div_nearest(rem, 10 ** extra)
    return (_div_nearest(_iexp(rem, 10 ** p), 1000), quot - p + 3)

def _convert_other(other, raiseit=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)
    return NotImplemented

def _convert_for_comparison(self, other, equality_op=False):
    if isinstance(other, Decimal):
        return (self, other)
    if isinstance(other, int):
        return (self, Decimal(other))
    if not isinstance(other, float):
        # numbers is imported only here: its classes cost a core some 3 KB.
        import numbers as _numbers
        if isinstance(other, _numbers.Rational):
            if not self._is_special:
                self = _dec_from_triple(self._sign, str(int(self._int) * other.denominator), self._exp)
            return (self, Decimal(other.numerator))
        if equality_op and isinstance(other, _numbers.Complex) and (other.imag == 0):
            other = other.real
    if isinstance(other, float):
        context = getcontext()
        if equality_op:
            context.flags[FloatOperation] = 1
        else:
            context._raise_error(FloatOperation, 'strict semantics for mixing floats and Decimals are enabled')
        return (self, Decimal.from_float(other))
    return (NotImplemented, NotImplemented)
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero, Overflow, InvalidOperation], flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
def _format_sign(is_negative, sign):
    if is_negative:
        return '-'
    if sign in ' +':
        return sign
    return ''


def _format_align(sign, body, fill, align, width):
    padding = fill * (width - len(sign) - len(body))
    if align == '<':
        return sign + body + padding
    if align == '>':
        return padding + sign + body
    if align == '=':
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _insert_thousands_sep(digits, sep, min_width=1):
    # Groups of 3 from the right, zero-padded on the left to min_width (the
    # separators counted), as _pydecimal's with grouping [3, 0].
    groups = []
    while True:
        l = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (l - len(digits)) + digits[-l:])
        digits = digits[:-l]
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _all_zeros(s, i):
    return not s[i:].strip('0')


def _exact_half(s, i):
    return s[i:i + 1] == '5' and not s[i + 1:].strip('0')

_Infinity = Decimal('Inf')
_NegativeInfinity = Decimal('-Inf')
_NaN = Decimal('NaN')
_Zero = Decimal(0)
_One = Decimal(1)
_NegativeOne = Decimal(-1)
_SignedInfinity = (_Infinity, _NegativeInfinity)
# The VM hashes numbers as CPython on a 64-bit machine does (src/vm/hash.ts): modulus 2**61 - 1.
_PyHASH_MODULUS = 2305843009213693951
_PyHASH_INF = hash(float('inf'))
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)

# CPython's Decimal and Context are C types: its messages name them 'decimal.Decimal'.
from _collections import _set_type_name
_set_type_name(Decimal, 'decimal.Decimal')
_set_type_name(Context, 'decimal.Context')
del _set_type_name
`;
