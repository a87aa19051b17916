// The `io` module (Python 3 dialect): a library module written in ePython.
//
// A core has no files, so `io` offers the in-memory streams only: `StringIO`
// (write, getvalue, read, readline, readlines, iteration by lines, seek, tell,
// truncate, close, `with`), CPython's behaviour and messages. `print(..., file=s)`
// writes to it. Written text is kept as a list of chunks joined when read, so a
// program that builds its output by many small writes (print with file=) stays linear.
// `BytesIO` is CPython's in-memory binary stream (bytesio.c): its bytes live in a
// bytearray (charged as one), reads return bytes, seeks may be relative and past the
// end (a write there pads with zero bytes), and its messages end with a period, as
// CPython's do for BytesIO and not for StringIO.
//
// `IOBase`, `TextIOBase` and `BufferedIOBase` are their bases (and sys.stdin's, see
// stdinSource.ts), for isinstance.
//
// Not provided: open(), TextIOWrapper and the other file classes (no files on a
// core), newline translation (`newline=` is accepted; text is kept as written),
// BytesIO's export lock (resizing while a getbuffer() view lives is not refused).

export const IO_SOURCE = `# io: library module of ePython-TS (see src/vm/modules/ioSource.ts)


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    # What every stream shares (StringIO, BytesIO, sys.stdin): iteration by lines,
    # with, flush and the capability queries, which answer the class attributes
    # _READABLE/_WRITABLE/_SEEKABLE. Each stream has its _check, readline and close.
    _READABLE = True
    _WRITABLE = True
    _SEEKABLE = True

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check()
        return self._READABLE

    def writable(self):
        self._check()
        return self._WRITABLE

    def seekable(self):
        self._check()
        return self._SEEKABLE

    def flush(self):
        self._check()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class _MemoryIO(IOBase):
    # What StringIO and BytesIO share besides IOBase: lines read, writelines,
    # truncate. Each has its _check, readline, write and close.
    # readlines stops once the lines read exceed the hint (StringIO, as CPython's
    # IOBase) or reach it (BytesIO, as bytesio.c): _HINT_REACHED says which.
    # truncate checks and answers alike; _cut shortens each kind of buffer.
    _HINT_REACHED = False
    _NEGATIVE_SIZE = "Negative size value "

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(self._NEGATIVE_SIZE + str(size))
        self._cut(size)
        return size

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint and (hint <= total if self._HINT_REACHED else hint < total):
                return lines



class StringIO(_MemoryIO, TextIOBase):
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

    def _cut(self, size):
        if size < self._size:
            self._chunks = [self._value()[:size]]
            self._size = size

    def close(self):
        self.closed = True
        self._chunks = []


def _bytes_of(b):
    # The bytes of a bytes-like object (bytes, bytearray, memoryview, array.array).
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, str) or isinstance(b, int):
        raise TypeError("a bytes-like object is required, not '" + type(b).__name__ + "'")
    try:
        return memoryview(b).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '" + type(b).__name__ + "'") from None


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '" + type(size).__name__ + "'")
    return size


class BytesIO(_MemoryIO, BufferedIOBase):
    _HINT_REACHED = True
    _NEGATIVE_SIZE = "negative size value "

    def __init__(self, initial_bytes=b""):
        # Invariant: self._buf holds the stream's bytes; self._pos may lie past its end.
        self._buf = bytearray(_bytes_of(initial_bytes)) if initial_bytes is not None else bytearray()
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def write(self, b):
        self._check()
        data = _bytes_of(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos > size:
            self._buf.extend(bytes(pos - size))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        pos = self._pos
        end = len(self._buf) if size < 0 else min(pos + size, len(self._buf))
        if pos >= end:
            return b""
        self._pos = end
        return bytes(self._buf[pos:end])

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        self._check()
        view = memoryview(b).cast("B")
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        pos = self._pos
        buf = self._buf
        if pos >= len(buf):
            return b""
        nl = buf.find(b"\\n", pos)
        end = len(buf) if nl < 0 else nl + 1
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'" + type(pos).__name__ + "' object cannot be interpreted as an integer")
        if pos < 0 and whence == 0:
            raise ValueError("negative seek value " + str(pos))
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        elif whence != 0:
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        if pos < 0:
            pos = 0
        self._pos = pos
        return pos

    def _cut(self, size):
        if size < len(self._buf):
            del self._buf[size:]

    def isatty(self):
        self._check()
        return False

    def close(self):
        self.closed = True
        self._buf = bytearray()


# CPython's StringIO and BytesIO are C types: its messages name them '_io.StringIO', '_io.BytesIO'.
from _collections import _set_type_name
_set_type_name(StringIO, '_io.StringIO')
_set_type_name(BytesIO, '_io.BytesIO')
del _set_type_name
`;
