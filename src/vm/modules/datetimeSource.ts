// `datetime` (Python 3 dialect): a library module written in ePython (`calendar`: calendarSource.ts),
// CPython 3.11's algorithms (Lib/_pydatetime.py's proleptic Gregorian ordinals,
// Lib/_strptime.py's format-to-regular-expression parsing) on exact ints, printing as
// CPython's C module does (str, repr, isoformat, ctime).
//
// Sizes: a date is an instance with 3 attributes, a time or datetime 6 or 9 (16 + 8
// per attribute, src/vm/classes.ts), a timedelta 3: charged and traced as any
// instance. All fields are small ints; microsecond sums beyond 2**31 become big ints.
//
// Time zones: the device has no local time zone, so local time is UTC. A naive
// datetime is taken as UTC by timestamp(), fromtimestamp(t) gives the naive UTC time
// (as utcfromtimestamp), now()/today() read the host clock (through `_datetime`,
// datetime.ts) as naive UTC; now(tz) converts. `timezone` (fixed offsets, `utc`) is
// the only concrete tzinfo; subclasses of `tzinfo` work through utcoffset/fromutc.
// strftime knows C's directives in the C locale (%a %A %b %B %c %C %d %D %e %f %F %g %G
// %H %I %j %m %M %n %p %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %%) with glibc's
// flags and widths (%-d, %_H, %^a, %10d: timeCalendar.ts strftimeModified); strptime those of CPython's
// _strptime (%c %x %X in the C locale; a week number with a weekday gives the date). timetuple()/utctimetuple() give time.struct_time.
// Not provided: pickling, locale names, zoneinfo.
// Difference from CPython: operator errors name the types 'date', 'timedelta' (the
// C module's names are 'datetime.date', ...).

export const DATETIME_SOURCE = String.raw`# datetime: library module of ePython-TS (see src/vm/modules/datetimeSource.ts)
import _datetime as _host
import math as _math

_INF = float('inf')

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                    "August", "September", "October", "November", "December"]
_FULL_DAYNAMES = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    # CPython's algorithm: 400-, 100-, 4- and 1-year cycles, then the month estimate.
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _index(v):
    if isinstance(v, bool) or not isinstance(v, int):
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        if hasattr(v, '__index__'):
            return v.__index__()
        raise TypeError("an integer is required (got type " + type(v).__name__ + ")")
    return v


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year ' + str(year) + ' is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '" + type(tz).__name__ + "'")


def _divide_and_round(a, b):
    # a / b rounded half to even, exactly, on ints.
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _as_ratio(x):
    # The exact value of a float as an int ratio (float.as_integer_ratio, unreduced).
    if x != x or x in (_INF, -_INF):
        raise ValueError('cannot convert float NaN to integer' if x != x else 'cannot convert float infinity to integer')
    m, e = _math.frexp(x)
    n = int(m * 9007199254740992)
    e -= 53
    if e >= 0:
        return n * 2 ** e, 1
    return n, 2 ** -e


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _cmperror(x, y):
    raise TypeError("can't compare '" + type(x).__name__ + "' to '" + type(y).__name__ + "'")


def _format_offset(off, sep=':'):
    # "+HH:MM", with ":SS" and ".ffffff" only when present (CPython's _format_offset).
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = sign + '%02d%s%02d' % (hh, sep, mm)
    if ss or ss.microseconds:
        s += sep + '%02d' % ss.seconds
        if ss.microseconds:
            s += '.%06d' % ss.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _wrap_strftime(fmt, year, month, day, hour, minute, second, us, yday, wday, offset, tzname):
    # The directives of C's strftime in the C locale, on the value's fields.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not " + type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i == n:
            out.append(ch)
            continue
        start = i - 1
        ch = fmt[i]
        flags = ''
        width = 0
        if ch in '-_0^#123456789EO':
            # glibc's flags, width and modifiers (%-d, %_H, %^a, %10d, %Ey): time.strftime's.
            flags, width, ch, i = _host.strftime_spec(fmt, start)
            if not ch or ch == 'f' and (flags or width):
                out.append(fmt[start:i])
                continue
            if ch in 'zZ' and (flags or width):
                # CPython leaves these to glibc, which writes no zone for its tm_isdst -1.
                continue
        else:
            i += 1
        if ch == 'Y':
            out.append(str(year) if year >= 1000 else '%d' % year)
        elif ch == 'm':
            out.append('%02d' % month)
        elif ch == 'd':
            out.append('%02d' % day)
        elif ch == 'e':
            out.append('%2d' % day)
        elif ch == 'H':
            out.append('%02d' % hour)
        elif ch == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif ch == 'M':
            out.append('%02d' % minute)
        elif ch == 'S':
            out.append('%02d' % second)
        elif ch == 'f':
            out.append('%06d' % us)
        elif ch == 'j':
            out.append('%03d' % yday)
        elif ch == 'a':
            out.append(_DAYNAMES[wday + 1])
        elif ch == 'A':
            out.append(_FULL_DAYNAMES[wday + 1])
        elif ch == 'b' or ch == 'h':
            out.append(_MONTHNAMES[month])
        elif ch == 'B':
            out.append(_FULL_MONTHNAMES[month])
        elif ch == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif ch == 'y':
            out.append('%02d' % (year % 100))
        elif ch == 'w':
            out.append(str((wday + 1) % 7))
        elif ch == 'u':
            out.append(str(wday + 1))
        elif ch == 'z':
            out.append(_format_offset(offset, ''))
        elif ch == 'Z':
            out.append(tzname or '')
        elif ch == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wday + 1], _MONTHNAMES[month], day, hour, minute, second, year))
        elif ch == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif ch == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif ch == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif ch == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif ch == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif ch == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif ch == 'r':
            out.append('%02d:%02d:%02d %s' % (hour % 12 or 12, minute, second, 'AM' if hour < 12 else 'PM'))
        elif ch == 'U':
            # Week of the year, weeks starting on Sunday (days before the first Sunday: week 0).
            out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif ch == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif ch == 'G' or ch == 'g' or ch == 'V':
            iso_year, iso_week, _ = date(year, month, day).isocalendar()
            out.append(str(iso_year) if ch == 'G' else '%02d' % (iso_year % 100 if ch == 'g' else iso_week))
        elif ch == 's':
            # Seconds since the epoch of the fields as local time, which is UTC on a core.
            out.append(str((_ymd2ord(year, month, day) - _ymd2ord(1970, 1, 1)) * 86400 + hour * 3600 + minute * 60 + second))
        elif ch == 'C':
            out.append('%02d' % (year // 100))
        elif ch == 'n':
            out.append('\n')
        elif ch == 't':
            out.append('\t')
        elif ch == '%':
            out.append('%')
        else:
            out.append(fmt[start:i])
            continue
        if flags or width:
            out[-1] = _host.strftime_modified(out[-1], ch, flags, width)
    return ''.join(out)


class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        frac = 0.0
        for v, unit in ((days, 86400000000), (weeks, 604800000000), (hours, 3600000000),
                        (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000), (microseconds, 1)):
            if isinstance(v, int):
                total += v * unit
            elif isinstance(v, float):
                whole = int(v)
                total += whole * unit
                frac += (v - whole) * unit
            else:
                raise TypeError("unsupported type for timedelta " + _TD_NAMES[unit] + " component: " + type(v).__name__)
        if frac:
            total += round(frac)
        d, rest = divmod(total, 86400000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 1000000

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return 'datetime.timedelta(' + ', '.join(args) + ')'

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(0, 0, -self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(0, 0, self._us() * other)
        if isinstance(other, float):
            a, b = _as_ratio(other)
            return timedelta(0, 0, _divide_and_round(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta(0, 0, self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta(0, 0, _divide_and_round(self._us(), other))
        if isinstance(other, float):
            a, b = _as_ratio(other)
            return timedelta(0, 0, _divide_and_round(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta(0, 0, r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


_TD_NAMES = {86400000000: 'days', 604800000000: 'weeks', 3600000000: 'hours', 60000000: 'minutes',
             1000000: 'seconds', 1000: 'milliseconds', 1: 'microseconds'}
timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not " + type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not " + type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not " + repr(offset) + ".")
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(' + repr(self._offset) + ')'
        return 'datetime.timezone(' + repr(self._offset) + ', ' + repr(self._name) + ')'

    def __str__(self):
        return self.tzname(None)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % (self[0], self[1], self[2])


def _isoweek1monday(year):
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


def _invalid_iso(text):
    raise ValueError('Invalid isoformat string: ' + repr(text))


def _digits(s, i, n):
    # The int of the n ASCII digits at s[i:], or None.
    part = s[i:i + n]
    if len(part) != n or not (part.isdigit() and part.isascii()):
        return None
    return int(part)


def _parse_isodate(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D] (CPython 3.11's forms).
    year = _digits(s, 0, 4)
    if year is None:
        return None
    sep = len(s) > 4 and s[4] == '-'
    i = 5 if sep else 4
    if s[i:i + 1] == 'W':
        week = _digits(s, i + 1, 2)
        if week is None:
            return None
        i += 3
        wd = 1
        if i < len(s):
            if sep:
                if s[i] != '-':
                    return None
                i += 1
            wd = _digits(s, i, 1)
            if wd is None or i + 1 != len(s):
                return None
        elif len(s) != i:
            return None
        return date.fromisocalendar(year, week, wd)._ymd()
    month = _digits(s, i, 2)
    if month is None:
        return None
    i += 2
    if sep:
        if s[i:i + 1] != '-':
            return None
        i += 1
    day = _digits(s, i, 2)
    if day is None or i + 2 != len(s):
        return None
    return year, month, day


def _parse_isotime(s):
    # HH[:MM[:SS[.fff[fff]]]] or the compact HHMMSS form, then Z or +HH[:MM[:SS[.ffffff]]].
    tz = None
    for k in range(len(s)):
        if s[k] in '+-Z':
            tzs = s[k:]
            s = s[:k]
            if tzs == 'Z':
                tz = timezone.utc
            else:
                body = _parse_hms(tzs[1:])
                if body is None:
                    return None
                off = timedelta(hours=body[0], minutes=body[1], seconds=body[2], microseconds=body[3])
                if tzs[0] == '-':
                    off = -off
                tz = timezone.utc if not off else timezone(off)
            break
    hms = _parse_hms(s)
    if hms is None:
        return None
    return hms[0], hms[1], hms[2], hms[3], tz


def _parse_hms(s):
    fields = [0, 0, 0, 0]
    frac = ''
    for mark in '.,':
        if mark in s:
            s, _, frac = s.partition(mark)
            if not frac or not (frac.isdigit() and frac.isascii()):
                return None
    colon = ':' in s
    i = 0
    for f in range(3):
        if i >= len(s):
            break
        v = _digits(s, i, 2)
        if v is None:
            return None
        fields[f] = v
        i += 2
        if i < len(s):
            if colon:
                if s[i] != ':':
                    return None
                i += 1
                if i >= len(s):
                    return None
    if i != len(s) or i == 0:
        return None
    if frac:
        if fields[2] is None or len(s) < 6:
            return None
        fields[3] = int((frac + '00000')[:6])
    return fields


def _ordered(cls):
    # The six comparisons of a class from its _cmpkey(other, eq): a negative, zero or
    # positive number, or None for NotImplemented (eq: the answer for ==, which never
    # refuses a naive/aware mix).
    def __eq__(self, other):
        c = self._cmpkey(other, True)
        return NotImplemented if c is None else c == 0
    def __lt__(self, other):
        c = self._cmpkey(other, False)
        return NotImplemented if c is None else c < 0
    def __le__(self, other):
        c = self._cmpkey(other, False)
        return NotImplemented if c is None else c <= 0
    def __gt__(self, other):
        c = self._cmpkey(other, False)
        return NotImplemented if c is None else c > 0
    def __ge__(self, other):
        c = self._cmpkey(other, False)
        return NotImplemented if c is None else c >= 0
    cls.__eq__ = __eq__
    cls.__lt__ = __lt__
    cls.__le__ = __le__
    cls.__gt__ = __gt__
    cls.__ge__ = __ge__
    return cls


@_ordered
class date:
    def __init__(self, year, month=None, day=None):
        self._year, self._month, self._day = _check_date_fields(year, month, day)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def _ymd(self):
        return self._year, self._month, self._day

    @classmethod
    def today(cls):
        y, m, d = _ord2ymd(_EPOCH_ORD + _host.now_us() // 86400000000)
        return cls(y, m, d)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _ord2ymd(_EPOCH_ORD + int(t // 86400))
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORD:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            _invalid_iso(date_string)
        ymd = _parse_isodate(date_string)
        if ymd is None:
            _invalid_iso(date_string)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = _ymd2ord(year, 1, 1) % 7
                if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                    out_of_range = False
            if out_of_range:
                raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        day_1 = _isoweek1monday(year)
        y, m, d = _ord2ymd(day_1 + (week - 1) * 7 + day - 1)
        return cls(y, m, d)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return 'datetime.date(%d, %d, %d)' % (self._year, self._month, self._day)

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[self.weekday() + 1], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self._yday(), self.weekday(), None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not ' + type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def timetuple(self):
        import time as _time_mod  # here, not at the top: importing datetime keeps not loading time (and _time is the time class)
        return _time_mod.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday(), -1))

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAX_ORD:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _cmpkey(self, other, eq):
        # Dates compare with dates only: a datetime is a date but not comparable to one
        # (date == datetime is NotImplemented, then datetime's own answer).
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp(self._ymd(), other._ymd())
        return None

    def __hash__(self):
        return hash(self._ymd())


_EPOCH_ORD = _ymd2ord(1970, 1, 1)
_MAX_ORD = _ymd2ord(9999, 12, 31)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


@_ordered
class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._hour, self._minute, self._second, self._microsecond, self._fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def isoformat(self, timespec='auto'):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + _format_offset(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=' + repr(self._tzinfo)
        if self._fold:
            s += ', fold=1'
        return 'datetime.time(' + s + ')'

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        t = _parse_isotime(time_string[1:] if time_string[:1] == 'T' else time_string)
        if t is None:
            _invalid_iso(time_string)
        return cls(*t)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 1, 0,
                              self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _cmpkey(self, other, eq):
        if not isinstance(other, time):
            return None
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            if eq:
                return 1
            raise TypeError("can't compare offset-naive and offset-aware times")
        x = self._us() - (a._us() if a is not None else 0)
        y = other._us() - (b._us() if b is not None else 0)
        return _cmp(x, y)

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._us() - (off._us() if off is not None else 0))

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# The datetime class body defines a method named time, so it reads the class through
# this name (ePython resolves a name the class body assigns as local to the body).
_time = time


@_ordered
class datetime(date):
    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        self._hour, self._minute, self._second, self._microsecond, self._fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo

    hour = _time.hour
    minute = _time.minute
    second = _time.second
    microsecond = _time.microsecond
    tzinfo = _time.tzinfo
    fold = _time.fold

    def _local_us(self):
        # Microseconds since 0001-01-01T00:00 of the wall-clock fields.
        return ((self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60 + self._second) * 1000000
                + self._microsecond)

    @classmethod
    def _from_local_us(cls, us, tz):
        days, us = divmod(us, 86400000000)
        if not 1 <= days <= _MAX_ORD:
            raise OverflowError('date value out of range')
        s, us = divmod(us, 1000000)
        m, s = divmod(s, 60)
        h, m = divmod(m, 60)
        y, mo, d = _ord2ymd(days)
        return cls(y, mo, d, h, m, s, us, tz)

    @classmethod
    def now(cls, tz=None):
        return cls._from_epoch_us(_host.now_us(), tz)

    @classmethod
    def utcnow(cls):
        return cls._from_epoch_us(_host.now_us(), None)

    @classmethod
    def today(cls):
        return cls._from_epoch_us(_host.now_us(), None)

    @classmethod
    def _from_epoch_us(cls, us, tz):
        _check_tzinfo(tz)
        dt = cls._from_local_us(us + _EPOCH_ORD * 86400000000, None)
        if tz is not None:
            dt = tz.fromutc(dt.replace(tzinfo=tz))
        return dt

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        # The device has no local time zone: a naive result is UTC (as utcfromtimestamp).
        if isinstance(t, float):
            # Whole seconds and the fraction apart: exact even at float32 precision.
            whole = int(t)
            us = whole * 1000000 + round((t - whole) * 1000000)
        else:
            us = _index(t) * 1000000
        return cls._from_epoch_us(us, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        n = len(date_string)
        # The date part is 10 (extended) or 8 (basic) characters; ISO week dates differ.
        if n >= 8 and date_string[4:5] != '-' and date_string[4:5] != 'W':
            cut = 8
        elif date_string[4:5] == 'W' or date_string[5:6] == 'W':
            cut = 8 if date_string[4:5] == 'W' else 10
            if date_string[4:5] != 'W' and len(date_string) > 8 and date_string[8:9] != '-':
                cut = 8
        else:
            cut = 10
        ymd = _parse_isodate(date_string[:cut])
        if ymd is None:
            _invalid_iso(date_string)
        if n > cut:
            t = _parse_isotime(date_string[cut + 1:])
            if t is None:
                _invalid_iso(date_string)
        else:
            t = (0, 0, 0, 0, None)
        return cls(ymd[0], ymd[1], ymd[2], t[0], t[1], t[2], t[3], t[4])

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        return off

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timestamp(self):
        # A naive datetime is taken as UTC: the device has no local time zone.
        off = self.utcoffset()
        us = self._local_us() - _EPOCH_ORD * 86400000000 - (off._us() if off is not None else 0)
        return us / 1000000

    def utctimetuple(self):
        # CPython: an aware datetime is moved to UTC first; the DST flag is always 0.
        import time as _time_mod
        off = self.utcoffset()
        if off:
            self = self - off
        return _time_mod.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), self._yday(), 0))

    def timetuple(self):
        # The DST flag is CPython's: -1 when dst() is None (naive, or a zone without DST).
        import time as _time_mod
        dst = self.dst()
        return _time_mod.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), self._yday(), -1 if dst is None else (1 if dst else 0)))

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        _check_tzinfo(tz)
        off = self.utcoffset()
        if off is None:
            off = timedelta(0)
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def isoformat(self, sep='T', timespec='auto'):
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = 'datetime.datetime(' + ', '.join([str(x) for x in L])
        if self._tzinfo is not None:
            s += ', tzinfo=' + repr(self._tzinfo)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[self.weekday() + 1], _MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                              self._microsecond, self._yday(), self.weekday(), self.utcoffset(), self.tzname())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_local_us(self._local_us() + other._us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_local_us(self._local_us() - other._us(), self._tzinfo)
        if isinstance(other, datetime):
            a = self.utcoffset()
            b = other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            x = self._local_us() - (a._us() if a is not None and self._tzinfo is not other._tzinfo else 0)
            y = other._local_us() - (b._us() if b is not None and self._tzinfo is not other._tzinfo else 0)
            return timedelta(0, 0, x - y)
        return NotImplemented

    def _cmpkey(self, other, eq):
        if not isinstance(other, datetime):
            if eq and isinstance(other, date):
                return 1
            if isinstance(other, date):
                raise TypeError("can't compare datetime.datetime to datetime.date")
            return None
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            if eq:
                return 1
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        x = self._local_us() - (a._us() if a is not None else 0)
        y = other._local_us() - (b._us() if b is not None else 0)
        return _cmp(x, y)

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._local_us() - (off._us() if off is not None else 0))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _strptime(cls, data, fmt):
    # CPython's _strptime: the format becomes a regular expression (case-insensitive),
    # the named groups become the fields.
    import re
    if not isinstance(data, str):
        raise TypeError('strptime() argument 1 must be str, not ' + type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not ' + type(fmt).__name__)
    pats = {
        'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
        'f': r'(?P<f>[0-9]{1,6})',
        'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
        'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
        'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
        'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
        'M': r'(?P<M>[0-5]\d|\d)',
        'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
        'w': r'(?P<w>[0-6])',
        'u': r'(?P<u>[1-7])',
        'y': r'(?P<y>\d\d)',
        'Y': r'(?P<Y>\d\d\d\d)',
        'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z)',
        'a': '(?P<a>' + '|'.join([n.lower() for n in _FULL_DAYNAMES[1:] + _DAYNAMES[1:]]) + ')',
        'A': '(?P<A>' + '|'.join([n.lower() for n in _FULL_DAYNAMES[1:] + _DAYNAMES[1:]]) + ')',
        'b': '(?P<b>' + '|'.join([n.lower() for n in _FULL_MONTHNAMES[1:] + _MONTHNAMES[1:]]) + ')',
        'B': '(?P<B>' + '|'.join([n.lower() for n in _FULL_MONTHNAMES[1:] + _MONTHNAMES[1:]]) + ')',
        'p': '(?P<p>am|pm)',
        'Z': '(?P<Z>utc|gmt)',
        'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
        'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
        'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
        'G': r'(?P<G>\d\d\d\d)',
    }
    # The C locale's %c %x %X, spelled out as CPython's LocaleTime does.
    fmt_in = fmt
    for k, v in (('%c', '%a %b %d %H:%M:%S %Y'), ('%x', '%m/%d/%y'), ('%X', '%H:%M:%S')):
        fmt = '%%'.join(part.replace(k, v) for part in fmt.split('%%'))
    out = []
    seen = set()
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            i += 2
            if d == '%':
                out.append('%')
            elif d in pats:
                if d in seen:
                    raise ValueError("redefinition of group name '" + d + "' as group 2; was group 1")
                seen.add(d)
                out.append(pats[d])
            else:
                raise ValueError("'" + d + "' is a bad directive in format '%" + d + "'")
            continue
        if ch == '%':
            raise ValueError("stray % in format '" + fmt + "'")
        if ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(r'\s+')
            continue
        out.append(re.escape(ch))
        i += 1
    found = re.match(''.join(out), data, re.IGNORECASE)
    fmt = fmt_in
    if found is None:
        raise ValueError('time data ' + repr(data) + ' does not match format ' + repr(fmt))
    if len(data) != found.end():
        raise ValueError('unconverted data remains: ' + data[found.end():])
    g = found.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = us = 0
    tz = None
    julian = None
    if g.get('Y') is not None:
        year = int(g['Y'])
    elif g.get('y') is not None:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('m') is not None:
        month = int(g['m'])
    for k in ('B', 'b'):
        if g.get(k) is not None:
            name = g[k].lower()
            for n in range(1, 13):
                if name == _FULL_MONTHNAMES[n].lower() or name == _MONTHNAMES[n].lower():
                    month = n
    if g.get('d') is not None:
        day = int(g['d'])
    if g.get('H') is not None:
        hour = int(g['H'])
    elif g.get('I') is not None:
        hour = int(g['I'])
        ampm = (g.get('p') or '').lower()
        if ampm == 'pm':
            if hour != 12:
                hour += 12
        elif hour == 12:
            hour = 0
    if g.get('M') is not None:
        minute = int(g['M'])
    if g.get('S') is not None:
        second = int(g['S'])
    if g.get('f') is not None:
        us = int((g['f'] + '00000')[:6])
    if g.get('j') is not None:
        julian = int(g['j'])
    weekday = week_of_year = iso_year = iso_week = None
    week_starts_mon = False
    for k in ('a', 'A'):
        if g.get(k) is not None:
            name = g[k].lower()
            for n in range(1, 8):
                if name == _FULL_DAYNAMES[n].lower() or name == _DAYNAMES[n].lower():
                    weekday = n - 1
    if g.get('w') is not None:
        weekday = (int(g['w']) - 1) % 7
    if g.get('u') is not None:
        weekday = int(g['u']) - 1
    if g.get('U') is not None:
        week_of_year = int(g['U'])
    elif g.get('W') is not None:
        week_of_year = int(g['W'])
        week_starts_mon = True
    if g.get('G') is not None:
        iso_year = int(g['G'])
    if g.get('V') is not None:
        iso_week = int(g['V'])
    if g.get('Y') is None and g.get('y') is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.")
    # CPython's _strptime: a week number and a weekday give the day of the year.
    if julian is None and weekday is not None:
        if week_of_year is not None:
            first = _ymd2ord(year, 1, 1)
            first_weekday = (first + 6) % 7
            dow = weekday
            if not week_starts_mon:
                first_weekday = (first_weekday + 1) % 7
                dow = (dow + 1) % 7
            if week_of_year == 0:
                julian = 1 + dow - first_weekday
            else:
                julian = 1 + (7 - first_weekday) % 7 + 7 * (week_of_year - 1) + dow
        elif iso_year is not None and iso_week is not None:
            jan4 = _ymd2ord(iso_year, 1, 4)
            julian = iso_week * 7 + weekday + 1 - ((jan4 + 6) % 7 + 4)
            year = iso_year
            if julian < 1:
                julian += _ymd2ord(iso_year, 1, 1)
                year = iso_year - 1
                julian -= _ymd2ord(year, 1, 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if g.get('z') is not None:
        z = g['z']
        if z.upper() == 'Z':
            tz = timezone.utc
        else:
            sign = -1 if z[0] == '-' else 1
            z = z[1:].replace(':', '')
            off = timedelta(hours=int(z[0:2]), minutes=int(z[2:4]), seconds=int(z[4:6] or 0),
                            microseconds=int((z[7:] + '000000')[:6]) if len(z) > 7 else 0)
            tz = timezone(sign * off)
    elif g.get('Z') is not None:
        pass
    if julian is not None:
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + julian - 1)
    return cls(year, month, day, hour, minute, second, us, tz)


# CPython's datetime classes are C types: its messages name them 'datetime.date' etc.
from _collections import _set_type_name
for _c in (date, datetime, time, timedelta, tzinfo, timezone):
    _set_type_name(_c, 'datetime.' + _c.__name__)
del _c, _set_type_name
`;
