"""The kernel module: the decorated functions and what they use, at their own lines."""

import inspect

import epython
from epython import _kernels

import kernel_sources as ks


def build(*kernels):
    return _kernels.build_module([k.function for k in kernels], [], epython._kernel_function, epython)


def test_functions_keep_their_line_numbers_and_decorators_are_blank():
    source, file = build(ks.kernel)
    assert file == inspect.getsourcefile(ks)
    lines = source.split("\n")
    original = open(file).read().split("\n")
    for fn in (ks.square, ks.norm, ks.kernel.function):
        body, start = inspect.getsourcelines(fn)
        for offset, text in enumerate(body):
            if text.lstrip().startswith("@"):
                assert lines[start - 1 + offset] == ""
            else:
                assert lines[start - 1 + offset] == original[start - 1 + offset]


def test_called_functions_imports_and_constants_are_included_transitively():
    source, _ = build(ks.kernel)
    preamble = source.split("\n")
    assert "def square(x):" in source and "def norm(x, y):" in source
    for line in ("import math", "import random as rnd", "from math import sqrt", "from parallel import coreid",
                 "SCALE = 3", "RATIO = 0.5"):
        assert line in preamble
    # Nothing the kernels do not use, and nothing host-only.
    for absent in ("UNUSED_CONSTANT", "json", "host_only", "NAME =", "TABLE ="):
        assert absent not in source
    # The preamble follows the last function line.
    last_def_line = max(i for i, t in enumerate(preamble) if t.startswith("    return"))
    assert preamble.index("import math") > last_def_line


def test_non_constant_globals_are_not_copied():
    source, _ = build(ks.uses_table)
    assert "TABLE" in source.split("def uses_table")[1]  # the kernel's own text names it
    assert "TABLE =" not in source


def test_device_globals_are_left_to_the_device():
    source, _ = _kernels.build_module([ks.kernel.function], ["SCALE"], epython._kernel_function, epython)
    assert "SCALE = 3" not in source


def test_kernels_run_with_their_helpers():
    # floor(norm(0, 0.5) + norm(1, 0.5)) = floor(1.5 + 3.354) = 4, plus the core id
    assert ks.kernel(2, target=[0, 2]) == [4, 6]


def test_the_epython_module_in_a_kernel_is_the_devices_parallel_module():
    source, _ = build(ks.qualified)
    assert "import parallel as epython" in source.split("\n")
    assert ks.qualified(target=[0, 15]) == [16, 1]


def test_classes_of_the_script_go_with_the_kernels_that_use_them(script):
    # Before: NameError on the device for any class defined at the script's top level
    # (and for `from dataclasses import dataclass` there); now the classes' text goes
    # at their own lines, after the imports they need.
    r = script(
        "from dataclasses import dataclass, field\n"
        "from collections import Counter\n"
        "from epython import offload, configure\n"
        "configure(cores=2)\n"
        "\n"
        "@dataclass\n"
        "class Stats:\n"
        "    name: str\n"
        "    values: list = field(default_factory=list)\n"
        "    def mean(self):\n"
        "        return sum(self.values) / len(self.values)\n"
        "\n"
        "class Base:\n"
        "    def describe(self):\n"
        "        return f'{type(self).__name__}:{self.tag()}'\n"
        "\n"
        "class Child(Base):\n"
        "    def tag(self):\n"
        "        return Counter('hello').most_common(1)[0][0]\n"
        "    def fail(self):\n"
        "        raise KeyError('k')\n"
        "\n"
        "@offload\n"
        "def compute(n):\n"
        "    from parallel import coreid\n"
        "    s = Stats(f'core{coreid()}', list(range(n)))\n"
        "    return [s.name, s.mean(), Child().describe()]\n"
        "\n"
        "@offload\n"
        "def fails():\n"
        "    return Child().fail()\n"
        "\n"
        "print(compute(4))\n"
        "try:\n"
        "    fails()\n"
        "except Exception as e:\n"
        "    print(e.traceback[-1][1:], e.kind)\n"
    )
    assert r.stderr == ""
    assert r.stdout == ("[['core0', 1.5, 'Child:l'], ['core1', 1.5, 'Child:l']]\n"
                        "(21, 'fail') KeyError\n")


def test_a_global_the_kernel_module_leaves_out_is_explained_in_the_name_error(script):
    # Before: a bare "NameError: name 'TABLE' is not defined" for a dict the script defines.
    r = script(
        "import epython\n"
        "from epython import offload, configure\n"
        "configure(cores=1)\n"
        "TABLE = {'a': 1}\n"
        "@offload\n"
        "def use_table(k):\n"
        "    return TABLE[k]\n"
        "try:\n"
        "    use_table('a')\n"
        "except epython.KernelError as e:\n"
        "    print(e.kind, str(e).splitlines()[-1])\n"
    )
    assert r.stdout == ("NameError ('TABLE' is a dict of the host script, which kernels do not get: a kernel module "
                        "holds the kernels, the functions and classes they use and int/float/str/bool constants; "
                        "pass the value as an argument or make it a device variable (define_on_device))\n")
