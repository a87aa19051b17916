// io.BytesIO as CPython's bytesio.c: reads give bytes, relative seeks and seeks past
// the end (a write there pads with zero bytes), truncate keeps the position, any
// bytes-like object may be written, and the messages (with their final period).
// Found by pyperformance's telco, which reads its records from a BytesIO.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "io.BytesIO against CPython",
  {
    "reads, lines, seeks, writes past the end, truncate": `import io
b = io.BytesIO(b"hello\\nworld\\nlast")
print(b.read(3), b.tell(), b.readline(), b.readlines(), b.read(), b.read(5))
b.seek(2); b.write(b"XY"); print(b.getvalue(), b.tell())
b.seek(3, 2); b.write(bytearray(b"!")); print(b.getvalue(), len(b.getvalue()))
print(b.seek(-100, 1), b.seek(-2, 2), b.read())
b.seek(0); print(list(b))
b.truncate(4); print(b.getvalue(), b.tell())
e = io.BytesIO(b"a\\nbb\\nccc\\n"); print(e.readlines(3), e.readline(1), e.readline(-1), e.read(None))
`,
    "bytes-like writes, getbuffer, readinto, with, telco's record loop": `import io
from array import array
from struct import pack, unpack
c = io.BytesIO(); c.write(memoryview(b"mv")); c.write(array('B', [65, 66])); print(c.getvalue(), bytes(c.getbuffer()))
buf = bytearray(3); c.seek(0); print(c.readinto(buf), buf)
with io.BytesIO(b"abc") as d:
    print(d.read(None), d.readable(), d.seekable(), d.isatty())
print(d.closed)
infil = io.BytesIO(b"".join(pack(">Q", n) for n in (5, 700, 2**40)))
total = 0
while True:
    datum = infil.read(8)
    if datum == b"":
        break
    n, = unpack(">Q", datum)
    total += n
print(total, infil.tell())
`,
  },
  [
    ["import io\nd = io.BytesIO()\nd.close()\nd.read()", "ValueError: I/O operation on closed file."],
    ["import io\nio.BytesIO().write('s')", "TypeError: a bytes-like object is required, not 'str'"],
    ["import io\nio.BytesIO('x')", "TypeError: a bytes-like object is required, not 'str'"],
    ["import io\nio.BytesIO().seek(-1)", "ValueError: negative seek value -1"],
    ["import io\nio.BytesIO().seek(0, 5)", "ValueError: invalid whence (5, should be 0, 1 or 2)"],
    ["import io\nio.BytesIO().truncate(-1)", "ValueError: negative size value -1"],
    ["import io\nio.BytesIO().read(1.5)", "TypeError: argument should be integer or None, not 'float'"],
  ],
);
