# bytes and bytearray: literals, slicing, methods, encode/decode, int <-> bytes.

# Literals, indexing (an int), slicing (bytes), repr as CPython prints it.
packet = b'\x02ID\x00\xffdata\'"'
print(packet, len(packet), packet[0], packet[1:3], packet[::-1][:2])
print(list(packet[:4]), 0xff in packet, b'data' in packet)

# Text and bytes: encode and decode, with CPython's codecs and errors.
word = 'naïve café'
raw = word.encode('utf-8')
print(raw, len(word), len(raw), raw.decode('utf-8') == word)
print(word.encode('ascii', 'replace'), word.encode('latin-1'), raw.decode('ascii', 'ignore'))
try:
    word.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    b'ok \xc3('.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)

# A checksum over a message, and fields packed into bytes.
def checksum(data):
    s = 0
    for b in data:
        s = (s + b) & 0xff
    return s

header = (1234).to_bytes(2, 'big') + (7).to_bytes(1, 'little') + (-2).to_bytes(2, 'little', signed=True)
print(header, header.hex(), header.hex(':'), checksum(header))
print(int.from_bytes(header[:2], 'big'), int.from_bytes(header[3:], 'little', signed=True))
print(bytes.fromhex('de ad be ef'), bytes(4), bytes([65, 66, 67]), bytes(range(3)))

# bytearray: a mutable buffer.
buf = bytearray(b'hello world')
buf[0] = ord('H')
buf[6:11] = b'there!'
buf.append(33)
buf.extend([10, 10])
buf += b'end'
print(buf, len(buf), buf.pop(), buf.rstrip(b'\n'))
del buf[-4:]
buf.insert(0, 62)
buf.reverse()
print(buf, bytes(buf[::-1]), buf.count(b'e'))

# Methods shared with str, on bytes.
line = b'  GET /index.html HTTP/1.1\r\n'
method, path, version = line.strip().split()
print(method, path, version.lower(), path.startswith(b'/'), path.rfind(b'.'))
print(b','.join([b'a', b'b', b'c']), b'a-b-c'.replace(b'-', b'+'), b'x=1'.partition(b'='))
print(b'12'.isdigit(), b'ab'.isalpha(), b'AB'.upper(), b'Ab'.swapcase(), b'7'.zfill(3))

# bytes are hashable and ordered; bytearrays compare equal to bytes.
seen = {b'alpha': 1, b'beta': 2}
print(seen[b'beta'], sorted([b'b', b'a', b'ab']), b'abc' == bytearray(b'abc'), b'a' < b'b')
print(f'{raw[:5]} {bytearray(b"x")!r}', str(b'ab'), repr(bytearray()))
