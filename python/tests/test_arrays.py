"""Arrays passed by reference: used in place by kernels, written back to the caller's
object; memory kinds; what cannot be passed."""

import array

import pytest

import epython
from epython import memkind, offload, types, coreid

try:
    import numpy as np
except ImportError:  # the package works without NumPy; its NumPy tests skip
    np = None

needs_numpy = pytest.mark.skipif(np is None, reason="numpy is not installed")


@offload
def scale_all(a, factor):
    i = 0
    while i < len(a):
        a[i] = a[i] * factor
        i += 1
    return len(a)


@offload
def mark(a):
    a[coreid()] = coreid() * 10


@offload
def total(a):
    return sum(a)


def test_memkind_host_array_is_used_in_place():
    a = memkind.Host(types.int, 16)
    assert len(a) == 16 and a.tolist() == [0] * 16
    mark(a)
    assert a.tolist() == [c * 10 for c in range(16)]
    assert a[-1] == 150 and a[2:4] == [20, 30]


@needs_numpy
def test_numpy_arrays_are_updated_in_place():
    for dtype in ("float32", "float64", "int32"):
        x = np.arange(6, dtype=dtype)
        assert scale_all(x, 2, target=0) == [6]
        assert x.tolist() == [0, 2, 4, 6, 8, 10] and x.dtype == dtype


@needs_numpy
def test_non_contiguous_numpy_views_write_back_into_their_base():
    base = np.zeros(8, dtype="float64")
    view = base[::2]
    view[:] = [1, 2, 3, 4]
    scale_all(view, 3, target=0)
    assert base.tolist() == [3, 0, 6, 0, 9, 0, 12, 0]


@needs_numpy
def test_numpy_view_of_a_memkind_array_is_not_copied():
    a = memkind.Host(types.double, 4)
    v = a.numpy()
    v[:] = [1, 2, 3, 4]
    scale_all(v[1:3], 10, target=0)  # an offset inside the shared segment
    assert a.tolist() == [1, 20, 30, 4]


def test_array_array_is_updated_in_place():
    for code in ("f", "d", "i"):
        x = array.array(code, [1, 2, 3])
        scale_all(x, 2, target=0)
        assert x.tolist() == [2, 4, 6]


def test_lists_of_numbers_are_updated_in_place():
    ints = [1, 2, 3]
    scale_all(ints, 5, target=0)
    assert ints == [5, 10, 15] and all(type(v) is int for v in ints)
    floats = [0.5, 1.0, 7.25]
    scale_all(floats, 0.2, target=0)
    assert floats == [0.1, 0.2, 1.45]  # float32 results, as the device prints them


@needs_numpy
def test_reads_see_the_host_values():
    assert total(np.arange(100, dtype="int32"), target=[0, 1]) == [4950, 4950]
    assert total(memkind.Shared(types.float, 3), target=0) == [0.0]


def test_device_kind_copies_are_private_and_not_written_back():
    a = memkind.Device(types.int, 4)
    a[:] = [1, 2, 3, 4]
    scale_all(a, 3, target=[0, 1])
    assert a.tolist() == [1, 2, 3, 4]


@needs_numpy
def test_async_launches_write_back_when_they_complete():
    x = np.ones(4, dtype="float32")
    h = scale_all(x, 4, target=0, asynchronous=True)
    assert h.wait() == [4]
    assert x.tolist() == [4, 4, 4, 4]


@needs_numpy
def test_prefetch_option_is_accepted():
    x = np.arange(32, dtype="float32")
    assert total(epython.reference(x, prefetch=2), target=0) == [496.0]
    assert total(x, target=0, prefetch=4) == [496.0]
    with pytest.raises(ValueError, match="prefetch"):
        epython.reference(x, prefetch=-1)


@pytest.mark.parametrize("arg, message", [
    pytest.param(lambda: np.arange(3, dtype="int64"), "dtype int64", marks=needs_numpy),
    pytest.param(lambda: np.zeros(2, dtype=bool), "dtype bool", marks=needs_numpy),
    (lambda: array.array("q", [1]), "array.array\\('q'\\)"),
    (lambda: array.array("b", [1]), "array.array\\('b'\\)"),
])
def test_unsupported_arrays_are_type_errors(arg, message):
    with pytest.raises(TypeError, match=message):
        total(arg())


def test_shared_array_checks_indexes_and_types():
    a = memkind.Host(types.int, 3)
    with pytest.raises(IndexError):
        a[3]
    with pytest.raises(TypeError, match="integer argument expected"):
        a[0] = 1.5
    with pytest.raises(ValueError):
        memkind.Host(types.int, -1)
    with pytest.raises(TypeError, match="element type"):
        memkind.Host(int, 3)
    assert repr(a) == "memkind.Host(types.int32, 3)"


@offload
def write_then_read(dst, src):
    dst[0] = 5
    return src[0]


def test_an_array_passed_twice_is_one_reference():
    a = memkind.Host(types.int, 4)
    assert write_then_read(a, a, target=0) == [5]  # the write through dst is read through src
    b = memkind.Host(types.int, 4)
    assert write_then_read(b, a, target=0) == [5] and b.tolist() == [5, 0, 0, 0]
    c = np.zeros(3, dtype="int32")
    assert write_then_read(c, c, target=0) == [5] and c.tolist() == [5, 0, 0]


def test_memkind_arrays_beyond_the_device_int_range_are_refused_before_allocating():
    from epython import memkind, types
    with pytest.raises(ValueError, match="at most 2147483647 elements"):
        memkind.Host(types.float, 10**13)
