import time
_t0 = time.perf_counter()
b = bytearray()
for i in range(200000):
    b.append(i & 255)
R = (len(bytes(b)), b.count(7), b[:10].hex())
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
