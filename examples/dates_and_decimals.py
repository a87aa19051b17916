# epython-cpython: same
# Calendar arithmetic with datetime and exact money with decimal: both are library
# modules written in ePython, printing as CPython 3.11 does.
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, ROUND_HALF_UP, localcontext
import calendar

start = date(2024, 1, 31)
print(start, start.strftime('%A %d %B %Y'), 'ISO week', start.isocalendar().week)
print('leap year:', calendar.isleap(start.year), 'days in February:', calendar.monthrange(2024, 2)[1])

# Due dates every 30 days, skipping weekends.
due = start
for i in range(3):
    due += timedelta(days=30)
    while due.weekday() >= 5:
        due += timedelta(days=1)
    print('payment', i + 1, 'due', due.isoformat(), due.strftime('%a'))

meeting = datetime(2024, 3, 10, 14, 30, tzinfo=timezone.utc)
local = meeting.astimezone(timezone(timedelta(hours=-5), 'EST'))
print(meeting.isoformat(), '->', local.strftime('%Y-%m-%d %H:%M %Z'), repr(local.utcoffset()))
print(datetime.strptime('2024-03-10 09:30', '%Y-%m-%d %H:%M') - datetime(2024, 3, 1))

price = Decimal('19.99')
rate = Decimal('0.0825')
tax = (price * rate).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
print('price', price, 'tax', tax, 'total', price + tax)
print('three dimes:', sum([Decimal('0.10')] * 3))
with localcontext(prec=5):
    print('1/7 to 5 digits:', Decimal(1) / 7)
