// date/datetime.timetuple() and utctimetuple() give time.struct_time as CPython's
// (tm_yday, tm_wday... by name; the DST flag from dst(); an aware datetime moved to
// UTC by utctimetuple), and tuple() of a struct sequence is a plain tuple. Found by a
// course exercise printing `d.timetuple().tm_yday` (AttributeError on a plain tuple).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "timetuple / utctimetuple against CPython",
  {
    "struct_time fields, DST flags, aware datetimes, tuple()": `from datetime import date, datetime, timezone, timedelta, tzinfo
import time, sys
t = date(2024, 3, 9).timetuple()
print(t, t.tm_yday, t.tm_wday, t.tm_isdst, t[0], t[-1], len(t), tuple(t), t == tuple(t), isinstance(t, tuple))
dt = datetime(2024, 12, 31, 23, 59, 58)
print(dt.timetuple(), dt.utctimetuple())
aware = datetime(2024, 1, 1, 1, 30, tzinfo=timezone(timedelta(hours=3)))
print(aware.timetuple(), aware.utctimetuple())
class Summer(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=2)
    def dst(self, dt): return timedelta(hours=1)
    def tzname(self, dt): return "S"
class Winter(Summer):
    def dst(self, dt): return timedelta(0)
print(datetime(2024, 6, 1, tzinfo=Summer()).timetuple().tm_isdst, datetime(2024, 6, 1, tzinfo=Winter()).timetuple().tm_isdst,
      datetime(2024, 6, 1, tzinfo=timezone.utc).timetuple().tm_isdst, datetime(2024, 6, 1, tzinfo=Summer()).utctimetuple())
print(time.strftime("%Y-%m-%d %j %A", dt.timetuple()), time.asctime(date(2000, 2, 29).timetuple()))
print(tuple(time.gmtime(0)), tuple(sys.version_info)[:2] == sys.version_info[:2], type(tuple(sys.float_info)).__name__)
`,
  },
  [],
);
