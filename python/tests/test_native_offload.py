"""Native offloaded kernels from CPython (``@offload(native=True)`` or ``native=True``
per call): compiled C with the interpreted kernel's results and errors. Skipped
without a C compiler."""

import array
import shutil

import pytest

from epython import KernelError, coreid, memkind, numcores, offload, types

pytestmark = pytest.mark.skipif(not any(shutil.which(c) for c in ("cc", "gcc", "clang")),
                                reason="native kernels need a C compiler")

try:
    import numpy as np
except ImportError:
    np = None


@offload
def dot(xs, ys):
    s = 0.0
    for i in range(len(xs)):
        s += xs[i] * ys[i]
    return s + coreid()


@offload(native=True)
def stripes(a, factor):
    i = coreid()
    while i < len(a):
        a[i] = a[i] * factor + i
        i += numcores()
    return len(a)


@offload(native=True)
def tally():
    global seen
    seen += 1
    return seen


seen = 0


@offload
def ratio(a, b):
    return a // b


def test_native_gives_the_interpreted_results():
    xs, ys = [0.5, 1.5, 2.0], [1.0, 2.0, 3.0]
    assert dot(xs, ys, native=True) == dot(xs, ys)
    assert dot(xs, ys, native=True, target=[3, 5]) == [9.5 + 3, 9.5 + 5]


def test_native_writes_arrays_in_place():
    a = array.array("i", range(40))
    b = memkind.Host(types.int, 40)
    for i in range(40):
        b[i] = i
    assert stripes(a, 3) == [40] * 16
    assert stripes(b, 3, native=False) == [40] * 16
    assert a.tolist() == b.tolist() == [i * 3 + i for i in range(40)]
    if np is not None:
        x = np.arange(20, dtype="float32")
        stripes(x, 0.5, target=[0, 1])
        assert x.tolist() == [i * 0.5 + i if i % 16 in (0, 1) else i for i in range(20)]


def test_native_keeps_module_globals_between_launches():
    first = tally(target=0)[0]
    assert tally(target=0) == [first + 1]


def test_native_errors_name_the_core_and_line():
    with pytest.raises(KernelError) as native:
        ratio(1, 0, native=True, target=4)
    with pytest.raises(KernelError) as interpreted:
        ratio(1, 0, target=4)
    assert native.value.core == 4
    assert native.value.kind == interpreted.value.kind == "ZeroDivisionError"
    assert str(native.value) == str(interpreted.value)


def test_a_kernel_native_code_rejects_gives_the_compilers_diagnostic():
    @offload(native=True)
    def mixed():
        return [1, "a"]

    with pytest.raises(SyntaxError) as e:
        mixed(target=0)
    assert "native code:" in str(e.value) and "^" in str(e.value)
    assert mixed(native=False, target=0) == [[1, "a"]]
