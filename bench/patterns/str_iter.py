import time
_t0 = time.perf_counter()
text = "the quick brown fox jumps over the lazy dog " * 5000
vow = 0
for ch in text:
    if ch in "aeiou": vow += 1
R = vow
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
