"""Starting, configuring and stopping the runtime; a dead runtime; protocol versions.
Each scenario runs in a fresh interpreter (the runtime is one per process)."""

import os

import pytest

from epython import _wire
from epython._runtime import ProtocolError, Runtime, find_runtime

KERNEL = '''
from epython import offload, coreid, numcores
@offload
def whoami():
    return (coreid(), numcores())
'''


def test_configure_chooses_the_device(script):
    r = script(KERNEL + "import epython\nepython.configure(cores=4, profile='microblaze')\nprint(whoami())\n"
               "print(epython.numcores(), epython.coreid())")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["[(0, 4), (1, 4), (2, 4), (3, 4)]", "4 4"]


def test_heterogeneous_device_and_device_selection(script):
    r = script(KERNEL + "import epython\nepython.configure(device='epiphany3:4,microblaze:2')\n"
               "print(whoami())\nprint(whoami(device='microblaze'))\nprint(whoami(device='microblaze', auto=1))")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [str([(c, 6) for c in range(6)]), "[(4, 6), (5, 6)]", "[(4, 6)]"]


def test_environment_options(script):
    r = script(KERNEL + "print(whoami())", env={"EPYTHON_OPTIONS": "cores=2"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[(0, 2), (1, 2)]"


def test_configure_after_the_first_launch_is_an_error(script):
    r = script(KERNEL + "import epython\nwhoami()\n"
               "try:\n    epython.configure(cores=2)\nexcept RuntimeError as e:\n    print('RE', e)")
    assert "RE configure() must be called before the first launch" in r.stdout, r.stderr


@pytest.mark.parametrize("opts, message", [("cores=0", "cores must be a positive int"),
                                           ("colours=3", "unknown option 'colours'"),
                                           ("dialect='c'", "dialect must be")])
def test_bad_configure_options(script, opts, message):
    r = script(f"import epython\ntry:\n    epython.configure({opts})\nexcept (TypeError, ValueError) as e:\n"
               f"    print(type(e).__name__, e)")
    assert message in r.stdout, r.stderr


def test_bad_device_option_from_the_runtime(script):
    r = script(KERNEL + "import epython\nepython.configure(profile='nosuch')\n"
               "try:\n    whoami()\nexcept ValueError as e:\n    print('VE', e)")
    assert "VE" in r.stdout and "nosuch" in r.stdout, r.stdout + r.stderr


def test_launch_after_shutdown(script):
    r = script(KERNEL + "import epython\nprint(len(whoami()))\nepython.shutdown()\n"
               "try:\n    whoami()\nexcept RuntimeError as e:\n    print('RE', e)")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["16", "RE the ePython runtime has been shut down "
                                           "(epython.shutdown() or interpreter exit)"]


def test_a_killed_runtime_raises_instead_of_hanging(script):
    code = KERNEL + '''
import os, signal, epython
from epython import RuntimeExited
@offload(asynchronous=True)
def spin():
    while True:
        pass
whoami()
h = spin(target=0)
os.kill(epython._bridge.runtime.process.pid, signal.SIGKILL)
try:
    h.wait()
except RuntimeExited as e:
    print("exited:", e)
try:
    whoami()
except RuntimeExited as e:
    print("again:", e)
'''
    r = script(code, timeout=60)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("exited: the ePython runtime process has exited") and "-9" in lines[0]
    assert lines[1].startswith("again:")


def test_exit_shuts_down_and_unlinks_shared_memory(script):
    code = KERNEL + '''
import epython
from epython import memkind, types
a = memkind.Host(types.int, 8)
print(a._shm.name)
print(len(whoami()))
'''
    r = script(code)
    assert r.returncode == 0, r.stderr
    name, count = r.stdout.split()
    assert count == "16"
    assert not os.path.exists(f"/dev/shm/{name}")


def test_kernel_compile_errors_name_file_and_line(script):
    # Valid CPython that ePython does not compile (no generators yet): an error at line 5.
    r = script("from epython import offload\n\n@offload\ndef k():\n    yield 1\n\n"
               "try:\n    k()\nexcept SyntaxError as e:\n    print('SE', e)\n")
    assert "SE" in r.stdout and "prog.py:5:" in r.stdout, r.stdout + r.stderr


def test_protocol_version_mismatch_is_rejected(monkeypatch):
    monkeypatch.setattr(_wire, "PROTOCOL_VERSION", _wire.PROTOCOL_VERSION + 100)
    with pytest.raises(ProtocolError, match="protocol version mismatch"):
        rt = Runtime(find_runtime(), lambda _i, _ok: None)
        rt.close()


def test_runtime_location_override(monkeypatch, tmp_path):
    monkeypatch.setenv("EPYTHON_NODE_RUNTIME", str(tmp_path / "missing.js"))
    with pytest.raises(FileNotFoundError, match="EPYTHON_NODE_RUNTIME"):
        find_runtime()


def test_trace_file_records_kernels_and_transfers(script, tmp_path):
    out = tmp_path / "trace.json"
    r = script("import epython, json\nfrom epython import offload\n"
               f"epython.configure(cores=2, trace={str(out)!r})\n"
               "@offload\ndef first(a):\n    return a[0] + a[100]\n"
               "print(first([1.5] * 200))\nepython.shutdown()\n"
               f"ev = json.load(open({str(out)!r}))['traceEvents']\n"
               "print(sorted({e['name'] for e in ev if e.get('cat') == 'transfer'}))\n"
               "print(any(e.get('cat') == 'run' for e in ev))")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["[3.0, 3.0]", "['fetch 64 B from host']", "True"]


def test_a_kernel_that_does_not_compile_leaves_the_others_usable(script):
    r = script("from epython import offload\n"
               "@offload\ndef broken(x):\n    yield x\n"
               "@offload\ndef fine():\n    return 1\n"
               "try:\n    broken(1)\nexcept SyntaxError as e:\n    print('SyntaxError', 'line 4' if ':4:' in str(e) else str(e))\n"
               "print(fine(target=0))\n"
               "try:\n    broken(2)\nexcept SyntaxError:\n    print('still a SyntaxError')\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["SyntaxError line 4", "[1]", "still a SyntaxError"]
