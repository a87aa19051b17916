import { describe, expect, it } from "vitest";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";
import { output, runSource } from "../helpers/runSource.js";

describe.runIf(haveCPython)("base64, binascii, hashlib, zlib, uuid (against CPython 3.11)", () => {
  it("encodings and their errors, checksums, digests, UUID fields and name-based UUIDs", () => {
    expectSameAsCPython(`import base64, binascii, hashlib, zlib, uuid
data = b'hello world, \\x00\\xff binary!'
for enc in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode, base64.b32hexencode, base64.standard_b64encode):
    e = enc(data)
    print(e)
print(base64.b64decode(base64.b64encode(data)) == data, base64.b64decode('aGVsbG8='), base64.b64decode(b'aGVs bG8=\\n'), base64.urlsafe_b64decode('_-8='), base64.b64encode(b'\\xfb\\xff', altchars=b'-_'))
print(base64.b32decode(base64.b32encode(data)) == data, base64.b32decode('mzxw6===', casefold=True), base64.b16decode('48656C6C6F'), base64.b16decode(b'48656c6c6f', casefold=True), base64.b32hexdecode(b'CPNMU==='))
print(base64.encodebytes(b'x' * 100), base64.decodebytes(b'eHh4\\n'), base64.b64encode(bytearray(b'abc')), base64.b64encode(b''))
for bad in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('a'), lambda: base64.b64decode('ab!c', validate=True), lambda: base64.b16decode('4g'), lambda: base64.b32decode('abc'), lambda: base64.b64decode('é'), lambda: base64.b64encode('str'), lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify(b'zz')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b'\\x01\\xab\\xff'), binascii.b2a_hex(b'abc'), binascii.hexlify(b'\\x01\\x02\\x03\\x04\\x05', '-'), binascii.hexlify(b'\\x01\\x02\\x03\\x04\\x05', ':', 2), binascii.hexlify(b'\\x01\\x02\\x03\\x04\\x05', b' ', -2), binascii.unhexlify('01abFF'), binascii.a2b_hex(b'4142'))
print(binascii.crc32(b'hello'), binascii.crc32(b' world', binascii.crc32(b'hello')), binascii.crc32(b''), zlib.crc32(b'hello world'), zlib.crc32(b'x', 12345), zlib.adler32(b'hello world'), zlib.adler32(b'abc', 7), binascii.crc_hqx(b'hello', 0), binascii.b2a_base64(b'hi'), binascii.a2b_base64(b'aGk=\\n'))
print(issubclass(binascii.Error, ValueError), binascii.b2a_base64(b'hi', newline=False))
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b'hello ')
c = h.copy()
h.update(b'world')
print(h.hexdigest(), h.digest()[:4], c.hexdigest() == hashlib.sha256(b'hello ').hexdigest(), hashlib.md5(b'').hexdigest(), hashlib.sha1(data).hexdigest(), hashlib.md5(bytearray(b'xy')).hexdigest())
print(hashlib.sha256(b'a' * 1000).hexdigest(), 'md5' in hashlib.algorithms_guaranteed)
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for n in (0, 55, 56, 63, 64, 65, 111, 112, 119, 120, 127, 128, 129, 300):
        msg = bytes([(i * 7 + n) % 256 for i in range(n)])
        h = hashlib.new(name)
        h.update(msg[:n // 3])
        h.update(msg[n // 3:])
        print(name, n, h.hexdigest()[:16], hashlib.new(name, msg).digest() == h.digest())
for bad in [lambda: hashlib.md5('text'), lambda: hashlib.new('nope'), lambda: hashlib.sha1().update(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.bytes, u.version, u.variant, u.urn, u.fields, u.time_low, u.node, u.bytes_le)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int), uuid.UUID(fields=u.fields), uuid.UUID(bytes_le=u.bytes_le) == u, str(uuid.UUID(int=5, version=4)))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'), uuid.NAMESPACE_X500, sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), {u: 1}[uuid.UUID(str(u))])
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), str(r)[14], r != uuid.uuid4())
for bad in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID('12345678-1234-5678-1234-56781234567g')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
`);
  });
});

describe("binary codecs on the device", () => {
  it("uuid4 comes from the core's random generator: the same seed gives the same UUIDs", () => {
    const prog = "import uuid, random\nrandom.seed(7)\nprint(uuid.uuid4(), uuid.uuid4())\n";
    const a = output(prog), b = output(prog);
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12} /);
  });
  it("a hash object is charged to the core and does not keep the data it hashed", () => {
    const out = output(`import hashlib, sys, memory
h = hashlib.sha256()
print(sys.getsizeof(h))
for i in range(200):
    h.update(b'x' * 100)
print(sys.getsizeof(h), h.hexdigest() == hashlib.sha256(b'x' * 20000).hexdigest())
`);
    expect(out).toBe("96\n96 True\n");
  });
  it("binascii.Error is raised with CPython's type and message", () => {
    const r = runSource("import binascii\nbinascii.unhexlify('abc')\n");
    expect(r.error ? `${r.error.kind}: ${r.error.pyMessage}` : "no error").toBe("binascii.Error: Odd-length string");
  });
});
