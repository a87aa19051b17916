// `decimal` (Python 3 dialect): a library module written in ePython, a compact
// version of CPython 3.11's Lib/_pydecimal.py on the VM's big ints. A Decimal is an
// instance with four attributes (sign, digit string, exponent, special: 16 + 4*8 B plus
// its digit string).
//
// Provided: Decimal from str (CPython's grammar, '_' separators, Infinity, NaN), int,
// float (exact: at the default float32 precision the float itself is float32's), tuple,
// Decimal; + - * / with the context's precision and rounding (correctly rounded, as
// CPython), // % divmod (truncating, CPython's signs), ** with integer exponents, sqrt
// (CPython's exact algorithm), comparisons with ints, floats and Decimals, hashing
// equal to the equal int/float's, int/float/round/floor/ceil/trunc, quantize (all eight
// rounding modes), to_integral_value, normalize, as_tuple (DecimalTuple),
// as_integer_ratio, adjusted, is_* predicates, copy_abs/copy_negate, to_eng_string,
// format with 'f', 'F', '%' (fill, align, sign, 0, width, ',', precision), str/repr
// as CPython's. Context(prec, rounding), getcontext, setcontext, localcontext (also
// with keyword arguments), DefaultContext/BasicContext/ExtendedContext; the signals
// InvalidOperation (ConversionSyntax, DivisionUndefined), DivisionByZero with the C
// module's messages ("[<class 'decimal.DivisionByZero'>]").
// Not provided: flags and trap settings (InvalidOperation and DivisionByZero always
// raise, Inexact/Rounded never do), Emin/Emax overflow and subnormal handling,
// exp/ln/log10, non-integer powers and three-argument pow (NotImplementedError),
// the Context methods (ctx.add ...), formats other than fixed point. Errors name the
// types 'decimal.Decimal' and 'decimal.Context', as CPython's (its C types' tp_name).

export const DECIMAL_SOURCE = String.raw`# decimal: library module of ePython-TS (see src/vm/modules/decimalSource.ts)
import math as _math

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
              ROUND_05UP)
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999



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

class DecimalException(ArithmeticError):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class Rounded(DecimalException):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


def _signal(cls, cause=None):
    # CPython's C module names the condition that raised, in a list.
    raise cls("[<class 'decimal.%s'>]" % (cause or cls).__name__)


def _all_zeros(s, i):
    for ch in s[i:]:
        if ch != '0':
            return False
    return True


def _exact_half(s, i):
    return i < len(s) and s[i] == '5' and _all_zeros(s, i + 1)


def _round_digits(sign, digits, prec, rounding):
    # 1: round away from zero, 0: exact, -1: truncate (CPython's _round_* functions).
    if rounding == ROUND_DOWN:
        return 0 if _all_zeros(digits, prec) else -1
    if rounding == ROUND_UP:
        return 0 if _all_zeros(digits, prec) else 1
    if rounding == ROUND_HALF_UP:
        if digits[prec] in '56789':
            return 1
        return 0 if _all_zeros(digits, prec) else -1
    if rounding == ROUND_HALF_DOWN:
        if _exact_half(digits, prec):
            return -1
        return _round_digits(sign, digits, prec, ROUND_HALF_UP)
    if rounding == ROUND_HALF_EVEN:
        if _exact_half(digits, prec) and (prec == 0 or digits[prec - 1] in '02468'):
            return -1
        return _round_digits(sign, digits, prec, ROUND_HALF_UP)
    if rounding == ROUND_CEILING:
        d = _round_digits(sign, digits, prec, ROUND_DOWN)
        return d if sign else -d
    if rounding == ROUND_FLOOR:
        d = _round_digits(sign, digits, prec, ROUND_DOWN)
        return -d if sign else d
    # ROUND_05UP
    d = _round_digits(sign, digits, prec, ROUND_DOWN)
    if prec and digits[prec - 1] not in '05':
        return d
    return -d


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None):
        self.prec = 28 if prec is None else prec
        self.rounding = ROUND_HALF_EVEN if rounding is None else rounding
        self.Emin = -999999 if Emin is None else Emin
        self.Emax = 999999 if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[], '
                'traps=[InvalidOperation, DivisionByZero, Overflow])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp))

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP)
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN)
_current = [DefaultContext.copy()]


def getcontext():
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
    _current[0] = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)
        return False


def localcontext(ctx=None, **kwargs):
    m = _ContextManager(getcontext() if ctx is None else ctx)
    for k in kwargs:
        setattr(m.new_context, k, kwargs[k])
    return m


def _parse(text):
    # (sign, digits, exp, special) of a numeric string, or None (CPython's grammar).
    s = text.strip().replace('_', '') if '_' not in text.strip()[:1] + text.strip()[-1:] else None
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, '0', 0, 'F'
    if low.startswith('nan') or low.startswith('snan'):
        payload = low[4:] if low[0] == 's' else low[3:]
        if payload and not (payload.isdigit() and payload.isascii()):
            return None
        return sign, payload.lstrip('0') or '0', 0, 'N' if low[0] == 's' else 'n'
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
    exp -= len(frac)
    return sign, (whole + frac).lstrip('0') or '0', exp, None


def _convert(other, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int) and not isinstance(other, bool):
        return Decimal(other)
    if isinstance(other, bool):
        return Decimal(int(other))
    if allow_float and isinstance(other, float):
        return Decimal(other)
    return NotImplemented


def _dec(sign, digits, exp, special=None):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = digits
    d._exp = exp
    d._special = special
    return d


class Decimal:
    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                _signal(InvalidOperation, ConversionSyntax)
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(value))
            self._exp = 0
            self._special = None
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, float):
            if value != value:
                self._sign, self._int, self._exp, self._special = 0, '0', 0, 'n'
                return self
            sign = 1 if _math.copysign(1.0, value) < 0 else 0
            if value in (float('inf'), float('-inf')):
                self._sign, self._int, self._exp, self._special = sign, '0', 0, 'F'
                return self
            m, e = _math.frexp(abs(value))
            n = int(m * 9007199254740992)
            e -= 53
            while n and n % 2 == 0 and e < 0:
                n //= 2
                e += 1
            if e >= 0:
                coeff, exp = n * 2 ** e, 0
            else:
                coeff, exp = n * 5 ** -e, e
            self._sign, self._int, self._exp, self._special = sign, str(coeff), exp, None
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            self._sign = sign
            if exp == 'F':
                self._int, self._exp, self._special = '0', 0, 'F'
                return self
            self._int = ''.join([str(d) for d in digits]).lstrip('0') or '0'
            self._exp = exp
            self._special = None
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    def __init__(self, value='0', context=None):
        # Everything is done by __new__ (a Decimal is immutable).
        pass

    @classmethod
    def from_float(cls, f):
        return cls(f)

    # ---- rounding to the context ----

    def _fix(self, context):
        if self._special is not None:
            return self
        prec = context.prec
        exp_min = len(self._int) + self._exp - prec
        if self._int != '0' and self._exp < exp_min:
            digits = len(self._int) + self._exp - exp_min
            work = self
            if digits < 0:
                work = _dec(self._sign, '1', exp_min - 1)
                digits = 0
            changed = _round_digits(work._sign, work._int, digits, context.rounding)
            coeff = work._int[:digits] or '0'
            if changed > 0:
                coeff = str(int(coeff) + 1)
                if len(coeff) > prec:
                    coeff = coeff[:-1]
                    exp_min += 1
            return _dec(self._sign, coeff, exp_min)
        return self

    def _rescale(self, exp, rounding):
        if self._int == '0':
            return _dec(self._sign, '0', exp)
        if self._exp >= exp:
            return _dec(self._sign, self._int + '0' * (self._exp - exp), exp)
        digits = len(self._int) + self._exp - exp
        work = self
        if digits < 0:
            work = _dec(self._sign, '1', exp - 1)
            digits = 0
        changed = _round_digits(work._sign, work._int, digits, rounding)
        coeff = work._int[:digits] or '0'
        if changed == 1:
            coeff = str(int(coeff) + 1)
        return _dec(self._sign, coeff, exp)

    # ---- text ----

    def __str__(self):
        return self._to_string(False)

    def to_eng_string(self, context=None):
        return self._to_string(True)

    def _to_string(self, eng):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special is not None:
            return sign + ('sNaN' if self._special == 'N' else 'NaN') + (self._int if self._int != '0' else '')
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
            fracpart = '.' + '0' * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace]
            fracpart = '.' + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            # The exponent's letter follows the context's capitals, as CPython's str().
            exp = 'eE'[getcontext().capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
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
        context = getcontext()

        # special values don't care about the type or precision
        if self._special is not None:
            body = str(self.copy_abs())
            if kind == '%':
                body += '%'
            return _format_align(_format_sign(self._sign, sign), body, fill, align, width)

        if kind is None:
            kind = 'gG'[context.capitals]
        d = self
        if kind == '%':
            d = _dec(d._sign, d._int, d._exp + 2)
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

    def _round(self, places, rounding):
        # places significant digits (_pydecimal._round); a rounding that carries
        # into a new digit (99.97 to 3 places) is rescaled once more.
        if self._special is not None or self._int == '0':
            return self
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    def _plain(self):
        sign = '-' if self._sign else ''
        if self._exp >= 0:
            return sign + self._int + '0' * self._exp
        digits = self._int.rjust(-self._exp + 1, '0')
        return sign + digits[:self._exp] + '.' + digits[self._exp:]

    # ---- predicates, parts ----

    def as_tuple(self):
        digits = tuple([int(c) for c in self._int])
        exp = self._exp if self._special is None else self._special
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special is not None:
            raise ValueError('cannot convert NaN to integer ratio')
        n = int(self._int)
        if self._exp >= 0:
            return (-1 if self._sign else 1) * n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = _math.gcd(n, d)
        return (-1 if self._sign else 1) * (n // g), d // g

    def adjusted(self):
        return self._exp + len(self._int) - 1 if self._special is None else 0

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == '0'

    def is_signed(self):
        return self._sign == 1

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._special)

    def _nan_check(self, other=None):
        if self._special in ('n', 'N'):
            return self
        if other is not None and other._special in ('n', 'N'):
            return other
        return None

    def _value(self):
        # The exact value as (numerator, denominator): finite decimals only.
        n = -int(self._int) if self._sign else int(self._int)
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        return n, 10 ** -self._exp

    # ---- comparisons and hashing ----

    def _cmp(self, other):
        # -1, 0, 1; None when either side is a NaN.
        if self.is_nan() or other.is_nan():
            return None
        if self._special == 'F' or other._special == 'F':
            a = 0 if self._special is None else (-1 if self._sign else 1)
            b = 0 if other._special is None else (-1 if other._sign else 1)
            if a != b:
                return -1 if a < b else 1
            if a != 0:
                return 0
            return 1 if b < 0 else -1 if b > 0 else 0
        an, ad = self._value()
        bn, bd = other._value()
        x = an * bd
        y = bn * ad
        return 0 if x == y else (1 if x > y else -1)

    def _compare_with(self, other, op):
        other = _convert(other, True)
        if other is NotImplemented:
            return NotImplemented
        c = self._cmp(other)
        if c is None:
            if op in ('eq', 'ne'):
                return op == 'ne'
            _signal(InvalidOperation)
        if op == 'eq':
            return c == 0
        if op == 'ne':
            return c != 0
        if op == 'lt':
            return c < 0
        if op == 'le':
            return c <= 0
        if op == 'gt':
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._compare_with(other, 'eq')

    def __ne__(self, other):
        return self._compare_with(other, 'ne')

    def __lt__(self, other):
        return self._compare_with(other, 'lt')

    def __le__(self, other):
        return self._compare_with(other, 'le')

    def __gt__(self, other):
        return self._compare_with(other, 'gt')

    def __ge__(self, other):
        return self._compare_with(other, 'ge')

    def __hash__(self):
        if self._special is not None:
            if self.is_nan():
                raise TypeError('Cannot hash a signaling NaN value.' if self._special == 'N' else 'unhashable NaN')
            return hash(float('-inf') if self._sign else float('inf'))
        n, d = self._value()
        if d == 1:
            return hash(n)
        # The hash of the equal Fraction (and float): n * d**-1 modulo the hash modulus.
        m = _HASH_MODULUS
        h = abs(n) % m * pow(d, m - 2, m) % m
        h = -h if n < 0 else h
        return -2 if h == -1 else h

    def __bool__(self):
        return self._special is not None or self._int != '0'

    # ---- conversions ----

    def __int__(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._special is not None:
            raise ValueError('cannot convert NaN to integer')
        s = -1 if self._sign else 1
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        return s * int(self._int[:self._exp] or '0')

    __trunc__ = __int__

    def __float__(self):
        if self._special == 'F':
            return float('-inf') if self._sign else float('inf')
        if self._special is not None:
            return float('nan')
        return float(str(self))

    def __floor__(self):
        return int(self._rescale(0, ROUND_FLOOR)) if self._special is None else self.__int__()

    def __ceil__(self):
        return int(self._rescale(0, ROUND_CEILING)) if self._special is None else self.__int__()

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(_dec(0, '1', -n))
        if self._special is not None:
            self.__int__()
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp)
        if exp is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(exp).__name__)
        context = context or getcontext()
        if self._special is not None or exp._special is not None:
            nan = self._nan_check(exp)
            if nan is not None:
                return nan
            if self._special == exp._special:
                return Decimal(self)
            _signal(InvalidOperation)
        ans = self._rescale(exp._exp, rounding or context.rounding)
        if len(ans._int) > context.prec:
            _signal(InvalidOperation)
        return ans

    def to_integral_value(self, rounding=None, context=None):
        if self._special is not None or self._exp >= 0:
            return self
        return self._rescale(0, rounding or getcontext().rounding)

    to_integral = to_integral_value

    def normalize(self, context=None):
        context = context or getcontext()
        if self._special is not None:
            return self
        d = self._fix(context)
        if d._int == '0':
            return _dec(d._sign, '0', 0)
        digits = d._int.rstrip('0')
        return _dec(d._sign, digits, d._exp + len(d._int) - len(digits))

    # ---- arithmetic ----

    def __neg__(self):
        if self._special is None and self._int == '0':
            return _dec(0, '0', self._exp)._fix(getcontext())
        return self.copy_negate()._fix(getcontext())

    def __pos__(self):
        if self._special is None and self._int == '0':
            return _dec(0, '0', self._exp)
        return Decimal(self)._fix(getcontext())

    def __abs__(self):
        return self.copy_abs()._fix(getcontext())

    def __add__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        context = getcontext()
        nan = self._nan_check(other)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                _signal(InvalidOperation)
            return Decimal(self if self._special == 'F' else other)
        exp = min(self._exp, other._exp)
        a = int(self._int) * 10 ** (self._exp - exp)
        b = int(other._int) * 10 ** (other._exp - exp)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            # The sign of an exact zero sum: negative only when both are, or rounding down.
            sign = 1 if (self._sign and other._sign) or (context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
            return _dec(sign, '0', exp)._fix(context)
        return _dec(1 if total < 0 else 0, str(abs(total)), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__add__(other.copy_negate())

    def __rsub__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__sub__(self)

    def __mul__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        sign = self._sign ^ other._sign
        nan = self._nan_check(other)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if (self._special is None and self._int == '0') or (other._special is None and other._int == '0'):
                _signal(InvalidOperation)
            return _dec(sign, '0', 0, 'F')
        return _dec(sign, str(int(self._int) * int(other._int)), self._exp + other._exp)._fix(getcontext())

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        context = getcontext()
        sign = self._sign ^ other._sign
        nan = self._nan_check(other)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F':
                _signal(InvalidOperation)
            if self._special == 'F':
                return _dec(sign, '0', 0, 'F')
            return _dec(sign, '0', context.Emin - context.prec + 1)
        if other._int == '0':
            if self._int == '0':
                _signal(InvalidOperation, DivisionUndefined)
            _signal(DivisionByZero)
        if self._int == '0':
            exp = self._exp - other._exp
            coeff = 0
        else:
            prec = context.prec
            shift = len(other._int) - len(self._int) + prec + 1
            exp = self._exp - other._exp - shift
            if shift >= 0:
                coeff, remainder = divmod(int(self._int) * 10 ** shift, int(other._int))
            else:
                coeff, remainder = divmod(int(self._int), int(other._int) * 10 ** -shift)
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal_exp = self._exp - other._exp
                while exp < ideal_exp and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        return _dec(sign, str(coeff), exp)._fix(context)

    def __rtruediv__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__truediv__(self)

    def _divide(self, other):
        # Truncating integer division and its remainder (the sign of the dividend).
        if self._special is not None or other._special is not None:
            _signal(InvalidOperation)
        if other._int == '0':
            if self._int == '0':
                _signal(InvalidOperation, DivisionUndefined)
            _signal(DivisionByZero)
        an, ad = self._value()
        bn, bd = other._value()
        q = abs(an * bd) // abs(bn * ad)
        if (an < 0) != (bn < 0):
            q = -q
        if len(str(abs(q))) > getcontext().prec:
            _signal(InvalidOperation, DivisionImpossible)
        ideal = min(self._exp, other._exp)
        rem_value = self - other * Decimal(q)
        rem = rem_value._rescale(ideal, ROUND_HALF_EVEN) if rem_value._exp > ideal else rem_value
        if rem._int == '0':
            rem = _dec(self._sign, '0', rem._exp)
        return Decimal(q), rem

    def __floordiv__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        return self._divide(other)[0]

    def __rfloordiv__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__floordiv__(self)

    def __mod__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        return self._divide(other)[1]

    def __rmod__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__mod__(self)

    def __divmod__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        return self._divide(other)

    def __pow__(self, other, modulo=None):
        if modulo is not None:
            raise NotImplementedError('decimal: three-argument pow() is not supported')
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        if self._special is not None or other._special is not None:
            raise NotImplementedError('decimal: powers of infinities and NaNs are not supported')
        n = int(other) if other == int(other) else None
        if n is None:
            raise NotImplementedError('decimal: non-integer powers are not supported')
        if n == 0:
            if self._int == '0':
                _signal(InvalidOperation)
            return _dec(0, '1', 0)
        sign = self._sign if n % 2 else 0
        if n > 0:
            return _dec(sign, str(int(self._int) ** n), self._exp * n)._fix(getcontext())
        if self._int == '0':
            _signal(DivisionByZero)
        den = _dec(sign, str(int(self._int) ** -n), self._exp * -n)
        return _dec(0, '1', 0).__truediv__(den)

    def __rpow__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented
        return other.__pow__(self)

    def sqrt(self, context=None):
        # CPython's exact algorithm: an integer square root at prec + 1 digits, then _fix.
        context = context or getcontext()
        if self._special is not None:
            if self._special == 'F' and not self._sign:
                return Decimal(self)
            if self.is_nan():
                return self
            _signal(InvalidOperation)
        if self._int == '0':
            return _dec(self._sign, '0', self._exp >> 1)
        if self._sign == 1:
            _signal(InvalidOperation)
        prec = context.prec + 1
        e = self._exp >> 1
        if self._exp & 1:
            c = int(self._int) * 10
            l = (len(self._int) >> 1) + 1
        else:
            c = int(self._int)
            l = len(self._int) + 1 >> 1
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
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
                n *= 10 ** -shift
            e += shift
        else:
            if n % 5 == 0:
                n += 1
        ans = _dec(0, str(n), e)
        c2 = context.copy()
        c2.rounding = ROUND_HALF_EVEN
        return ans._fix(c2)

    def max(self, other, context=None):
        other = _convert(other)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _convert(other)
        return self if self._cmp(other) <= 0 else other

    def compare(self, other, context=None):
        other = _convert(other)
        c = self._cmp(other)
        return Decimal(c)


class DivisionImpossible(InvalidOperation):
    pass


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


# The VM hashes numbers as CPython on a 64-bit machine does (src/vm/hash.ts).
_HASH_MODULUS = 2305843009213693951  # 2**61 - 1, CPython's on a 64-bit machine

# CPython's Decimal and Context are C types: its messages name them 'decimal.Decimal'.
from _collections import _set_type_name
_set_type_name(Decimal, 'decimal.Decimal')
_set_type_name(Context, 'decimal.Context')
del _set_type_name
`;
