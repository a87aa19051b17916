// `time.strptime` (Python 3 dialect): a library module written in ePython,
// `_strptime` (CPython's name for the module behind it), whose `strptime` the native
// `time` module hands out on first use (library.ts lateModuleAttributes): only a
// program that names time.strptime carries datetime and re for it.
//
// The parsing is datetime.strptime's (datetimeSource.ts, CPython's _strptime
// directives), so both accept and refuse the same strings
// with the same messages. The result is CPython's: tm_isdst -1, tm_zone None,
// tm_gmtoff the %z offset in seconds or None. Differs: a %Z name is matched but not
// kept in tm_zone (CPython keeps it and sets tm_isdst 0 for UTC/GMT).

export const STRPTIME_SOURCE = `# _strptime: time.strptime of ePython-TS (see src/vm/modules/strptimeSource.ts)
import time as _time
from datetime import datetime as _datetime, timedelta as _timedelta


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    d = _datetime.strptime(data_string, format)
    off = d.utcoffset()
    gmtoff = None if off is None else off // _timedelta(seconds=1)
    return _time.struct_time(tuple(d.replace(tzinfo=None).timetuple()) + (None, gmtoff))
`;
