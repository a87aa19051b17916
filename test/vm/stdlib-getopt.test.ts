// The getopt module (modules/getoptSource.ts): CPython 3.11's Lib/getopt.py, so
// options, their arguments, abbreviations of long options and the GetoptError
// messages and attributes are CPython's.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "getopt against CPython",
  {
    "a main() over several command lines; gnu_getopt; errors": `import getopt, sys

def main(argv):
    try:
        opts, args = getopt.getopt(argv, "ho:v", ["help", "output=", "verbose"])
    except getopt.GetoptError as err:
        print("error:", err, "| opt:", err.opt, "| args:", err.args)
        return 2
    output, verbose = None, False
    for o, a in opts:
        if o == "-v" or o == "--verbose":
            verbose = True
        elif o in ("-h", "--help"):
            print("usage")
        elif o in ("-o", "--output"):
            output = a
    print(opts, args, output, verbose)
    return 0

for argv in [["-v", "-o", "out.txt", "file1", "file2"], ["-vofile", "--", "-x"], ["--out=x", "--verb", "a"],
             ["--output"], ["-x"], ["--help=1"], ["-o"], ["--ver=1"], ["a", "-v"], ["-", "-v"], []]:
    print(main(argv))
print(getopt.gnu_getopt(["a", "-v", "--output", "f", "b", "--", "-c"], "vo:", ["output="]))
print(getopt.gnu_getopt(["a", "-v"], "+v"))
print(getopt.getopt(["--a"], "", ["abc", "abd"]) if False else "", end="")
try:
    getopt.getopt(["--ab"], "", ["abc", "abd"])
except getopt.error as e:
    print(repr(e), e.msg, isinstance(e, Exception))
print(getopt.getopt(["--abc", "x"], "", "abc"), getopt.getopt(["-a:"], "a:"), getopt.__all__)
`,
  },
  [
    ["import getopt\ngetopt.getopt(['-x'], 'ab')", "getopt.GetoptError: option -x not recognized"],
    ["import getopt\ngetopt.gnu_getopt(['a', '--n'], '', ['name=', 'num='])", "getopt.GetoptError: option --n not a unique prefix"],
  ],
);
