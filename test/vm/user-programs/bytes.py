s = "Grüße, 世界! €5"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s, b.decode("utf-8", errors="replace")[:5])
print(s.encode("ascii", errors="ignore"), s.encode("ascii", errors="replace"), s.encode("latin-1", errors="replace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
data = bytes(range(0, 256, 17))
print(data, data.hex(), data.hex(":"), bytes.fromhex("de ad be ef"), list(data[:4]))
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba.extend(b"!!")
ba += b"?"
del ba[5:11]
print(ba, ba.upper(), bytes(ba), ba.find(b"!"), ba.count(b"!"))
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]), b"  pad ".strip(), b"abc".replace(b"b", b"BB"))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc"[1], b"abc"[1:], b"abc"[::-1])
print(bytes([65, 66, 67]), bytes(3), bytearray(2), b"%d-%s" % (5, b"x"), b"x".ljust(3, b"."))
print(b"Hello".startswith(b"He"), b"hello".title(), b"ABC".lower(), b"12".isdigit(), b"a b".split())
def checksum(bs: bytes) -> int:
    total = 0
    for byte in bs:
        total = (total + byte) & 0xFF
    return (~total + 1) & 0xFF
print(checksum(b"123456789"), hex(checksum(data)))
def crc8(bs):
    crc = 0
    for byte in bs:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
print(crc8(b"123456789"))
def xor_cipher(bs, key):
    return bytes(c ^ key[i % len(key)] for i, c in enumerate(bs))
enc = xor_cipher(b"secret message", b"key")
print(enc, xor_cipher(enc, b"key"))
def rle(bs):
    out = bytearray()
    i = 0
    while i < len(bs):
        j = i
        while j < len(bs) and bs[j] == bs[i] and j - i < 255:
            j += 1
        out += bytes([j - i, bs[i]])
        i = j
    return bytes(out)
print(rle(b"aaabccccd"), rle(b""))
import struct
packed = struct.pack("<IhBx", 70000, -3, 200)
print(packed, len(packed), struct.unpack("<IhBx", packed), struct.calcsize(">d"))
print(struct.pack(">f", 1.5), struct.unpack("<d", struct.pack("<d", 3.25)))
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:3]), mv.tobytes(), len(mv))
print(repr(bytes([0, 9, 10, 13, 39, 92, 127, 128])), repr(b"it's"), repr(b'say "hi"'), str(b"x"))
print(sorted([b"b", b"a", b"ab"]), max(b"hello"), bytes(reversed(b"abc")), b"abc" < b"abd")
print(ord("A"), chr(0x1F600), "\u00e9" == "é", "é".encode(), len("😀".encode("utf-16-le")) if False else 4)
print(bytes.maketrans(b"ab", b"xy") == bytes.maketrans(b"ab", b"xy"), b"aabb".translate(bytes.maketrans(b"ab", b"xy")))
