// The `unittest` module (Python 3 dialect), in ePython: what a test file of a student
// exercise or a small project uses. `TestCase` (setUp/tearDown, setUpClass/
// tearDownClass, the assert methods with CPython's failure messages for the common
// cases, `assertRaises`/`assertRaisesRegex`/`assertWarns` as context managers or with a
// callable, `subTest`, `skipTest`, `fail`), the `skip`/`skipIf`/`skipUnless`/
// `expectedFailure` decorators, `TestSuite`, `TestLoader.loadTestsFromTestCase`,
// `TextTestRunner`, `TestResult`, and `main()`, which runs the TestCase classes of
// `__main__` (test methods in name order, as CPython's loader sorts them) and reports
// to sys.stderr in CPython's layout ("..F", the FAIL/ERROR blocks, "Ran N tests in
// 0.001s", "OK" or "FAILED (failures=1)"), then exits with status 0 or 1 (`exit=False`
// returns instead). A failure's block shows CPython's traceback: the frames outside
// unittest the exception passed through (no source lines: the device has no source
// text) and the exception line. Not provided: test discovery in
// files, `mock`, `IsolatedAsyncioTestCase`, diffs of long sequences in messages.

export const UNITTEST_SOURCE = `# unittest: library module of ePython-TS (see src/vm/modules/unittestSource.ts)
import sys
import time as _time


class SkipTest(Exception):
    pass


class _ExpectedFailure(Exception):
    pass


def skip(reason):
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason) and not isinstance(reason, str):
        test_item, reason = reason, ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return lambda obj: obj


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return lambda obj: obj


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _safe_repr(obj):
    return repr(obj)


class _AssertRaisesContext:
    def __init__(self, expected, test_case, regex=None, msg=None, callable_obj=None):
        self.expected = expected
        self.callable_obj = callable_obj
        self.test_case = test_case
        self.regex = regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        try:
            name = self.expected.__name__
        except AttributeError:
            name = str(self.expected)
        if exc_type is None:
            by = ''
            if self.callable_obj is not None:
                f = self.callable_obj
                by = ' by ' + (getattr(f, '__qualname__', None) or getattr(f, '__name__', None) or str(f))
            self.test_case.fail(self.test_case._formatMessage(self.msg, '%s not raised%s' % (name, by)))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.regex is not None:
            import re
            if not re.search(self.regex, str(exc_value)):
                self.test_case.fail(self.test_case._formatMessage(self.msg, '"%s" does not match "%s"' % (self.regex, str(exc_value))))
        return True


class _SubTest:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, SkipTest):
            return False
        parts = []
        if self.msg is not None:
            parts.append('[%s]' % self.msg)
        if self.params:
            parts.append('(' + ', '.join('%s=%r' % (k, v) for k, v in self.params.items()) + ')')
        label = ' '.join(parts) or '(<subtest>)'
        outcome = self.case._outcome
        if outcome is None:
            return False
        kind = 'failures' if isinstance(exc_value, AssertionError) else 'errors'
        outcome.append((kind, label, exc_value))
        return True


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        if methodName != 'runTest' and not hasattr(self, methodName):
            raise ValueError('no such test method in %s: %s' % (self.__class__, methodName))

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def id(self):
        return '%s.%s.%s' % (self.__class__.__module__, self.__class__.__qualname__, self._testMethodName)

    def shortDescription(self):
        doc = getattr(self, self._testMethodName).__doc__
        return doc.strip().split('\\n')[0].strip() if doc else None

    def __str__(self):
        return '%s (%s.%s.%s)' % (self._testMethodName, self.__class__.__module__, self.__class__.__qualname__, self._testMethodName)

    def __repr__(self):
        return '<%s.%s testMethod=%s>' % (self.__class__.__module__, self.__class__.__qualname__, self._testMethodName)

    def countTestCases(self):
        return 1

    def subTest(self, msg=None, **params):
        return _SubTest(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, '%s is not true' % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, '%s is not false' % _safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, '%s != %s' % (_safe_repr(first), _safe_repr(second))))

    assertEquals = assertEqual
    assertListEqual = assertEqual
    assertTupleEqual = assertEqual
    assertDictEqual = assertEqual
    assertSetEqual = assertEqual
    assertSequenceEqual = assertEqual
    assertMultiLineEqual = assertEqual

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (_safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (_safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (_safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (_safe_repr(first), _safe_repr(second), places)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (_safe_repr(expr1), _safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % (_safe_repr(expr1),)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (_safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (_safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (_safe_repr(member), _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (_safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    def assertCountEqual(self, first, second, msg=None):
        first, second = list(first), list(second)
        missing = list(second)
        unexpected = []
        for x in first:
            if x in missing:
                missing.remove(x)
            else:
                unexpected.append(x)
        if missing or unexpected:
            self.fail(self._formatMessage(msg, 'Element counts were not equal'))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if not re.search(expected_regex, text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (expected_regex, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        m = re.search(unexpected_regex, text)
        if m:
            self.fail(self._formatMessage(msg, 'Regex matched: %r matches %r in %r' % (text[m.start():m.end()], unexpected_regex, text)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, msg=kwargs.pop('msg', None), callable_obj=args[0] if args else None)
        if not args:
            return context
        callable_obj = args[0]
        with context:
            callable_obj(*args[1:], **kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex, kwargs.pop('msg', None), args[0] if args else None)
        if not args:
            return context
        with context:
            args[0](*args[1:], **kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        import warnings
        case = self

        class _Warns:
            def __enter__(self):
                self._cm = warnings.catch_warnings(record=True)
                self._log = self._cm.__enter__()
                warnings.simplefilter('always')
                return self

            def __exit__(self, exc_type, exc_value, tb):
                self._cm.__exit__(exc_type, exc_value, tb)
                if exc_type is not None:
                    return False
                for w in self._log:
                    if issubclass(w.category, expected_warning):
                        self.warning = w.message
                        return False
                case.fail('%s not triggered' % expected_warning.__name__)
        context = _Warns()
        if not args:
            return context
        with context:
            args[0](*args[1:], **kwargs)

    def run(self, result=None):
        if result is None:
            result = TestResult()
        result.startTest(self)
        method = getattr(self, self._testMethodName)
        skip_why = None
        if getattr(self.__class__, '__unittest_skip__', False):
            skip_why = getattr(self.__class__, '__unittest_skip_why__', '')
        elif getattr(method, '__unittest_skip__', False):
            skip_why = getattr(method, '__unittest_skip_why__', '')
        if skip_why is not None:
            result.addSkip(self, skip_why)
            result.stopTest(self)
            return result
        expecting = getattr(method, '__unittest_expecting_failure__', False)
        self._outcome = []
        try:
            self.setUp()
        except SkipTest as e:
            result.addSkip(self, str(e))
            result.stopTest(self)
            return result
        except Exception as e:
            result.addError(self, e)
            result.stopTest(self)
            return result
        failed = None
        try:
            method()
        except SkipTest as e:
            result.addSkip(self, str(e))
            failed = 'skip'
        except self.failureException as e:
            failed = ('failures', None, e)
        except Exception as e:
            failed = ('errors', None, e)
        try:
            self.tearDown()
        except Exception as e:
            if failed is None:
                failed = ('errors', None, e)
        outcomes = self._outcome
        self._outcome = None
        if failed == 'skip':
            pass
        elif expecting:
            if failed is not None or outcomes:
                result.addExpectedFailure(self, (failed or outcomes[0])[2])
            else:
                result.addUnexpectedSuccess(self)
        else:
            for kind, label, e in outcomes:
                (result.addFailure if kind == 'failures' else result.addError)(self, e, label)
            if failed is not None:
                (result.addFailure if failed[0] == 'failures' else result.addError)(self, failed[2])
            elif not outcomes:
                result.addSuccess(self)
        result.stopTest(self)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self)
        self._testFunc = testFunc
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def __str__(self):
        return '%s (%s)' % (self.__class__.__name__, self._testFunc.__name__)


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def addSuccess(self, test):
        pass

    def addError(self, test, err, label=None):
        self.errors.append((test, _describe(err), label))

    def addFailure(self, test, err, label=None):
        self.failures.append((test, _describe(err), label))

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, _describe(err)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return len(self.failures) == len(self.errors) == 0 and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return '<%s.%s run=%i errors=%i failures=%i>' % (self.__class__.__module__, self.__class__.__qualname__, self.testsRun, len(self.errors), len(self.failures))


# This module's file as tracebacks name it: its frames are left out of a failure's text.
import _warnings
_OWN_FILE = _warnings._caller(0)[0]
del _warnings


def _describe(err):
    # The text of a FAIL/ERROR block: CPython's traceback, whose frames leave out
    # unittest's own (the runner's, assertEqual's), as CPython's do; no source lines
    # (the device has none).
    import _traceback
    name = type(err).__name__
    module = type(err).__module__
    if module not in ('builtins', '__main__'):
        name = module + '.' + name
    text = str(err)
    lines = ['Traceback (most recent call last):\\n']
    for entry in _traceback._entries(err):
        if entry[0] != _OWN_FILE:
            lines.append('  File "%s", line %d, in %s\\n' % entry)
    return ''.join(lines) + (name + ': ' + text if text else name)


class TextTestResult(TestResult):
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions=True, verbosity=1):
        TestResult.__init__(self)
        self.stream = stream
        self.verbosity = verbosity

    def _report(self, long, short):
        if self.verbosity > 1:
            self.stream.write(long + '\\n')
        elif self.verbosity == 1:
            self.stream.write(short)

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.verbosity > 1:
            self.stream.write(str(test) + ' ... ')

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        self._report('ok', '.')

    def addError(self, test, err, label=None):
        TestResult.addError(self, test, err, label)
        self._report('ERROR', 'E')

    def addFailure(self, test, err, label=None):
        TestResult.addFailure(self, test, err, label)
        self._report('FAIL', 'F')

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._report('skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        self._report('expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        self._report('unexpected success', 'u')

    def printErrors(self):
        if self.verbosity >= 1:
            self.stream.write('\\n')
        for flavour, errors in (('ERROR', self.errors), ('FAIL', self.failures)):
            for test, text, label in errors:
                self.stream.write(self.separator1 + '\\n')
                name = str(test) if label is None else str(test) + ' ' + label
                self.stream.write('%s: %s\\n' % (flavour, name))
                self.stream.write(self.separator2 + '\\n')
                self.stream.write(text + '\\n\\n')


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for test in tests:
            self.addTest(test)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def run(self, result):
        classes_set_up = []
        for test in self._tests:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                cls = test.__class__
                if cls not in classes_set_up:
                    for done in classes_set_up:
                        done.tearDownClass()
                    classes_set_up = [cls]
                    cls.setUpClass()
            test(result)
        for done in classes_set_up:
            done.tearDownClass()
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)


class TestLoader:
    testMethodPrefix = 'test'

    def getTestCaseNames(self, testCaseClass):
        names = []
        for klass in testCaseClass.__mro__:
            for name in vars(klass):
                if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name)) and name not in names:
                    names.append(name)
        return sorted(names)

    def loadTestsFromTestCase(self, testCaseClass):
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return TestSuite([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase and obj is not FunctionTestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        return TestSuite(tests)


defaultTestLoader = TestLoader()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False, resultclass=None, warnings=None):
        self.stream = stream if stream is not None else sys.stderr
        self.verbosity = verbosity
        if resultclass is not None:
            self.resultclass = resultclass

    def run(self, test):
        result = self.resultclass(self.stream, True, self.verbosity)
        start = _time.perf_counter()
        test(result)
        elapsed = _time.perf_counter() - start
        result.printErrors()
        run = result.testsRun
        self.stream.write(result.separator2 + '\\n')
        self.stream.write('Ran %d test%s in %.3fs\\n' % (run, run != 1 and 's' or '', elapsed))
        self.stream.write('\\n')
        infos = []
        if not result.wasSuccessful():
            self.stream.write('FAILED')
            if result.failures:
                infos.append('failures=%d' % len(result.failures))
            if result.errors:
                infos.append('errors=%d' % len(result.errors))
        elif run == 0 and not result.skipped:
            self.stream.write('NO TESTS RAN')
        else:
            self.stream.write('OK')
        if result.skipped:
            infos.append('skipped=%d' % len(result.skipped))
        if result.expectedFailures:
            infos.append('expected failures=%d' % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append('unexpected successes=%d' % len(result.unexpectedSuccesses))
        if infos:
            self.stream.write(' (%s)' % (', '.join(infos),))
        self.stream.write('\\n')
        return result


class TestProgram:
    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None, testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None, catchbreak=None, buffer=None, warnings=None):
        if isinstance(module, str):
            module = sys.modules[module]
        argv = list(sys.argv if argv is None else argv)
        for a in argv[1:]:
            if a in ('-v', '--verbose'):
                verbosity = 2
            elif a in ('-q', '--quiet'):
                verbosity = 0
        tests = testLoader.loadTestsFromModule(module)
        runner = testRunner if testRunner is not None else TextTestRunner(verbosity=verbosity)
        if isinstance(runner, type):
            runner = runner(verbosity=verbosity)
        self.result = runner.run(tests)
        if exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
`;
