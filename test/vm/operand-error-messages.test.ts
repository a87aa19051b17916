// The TypeErrors a beginner's wrong operand gets say what CPython 3.11 says: `+` with a
// str, list or tuple on the left and a value it cannot take (a user's instance
// included) is the sequence's "can only concatenate list (not "str") to list"; `del`
// of an item of a number or None is "does not support item deletion" (PyObject_DelItem),
// of a tuple or str item "doesn't" (PySequence_DelItem); `None | None` is no union.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const table = `
class Obj:
    pass
import operator as op
vals = [1, 2.5, "s", [1], (1,), {"k": 1}, None, True, Obj(), 3j, range(2)]
for a in vals:
    for b in vals:
        try:
            a + b
        except TypeError as e:
            print(type(a).__name__, "+", type(b).__name__, e)
    for key in (0, slice(0, 1)):
        try:
            op.delitem(a, key)
        except (TypeError, IndexError, KeyError) as e:
            print("del", type(a).__name__, type(key).__name__, type(e).__name__, e)
try:
    None | None
except TypeError as e:
    print(e)
print(None | int, int | None)
`;

describeCPythonParity("operand errors of +, del and |", { table }, [
  ["names = ['a', 'b']\nnames = names + 'c'", `TypeError: can only concatenate list (not "str") to list`],
  ["class Pet:\n    pass\nprint('pet: ' + Pet())", `TypeError: can only concatenate str (not "Pet") to str`],
  ["count = 5\ndel count[0]", "TypeError: 'int' object does not support item deletion"],
  ["word = 'abc'\ndel word[0]", "TypeError: 'str' object doesn't support item deletion"],
  ["t = (1, 2)\ndel t[0:1]", "TypeError: 'tuple' object does not support item deletion"],
]);
