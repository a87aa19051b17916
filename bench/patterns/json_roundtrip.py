import time
_t0 = time.perf_counter()
import json
obj = [{"id": i, "name": "n%d" % i, "tags": ["a", "b"], "v": i * 0.5} for i in range(5000)]
s = json.dumps(obj)
R = len(json.loads(s))
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
