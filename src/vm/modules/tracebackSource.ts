// The `traceback` module (Python 3 dialect), in ePython: the text functions programs
// call in their error handlers — `format_exc`, `print_exc`, `format_exception`,
// `print_exception`, `format_exception_only`, `print_last`-free — with CPython's
// layout: the "Traceback (most recent call last):" header and one `File "...", line N,
// in f` line per frame the exception passed through (`limit` / `sys.tracebacklimit`,
// runs of one recursive line folded as CPython does), chained causes and contexts
// ("The above exception was the direct cause...", "During handling..."), and the
// final `Type: message` line with the exception's notes.
//
// A core keeps no traceback objects (`__traceback__` is None): the frames come from
// what the VM recorded while the exception unwound (native helper `_traceback`,
// tracebackNative.ts), so a `tb` argument is not consulted; `extract_tb`/`format_tb`
// walk an object with CPython's tb_frame/tb_lineno/tb_next (None gives nothing), and
// the stack functions return empty lists. Under each frame line is the source line
// CPython quotes, from the program's source texts the host handed the core
// (`_traceback._line`); no carets (code objects keep no columns). An exception that
// was never raised has no frames, and then, as in CPython, no header either. Uncaught
// errors still print the VM's full traceback.

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


def _format(value, chain, seen, limit, skip_file=None):
    # skip_file: frames of that file are left out (unittest's own, as CPython's
    # unittest cleans them from a failure's traceback).
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
    entries = _traceback._entries(value)
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
    return _format(value, chain, set(), limit)


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
    return _summary(_limited(_tb_entries(tb), limit))


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
    return StackSummary()


def format_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass
`;
