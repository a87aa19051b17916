import time
_t0 = time.perf_counter()
import re
pat = re.compile(r"(\w+)@(\w+)\.com")
text = " ".join("user%d@site%d.com" % (i, i % 7) for i in range(20000))
R = len(pat.findall(text))
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
