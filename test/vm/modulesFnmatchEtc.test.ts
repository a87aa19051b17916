// Standard modules written after CPython 3.11's (fnmatch, errno, reprlib,
// string.Formatter, calendar, hmac, locale, unicodedata, platform) against CPython 3.11.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { cpython311, runCPython } from "../helpers/cpython.js";
import { output, runSource } from "../helpers/runSource.js";

describeCPythonParity(
  "fnmatch against CPython",
  {
    "fnmatch: translate (CPython's regular expressions), fnmatch, fnmatchcase, filter, bytes, os.fspath": `import fnmatch
from fnmatch import fnmatch as fm, fnmatchcase, filter, translate
pats = ['*.py', '?a*b', '[!abc]*', '[a-c]x', '[]]', '[!]]', '[', 'a[', '[a-]', '[--a]', '[z-a]', '[!]', '[a&&b]', 'a*b*c', '**', '*a*', '\\\\x', '[\\\\]', '[^x]', '[[]', '*.[ch]', 'a?c*d?', '', 'x.y+z(1)']
for p in pats:
    print(repr(p), repr(translate(p)))
names = ['a.py', 'b.c', 'xab', 'aab', ']', 'ax', 'bx', 'dx', '-', 'abc', 'ABC.PY', '.hidden', 'a\\nb', '']
for p in pats:
    print(p, filter(names, p), [fm(n, p) for n in names[:4]])
print(fnmatchcase('A.PY', '*.py'), fm('A.PY', '*.py'), fnmatch.fnmatch(b'ab.c', b'*.c'), fnmatch.filter([b'x\\xff', b'y'], b'x?'))
print(fnmatch.__all__)
try:
    fm(1, '*')
except TypeError as e:
    print(e)
class P:
    def __fspath__(self): return 'foo.txt'
print(fm(P(), '*.txt'))
`,
  },
  [
    ["import fnmatch\nfnmatch.fnmatch(1, '*')", "TypeError: expected str, bytes or os.PathLike object, not int"],
    ["import fnmatch\nfnmatch.fnmatchcase('a', b'a')", "TypeError: cannot use a bytes pattern on a string-like object"],
  ],
);

describeCPythonParity(
  "errno against CPython",
  {
    "errno: constants, errorcode and its order, OSError subclasses by errno": `import errno
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[11], len(errno.errorcode))
print(list(errno.errorcode.items()))
print(sorted(n for n in dir(errno) if n.startswith('E')))
print(errno.errorcode[errno.ENOTSUP], errno.errorcode[errno.EDEADLK])
e = OSError(errno.ENOENT, 'No such file or directory')
print(e.errno == errno.ENOENT, e.errno, e.strerror)
`,
  },
  [

  ],
);

describeCPythonParity(
  "reprlib against CPython",
  {
    "reprlib: Repr limits, fillvalue, subclass repr_ methods, recursive_repr": `import reprlib
from reprlib import Repr, recursive_repr, aRepr
from collections import deque
from array import array
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)))
print(reprlib.repr('x' * 100), reprlib.repr(2 ** 200), reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset('abcdefghij')), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr(deque(range(10))), reprlib.repr(array('i', range(10))), reprlib.repr(array('d')))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({}), reprlib.repr([]), reprlib.repr({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
r = Repr()
r.maxlevel = 2
r.maxlist = 3
r.maxstring = 10
r.fillvalue = '+++'
print(r.repr([1, [2, [3, [4]]], 5, 6]), r.repr('abcdefghijklmnop'), r.repr([[]]))
class Big:
    def __repr__(self):
        return 'Big(' + 'x' * 50 + ')'
print(reprlib.repr(Big()), reprlib.repr(3.5), reprlib.repr(None), reprlib.repr(True))
class Bad:
    def __repr__(self):
        raise ValueError
s = reprlib.repr(Bad())
print(s.startswith('<Bad instance at 0x'))
class MyRepr(Repr):
    def repr_int(self, x, level):
        return 'INT'
print(MyRepr().repr([1, 2, 'a']))
class Node:
    def __init__(self):
        self.children = []
    @recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.children
n = Node()
n.children.append(n)
n.children.append(Node())
print(repr(n), Node.__repr__.__name__, Node.__repr__.__qualname__)
class N2(list):
    @recursive_repr('<loop>')
    def __repr__(self):
        return 'N2' + list.__repr__(self)
m = N2([1])
m.append(m)
print(repr(m))
print(reprlib.repr({'b': 1, 'a': 2, 3: 4}))
print(aRepr.maxlevel, aRepr.maxdict, aRepr.maxother, aRepr.maxlong, reprlib.__all__)
`,
  },
  [

  ],
);

describeCPythonParity(
  "string against CPython",
  {
    "string.Formatter: format, vformat, parse, get_field, overrides, CPython's errors and laziness": `import string
from string import Formatter
f = Formatter()
print(f.format("{0} {1!r:>8} {name:^{w}} {{x}} {}".replace("{}", "{2}"), 1, 'a', 3, name='N', w=7))
print(f.format("{} and {}", 'x', 'y'), f.format("{a.real} {b[0]} {c[k]} {d[1][0]}", a=3, b=[9], c={'k': 'v'}, d=[0, 'xy']))
print(f.vformat("{0:{1}.{2}f}", (3.14159, 10, 3), {}))
for s in ["abc", "", "{{}}", "a{{b", "a}}b", "{0}", "{0!r}", "{0!r:x}", "{0:}", "{a[x}]}", "x{0:{1}}y", "{0.a[1].b}", "{!s}", "{:}", "{!r:>{w}}", "\\u00e9{0}\\u00e9"]:
    print(repr(s), list(f.parse(s)))
for s in ["{", "}", "a}b", "{0", "{0!", "{0!r", "{0!rx}", "{0:{", "{{0}", "{a{b}", "{0!}", "{!}", "{0:{1}", "x}"]:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
class C:
    x = 5
class Rec(Formatter):
    def get_value(self, key, args, kwargs):
        print('get_value', repr(key))
        return super().get_value(key, args, kwargs)
    def check_unused_args(self, used_args, args, kwargs):
        print('used', sorted(map(str, used_args)))
    def format_field(self, value, format_spec):
        return '<' + super().format_field(value, format_spec) + '>'
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
r = Rec()
print(r.format("{0.x} {k!u} {1[0]:*^5}", C(), 'zq', k='abc'))
print(f.get_field("0.x", (C(),), {}), f.get_field("k[1]", (), {'k': 'ab'}))
for tmpl, args, kw in [("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{2}", (1,), {}), ("{z}", (), {}), ("{0!q}", (1,), {}),
                       ("{0:{1:{2:{3}}}}", (1, 2, 3, 4), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{0]}", (1,), {}),
                       ("{0[}", (1,), {}), ("{0.}", (1,), {}), ("{0[]}", (1,), {}), ("{a.b[}", (), {}), ("{0}{", (1,), {})]:
    try:
        print(repr(f.vformat(tmpl, args, kw)))
    except Exception as e:
        print(tmpl, type(e).__name__, e)
try:
    list(f.parse(5))
except TypeError as e:
    print('TypeError', e)
try:
    f.get_field(5, (), {})
except TypeError as e:
    print('TypeError', e)
it = f.parse("a{0}b{")
print(next(it))
try:
    next(it)
except ValueError as e:
    print('lazy', e)
try:
    f.format("{99999999999999999999}", 1)
except ValueError as e:
    print(e)
print(f.format("{0[\\u0661]}", ['a', 'b']), f.format("{0:%Y}", __import__('datetime').date(2024, 1, 2)))
class Keys(Formatter):
    def get_value(self, key, args, kwargs):
        return repr(key)
for name in ["0", "a", "a.b", "a[0]", "a[x]", "12", "\\u0663", "x[\\u0661]", "a[]", "a[", "a.", "a]x", "a[0]x", "a[1]b"]:
    try:
        print(repr(name), Keys().get_field(name, (), {}))
    except Exception as e:
        print(repr(name), type(e).__name__, e)
`,
  },
  [
    ["import string\nstring.Formatter().format('{0:{1:{2:{3}}}}', 1, 2, 3, 4)", "ValueError: Max string recursion exceeded"],
    ["import string\nstring.Formatter().format('{}{0}', 1)", "ValueError: cannot switch from manual field specification to automatic field numbering"],
  ],
);

describeCPythonParity(
  "calendar against CPython",
  {
    "calendar: TextCalendar/HTMLCalendar months, Calendar iterators, module functions, names, errors": `import calendar
from calendar import TextCalendar, Calendar, HTMLCalendar
print(calendar.month(2024, 2))
calendar.prmonth(2023, 12)
print(calendar.month(2025, 6, w=3, l=2))
print(calendar.calendar(2024))
calendar.prcal(2023, w=3, l=1, c=4, m=4)
tc = TextCalendar(6)
print(tc.formatmonth(2024, 9, 4))
tc.pryear(2025, 2, 1, 6, 2)
print(tc.formatyear(2000, m=6))
c = Calendar(firstweekday=2)
print(list(c.iterweekdays()), c.getfirstweekday(), c.firstweekday)
print(list(c.itermonthdates(2024, 2))[:3], list(c.itermonthdays(2024, 2)), list(c.itermonthdays2(2024, 3))[:9])
print(list(c.itermonthdays3(2024, 1))[:4], list(c.itermonthdays4(2023, 12))[-3:])
print(c.monthdayscalendar(2024, 12), c.monthdays2calendar(2021, 2)[0], c.monthdatescalendar(2021, 2)[-1])
print(len(c.yeardayscalendar(2024)), len(c.yeardays2calendar(2024, 4)), c.yeardatescalendar(2024, 6)[1][5][0])
print(calendar.monthcalendar(2024, 2), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.isleap(2100), calendar.leapdays(1900, 2024))
print(list(calendar.month_name), list(calendar.month_abbr), list(calendar.day_name), list(calendar.day_abbr), len(calendar.month_name), calendar.month_name[1:4], calendar.day_abbr[-1])
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2), repr(calendar.weekheader(3)))
print(calendar.month(2024, 2))
calendar.setfirstweekday(0)
print(repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)))
calendar.prweek([(1, 0), (2, 1)], 2)
print()
print(calendar.formatstring(['a', 'b', 'c'], 5, 2))
calendar.format(['x', 'y'])
print(calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)), calendar.EPOCH, calendar.January, calendar.February, calendar.mdays)
h = HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatyear(2024, 4)[:600])
print(h.formatyearpage(2024)[:300])
print(h.formatweekday(3), h.formatday(0, 1), h.formatmonthname(2024, 5, False))
for bad in [lambda: calendar.setfirstweekday(7), lambda: calendar.monthrange(2024, 13), lambda: calendar.month(2024, 0)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, calendar.IllegalMonthError))
print(calendar.error is ValueError, calendar.__all__)
print(calendar.weekday(10000, 1, 1), calendar.weekday(-5, 3, 1))
`,
    "calendar: year calendars (calendar, prcal, pryear, formatyear) with widths and columns": `import calendar
from calendar import TextCalendar, Calendar
print(calendar.calendar(2024))
calendar.prcal(2023, w=3, l=1, c=4, m=4)
tc = TextCalendar(6)
tc.pryear(2025, 2, 1, 6, 2)
print(tc.formatyear(2000, m=6))
`,
  },
  [
    ["import calendar\ncalendar.setfirstweekday(9)", "calendar.IllegalWeekdayError: bad weekday number 9; must be 0 (Monday) to 6 (Sunday)"],
    ["import calendar\ncalendar.Calendar().monthdayscalendar(2024, 13)", "calendar.IllegalMonthError: bad month number 13; must be 1-12"],
    ["import calendar\ncalendar.HTMLCalendar().formatyearpage(2024, encoding='nope')", "LookupError: unknown encoding: nope"],
  ],
);

describeCPythonParity(
  "hmac against CPython",
  {
    "hmac: HMAC with every hashlib digest (names and constructors), digest(), copy, compare_digest, errors": `import hmac, hashlib, secrets
for dm in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', hashlib.sha256, hashlib.md5]:
    for key in [b'', b'key', b'k' * 64, b'k' * 65, b'x' * 200, bytearray(b'ba')]:
        h = hmac.new(key, b'The quick brown fox', dm)
        print(h.name, h.digest_size, h.block_size, h.hexdigest())
        print(hmac.digest(bytes(key), b'msg', dm).hex())
h = hmac.new(b'secret', digestmod='sha256')
h.update(b'part1')
c = h.copy()
h.update(b'part2')
print(h.hexdigest(), c.hexdigest(), h.digest() == hmac.new(b'secret', b'part1part2', 'sha256').digest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), secrets.compare_digest(b'a', bytearray(b'a')), hmac.compare_digest is secrets.compare_digest)
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(hmac.new, 'str', b'm', 'sha256'); t(hmac.new, b'k', b'm'); t(hmac.new, b'k', 'text', 'sha256'); t(hmac.new, b'k', b'm', 'nope')
t(hmac.compare_digest, 'é', 'é'); t(hmac.compare_digest, 1, 2); t(hmac.compare_digest, b'a', 'a')
print(hmac.digest_size, hmac.HMAC.blocksize, len(hmac.trans_5C), hmac.trans_36[:4])
`,
  },
  [
    ["import hmac\nhmac.new(b'k', b'm')", "TypeError: Missing required parameter 'digestmod'."],
    ["import hmac\nhmac.new('k', b'm', 'sha256')", "TypeError: key: expected bytes or bytearray, but got 'str'"],
  ],
);

describeCPythonParity(
  "locale against CPython",
  {
    "locale: the C locale's setlocale/getlocale/localeconv/strcoll, number formatting, locale calendars": `import locale
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_NUMERIC, None), locale.setlocale(locale.LC_TIME, 'POSIX'), locale.setlocale(locale.LC_ALL, ('C', None)))
print(locale.localeconv())
print(locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_TIME), locale.CHAR_MAX, locale.LC_ALL, locale.LC_CTYPE, locale.LC_MESSAGES, locale.Error.__mro__)
print(locale.strcoll('a', 'c'), locale.strcoll('c', 'a'), locale.strcoll('ab', 'ab'), locale.strxfrm('abc'), sorted(['b', 'A', 'a', 'é'], key=locale.strxfrm))
print(locale.format_string('%d %.2f %s %%', (1234567, 1234.5, 'x'), grouping=True), locale.format_string('%(a)d|%(b)10.3f', {'a': 5, 'b': 2.5}), locale.format_string('%*d', (6, 42)))
print(locale.str(3.14159265358979), locale.atof('1.5'), locale.atoi('42'), locale.delocalize('1.234'), locale.localize('1234.5', True), locale.atof('2.5', func=repr))
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
t(locale.setlocale, 99); t(locale.setlocale, 99, 'C'); t(locale.setlocale, 0, 5); t(locale.setlocale, 0, ('en_US', 'UTF-8')); t(locale.setlocale, locale.LC_ALL, 'de_DE.UTF-8')
t(locale.strcoll, 1, 'a'); t(locale.strxfrm, 1); t(locale.getlocale, 99); t(locale.currency, 5); t(locale.setlocale, 'x'); t(locale.setlocale, 0, 0); t(locale.setlocale, 0, ('C',))
import calendar
lc = calendar.LocaleTextCalendar(locale='C')
print(lc.formatmonth(2024, 3), lc.formatweekday(0, 10), lc.locale)
print(calendar.LocaleHTMLCalendar(locale='C').formatmonthname(2024, 3))
with calendar.different_locale('C'):
    print(calendar.month_name[3])
`,
  },
  [
    ["import locale\nlocale.setlocale(locale.LC_ALL, 'xx_YY.UTF-8')", "locale.Error: unsupported locale setting"],
    ["import locale\nlocale.currency(1.5)", "ValueError: Currency formatting is not possible using the 'C' locale."],
  ],
);

describeCPythonParity(
  "unicodedata against CPython",
  {
    "unicodedata: normalize and is_normalized in the four forms, category/mirrored/decimal arguments and errors": `import unicodedata as u
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(u.normalize, 'NFX', 'a'); t(u.normalize, 'NFC', 1); t(u.normalize, 1, 'a'); t(u.normalize, 'NFC'); t(u.category, 'ab'); t(u.category, 1); t(u.category, '')
t(u.is_normalized, 'NFD', 'é'); t(u.is_normalized, 'X', 'a'); t(u.decimal, 'a'); t(u.decimal, 'a', None); t(u.decimal, '٣'); t(u.mirrored, '('); t(u.mirrored, 'a'); t(u.mirrored, 'ab')
t(u.decimal, 'ab'); t(u.decimal, '²'); t(u.category, '\\ud800'); t(u.category, '\\U000e0001'); t(u.category, '\\U0010ffff')
for f, a, k in [(u.decimal, (), {}), (u.decimal, ('1', 2, 3), {}), (u.category, (), {}), (u.category, ('a',), {'x': 1}), (u.mirrored, ('a', 'b'), {}), (u.is_normalized, ('NFC',), {}), (u.decimal, ('a',), {'default': 1}), (u.normalize, (), {'form': 'NFC', 'unistr': 'a'})]:
    t(f, *a, **k)
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['e\\u0301', 'é', 'ﬁ', '①', 'Å', '\\u1e9b\\u0323', '한글', '\\u0344', 'ｶ', 'x²', '\\ufb2c', '\\U0001d400']:
        print(form, ascii(u.normalize(form, s)), u.is_normalized(form, s))
`,
  },
  [],
);

// Categories, Bidi_Mirrored and decimal values of every BMP code point and a stride of
// the others: the engine's tables are a newer Unicode than CPython 3.11's 14.0.0, so
// they may differ only at code points CPython leaves unassigned ('Cn') and at the few
// whose properties Unicode changed since 14.0, listed here.
const CHANGED_SINCE_14 = new Set([0x295, 0x1171e, 0x226d]);
const SWEEP = `import unicodedata as u
cps = list(range(0x10000)) + list(range(0x10000, 0x110000, 13))
print(len(cps))
for start in range(0, len(cps), 4096):
    print(''.join(u.category(chr(cp)) + str(u.mirrored(chr(cp))) + str(u.decimal(chr(cp), '-')) for cp in cps[start:start + 4096]))
`;

/** The code points SWEEP visits, in its order. */
function sweepCodePoints(): number[] {
  const cps: number[] = [];
  for (let cp = 0; cp < 0x10000; cp++) cps.push(cp);
  for (let cp = 0x10000; cp < 0x110000; cp += 13) cps.push(cp);
  return cps;
}

describe("unicodedata over the code points", () => {
  it.skipIf(!cpython311)("agrees with CPython wherever CPython's Unicode 14 assigns the code point", () => {
    const cps = sweepCodePoints();
    // Four characters a code point: category, mirrored, decimal value or '-'.
    const parse = (text: string) => {
      const [count, ...lines] = text.trim().split("\n");
      expect(Number(count)).toBe(cps.length);
      return lines.join("");
    };
    const ours = parse(output(SWEEP, { profile: "host" }));
    const theirs = parse(runCPython(SWEEP).out);
    expect(ours.length).toBe(cps.length * 4);
    expect(theirs.length).toBe(cps.length * 4);
    const differing = cps.filter((_, i) => ours.slice(4 * i, 4 * i + 4) !== theirs.slice(4 * i, 4 * i + 4) && theirs.slice(4 * i, 4 * i + 2) !== "Cn");
    expect(differing.filter((cp) => !CHANGED_SINCE_14.has(cp))).toEqual([]);
  });
  it("unidata_version is the engine's Unicode version, 15.1.0 or later on Node 20", () => {
    const v = output("import unicodedata\nprint(unicodedata.unidata_version)").trim();
    expect(v).toMatch(/^1[5-9]\.\d\.0$/);
    if (typeof process.versions.unicode === "string") expect(v.startsWith(process.versions.unicode.split(".").slice(0, 2).join("."))).toBe(true);
  });
});

describe("platform", () => {
  it("describes ePython and the core it runs on", () => {
    const src = "import platform\nprint(platform.python_implementation(), platform.python_version(), platform.python_version_tuple(), platform.system(), platform.machine(), repr(platform.node()), repr(platform.release()))";
    expect(output(src)).toBe("ePython 3.11.0 ('3', '11', '0') ePython epiphany3 '' ''\n");
    expect(output(src, { profile: "host" })).toContain("ePython host ''");
  });
});

describe("what is left absent", () => {
  it("unicodedata has no name table", () => {
    const r = runSource("import unicodedata\nunicodedata.name('a')");
    expect(r.error ? `${r.error.kind}: ${r.error.pyMessage}` : "").toBe("AttributeError: module 'unicodedata' has no attribute 'name'");
  });
  it("import dis is ModuleNotFoundError with the reason", () => {
    const r = runSource("import dis");
    expect(r.error?.kind).toBe("ModuleNotFoundError");
    expect(r.error?.pyMessage).toContain("No module named 'dis' (a core runs ePython's bytecode");
  });
});
