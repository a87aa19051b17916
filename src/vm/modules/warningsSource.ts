// The `warnings` module (Python 3 dialect): a library module written in ePython, on
// the native `_warnings` (warningsNative.ts) for the caller's file and line.
//
// CPython 3.11's behaviour: `warn(message, category=UserWarning, stacklevel=1)` writes
// `file:line: Category: message` to sys.stderr, once per location under the default
// action; the filters (`simplefilter`, `filterwarnings`, `resetwarnings`) with the
// actions "default", "error" (raises the warning), "ignore", "always", "module",
// "once", matched newest first, and CPython's default filters (DeprecationWarning
// shown only when attributed to __main__; PendingDeprecationWarning, ImportWarning,
// ResourceWarning ignored); `catch_warnings(record=, action=, category=)` restores
// the filters (and `showwarning`) on exit and with record=True returns the list of
// WarningMessage objects; `showwarning`/`formatwarning` may be replaced.
// A changed filter list forgets which warnings were shown (CPython's registry version).
// The `message` and `module` patterns of filterwarnings are regular expressions:
// `re` is imported only by a filter that has one.
// The source line under the warning is the program's text the host gave the core
// (`_traceback._line`, as tracebacks quote it; none for library modules).
// Differences: `warn_explicit`'s registry and module_globals are not provided.

export const WARNINGS_SOURCE = `# warnings: library module of ePython-TS (see src/vm/modules/warningsSource.ts)
import sys
from _warnings import _caller

filters = []
defaultaction = "default"
_filters_version = 1
_shown = {}
_ACTIONS = ("default", "error", "ignore", "always", "module", "once")


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\\n" % (filename, lineno, category.__name__, message)
    if line is None:
        # CPython's linecache.getline: the program's source as the host gave it
        from _traceback import _line
        line = _line(filename, lineno)
    if line:
        s += "  %s\\n" % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    file.write(text)


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter((action, message, category, module, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text, whole):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    m = pattern.match(text)
    return m is not None and (not whole or m.end() == len(text))


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if (_matches(msg, text, False) and issubclass(category, cat) and
                _matches(mod, module, True) and (ln == 0 or lineno == ln)):
            return action
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    filename, lineno, module = _caller(stacklevel)
    warn_explicit(message, category, filename, lineno, module, source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if _shown.get("version") != _filters_version:
        _shown.clear()
        _shown["version"] = _filters_version
    if action == "once":
        key = (text, category)
    elif action == "module":
        key = (filename, text, category, 0)
    elif action == "default":
        key = (filename, text, category, lineno)
    else:
        key = None
    if key is not None:
        if _shown.get(key):
            return
        _shown[key] = True
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global showwarning, _showwarnmsg_impl
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved_filters = filters[:]
        self._showwarning = showwarning
        self._showwarnmsg_impl = _showwarnmsg_impl
        _filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _showwarnmsg_impl = log.append
            showwarning = _showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning, _showwarnmsg_impl
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._saved_filters
        _filters_mutated()
        showwarning = self._showwarning
        _showwarnmsg_impl = self._showwarnmsg_impl


filters.append(("default", None, DeprecationWarning, "__main__", 0))
filters.append(("ignore", None, DeprecationWarning, None, 0))
filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
filters.append(("ignore", None, ImportWarning, None, 0))
filters.append(("ignore", None, ResourceWarning, None, 0))
`;
