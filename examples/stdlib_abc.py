# More standard modules: contextlib, collections.abc, types, numbers, warnings,
# pprint, string.Template and typing.NamedTuple.
# epython-cpython: same
import io
import warnings
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout
from collections.abc import Mapping, Sequence, Iterable
from types import SimpleNamespace
from numbers import Real
from pprint import pformat
from string import Template
from typing import NamedTuple


@contextmanager
def section(name):
    print("begin", name)
    try:
        yield name.upper()
    finally:
        print("end", name)


with section("setup") as title, suppress(KeyError):
    print("in", title)
    {}["missing"]

with ExitStack() as stack:
    for n in ("a", "b"):
        stack.enter_context(section(n))
    stack.callback(print, "callbacks run first, in reverse")

captured = io.StringIO()
with redirect_stdout(captured):
    print("this goes to the buffer")
print("captured:", repr(captured.getvalue()))


class Grid(Sequence):
    # A read-only sequence: __getitem__ and __len__; the rest comes from Sequence.
    def __init__(self, cells):
        self.cells = cells

    def __getitem__(self, i):
        return self.cells[i]

    def __len__(self):
        return len(self.cells)


g = Grid([3, 1, 4, 1, 5])
print(4 in g, g.index(1), g.count(1), list(reversed(g)))
print(isinstance(g, Iterable), isinstance({}, Mapping), isinstance([], Mapping))
print([isinstance(x, Real) for x in (1, 2.5, 1j, True)])

cfg = SimpleNamespace(width=40, mode="fast")
print(cfg)


class Reading(NamedTuple):
    sensor: str
    value: float
    unit: str = "C"


readings = [Reading("core%d" % i, 20.5 + i) for i in range(4)]
print(readings[0], readings[1]._asdict())
print(pformat({"readings": readings, "config": vars(cfg)}, width=60))
print(Template("$sensor reads ${value}$unit").substitute(readings[2]._asdict()))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("calibration is old")
print([str(w.message) for w in caught])
