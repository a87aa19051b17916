# Native kernels: the same offloaded kernel, compiled to C (native=True), gives the
# interpreter's results. The first native launch compiles the kernel module for the
# launch's argument types (cached); later launches reuse the running native service.
import array

from epython import coreid, numcores, offload


@offload
def partial_pi(n):
    # Each core sums its share of the Leibniz series for pi.
    s = 0.0
    k = coreid()
    while k < n:
        term = 4.0 / (2 * k + 1)
        s += term if k % 2 == 0 else -term
        k += numcores()
    return s


@offload(native=True)
def smooth(values, out):
    # Each core writes every numcores()-th element of out: the host sees them all.
    i = coreid()
    while i < len(out):
        left = values[i - 1] if i > 0 else values[i]
        right = values[i + 1] if i + 1 < len(values) else values[i]
        out[i] = (left + values[i] + right) / 3.0
        i += numcores()


interpreted = partial_pi(20000)
native = partial_pi(20000, native=True)
print("pi ~", round(sum(native), 5))
print("same results as the interpreter:", native == interpreted)

values = array.array("f", [float(i * i % 7) for i in range(12)])
out = array.array("f", [0.0] * 12)
smooth(values, out)
print([round(x, 3) for x in out])
