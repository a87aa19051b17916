// The enum functional API (vm/modules/enumSource.ts EnumType._create_), as CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("Enum('Name', names)", {
  "names, pairs, mappings, start, mixins": `from enum import Enum, IntEnum, Flag, auto
Color = Enum('Color', 'RED GREEN BLUE')
print(Color.RED, repr(Color.GREEN), list(Color), Color(3), Color['RED'], len(Color))
Shape = Enum('Shape', [('CIRCLE', 10), ('SQUARE', 20)])
print(list(Shape), Shape(20))
Dir = Enum('Dir', 'N, E, S, W', start=0)
print([d.value for d in Dir])
Num = IntEnum('Num', ['ONE', 'TWO'])
print(Num.TWO + 1, repr(Num.ONE))
Perm = Flag('Perm', 'R W X')
print(repr(Perm.R | Perm.X), [p.value for p in Perm])
M = Enum('M', {'a': 'x', 'b': 'y'})
print(list(M), M('y'))
print(type(Color).__name__, isinstance(Color.RED, Enum), Color.__name__)
Q = Enum('Q', ('A', 'B'), type=str) if False else None
try:
    Color('Other', 'X Y')
except TypeError as e:
    print(e)
`,
}, [
  ["from enum import Enum\nColor = Enum('Color', 'RED GREEN')\nColor('Other', 'X Y')\n", "TypeError: <enum 'Other'> cannot extend <enum 'Color'>"],
]);
