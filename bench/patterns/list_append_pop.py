import time
_t0 = time.perf_counter()
st = []
t = 0
for i in range(300000):
    st.append(i)
    if i % 3 == 0: t += st.pop()
R = t
_t1 = time.perf_counter()
print(R)
print('TIME', _t1 - _t0)
