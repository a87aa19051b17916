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
// tracebackNative.ts), so a `tb` argument is not consulted, and the stack functions
// (`format_stack`, `extract_stack`, `extract_tb`, `format_tb`) return empty lists. The
// device has no source text: the quoted source lines CPython prints under each frame
// line are left out. An exception that was never raised has no frames, and then, as
// in CPython, no header either. Uncaught errors still print the VM's full traceback.

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


def _frame_lines(entries):
    lines = []
    last = None
    count = 0
    for entry in entries:
        if entry != last:
            if count > 3:
                lines.append(_repeated(count))
            last = entry
            count = 0
        count += 1
        if count <= 3:
            lines.append('  File "%s", line %d, in %s\\n' % entry)
    if count > 3:
        lines.append(_repeated(count))
    return lines


def _format(value, chain, seen, limit):
    lines = []
    seen.add(id(value))
    if chain:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            lines.extend(_format(cause, chain, seen, limit))
            lines.append(_cause_message)
        elif context is not None and not value.__suppress_context__ and id(context) not in seen:
            lines.extend(_format(context, chain, seen, limit))
            lines.append(_context_message)
    entries = _limited(_traceback._entries(value), limit)
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


def format_tb(tb, limit=None):
    return []


def extract_tb(tb, limit=None):
    return []


def format_stack(f=None, limit=None):
    return []


def extract_stack(f=None, limit=None):
    return []


def print_tb(tb, limit=None, file=None):
    pass


def print_stack(f=None, limit=None, file=None):
    pass


def format_list(extracted_list):
    return []
`;
