// json on its native half (src/vm/modules/json.ts): CPython 3.11's exact output and
// errors for the options users pass, both encoders' wordings (indent None: the C
// encoder; with indent: the Python one), the C scanner's error positions.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("json (native encoder and scanner)", {
  encodeOptions: `import json
d = {"b": [1, {"c": []}], "a": {}, "s": "q\\"\\\\\\n\\t\\x01\\x7f\\u2028é😀", "f": [1.5, -0.0, 1e100, 2.0]}
print(json.dumps(d))
print(json.dumps(d, ensure_ascii=False))
print(json.dumps(d, indent=2, sort_keys=True))
print(json.dumps(d, indent="\\t", separators=(",", "=")))
print(json.dumps([1, [2]], indent=0), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({1.5: 1, True: 2, None: 3, 10**20: 4, 7: 5, False: 6}))
print(json.dumps({(1, 2): 1, "a": 2}, skipkeys=True), json.dumps({(1, 2): 1}, skipkeys=True, indent=1))
print(json.dumps([10**30, -2**40, float("nan"), float("inf"), -float("inf"), True, None]))
print(json.dumps("x"), json.dumps(3), json.dumps(None), json.dumps((1, (2,))))
`,
  encodeDefaultAndCls: `import json
class P:
    def __init__(self, x): self.x = x
print(json.dumps([P(1), {"k": P([P(2)])}], default=lambda o: {"P": o.x}))
print(json.dumps([P(1)], default=lambda o: o.x, indent=2))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([{2, 1}]))
try:
    json.dumps({"s": P(1)}, cls=Enc)
except TypeError as e:
    print(e)
class I(int): pass
class S(str): pass
class L(list): pass
class D(dict): pass
class F(float): pass
print(json.dumps([I(3), S("s"), L([1]), D(a=1), F(2.5), {S("k"): I(1), I(2): 0}]))
import io
f = io.StringIO()
json.dump({"a": [1, 2]}, f, indent=1)
print(f.getvalue())
print(json.load(io.StringIO('[1, 2]')))
`,
  encodeErrors: `import json
for kw in [{}, {"indent": 2}]:
    for bad in [[float("nan")], {float("inf"): 1}]:
        try:
            json.dumps(bad, allow_nan=False, **kw)
        except ValueError as e:
            print(repr(e))
    a = []
    a.append(a)
    d = {}
    d["x"] = [d]
    for bad in [a, d]:
        try:
            json.dumps(bad, **kw)
        except ValueError as e:
            print(repr(e))
    for bad, extra in [({(1, 2): 1}, {}), ({1: 1, "a": 2}, {"sort_keys": True}), ([1, {2}], {})]:
        try:
            json.dumps(bad, **kw, **extra)
        except TypeError as e:
            print(repr(e))
class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: [o])
except ValueError as e:
    print(e)
`,
  decode: `import json
print(json.loads('{"a": [1, -2.5e3, 0.1, "\\\\u00e9\\\\ud83d\\\\ude00\\\\/", null, true, false], "b": {}}'))
print(json.loads('[12345678901234567890123, -0, -0.0, 1E400, 2.5e-3, 3000000000, -2147483648]'))
print(json.loads('  42 '), json.loads('"s"'), json.loads('[]'), json.loads('1E2'), json.loads(b'[1]'))
print(json.loads('{"a":1,"a":2}', object_pairs_hook=list), json.loads('[1.5, 2]', parse_float=str, parse_int=float))
print(json.loads('[NaN, -Infinity]', parse_constant=str), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('["\\\\ud800x", "\\\\ud800\\\\u0041"]') == ["\\ud800x", "\\ud800A"])
print(json.JSONDecoder(object_hook=len).decode('{"a": 1, "b": 2}'))
`,
  decodeErrors: `import json
for bad in ['"\\\\u12', '"\\\\u12"', '[', '{', '{"a":1,}', '-', '1.', '1e', '[1,]', 'nul', '"\\\\ud800\\\\u12"',
            '\\ufeff1', '"a\\x01"', '1.5e+', '{"a"', '{"a":', '[1', ' ', '"\\\\', '"\\\\q"', '{1:2}', '-x', '[1]]',
            '\\n\\n  [1,\\n 2 x', '["😀😀", x]', '"😀" "']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print(e)
`,
}, [
  ["import json\njson.dumps({'s': {1}})", "TypeError: Object of type set is not JSON serializable"],
  ["import json\njson.dumps({'k': [b'x']}, indent=2)", "TypeError: Object of type bytes is not JSON serializable"],
]);
