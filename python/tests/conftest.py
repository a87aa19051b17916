"""pytest setup: the package is imported from the checkout (``python/``), and the
runtime is the checkout's ``bin/epython.js`` (built by ``npm run build``)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PYTHON_DIR = Path(__file__).resolve().parent.parent
REPO = PYTHON_DIR.parent
if str(PYTHON_DIR) not in sys.path:
    sys.path.insert(0, str(PYTHON_DIR))


def run_script(path: Path, code: str, *, env=None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Writes ``code`` to ``path`` (kernels need a source file) and runs it in a fresh
    interpreter with the package on its path."""
    path.write_text(code)
    full_env = {**os.environ, "PYTHONPATH": str(PYTHON_DIR), **(env or {})}
    full_env.pop("EPYTHON_OPTIONS", None) if not env or "EPYTHON_OPTIONS" not in env else None
    return subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=timeout,
                          env=full_env, cwd=REPO)


@pytest.fixture
def script(tmp_path):
    """``script(code, env=..., timeout=...)`` runs code as tmp_path/prog.py."""
    return lambda code, **kw: run_script(tmp_path / "prog.py", code, **kw)
