"""The offload API from CPython against the real runtime (one device per test session:
16 cores, the default)."""

import pytest

import epython
from epython import (KernelError, copy_from_device, copy_to_device, coreid, define_on_device, offload,
                     offload_multiple, offload_single, waitAll)


@offload
def whoami():
    return coreid()


@offload
def add(a, b):
    return a + b


@offload
def echo(v):
    return v


def test_blocking_launch_returns_one_value_per_core_sorted():
    assert whoami() == list(range(16))


def test_values_keep_their_types():
    assert echo(2.0, target=0) == [2.0] and type(echo(2.0, target=0)[0]) is float
    assert echo(7, target=0) == [7] and type(echo(7, target=0)[0]) is int
    assert echo(0.1, target=0) == [0.1]  # a float32 on the device, printed value on the host
    assert echo("héllo", target=0) == ["héllo"]
    assert echo(None, target=0) == [None]
    assert echo(True, target=0) == [True]
    assert echo((1, "a", 2.5), target=0) == [(1, "a", 2.5)]
    assert echo([[1, 2], ["x"]], target=0) == [[[1, 2], ["x"]]]
    # Numeric lists travel packed: still floats (printed values) and ints.
    define_on_device("numbers", [[0.1, 0.2, 1e-3], [1, 2, -3]], target=0)
    floats, ints = copy_from_device("numbers", target=0)[0]
    assert floats == [0.1, 0.2, 1e-3] and ints == [1, 2, -3] and type(ints[0]) is int


def test_device_output_goes_to_stdout_with_its_prefix(capsys):
    @offload
    def shout(n):
        print("value", n)

    shout(5, target=[3, 4])
    out = capsys.readouterr().out
    assert "[device 3] value 5\n" in out and "[device 4] value 5\n" in out


@pytest.mark.parametrize("decorator, call, cores", [
    ({"auto": 2}, {"target": [5]}, 2),          # auto wins over a per-call target
    ({"target": [3, 4]}, {}, [3, 4]),
    ({"target": [3, 4]}, {"all": True}, [3, 4]),  # target wins over all
    ({"target": [1]}, {"target": [2, 3]}, [2, 3]),  # the call wins over the decorator
    ({}, {"auto": 3}, 3),
    ({}, {"target": 7}, [7]),
])
def test_option_precedence(decorator, call, cores):
    k = offload(**decorator)(whoami.function)
    got = k(**call)
    if isinstance(cores, int):
        assert len(got) == cores and got == sorted(got)
    else:
        assert got == cores


def test_all_false_without_cores_is_a_clear_error():
    with pytest.raises(ValueError, match="all=false needs target or auto"):
        whoami(all=False)


def test_async_spellings_return_handles():
    for opts in ({"asynchronous": True}, {"async": True}):
        h = add(1, 2, target=[0, 1], **opts)
        assert isinstance(h, epython.KernelHandle)
        assert h.cores == [0, 1]
        assert h.wait() == [3, 3]
        assert h.test() is True
        assert h.wait() == [3, 3]  # cached


def test_decorator_async_and_wait_any():
    k = offload(**{"async": True})(whoami.function)
    h = k(target=[4, 6])
    first = h.wait_any()
    assert len(first) == 1 and set(first) <= {4, 6}
    (core, value), = first.items()
    assert core == value


def test_offload_single_and_multiple_with_waitall():
    @offload_multiple(cores=8)
    def adder(a, b):
        return a + b

    @offload_single
    def subtractor(a, b):
        return a - b

    h1, h2 = adder(10, 20), subtractor(10, 20)
    assert waitAll(h1, h2) == [[30] * 8, [-10]]


def test_offload_multiple_needs_cores():
    with pytest.raises(TypeError, match="cores"):
        offload_multiple()(add.function)
    with pytest.raises(TypeError, match="cores"):
        offload_multiple(add.function)
    with pytest.raises(ValueError, match="positive"):
        offload_multiple(cores=0)


def test_unknown_options_are_type_errors():
    with pytest.raises(TypeError, match="unknown option 'cores'"):
        add(1, 2, cores=3)
    with pytest.raises(TypeError, match="unknown option"):
        offload(bogus=1)


def test_define_copy_to_and_from():
    counter = 5
    define_on_device(counter)
    assert copy_from_device("counter") == [5] * 16
    define_on_device("scratch", [1.5, 2.5], target=[0, 1])
    assert copy_from_device("scratch", target=[0, 1]) == [[1.5, 2.5]] * 2

    @offload
    def bump(k):
        global counter
        counter = counter + k
        return counter

    assert bump(2, target=[1, 2]) == [7, 7]
    copy_to_device("counter", 40, target=[2])
    assert copy_from_device("counter", target=[0, 1, 2]) == [5, 7, 40]
    h = copy_from_device("counter", target=3, asynchronous=True)
    assert h.wait() == [5]


def test_async_copy_is_ordered_before_a_later_kernel_on_that_core():
    define_on_device("ordered", 0)

    @offload
    def read_ordered():
        return ordered  # noqa: F821 - a device-resident variable: it exists on the device only

    copy_to_device("ordered", 11, target=[1], **{"async": True})
    assert read_ordered(target=[0, 1]) == [0, 11]


def test_define_on_device_takes_the_value_at_call_time():
    snapshot = [1, 2, 3]
    define_on_device(snapshot)
    snapshot.append(4)
    assert copy_from_device("snapshot", target=0) == [[1, 2, 3]]


def test_define_on_device_needs_a_name_it_can_see():
    base = 1
    with pytest.raises(ValueError, match="cannot tell the variable's name"):
        define_on_device(base + 1)
    with pytest.raises(TypeError, match="identifier"):
        define_on_device("not a name", 1)
    spread = [1, 2]
    define_on_device(
        spread)
    assert copy_from_device("spread", target=0) == [[1, 2]]


def test_copies_of_unknown_variables_are_name_errors():
    with pytest.raises(NameError, match="no device-resident variable 'never_defined'"):
        copy_from_device("never_defined")
    with pytest.raises(NameError, match="never_defined"):
        copy_to_device("never_defined", 1)


@pytest.mark.parametrize("arg, what", [({"a": 1}, "dict"), (object(), "object"), ({1, 2}, "set"),
                                        (lambda: 1, "function")])
def test_unmarshallable_arguments(arg, what):
    with pytest.raises(TypeError, match=f"cannot pass an? {what} to a kernel"):
        echo(arg)


@pytest.mark.parametrize("target, error", [([99], ValueError), (-1, ValueError), ("3", TypeError),
                                           ([1.5], TypeError), ([], ValueError)])
def test_wrong_core_ids(target, error):
    with pytest.raises(error):
        whoami(target=target)


def test_ints_beyond_the_device_word_are_overflow_errors():
    with pytest.raises(OverflowError):
        echo(2**40, target=0)


def test_kernel_error_names_core_and_traceback_and_device_stays_usable():
    @offload
    def divide(x):
        return 10 // (x - coreid())

    with pytest.raises(KernelError) as info:
        divide(2, target=[1, 2, 3])
    e = info.value
    assert isinstance(e, RuntimeError)
    assert e.core == 2 and e.kind == "ZeroDivisionError"
    assert "device core 2" in str(e) and "ZeroDivisionError" in str(e)
    assert e.traceback[-1][2] == "divide"
    assert "return 10 // (x - coreid())" in str(e)
    assert divide(100, target=[1]) == [0]


def test_tracebacks_name_the_users_file_and_lines(script):
    r = script("from epython import offload, KernelError\n"
               "\n"
               "def helper(x):\n"
               "    return 1 // x\n"
               "\n"
               "@offload(target=0)\n"
               "def k(x):\n"
               "    return helper(x)\n"
               "\n"
               "try:\n"
               "    k(0)\n"
               "except KernelError as e:\n"
               "    print(e.traceback)\n"
               "    print(e)\n")
    assert r.returncode == 0, r.stderr
    first, *report = r.stdout.splitlines()
    prog = r.args[-1]
    assert first == repr([(prog, 8, "k"), (prog, 4, "helper")])
    assert report == ["Error on device core 0:", "Traceback (most recent call last):",
                      f'  File "{prog}", line 8, in k', "    return helper(x)",
                      f'  File "{prog}", line 4, in helper', "    return 1 // x",
                      "ZeroDivisionError: integer division or modulo by zero"]


def test_kernel_timeout_is_a_clear_error():
    @offload(timeout=0.3)
    def spin():
        while True:
            pass

    with pytest.raises(KernelError) as info:
        spin(target=5)
    assert info.value.kind == "TimeoutError" and info.value.core == 5
    assert whoami(target=5) == [5]


def test_stats_are_per_core():
    whoami()
    rows = epython.stats()
    assert len(rows) == 16 and rows[0]["instructions"] > 0


def test_handles_dropped_without_waiting_are_released():
    import gc
    for _ in range(50):
        add(1, 2, target=0, asynchronous=True)  # dropped at once
    gc.collect()
    assert epython._bridge.runtime.released  # queued for the next request
    assert add(2, 2, target=0) == [4]
    assert not epython._bridge.runtime.released
