// A `__module__` set in a class body names the class's module, as in CPython: its
// repr and an uncaught error's report use it (json's error classes live in
// json.decoder / json.encoder, as CPython's).
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("a class body's __module__", {
  "reprs and json's classes": `
import json, collections
class C:
    __module__ = "mylib"
class D(C):
    pass
print(C, D, C.__module__, D.__module__)
print(repr(C()).split(" object")[0])
print(json.JSONDecodeError, json.JSONDecoder, json.JSONEncoder)
try:
    json.loads("[1,")
except ValueError as e:
    print(type(e), type(e).__module__, e)
P = collections.namedtuple("P", "x y")
print(P, P.__module__)
`,
}, [
  ["import json\njson.loads('{')\n", "json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"],
]);
