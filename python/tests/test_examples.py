"""The examples under examples/offload print exactly their .expected output."""

import os
import subprocess
import sys

import pytest

from conftest import PYTHON_DIR, REPO

EXAMPLES = sorted((REPO / "examples" / "offload").glob("*.py"))

#: Arguments the test gives an example (its stdout does not depend on them).
ARGS = {"stream_numpy.py": ["400000"]}


def test_every_example_has_expected_output():
    assert EXAMPLES, "no examples found"
    for ex in EXAMPLES:
        assert ex.with_suffix(".expected").is_file(), f"{ex.name} has no .expected file"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_output(example):
    # seed=7: the random-based examples (pi) print the same every run.
    env = {**os.environ, "PYTHONPATH": str(PYTHON_DIR), "EPYTHON_OPTIONS": "seed=7"}
    r = subprocess.run([sys.executable, str(example), *ARGS.get(example.name, [])], capture_output=True, text=True, timeout=300, env=env,
                       cwd=example.parent)
    assert r.returncode == 0, r.stderr
    assert r.stdout == example.with_suffix(".expected").read_text()


def test_fifty_million_elements_stream_through_sixteen_small_cores():
    """The issue's claim: 16 cores of 32 KB walk a 50-million-element float32 array
    held by the CPython host (200 MB), in place, with and without prefetch."""
    example = REPO / "examples" / "offload" / "stream_numpy.py"
    env = {**os.environ, "PYTHONPATH": str(PYTHON_DIR)}
    env.pop("EPYTHON_OPTIONS", None)
    r = subprocess.run([sys.executable, str(example), "50000000"], capture_output=True, text=True, timeout=600,
                       env=env, cwd=example.parent)
    assert r.returncode == 0, r.stderr
    assert r.stdout == example.with_suffix(".expected").read_text()
    assert "50000000 elements (200 MB)" in r.stderr
