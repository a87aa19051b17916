// unittest (CPython 3.11's case/result/runner logic), the traceback module's quoted
// source lines, and "Did you mean" after a builtin's nested call, compared with
// CPython 3.11. The assert messages run in-process; the rest runs the CLI and CPython
// on the same absolute temp file (CPython makes the script's path absolute in
// tracebacks), comparing stdout and stderr with CPython's caret lines (ePython's code
// objects keep no columns) and the "Ran N tests in" time left out.
import { describe } from "vitest";
import { sameFileParity } from "../helpers/sameFileParity.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

const fails = (body: string) => `import unittest
class T(unittest.TestCase):
    def runTest(self): pass
t = T()
def show(f, *a, **k):
    try:
        f(*a, **k)
        print("passed")
    except AssertionError as e:
        print(str(e))
${body}
`;

describeCPythonParity("unittest assert messages", {
  sequences: fails(`show(t.assertEqual, [1, 2], [1, 3])
show(t.assertSequenceEqual, (1, 2), [1, 2])
show(t.assertSequenceEqual, (1, 2), [1, 2, 3])
show(t.assertListEqual, (1, 2), [1, 2])
show(t.assertTupleEqual, (1, 2, 3), (1, 2))
show(t.assertEqual, list(range(100)), list(range(1, 101)))
t.maxDiff = None
show(t.assertEqual, list(range(30)), list(range(1, 31)))`),
  dictsSets: fails(`show(t.assertEqual, {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
show(t.assertDictEqual, {'a': 1}, [1])
show(t.assertEqual, {1, 2, 3}, {2, 3, 4})
show(t.assertSetEqual, frozenset([1]), {1, 5})
show(t.assertSetEqual, {1}, 5)
show(t.assertCountEqual, [1, 1, 2, 'x'], [1, 2, 2, 'y'])
show(t.assertCountEqual, [[1], [2]], [[1], [3]])
show(t.assertCountEqual, [3, 1], [1, 3])`),
  strings: fails(`show(t.assertEqual, "one\\ntwo\\nthree\\n", "one\\ntoo\\nthree\\n")
show(t.assertEqual, "Fizz", "Buzz")
show(t.assertEqual, "a" * 100 + "b", "a" * 100 + "c")
show(t.assertMultiLineEqual, "x", 1)
show(t.assertEqual, [1], [2], "custom")
t.longMessage = False
show(t.assertEqual, [1], [2], "custom only")
show(t.assertEqual, 1, 2)`),
  logs: fails(`import logging
with t.assertLogs("app", level="INFO") as cm:
    logging.getLogger("app").info("hello %s", "x")
    logging.getLogger("app.sub").warning("w")
print(cm.output, [r.levelname for r in cm.records])
show(t.assertLogs("quiet").__enter__().__class__.__name__.__len__)
try:
    with t.assertLogs("quiet", "ERROR"):
        logging.getLogger("quiet").warning("too low")
except AssertionError as e:
    print(e)
try:
    with t.assertNoLogs("app2"):
        logging.getLogger("app2").error("oops")
except AssertionError as e:
    print(e)`),
  results: `import unittest, io
class T(unittest.TestCase):
    def test_a(self): self.assertEqual("Fizz", "Buzz")
    def test_b(self): raise KeyError("k")
    def test_c(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)
    @unittest.expectedFailure
    def test_d(self): self.fail("x")
    @unittest.skip("why")
    def test_e(self): pass
r = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(r, r.wasSuccessful(), len(r.skipped), len(r.expectedFailures))
for test, text in r.failures + r.errors:
    print(test, "|", text.rstrip().splitlines()[-1])
print([str(t) for t, _ in r.skipped], r.skipped[0][1])
`,
}, []);

const compare = sameFileParity("epy-unittest-tb-");

describe("unittest.main and the traceback module against CPython 3.11 (same file path)", () => {
  compare("unittest_main", `import unittest, logging, sys

class A(unittest.TestCase):
    def test_set(self):
        self.assertEqual({1, 2, 3}, {2, 3, 4})
    def test_frozenset(self):
        self.assertSetEqual(frozenset([1]), {1, 5})
    def test_dict(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})
    def test_multiline(self):
        self.assertEqual("one\\ntwo\\nthree\\n", "one\\ntoo\\nthree\\n")
    def test_count(self):
        self.assertCountEqual([1, 1, 2, 'x'], [1, 2, 2, 'y'])
    def test_count_unhashable(self):
        self.assertCountEqual([[1], [2]], [[1], [3]])
    def test_long_list(self):
        self.assertEqual(list(range(100)), list(range(1, 101)))
    def test_tuple_len(self):
        self.assertTupleEqual((1, 2, 3), (1, 2))
    def test_seq_ok(self):
        self.assertSequenceEqual((1, 2), [1, 2])
    def test_seq_type(self):
        self.assertListEqual((1, 2), [1, 2])
    def test_msg(self):
        self.assertEqual([1], [2], "custom")
    def test_short_msg(self):
        self.longMessage = False
        self.assertEqual([1], [2], "custom only")
    def test_nomax(self):
        self.maxDiff = None
        self.assertEqual(list(range(30)), list(range(1, 31)))
    def test_long_str(self):
        self.assertEqual("a" * 100 + "b", "a" * 100 + "c")
    def test_logs(self):
        with self.assertLogs("app", level="INFO") as cm:
            logging.getLogger("app").info("hello %s", "x")
            logging.getLogger("app.sub").warning("w")
        self.assertEqual(cm.output, ["INFO:app:hello x", "WARNING:app.sub:w"])
    def test_error(self):
        {}["k"]

class B(unittest.TestCase):
    def setUp(self):
        print("setUp", self._testMethodName)
        self.addCleanup(print, "cleanup", self._testMethodName)
    def tearDown(self):
        print("tearDown", self._testMethodName)
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
    def test_sub_msg(self):
        with self.subTest("case", x=1):
            with self.subTest(y=2):
                raise ValueError("inner")
    @unittest.skip("not now")
    def test_skip(self):
        pass
    @unittest.skipIf(True, "cond")
    def test_skipif(self):
        pass
    def test_skiptest(self):
        self.skipTest("inside")
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 2)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_ok(self):
        """Docstring first line.

        More."""
        print("in test_ok")

@unittest.skip("whole class")
class C(unittest.TestCase):
    def test_x(self):
        pass

class D(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setup broke")
    def test_a(self):
        pass

if __name__ == "__main__":
    for v in (1, 2):
        print("=== verbosity", v, file=sys.stderr)
        unittest.main(exit=False, verbosity=v)
`);
  compare("verbose_teardown_order", `import unittest, sys
class T(unittest.TestCase):
    def tearDown(self): print("  tearDown", self._testMethodName)
    def test_a(self): self.assertEqual("Fizz", "Buzz")
    def test_b(self): self.assertListEqual([1, 2, 3], [1, 2, 4])
    def test_c(self): self.assertSequenceEqual((1, 2), [1, 2])
res = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(len(res.failures[0]), len(res.failures), len(res.errors))
for test, tb in res.failures:
    print(test.id(), tb.strip().splitlines()[-1])
unittest.main()
`);
  compare("traceback_source_lines", `import traceback, sys
def level3(x):
    return {"a": 1}[x]
def level2(x):
    return level3(x) * 2
def level1(x):
    try:
        return level2(x)
    except KeyError:
        traceback.print_exc(file=sys.stdout)
def rec(n):
    if n == 0:
        raise ValueError("bottom")
    return rec(n - 1)
level1("b")
try:
    try:
        rec(6)
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    print("".join(traceback.format_exception(*sys.exc_info())), end="")
    traceback.print_exc(limit=1, file=sys.stdout)
print(traceback.format_list([("f.py", 3, "g", "x = 1")]))
s = traceback.StackSummary.from_list([("f.py", 3, "g", None)])
print(s[0], s[0].line, tuple(s[0]) == ("f.py", 3, "g", None), s.format())
level1("c")
`);
  compare("did_you_mean_through_builtin", `class Account:
    def __init__(self):
        self.balance = 1
    def __repr__(self):
        return f"Account({self.balence})"
alpha_beta = 2
def f():
    try:
        print(sorted([2, 1], key=lambda x: alpha_betta))
    except NameError as e:
        print(e)
f()
print(Account())
`);
  compare("did_you_mean_name_through_map", `alpha_beta = 2
def f():
    return list(map(lambda x: alpha_betta, [1]))
f()
`);
});
