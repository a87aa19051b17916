"""The connection to the Node runtime process (``epython serve``).

One runtime process per Python process. Requests are frames with increasing ids;
a reader thread routes replies to the waiting callers, prints device output
(OUTPUT events) to ``sys.stdout``/``sys.stderr`` and runs completion callbacks
(DONE events). If the process dies, every waiting call raises
:class:`RuntimeExited` — nothing ever waits forever on a dead runtime.
"""

from __future__ import annotations

import io
import os
import shutil
import struct
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

from . import _wire
from ._wire import Msg


class ProtocolError(RuntimeError):
    """The runtime and this package disagree about the protocol (e.g. versions)."""


class RuntimeExited(RuntimeError):
    """The runtime process is gone (it died, or the bridge was shut down)."""


class KernelError(RuntimeError):
    """A kernel raised an exception on a device core.

    ``core`` is the failing core, ``kind`` the ePython exception name (e.g.
    ``ZeroDivisionError``), ``message`` its message, ``traceback`` a list of
    ``(file, line, function)`` and ``report`` the full ePython report.
    """

    def __init__(self, report: str, core: int, kind: str, message: str, traceback: List[Tuple[Any, ...]]) -> None:
        text = report if f"core {core}" in report else f"kernel failed on device core {core}:\n{report}"
        super().__init__(text)
        self.core = core
        self.kind = kind
        self.message = message
        self.traceback = traceback
        self.report = report


def find_runtime() -> List[str]:
    """The command that starts the runtime, without the ``serve`` word.

    Order: ``$EPYTHON_NODE_RUNTIME`` (a path to ``bin/epython.js``); the checkout
    this package sits in (``python/epython`` -> ``bin/epython.js``); the checkout it
    was pip-installed from; a checkout containing the current directory; an
    ``epython`` command on ``PATH`` (npm install).
    The Node binary is ``$EPYTHON_NODE`` or ``node`` on ``PATH``.
    """
    node = os.environ.get("EPYTHON_NODE") or shutil.which("node")
    override = os.environ.get("EPYTHON_NODE_RUNTIME")
    candidates: List[Path] = []
    if override:
        if not Path(override).is_file():
            raise FileNotFoundError(f"EPYTHON_NODE_RUNTIME={override} is not a file")
        candidates.append(Path(override))
    else:
        candidates.append(Path(__file__).resolve().parent.parent.parent / "bin" / "epython.js")
        try:  # an installed copy: the checkout it was installed from (setup.py writes it)
            from ._checkout import CHECKOUT  # type: ignore[import-not-found]
            candidates.append(Path(CHECKOUT) / "bin" / "epython.js")
        except ImportError:
            pass
        here = Path.cwd().resolve()
        for d in (here, *here.parents):
            candidates.append(d / "bin" / "epython.js")
    for c in candidates:
        if c.is_file() and (c.parent.parent / "package.json").is_file():
            if not (c.parent.parent / "dist" / "cli.js").is_file():
                raise FileNotFoundError(f"the ePython runtime at {c.parent.parent} is not built: run `npm run build` there")
            if not node:
                raise FileNotFoundError("node was not found on PATH (set EPYTHON_NODE to the Node.js binary)")
            return [node, str(c)]
    installed = shutil.which("epython")
    if installed:
        return [installed]
    raise FileNotFoundError(
        "cannot find the ePython runtime: set EPYTHON_NODE_RUNTIME to the repository's bin/epython.js")


class _Pending:
    """A reply to come. ``done`` is a plain lock held until the reply arrives (lighter
    than threading.Event, which a blocking launch would create twice)."""

    __slots__ = ("done", "ok", "body", "error")

    def __init__(self) -> None:
        self.done = threading.Lock()
        self.done.acquire()
        self.ok = False
        self.body: List[Any] = []
        self.error: Optional[BaseException] = None

    def set(self) -> None:
        self.done.release()

    def wait(self, timeout: float) -> bool:
        if self.done.acquire(timeout=timeout):
            self.done.release()  # later waits see it done too
            return True
        return False


def error_from_reply(kind: str, message: str, details: Dict[str, Any]) -> BaseException:
    """The Python exception an ERROR reply stands for."""
    if kind == "KernelError":
        tb = [tuple(t) for t in details.get("traceback", [])]
        pykind = str(details.get("kind", ""))
        if pykind == "NameError":
            from ._kernels import explain_name_error
            why = explain_name_error(str(details.get("message", "")))
            if why:
                message = f"{message}\n({why})"
        return KernelError(message, int(details.get("core", -1)), pykind, str(details.get("message", "")), tb)
    if kind in ("ProtocolError", "VersionError"):
        return ProtocolError(message)
    import builtins
    cls = getattr(builtins, kind, None)
    if isinstance(cls, type) and issubclass(cls, Exception):
        try:
            return cls(message)
        except Exception:  # exceptions with unusual constructors
            pass
    return RuntimeError(f"{kind}: {message}" if kind != "RuntimeError" else message)


class Runtime:
    """A started runtime process and its reader thread."""

    def __init__(self, command: List[str], on_done: Callable[[int, bool], None]) -> None:
        self._on_done = on_done
        self._write_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._pending: Dict[int, _Pending] = {}
        self._next_id = 1
        self._dead: Optional[str] = None
        #: Handles dropped without a wait: RELEASEd with the next request. (A __del__
        #: must not write frames itself: it can run at any allocation, even mid-send.)
        self.released: List[int] = []
        try:
            self.process = subprocess.Popen(command + ["serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                            bufsize=0)
        except OSError as e:
            raise RuntimeExited(f"cannot start the ePython runtime ({' '.join(command)}): {e}") from e
        # Buffered: the frames of one runtime write arrive with one system call.
        assert self.process.stdout is not None
        self._stdout = io.BufferedReader(self.process.stdout, buffer_size=1 << 16)  # type: ignore[type-var]
        self._reader = threading.Thread(target=self._read_loop, name="epython-runtime-reader", daemon=True)
        self._reader.start()
        try:
            (version, _name) = self.call(Msg.HELLO, (_wire.PROTOCOL_VERSION, "epython-py"))
            if version != _wire.PROTOCOL_VERSION:
                raise ProtocolError(f"protocol version mismatch: runtime {version}, package {_wire.PROTOCOL_VERSION}")
        except BaseException:
            self.close(timeout=2)
            raise

    @property
    def alive(self) -> bool:
        return self._dead is None

    def send(self, msg: int, body: Tuple[Any, ...] = (),
             register: Optional[Callable[[int], None]] = None) -> Tuple[int, "_Pending"]:
        """Sends a request; returns (id, pending reply). ``register(id)`` runs before the
        frame is written, so events about the request (DONE) always find what it set up."""
        with self._state_lock:
            if self._dead is not None:
                raise RuntimeExited(self._dead)
            ident = self._next_id
            self._next_id += 1
            pending = _Pending()
            self._pending[ident] = pending
        if register is not None:
            register(ident)
        frame = _wire.encode_frame(msg, ident, body)
        while self.released:
            frame = self._release_frame(self.released.pop()) + frame
        self._write(frame)
        return ident, pending

    def _release_frame(self, handle: int) -> bytes:
        with self._state_lock:
            ident = self._next_id
            self._next_id += 1  # no pending entry: the reply is dropped on arrival
        return _wire.encode_frame(Msg.RELEASE, ident, (handle,))

    def send_pair(self, first: Tuple[int, Tuple[Any, ...]], second: Callable[[int], Tuple[int, Tuple[Any, ...]]],
                  register: Optional[Callable[[int], None]] = None) -> Tuple[int, "_Pending", "_Pending"]:
        """Two requests in one write; ``second`` builds the second from the first's id
        (a WAIT right behind its LAUNCH: a blocking launch costs one round trip)."""
        with self._state_lock:
            if self._dead is not None:
                raise RuntimeExited(self._dead)
            a, b = self._next_id, self._next_id + 1
            self._next_id += 2
            pa, pb = _Pending(), _Pending()
            self._pending[a] = pa
            self._pending[b] = pb
        if register is not None:
            register(a)
        msg_b, body_b = second(a)
        frame = _wire.encode_frame(first[0], a, first[1]) + _wire.encode_frame(msg_b, b, body_b)
        while self.released:
            frame = self._release_frame(self.released.pop()) + frame
        self._write(frame)
        return a, pa, pb

    def _write(self, frame: bytes) -> None:
        try:
            with self._write_lock:
                assert self.process.stdin is not None
                self.process.stdin.write(frame)
        except (BrokenPipeError, OSError, ValueError):
            # A write can find the pipe closed before the reader thread sees the end:
            # the same reason, with the status, whichever side notices first.
            self._fail_all(self._exited("the ePython runtime process has exited"))

    def result(self, pending: _Pending, timeout: Optional[float] = None) -> List[Any]:
        """The OK body of a reply, or its error raised. Never waits on a dead runtime."""
        waited = 0.0
        while not pending.wait(0.25):
            waited += 0.25
            if timeout is not None and waited >= timeout:
                raise TimeoutError("the ePython runtime did not answer in time")
        if pending.error is not None:
            raise pending.error
        return pending.body

    def call(self, msg: int, body: Tuple[Any, ...] = (), timeout: Optional[float] = None) -> List[Any]:
        _, pending = self.send(msg, body)
        return self.result(pending, timeout)

    def _read_exact(self, n: int) -> Optional[bytes]:
        out = bytearray()
        stream = self._stdout
        while len(out) < n:
            chunk = stream.read(n - len(out))
            if not chunk:
                return None
            out += chunk
        return bytes(out)

    def _read_loop(self) -> None:
        reason = "the ePython runtime process has exited"
        try:
            while True:
                head = self._read_exact(4)
                if head is None:
                    break
                (n,) = struct.unpack("<I", head)
                if n > _wire.MAX_FRAME_BYTES:
                    reason = f"the ePython runtime sent a corrupt frame ({n} bytes)"
                    break
                payload = self._read_exact(n)
                if payload is None:
                    break
                msg, ident, body = _wire.decode_payload(payload)
                self._dispatch(msg, ident, body)
        except Exception as e:  # a decoding bug must not leave callers waiting
            reason = f"the connection to the ePython runtime failed: {e}"
        self._fail_all(self._exited(reason))

    def _exited(self, reason: str) -> str:
        """`reason`, with the process's exit status when it has one other than 0 (waits up to 2 s for it)."""
        code = self.process.poll()
        if code is None:
            try:
                code = self.process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                code = None
        return reason + f" (status {code})" if code not in (None, 0) else reason

    def _dispatch(self, msg: int, ident: int, body: List[Any]) -> None:
        if msg == Msg.OUTPUT:
            # The current sys.stdout (so redirection and capture see device output); if
            # it is gone (closed by the program), the process's own stream.
            for stream in ((sys.stdout, sys.__stdout__) if body[0] == 1 else (sys.stderr, sys.__stderr__)):
                try:
                    if stream is not None:
                        stream.write(body[1])
                        stream.flush()
                        break
                except (OSError, ValueError):
                    continue
            return
        if msg == Msg.DONE:
            self._on_done(int(body[0]), bool(body[1]))
            return
        with self._state_lock:
            pending = self._pending.pop(ident, None)
        if pending is None:
            if msg == Msg.ERROR:  # a stream-level error with no request to answer
                sys.stderr.write(f"epython: runtime error: {body[1] if len(body) > 1 else body}\n")
            return
        if msg == Msg.OK:
            pending.ok = True
            pending.body = body
        else:
            kind, message, details = (list(body) + ["RuntimeError", "unknown error", {}][len(body):])[:3]
            pending.error = error_from_reply(str(kind), str(message), details if isinstance(details, dict) else {})
        pending.set()

    def _fail_all(self, reason: str) -> None:
        with self._state_lock:
            if self._dead is None:
                self._dead = reason
            pending = list(self._pending.values())
            self._pending.clear()
        for p in pending:
            p.error = RuntimeExited(reason)
            p.set()

    def close(self, timeout: float = 5.0) -> None:
        """SHUTDOWN, then wait for the process (killing it if it does not exit)."""
        if self._dead is None:
            try:
                self.call(Msg.SHUTDOWN, (), timeout=timeout)
            except Exception:
                pass
        self._fail_all("the ePython runtime has been shut down")
        try:
            if self.process.stdin:
                self.process.stdin.close()
        except OSError:
            pass
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
