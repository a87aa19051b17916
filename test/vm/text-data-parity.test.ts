// Everyday text-and-data programs (probe 11b): library messages and output as CPython 3.11's.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

// datetime's classes are C types in CPython, so its messages name them by tp_name.
describeCPythonParity(
  "datetime types named as CPython's C types",
  {
    "date/timedelta in operator and attribute errors": `from datetime import date, datetime, timedelta, timezone
tests = [lambda: date(2024, 1, 1) + 1, lambda: datetime(2024, 1, 1) - date(2024, 1, 1),
         lambda: date(2024, 1, 1) < 5, lambda: date(2024, 1, 1).foo, lambda: len(date(2024, 1, 1)),
         lambda: 1 - timedelta(1), lambda: timezone.utc.foo, lambda: int(date(2024, 1, 1))]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
class D(date):
    pass
try:
    D(2024, 1, 1) + 1
except TypeError as e:
    print(e)
`,
  },
  [["from datetime import date\ndate(2024, 1, 1) + 1", "TypeError: unsupported operand type(s) for +: 'datetime.date' and 'int'"]],
);

// Library classes that are C types in CPython carry its tp_name into messages; json names __name__.
describeCPythonParity(
  "re, io and csv objects named as CPython's C types",
  {
    "operator, attribute, hash and json messages": `import re, io, csv, json
from collections import deque, OrderedDict
tests = [lambda: re.compile("a") + 1, lambda: re.match("a", "a").foo, lambda: io.StringIO() + 1,
         lambda: io.BytesIO() < 1, lambda: csv.reader([]) + 1, lambda: csv.writer(io.StringIO()).x,
         lambda: hash(deque()), lambda: {OrderedDict(): 1}, lambda: json.dumps(deque([1])),
         lambda: json.dumps({"k": OrderedDict}), lambda: json.dumps(re.compile("x"))]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
class Key:
    def __eq__(self, other):
        return True
try:
    {Key()}
except TypeError as e:
    print(e)
`,
  },
  [
    ['import re\nre.match("a", "a").span(5)', "IndexError: no such group"],
    ["from collections import deque\n{deque()}", "TypeError: unhashable type: 'collections.deque'"],
  ],
);

// str.isnumeric()/isdigit() follow Unicode's Numeric_Type, not only the N categories.
describeCPythonParity(
  "str.isnumeric and isdigit beyond the N categories",
  {
    "CJK numerals and the digit numerics": `for s in ["一", "三百", "零", "壹万", "፩", "𐩀", "🄁", "᧚", "x一", "", "12", "½", "²"]:
    print(repr(s), s.isnumeric(), s.isdigit(), s.isdecimal(), s.isalnum(), s.isalpha())
`,
  },
  [],
);

// casefold() is Unicode's case folding, which upper-then-lower misses for ı, ẞ and Cherokee.
describeCPythonParity(
  "str.casefold where it is not upper().lower()",
  {
    "dotless i, capital sharp s, Cherokee": `for s in ["ı", "Iı", "ẞ", "STRAẞE", "Ꭰꭰᏸ", "ᏰᏴ abc", "ΣΑΣ ς", "Straße", "İ"]:
    print(repr(s), repr(s.casefold()), s.casefold() == s.lower())
print(sorted(["ẞx", "ssa", "ꭰ", "Ꭱ"], key=str.casefold))
`,
  },
  [],
);

// A scoped (?i:...) or (?-i:...) is spelled out as case classes (JavaScript's i flag is all or nothing).
describeCPythonParity(
  "re scoped case flags",
  {
    "(?i:...) and (?-i:...) with literals, classes, ranges and sre's extra cases": `import re
tests = [
 (r"(?i:hello) World", "HELLO World hello world Hello World"),
 (r"(?i:[a-c]+)x", "ABCx abx CCX"),
 (r"(?i:[^a-c]+)", "xyzABCdef"),
 (r"(?i)hello (?-i:World)", "HELLO World hello world HeLLo World"),
 (r"(?i:straße)", "STRASSE straße STRAẞE"),
 (r"(?i:k)", "kK\u212a"),
 (r"(?i:i)", "iIİı"),
 (r"(?i:σ)", "σΣς"),
 (r"(?ai:k)", "kK\u212a"),
 (r"x(?i:[\w-]+)y", "xAb-Cy"),
 (r"(?i:[0-9a-f]{2})", "Ff 0A zz"),
 (r"(?-i:a)(?i:b)", "ab aB Ab"),
]
for p, s in tests:
    print(repr(p), re.findall(p, s))
print(re.findall(r"a(?-i:b)", "AB Ab ab aB", re.I), re.findall(rb"(?i:ab)", b"AB ab"))
print(re.sub(r"(?i:the)\b", "THE", "The cat and the dog; theme"), re.split(r"(?i:and)", "salt AND pepper and oil"))
`,
  },
  [],
);

// complex.__format__ parses its spec as any number's, then refuses what complex cannot do.
describeCPythonParity(
  "complex format specs",
  {
    "fill before a 0 width, wide fills, and the errors' order": `for v, s in [(-0.5j, 'x> #015,g'), (1+2j, ' ^ #0_.3F'), (1+2j, '*^20.2f'), (1+2j, '🐍^17'), (3-4j, '>+12'), (1.5+0j, ',.1f')]:
    print(repr(format(v, s)))
for v, s in [(1+2j, ' <+015,.3c'), (1+2j, ' 01,.1n'), (1+2j, '0= .10d'), (1+2j, '010'), (1+2j, '=10'), (1+2j, 'x')]:
    try:
        format(v, s)
    except ValueError as e:
        print(e)
`,
  },
  [["format(1+2j, '0= .10d')", "ValueError: Unknown format code 'd' for object of type 'complex'"]],
);

// A quantifier after an atomic group repeats the whole group, not only its last piece.
describeCPythonParity(
  "re atomic groups under a quantifier",
  {
    "(?>...)*, (?>...)+, (?>...)?": `import re
print(re.findall(r"(?> [a-c][abc])*?[abc][a-]?\D+?", "aaa bbb ccc", re.S))
print(re.findall(r"(?>ab)*c", "c abc ababc"), re.findall(r"x(?>ab|a)+", "xabab xaa"), re.fullmatch(r"(?>\d+)?-", "-"))
`,
  },
  [],
);
