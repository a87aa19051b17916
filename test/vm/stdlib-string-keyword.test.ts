// string (library module over the native _string, src/vm/modules/stringSource.ts) and keyword against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("string.Template and keyword", {
  "string constants, Template substitute/safe_substitute/get_identifiers/is_valid, delimiter": `import string
from string import Template, ascii_letters, capwords
print(string.digits, string.punctuation, capwords("hello  big world"), len(ascii_letters))
t = Template("$who likes \${what}s, costs $$5; $who again")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, who="bob"))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid(), t.template)
for bad in ["cost: $", "a \${b", "line\\nnext $3", "\${}"]:
    b = Template(bad)
    print(repr(b.safe_substitute(b=1)), b.is_valid())
    try:
        b.substitute(b=1)
    except ValueError as e:
        print(e)
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError", e)
class Pct(Template):
    delimiter = "%"
print(Pct("%x and %% and %{y}").substitute(x=1, y=[2]))
print(Template("$a$b_c \${a}b").substitute(a=1, b_c=2), Template("").substitute(), Template("no placeholders").safe_substitute({}))
`,
  "keyword": `import keyword
print(len(keyword.kwlist), keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.kwlist[:3], keyword.softkwlist)
print([w for w in ["if", "x", "None", "async", "case"] if keyword.iskeyword(w)])
`,
}, [
  ["from string import Template\nTemplate('ab\\n  $').substitute()", "ValueError: Invalid placeholder in string: line 2, col 3"],
  ["from string import Template\nTemplate('$x $y').substitute(x=1)", "KeyError: 'y'"],
]);
