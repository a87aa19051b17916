// `sys.stdin` (Python 3 dialect): a library module written in ePython, `_stdin`, whose
// `stdin` object the sys module hands out on first use (see `lateModuleAttributes` in
// library.ts: the compiler puts this module in the image only when a module of the
// program imports sys and names `stdin`, so other programs pay nothing for it).
//
// Why in ePython and not native: reading a line may block the core until the line
// arrives (the device's input, as input() does), and iteration (`for line in
// sys.stdin`) calls __next__ from FOR_ITER, where only Python code may block.
// Lines come from the native `_stdin_lines.next_line()` (stdinNative.ts), which reads
// the stream input() reads, so sys.stdin and input() share one stream: a line read by
// one is not seen by the other, as in CPython. It gives each line as the input had
// it: with its "\n", or without one for a last line that had none.
//
// The builtin open(0) (the standard input's file descriptor) is this module's open.
//
// Only "\n" ends a line and "\r" stays in it, as in CPython's stdin on POSIX (whose
// newline="\n" translates nothing).

export const STDIN_SOURCE = `# _stdin: sys.stdin of ePython-TS (see src/vm/modules/stdinSource.ts)
import io
from _stdin_lines import next_line as _next_line, read_available as _read_available, unread as _unread, register as _register


def _size_arg(size):
    # readline's and read's size: None is -1 (everything), a non-int CPython's TypeError.
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '" + type(size).__name__ + "'")
    return size


def _universal(line):
    # A line as a text file with newline=None reads it: "\\r\\n" and a lone "\\r" end it, as
    # "\\n" (what follows a lone "\\r" is the next line).
    i = line.find("\\r")
    if i < 0:
        return line
    if i + 2 < len(line) or (i + 2 == len(line) and line[-1] != "\\n"):
        _unread(line[i + 1:])
    return line[:i] + "\\n"


class _TextInput(io.TextIOBase):
    # Iteration by lines, with and the capability queries come from io.IOBase.
    _WRITABLE = False
    _SEEKABLE = False
    name = "<stdin>"
    mode = "r"
    encoding = "utf-8"
    errors = "strict"
    newlines = None
    line_buffering = False
    # open(0)'s universal newlines (its newline=None): sys.stdin translates nothing.
    _translate = False

    def __init__(self):
        # Text read from the input and not yet returned (what a readline(size) or
        # read(size) left of its line) is kept by _stdin_lines, where input() finds it.
        self._eof = False
        self.closed = False
        self.buffer = _BinaryInput(self)

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _next_line(self):
        if self._eof:
            return ""
        line = _next_line()
        if not line:
            self._eof = True
        elif self._translate:
            return _universal(line)
        return line

    def __next__(self):
        # IOBase's, with readline's calls inlined: \`for line in sys.stdin\` is the common loop.
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not self._eof:
            line = _next_line()
            if line:
                return _universal(line) if self._translate else line
            self._eof = True
        raise StopIteration

    def readline(self, size=-1):
        size = _size_arg(size)
        self._check()
        line = self._next_line()
        if 0 <= size < len(line):
            _unread(line[size:])
            line = line[:size]
        return line

    def read(self, size=-1):
        size = _size_arg(size)
        self._check()
        parts = []
        if size < 0:
            # The whole input: the lines ready at each call, not one call per line.
            while not self._eof:
                text = _read_available()
                if text:
                    parts.append(text.replace("\\r\\n", "\\n").replace("\\r", "\\n") if self._translate else text)
                else:
                    self._eof = True
            return "".join(parts)
        n = 0
        while size < 0 or n < size:
            line = self._next_line()
            if not line:
                break
            if 0 <= size < n + len(line):
                _unread(line[size - n:])
                line = line[:size - n]
            parts.append(line)
            n += len(line)
        return "".join(parts)

    def readlines(self, hint=-1):
        self._check()
        if hint is None:
            hint = -1
        lines = []
        n = 0
        while hint <= 0 or n < hint:
            line = self._next_line()
            if not line:
                break
            lines.append(line)
            n += len(line)
        return lines

    def close(self):
        self.closed = True

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        return 0

    def write(self, s):
        self._check()
        raise io.UnsupportedOperation("not writable")


class _BinaryInput(io.BufferedIOBase):
    # sys.stdin.buffer: the same lines as UTF-8 bytes.
    _WRITABLE = False
    _SEEKABLE = False
    name = "<stdin>"
    mode = "rb"

    def __init__(self, text):
        self._text = text

    def _check(self):
        self._text._check()

    def close(self):
        self._text.close()

    def __repr__(self):
        return "<_io.BufferedReader name='<stdin>'>"

    def readline(self, size=-1):
        return self._text.readline(size).encode()

    def read(self, size=-1):
        return self._text.read(size).encode()

    def readlines(self, hint=-1):
        return [line.encode() for line in self._text.readlines(hint)]


_NO_FILES = "cores have no files or operating system (pass data as program arguments, input() or messages)"


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    # The builtin open(0) of a program that names open (introspection.ts openBuiltin):
    # file descriptor 0 is the standard input, a new file object on the stream sys.stdin
    # reads (closing it leaves sys.stdin open). It cannot be written.
    if isinstance(mode, str) and set(mode) <= set("rtb") and mode.count("r") == 1 and not ("t" in mode and "b" in mode):
        f = _TextInput()
        f.name = 0
        if "b" in mode:
            f.buffer.name = 0
            return f.buffer
        f._translate = True
        return f
    raise NotImplementedError("open() is not available on a core: " + _NO_FILES)


stdin = _TextInput()
__stdin__ = stdin
# input() reads this object's stream itself, and calls readline() of any other
# object a program puts in sys.stdin (io.StringIO), as CPython's input() does.
_register(stdin)
`;
