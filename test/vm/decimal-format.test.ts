// Decimal.__format__ as CPython's (the algorithm of _pydecimal with the C module's
// refusals and message): the types e E f F g G n % and none (g/G by the context's
// capitals), ',' grouping with zero padding through the separators, 'z', fill,
// alignment, sign and precision with the context's rounding. A money type printing
// f"{amount:,}" raised ValueError (only fixed point was supported). str() and
// repr() write the exponent's letter by the context's capitals, as CPython.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "Decimal format specs against CPython",
  {
    "str, repr and the empty spec follow the context's capitals": `from decimal import Decimal as D, localcontext, getcontext
with localcontext() as c:
    c.capitals = 0
    print(str(D('1E+9')), repr(D('-1.5E-9')), D('12E3').to_eng_string(), format(D('1E+9'), ''), f"{D('2E+20')}", D('1e5') * 3)
print(str(D('1E+9')), repr(D('1.5e-9')), D('12E3').to_eng_string())
getcontext().capitals = 0
print(D('7E+7'), [D('3E-8')])
`,
    "every type and flag over ordinary and special values": `from decimal import Decimal as D, getcontext, localcontext
vals = [D('1234581.20'), D('0'), D('-0.000123456'), D('1E+5'), D('-1234.5'), D('99.97'), D('0.5'), D('123456789.123456789'), D('-0'), D('Infinity'), D('-NaN'), D('1.000'), D('12E-10'), D('7')]
specs = ['', ',', 'f', '.2f', ',.2f', '>15,.3f', '<12', '^14.4', '015,.2f', '+.3e', 'E', '.3g', 'g', 'G', '#.0f', '.0e', '%', '.1%', '*^20,', 'z.2f', ' 10.1f', '=+12,.1f', 'n', '.5n', '010', '_<8.1f', '.0', '#g']
for v in vals:
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except ValueError as e:
            out.append('VE:' + str(e))
    print(repr(v), out)
with localcontext() as c:
    c.capitals = 0
    print(format(D('1E+9'), ''), format(D('1E+9'), ','), format(D('1.5E-9'), ''))
for bad in ['x', '010<', '05,d', ',n', '.2q']:
    try:
        print(format(D(1), bad))
    except ValueError as e:
        print('ValueError', e)
print(f"{D('1234.5678'):,.2f} {D('3.14159'):.3} {D('2.5'):.0f} {D('3.5'):.0f}")
`,
  },
  [
    ["from decimal import Decimal\nformat(Decimal(1), '#.2f')", "ValueError: invalid format string"],
    ["from decimal import Decimal\nformat(Decimal(1), 'x')", "ValueError: invalid format string"],
  ],
);
