// calendar.month / prmonth / weekheader lay a month out as CPython's TextCalendar does
// (centred title, day abbreviations cut to the column width, firstweekday()). Found by
// a course exercise printing `calendar.month(2024, 2)` (AttributeError before).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "calendar text months against CPython",
  {
    "month, prmonth, widths, line spacing, first weekday": `import calendar
print(calendar.month(2024, 2))
calendar.prmonth(2023, 12)
print(calendar.month(2025, 6, w=3, l=2))
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(3)), repr(calendar.weekheader(9)), repr(calendar.weekheader(1)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2024, 9, 4))
print(calendar.month(1, 1), calendar.month(9999, 12, 0, 0))
`,
  },
  [
    ["import calendar\ncalendar.month(2024, 0)", "calendar.IllegalMonthError: bad month number 0; must be 1-12"],
    ["import calendar\ncalendar.month(2024, 13)", "IndexError: list index out of range"],
  ],
);
