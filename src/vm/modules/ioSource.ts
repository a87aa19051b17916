// The `io` module (Python 3 dialect): a library module written in ePython.
//
// A core has no files, so `io` offers the in-memory text stream only: `StringIO`
// (write, getvalue, read, readline, readlines, iteration by lines, seek, tell,
// truncate, close, `with`), CPython's behaviour and messages. `print(..., file=s)`
// writes to it. Written text is kept as a list of chunks joined when read, so a
// program that builds its output by many small writes (print with file=) stays linear.
//
// Not provided: BytesIO, open(), TextIOWrapper and the other file classes (no files
// on a core), newline translation (`newline=` is accepted; text is kept as written).

export const IO_SOURCE = `# io: library module of ePython-TS (see src/vm/modules/ioSource.ts)


class UnsupportedOperation(OSError, ValueError):
    pass


class StringIO:
    def __init__(self, initial_value="", newline="\\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        # Invariant: "".join(self._chunks) is the value and self._size its length.
        self._chunks = [initial_value] if initial_value else []
        self._size = len(initial_value)
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _value(self):
        if len(self._chunks) > 1:
            self._chunks = ["".join(self._chunks)]
        return self._chunks[0] if self._chunks else ""

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
        n = len(s)
        if n == 0:
            return 0
        if self._pos == self._size:
            self._chunks.append(s)
            self._size += n
        else:
            v = self._value()
            if self._pos > self._size:
                v = v + "\\0" * (self._pos - self._size)
            v = v[:self._pos] + s + v[self._pos + n:]
            self._chunks = [v]
            self._size = len(v)
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._value()

    def read(self, size=-1):
        self._check()
        v = self._value()
        if size is None or size < 0:
            end = len(v)
        else:
            end = min(self._pos + size, len(v))
        if self._pos >= end:
            return ""
        r = v[self._pos:end]
        self._pos = end
        return r

    def readline(self, size=-1):
        self._check()
        v = self._value()
        if self._pos >= len(v):
            return ""
        nl = v.find("\\n", self._pos)
        end = len(v) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = v[self._pos:end]
        self._pos = end
        return r

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            # CPython stops once the lines read exceed the hint (not reach it).
            if hint is not None and 0 < hint < total:
                return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position " + str(pos))
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError("Invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value " + str(size))
        if size < self._size:
            self._chunks = [self._value()[:size]]
            self._size = size
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def close(self):
        self.closed = True
        self._chunks = []

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()
`;
