import { describe, expect, it } from "vitest";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";
import { output, runSource } from "../helpers/runSource.js";

describe.runIf(haveCPython)("datetime and calendar (against CPython 3.11)", () => {
  it("timedelta normalisation and arithmetic, date/time/datetime construction, str/repr, isoformat/fromisoformat, strftime/strptime, time zones", () => {
    expectSameAsCPython(`from datetime import date, time, datetime, timedelta, timezone
import datetime as dtmod
td = timedelta(days=1, hours=25, minutes=-3, seconds=1.5, milliseconds=2, microseconds=7, weeks=1)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(), repr(timedelta()), timedelta(-1), repr(timedelta(seconds=-1)), str(timedelta(microseconds=-1)))
print(timedelta(days=0.5), timedelta(hours=1.25), timedelta(2) * 3, 2.5 * timedelta(1), timedelta(1) / 3, timedelta(1) / 0.3)
print(timedelta(1) // timedelta(hours=5), timedelta(1) % timedelta(hours=5), divmod(timedelta(1), timedelta(hours=7)), timedelta(1) / timedelta(hours=5), timedelta(1) // 7)
print(-timedelta(1, 5), abs(timedelta(-3)), timedelta(1) == timedelta(hours=24), timedelta(1) < timedelta(2), bool(timedelta(0)), timedelta.max, timedelta.min, timedelta.resolution)
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, d.toordinal(), d.ctime())
print(d + timedelta(1), d - timedelta(366), date(2025, 1, 1) - d, d.replace(day=1), d.replace(year=2028), date.fromordinal(738000), date.fromisoformat('2021-12-31'), date.fromisoformat('20211231'))
print(date.fromisocalendar(2020, 53, 7), date(2021, 1, 3).isocalendar(), date(2008, 12, 29).isocalendar(), d < date(2024, 3, 1), d == date(2024, 2, 29), d != date(2024, 3, 1), date.min, date.max)
print(d.strftime('%Y/%m/%d %j %a %A %b %B %y %% %H:%M:%S %f %p %w %I'), format(d, '%d.%m.%Y'), f'{d:%B %d}', f'{d}')
t = time(13, 5, 7, 120)
print(t, repr(t), time(1, 2), repr(time(1, 2, 3)), t.isoformat('minutes'), t.isoformat('milliseconds'), t.isoformat('hours'), t.strftime('%I:%M %p'), time.fromisoformat('04:23:01.000384'), time.fromisoformat('0423'))
dt = datetime(2024, 12, 31, 23, 59, 59, 999999)
print(dt, repr(dt), repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)), dt + timedelta(microseconds=1), dt - datetime(2024, 1, 1), dt - timedelta(days=365))
print(dt.date(), dt.time(), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.strftime('%Y-%m-%dT%H:%M:%S.%f %j %c'), dt.weekday(), dt.isocalendar(), dt.ctime())
print(datetime.fromisoformat('2011-11-04T00:05:23'), datetime.fromisoformat('2011-11-04 00:05:23.283'), datetime.fromisoformat('2011-11-04T00:05:23Z'), datetime.fromisoformat('2011-11-04T00:05:23+04:00'), datetime.fromisoformat('20111104T000523'), datetime.fromisoformat('2011-11-04'))
u = datetime(2020, 5, 17, 12, 0, tzinfo=timezone.utc)
print(u, repr(u), u.timestamp(), datetime.fromtimestamp(1589716800, timezone.utc), u.utcoffset(), u.tzname(), repr(timezone.utc), timezone(timedelta(hours=5, minutes=30)), repr(timezone(timedelta(hours=-3), 'BRT')))
e = u.astimezone(timezone(timedelta(hours=-5)))
print(e, e == u, e - u, e.strftime('%z %Z'), u.strftime('%z %Z'), datetime.combine(date(2020, 1, 2), time(3, 4)), datetime.strptime('2023-07-14 08:30:15', '%Y-%m-%d %H:%M:%S'))
print(datetime.strptime('14/Jul/23 8:05 PM', '%d/%b/%y %I:%M %p'), datetime.strptime('Friday, March 01 2024', '%A, %B %d %Y'), datetime.strptime('2024 060', '%Y %j'), repr(datetime.strptime('12:30:00.5 +0130', '%H:%M:%S.%f %z')))
print(sorted([date(2020, 1, 3), date(2019, 5, 5), date(2020, 1, 1)]), {date(2020, 1, 1): 1}[date(2020, 1, 1)], datetime(2020, 1, 1) == date(2020, 1, 1), datetime.max, datetime.min, isinstance(dt, date))
print(dtmod.MINYEAR, dtmod.MAXYEAR, datetime(2020, 1, 1) < datetime(2020, 1, 1, 0, 0, 1), datetime(2020,1,1,tzinfo=timezone.utc) == datetime(2020,1,1,1,tzinfo=timezone(timedelta(hours=1))), u.replace(tzinfo=None), datetime.fromisoformat('2011-W01-2T00:05:23'))
`);
  });
  it("CPython's errors (ValueError texts, naive/aware comparisons, overflow), calendar basics, timestamps of aware datetimes", () => {
    expectSameAsCPython(`from datetime import date, time, datetime, timedelta, timezone
import calendar
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
err(date, 0, 1, 1); err(date, 2020, 13, 1); err(date, 2021, 2, 29); err(date, 2020.0, 1, 1); err(date, 10000, 1, 1)
err(time, 24); err(time, 0, 60); err(time, 0, 0, 60); err(time, 0, 0, 0, 1000000); err(time, 0, fold=2)
err(datetime, 2020, 1, 1, 25); err(datetime, 2020, 1, 1, tzinfo=1)
err(timedelta, days=1000000000); err(timedelta, '1')
err(date.fromisoformat, '2020-1-1'); err(date.fromisoformat, 'abc'); err(datetime.fromisoformat, '2020-01-01T25:00'); err(datetime.fromisoformat, '2020-01-01T1')
err(datetime.strptime, '2020-13-01', '%Y-%m-%d'); err(datetime.strptime, '2020-01-01 extra', '%Y-%m-%d'); err(datetime.strptime, '2020', '%Q')
err(lambda: date(2020, 1, 1) < datetime(2020, 1, 1)); err(lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc))
err(lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc)); err(lambda: [date(2020, 1, 1) + timedelta(2), timedelta(1) - timedelta(3)])
err(lambda: date.max + timedelta(1)); err(lambda: datetime.max + timedelta(1)); err(timezone, timedelta(hours=24)); err(date.fromordinal, 0)
err(lambda: time(1) < time(2)); err(lambda: time(1, tzinfo=timezone.utc) < time(2)); err(lambda: timedelta(1) / 0); err(lambda: timedelta(1) // timedelta(0))
err(lambda: time(1, 2).isoformat('x')); err(date.fromisocalendar, 2021, 53, 1); err(date.fromisocalendar, 2021, 5, 8)
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024), calendar.monthrange(2024, 2), calendar.monthrange(2023, 12), calendar.weekday(2024, 2, 29))
print(list(calendar.month_name), list(calendar.day_name), list(calendar.month_abbr)[1:3], list(calendar.day_abbr)[-1], calendar.MONDAY, calendar.SUNDAY)
print(calendar.monthcalendar(2024, 2), calendar.timegm((2020, 5, 17, 12, 0, 0)), calendar.timegm(datetime(2001, 9, 9, 1, 46, 40).timetuple()))
err(calendar.monthrange, 2024, 13); err(calendar.weekday, 2024, 2, 30)
print(datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(-86400.5, timezone.utc))
print(datetime.fromtimestamp(1e9, timezone(timedelta(hours=2))), date(2020, 1, 1).timetuple()[:], hash(timedelta(1)) == hash(timedelta(hours=24)))
`);
  });
});

describe("datetime on the device: the host clock, naive datetimes are UTC", () => {
  it("now(), now(tz), today() read the host clock; naive timestamps are UTC", () => {
    const out = output(`from datetime import datetime, date, timezone, timedelta
import time
n = datetime.now(); u = datetime.now(timezone.utc); t = date.today()
print(n.tzinfo, u.tzinfo, abs((u.replace(tzinfo=None) - n).total_seconds()) < 5, t == n.date() or t == u.date())
print(abs(n.timestamp() - time.time()) < 5, n.year >= 2024)
print(datetime.fromtimestamp(0), datetime(1970, 1, 2).timestamp(), datetime.fromtimestamp(86400.25), datetime.utcfromtimestamp(1e9))
`, { float64: true });
    expect(out).toBe("None UTC True True\nTrue True\n1970-01-01 00:00:00 86400.0 1970-01-02 00:00:00.250000 2001-09-09 01:46:40\n");
  });
  it("fromtimestamp of a float keeps the microseconds at float32 precision", () => {
    expect(output("from datetime import datetime\nprint(datetime.fromtimestamp(86400.25))\n")).toBe("1970-01-02 00:00:00.250000\n");
  });
  it("is a Python 3 module only", () => {
    const r = runSource("import datetime\n", { classic: true });
    expect(r.error?.kind).toBe("ModuleNotFoundError");
  });
});
