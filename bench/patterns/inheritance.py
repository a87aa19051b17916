import time
_t0 = time.perf_counter()
class A:
    def val(self): return 1
class B(A):
    def val(self): return super().val() + 1
b = B()
R = sum(b.val() for i in range(200000))
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
