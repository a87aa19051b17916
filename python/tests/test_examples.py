"""The examples under examples/offload print exactly their .expected output."""

import os
import subprocess
import sys

import pytest

from conftest import PYTHON_DIR, REPO

EXAMPLES = sorted((REPO / "examples" / "offload").glob("*.py"))


def test_every_example_has_expected_output():
    assert EXAMPLES, "no examples found"
    for ex in EXAMPLES:
        assert ex.with_suffix(".expected").is_file(), f"{ex.name} has no .expected file"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_output(example):
    # seed=7: the random-based examples (pi) print the same every run.
    env = {**os.environ, "PYTHONPATH": str(PYTHON_DIR), "EPYTHON_OPTIONS": "seed=7"}
    r = subprocess.run([sys.executable, str(example)], capture_output=True, text=True, timeout=300, env=env,
                       cwd=example.parent)
    assert r.returncode == 0, r.stderr
    assert r.stdout == example.with_suffix(".expected").read_text()
