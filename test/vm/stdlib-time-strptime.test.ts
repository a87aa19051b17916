// time.strptime (modules/strptimeSource.ts): datetime's parser, handed out by the
// time module on first use, returning CPython's struct_time (tm_isdst -1, tm_zone None,
// tm_gmtoff from %z); struct_time(seq) takes tm_zone and tm_gmtoff as items 10 and 11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "time.strptime against CPython",
  {
    "formats, the default format, %z, mktime/strftime round trips and errors": `import time
for args in [("30 Nov 00", "%d %b %y"), ("2024-02-29 13:45:10", "%Y-%m-%d %H:%M:%S"), ("Tue Mar  5 08:00:00 2024",),
             ("1999", "%Y"), ("12:30", "%H:%M"), ("2023-07-01T10:00:00+0200", "%Y-%m-%dT%H:%M:%S%z"),
             ("Monday 5 June 2023", "%A %d %B %Y"), ("2023 100", "%Y %j"), ("5pm", "%I%p")]:
    t = time.strptime(*args)
    print(t, tuple(t), t.tm_zone, t.tm_gmtoff)
print(time.mktime(time.strptime("2020-01-01", "%Y-%m-%d")), time.strftime("%d/%m/%Y", time.strptime("2021-12-25", "%Y-%m-%d")))
for bad in [("2024-13-01", "%Y-%m-%d"), ("abc", "%Y"), ("2024", "%Y %m"), ("2024-01-01 junk", "%Y-%m-%d"), (5, "%Y")]:
    try:
        time.strptime(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
`,
    "from time import strptime; struct_time's zone and offset items": `from time import strptime, struct_time
import time
print(strptime("2024-05-06", "%Y-%m-%d")[:3], time.gmtime(0).tm_gmtoff, time.gmtime(0).tm_zone, struct_time(tuple(range(9))).tm_zone, struct_time(tuple(range(10))).tm_zone)
try:
    struct_time(tuple(range(12)))
except TypeError as e:
    print(e)
`,
  },
  [
    ["import time\ntime.strptime('2024-02-30', '%Y-%m-%d')", "ValueError: day is out of range for month"],
    ["import time\ntime.strptime('x', '%Y')", "ValueError: time data 'x' does not match format '%Y'"],
  ],
);

describeCPythonParity("strptime: week numbers (%U %W, %G %V) with a weekday, and %c %x %X", {
  weeks: `
from datetime import datetime as DT
import time
print(DT.strptime("2024 10 3", "%Y %W %w"), DT.strptime("2024 0 1", "%Y %U %w"), DT.strptime("2024 0 0", "%Y %W %w"))
print(DT.strptime("2023 0 Sun", "%Y %U %a"), DT.strptime("2023 52 Sunday", "%Y %W %A"), DT.strptime("2021 0 1", "%Y %W %u"))
print(DT.strptime("2024-W01-1", "%G-W%V-%u"), DT.strptime("2021-W53-7", "%G-W%V-%u"), DT.strptime("2026 1 Mon", "%G %V %a"))
print(DT.strptime("2024 10", "%Y %W"), DT.strptime("2023 366", "%Y %j"), time.strptime("2024 10 3", "%Y %W %w")[:3])
print(DT.strptime("Mon Jan  1 12:00:00 2024", "%c"), DT.strptime("01/02/24", "%x"), DT.strptime("13:14:15", "%X"), DT.strptime("%c 2024", "%%c %Y"))
`,
}, [
  ["from datetime import datetime\ndatetime.strptime('2024 10', '%G %V')", "ValueError: ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u')."],
  ["from datetime import datetime\ndatetime.strptime('2024 10 1', '%Y %V %u')", "ValueError: ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead."],
  ["from datetime import datetime\ndatetime.strptime('10 1', '%V %u')", "ValueError: ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead."],
  ["from datetime import datetime\ndatetime.strptime('2024 10 1 5', '%G %V %u %j')", "ValueError: Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead."],
]);
