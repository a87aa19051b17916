// The `traceback` module (Python 3 dialect), in ePython: the text functions programs
// call in their error handlers — `format_exc`, `print_exc`, `format_exception`,
// `print_exception`, `format_exception_only`, `print_last`-free — with CPython's
// layout: the "Traceback (most recent call last):" header and one `File "...", line N,
// in f` line per frame the exception passed through (`limit` / `sys.tracebacklimit`,
// runs of one recursive line folded as CPython does), chained causes and contexts
// ("The above exception was the direct cause...", "During handling..."), and the
// final `Type: message` line with the exception's notes.
//
// format_exception/print_exception/format_exc read the frames the VM recorded while
// the exception unwound (native helper `_traceback`, tracebackNative.ts; or the
// traceback the program set), building no traceback objects; a `tb` argument given is
// used for the exception itself, as CPython's. extract_tb/format_tb/print_tb/walk_tb
// and TracebackException walk traceback objects (vm/tracebackObjects.ts: tb_frame,
// tb_lineno, tb_next), the stack functions sys._getframe's snapshots. Under each frame
// line is the source line CPython quotes, from the program's source texts the host
// handed the core (`_traceback._line`); no carets (code objects keep no columns). An
// exception that was never raised has no frames, and then, as in CPython, no header
// either. TracebackException formats an exception group as its own traceback and
// message (no boxes for its members). Uncaught errors still print the VM's report.

export const TRACEBACK_SOURCE = `# traceback: library module of ePython-TS (see src/vm/modules/tracebackSource.ts)
import sys
import _traceback

_sentinel = object()

_cause_message = '\\nThe above exception was the direct cause of the following exception:\\n\\n'
_context_message = '\\nDuring handling of the above exception, another exception occurred:\\n\\n'


def _type_name(etype):
    name = getattr(etype, '__qualname__', None) or etype.__name__
    module = getattr(etype, '__module__', None)
    if module not in (None, 'builtins', '__main__'):
        name = module + '.' + name
    return name


def _value_text(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\\n']
    text = _value_text(value)
    name = _type_name(type(value))
    lines = [(name + ': ' + text if text else name) + '\\n']
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        for note in notes:
            lines.append(str(note) + '\\n')
    return lines


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    return entries[:limit] if limit >= 0 else entries[limit:]


def _repeated(count):
    n = count - 3
    return '  [Previous line repeated %d more time%s]\\n' % (n, 's' if n > 1 else '')


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', 'end_lineno', 'colno', 'end_colno')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = None if locals is None else {k: repr(v) for k, v in locals.items()}
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback._line(self.filename, self.lineno)
        return self._line

    @property
    def line(self):
        line = self._original_line
        if line is None:
            return None
        return line.strip()


class StackSummary(list):
    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\\n'.format(frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key != last:
                if count > 3:
                    result.append(_repeated(count))
                last = key
                count = 0
            count += 1
            if count <= 3:
                result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            result.append(_repeated(count))
        return result


def _summary(entries):
    return StackSummary(FrameSummary(f, n, name) for f, n, name in entries)


def _frame_lines(entries):
    return _summary(entries).format()


def _tb_entries(tb):
    # A traceback object's frames, outermost first (tb_next leads inwards).
    entries = []
    while tb is not None:
        code = tb.tb_frame.f_code
        entries.append((code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    return entries


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _extract(klass, frame_gen, limit, lookup_lines, capture_locals):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    frames = []
    for item in frame_gen:
        if limit is not None and limit >= 0 and len(frames) >= limit:
            break
        frames.append(item)
    if limit is not None and limit < 0:
        frames = frames[limit:]
    result = klass()
    for f, lineno in frames:
        co = f.f_code
        f_locals = getattr(f, 'f_locals', None) if capture_locals else None
        result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines, locals=f_locals))
    return result


StackSummary.extract = classmethod(lambda klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False: _extract(klass, frame_gen, limit, lookup_lines, capture_locals))


def _format(value, chain, seen, limit, skip_file=None, tb=_sentinel):
    # skip_file: frames of that file are left out (unittest's own, as CPython's
    # unittest cleans them from a failure's traceback). tb: the traceback to show
    # for value (its __traceback__ when not given; its causes and contexts show theirs).
    lines = []
    seen.add(id(value))
    if chain:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            lines.extend(_format(cause, chain, seen, limit, skip_file))
            lines.append(_cause_message)
        elif context is not None and not value.__suppress_context__ and id(context) not in seen:
            lines.extend(_format(context, chain, seen, limit, skip_file))
            lines.append(_context_message)
    entries = _traceback._entries(value) if tb is _sentinel else _tb_entries(tb)
    if skip_file is not None:
        entries = [e for e in entries if e[0] != skip_file]
    entries = _limited(entries, limit)
    if entries:
        lines.append('Traceback (most recent call last):\\n')
        lines.extend(_frame_lines(entries))
    lines.extend(format_exception_only(value))
    return lines


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\\n']
    return _format(value, chain, set(), limit, tb=tb)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def extract_tb(tb, limit=None):
    return _extract(StackSummary, walk_tb(tb), limit, True, False)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end='')


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end='')


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = _extract(StackSummary, walk_stack(f), limit, True, False)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


def _safe_string(value, what):
    try:
        return str(value)
    except Exception:
        return '<%s str() failed>' % what


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = _extract(StackSummary, walk_tb(exc_traceback), limit, lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        if not is_recursive_call:
            queue = [(self, exc_value)]
            while queue:
                te, e = queue.pop()
                if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                    cause = TracebackException(type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                                               limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                                               max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=_seen)
                else:
                    cause = None
                if compact:
                    need_context = cause is None and e is not None and not e.__suppress_context__
                else:
                    need_context = True
                if e is not None and e.__context__ is not None and need_context and id(e.__context__) not in _seen:
                    context = TracebackException(type(e.__context__), e.__context__, e.__context__.__traceback__,
                                                 limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                                                 max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=_seen)
                else:
                    context = None
                if e is not None and isinstance(e, BaseExceptionGroup):
                    exceptions = []
                    for exc in e.exceptions:
                        exceptions.append(TracebackException(type(exc), exc, exc.__traceback__, limit=limit,
                                                             lookup_lines=lookup_lines, capture_locals=capture_locals,
                                                             max_group_width=max_group_width,
                                                             max_group_depth=max_group_depth, _seen=_seen))
                else:
                    exceptions = None
                te.__cause__ = cause
                te.__context__ = context
                te.exceptions = exceptions
                if cause:
                    queue.append((te.__cause__, e.__cause__))
                if context:
                    queue.append((te.__context__, e.__context__))
                if exceptions:
                    queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield 'None: ' + self._str + '\\n' if self._str else 'None\\n'
            return
        stype = _type_name(self.exc_type)
        yield (stype + ': ' + self._str if self._str else stype) + '\\n'
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                yield _safe_string(note, 'note') + '\\n'
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__') + '\\n'

    def format(self, *, chain=True):
        # Exception groups are formatted as their group's own traceback and message
        # (no boxes for their members).
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')
`;
