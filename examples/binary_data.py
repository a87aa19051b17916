# epython-cpython: same
# Binary records with struct and memoryview, and a clean exit with sys.exit.
import struct
import sys

# A sensor record: little-endian id (unsigned short), reading (float), flags (byte).
RECORD = struct.Struct("<Hfb")
print("record size", RECORD.size, "native size", struct.calcsize("Hfb"))

buf = bytearray(RECORD.size * 3)
for i, (ident, value, flags) in enumerate([(1, 0.5, 0), (2, -1.25, 3), (65535, 8.0, -1)]):
    RECORD.pack_into(buf, i * RECORD.size, ident, value, flags)
print(buf.hex())

for ident, value, flags in RECORD.iter_unpack(buf):
    print(ident, value, flags)

# A memoryview slice is a window on the same bytes: writing through it changes buf.
view = memoryview(buf)
second = view[RECORD.size:2 * RECORD.size]
second[0:2] = struct.pack("<H", 7)
print(RECORD.unpack_from(buf, RECORD.size))
print(view[:2].tolist(), second.nbytes, second.readonly)

words = memoryview(bytearray(8)).cast("I")
words[1] = 0xDEADBEEF
print(words.tolist(), words.obj.hex())

try:
    struct.pack("<h", 40000)
except struct.error as e:
    print("struct.error:", e)

print(sys.version_info >= (3, 8), sys.maxsize == 2**63 - 1)

def finish(status):
    try:
        sys.exit(status)
    finally:
        print("cleaning up")

try:
    finish(2)
except SystemExit as e:
    print("exit code", e.code)
finish(0)
print("not reached")
