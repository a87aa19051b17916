"""The bridge protocol's byte level (docs/protocol.md), mirroring src/host/server/wire.ts.

A frame is ``u32 length (LE) | u8 type | u32 id | values...``; ``length`` counts the
bytes after itself. Values are tagged (see ``Tag``). ``PROTOCOL_VERSION`` must equal
the runtime's: the HELLO handshake rejects a mismatch.
"""

from __future__ import annotations

import array as _array
import struct
import sys
from dataclasses import dataclass
from typing import Any, Dict, List, Tuple, Union

PROTOCOL_VERSION = 1
MAX_FRAME_BYTES = 1 << 30


class Msg:
    HELLO = 0x01
    OPEN = 0x02
    LOAD = 0x03
    LAUNCH = 0x04
    WAIT = 0x05
    WAIT_ANY = 0x06
    TEST = 0x07
    DEFINE = 0x08
    COPY_TO = 0x09
    COPY_FROM = 0x0A
    STATS = 0x0B
    RELEASE = 0x0C
    SHUTDOWN = 0x0F
    OK = 0x80
    ERROR = 0x81
    OUTPUT = 0xC0
    DONE = 0xC1


class Tag:
    NONE = 0x00
    FALSE = 0x01
    TRUE = 0x02
    INT = 0x03
    BIGINT = 0x04
    FLOAT = 0x05
    STR = 0x06
    LIST = 0x07
    TUPLE = 0x08
    MAP = 0x09
    ARRAY_REF = 0x0A
    # Packed lists: the same meaning as LIST. Every list of two or more floats, or of
    # two or more ints in the int32 range, is sent so (far faster to decode).
    FLOAT_LIST = 0x0B
    INT32_LIST = 0x0C


ELEMENT_CODES = ("int32", "float32", "float64")
KIND_CODES = ("host", "shared", "device")


@dataclass(frozen=True)
class ArrayRef:
    """An array in a POSIX shared-memory segment, used in place by kernels."""

    shm: str
    byte_offset: int
    length: int
    type: str  # one of ELEMENT_CODES
    kind: str  # one of KIND_CODES
    prefetch: int = 0


class WireError(Exception):
    """A malformed frame."""


_INT32_MIN = -(2**31)
_INT32_MAX = 2**31 - 1
_LITTLE = sys.byteorder == "little"


def _packed(code: str, values: List[Any]) -> bytes:
    a = _array.array(code, values)
    if not _LITTLE:
        a.byteswap()
    return a.tobytes()


def _unpacked(code: str, data: bytes) -> List[Any]:
    a = _array.array(code)
    a.frombytes(data)
    if not _LITTLE:
        a.byteswap()
    return a.tolist()


_I64_MIN = -(2**63)
_I64_MAX = 2**63 - 1


def _str(out: bytearray, s: str) -> None:
    b = s.encode("utf-8")
    out += struct.pack("<I", len(b))
    out += b


def encode_value(out: bytearray, v: Any) -> None:
    """Appends the tagged encoding of ``v``; raises TypeError for unsupported values."""
    if v is None:
        out.append(Tag.NONE)
    elif v is True:
        out.append(Tag.TRUE)
    elif v is False:
        out.append(Tag.FALSE)
    elif isinstance(v, int):
        if _I64_MIN <= v <= _I64_MAX:
            out.append(Tag.INT)
            out += struct.pack("<q", v)
        else:
            out.append(Tag.BIGINT)
            _str(out, str(v))
    elif isinstance(v, float):
        out.append(Tag.FLOAT)
        out += struct.pack("<d", v)
    elif isinstance(v, str):
        out.append(Tag.STR)
        _str(out, v)
    elif isinstance(v, list) and len(v) >= 2 and all(type(x) is float for x in v):
        out.append(Tag.FLOAT_LIST)
        out += struct.pack("<I", len(v))
        out += _packed("d", v)
    elif (isinstance(v, list) and len(v) >= 2 and all(type(x) is int for x in v)
          and _INT32_MIN <= min(v) and max(v) <= _INT32_MAX):
        out.append(Tag.INT32_LIST)
        out += struct.pack("<I", len(v))
        out += _packed("i", v)
    elif isinstance(v, list):
        out.append(Tag.LIST)
        out += struct.pack("<I", len(v))
        for x in v:
            encode_value(out, x)
    elif isinstance(v, tuple):
        out.append(Tag.TUPLE)
        out += struct.pack("<I", len(v))
        for x in v:
            encode_value(out, x)
    elif isinstance(v, dict):
        out.append(Tag.MAP)
        out += struct.pack("<I", len(v))
        for k, x in v.items():
            _str(out, str(k))
            encode_value(out, x)
    elif isinstance(v, ArrayRef):
        out.append(Tag.ARRAY_REF)
        _str(out, v.shm)
        out += struct.pack("<QQBBI", v.byte_offset, v.length, ELEMENT_CODES.index(v.type),
                           KIND_CODES.index(v.kind), v.prefetch)
    else:
        raise TypeError(f"cannot encode {type(v).__name__}")


def encode_frame(msg: int, ident: int, body: Tuple[Any, ...] = ()) -> bytes:
    out = bytearray(struct.pack("<IBI", 0, msg, ident))
    for v in body:
        encode_value(out, v)
    struct.pack_into("<I", out, 0, len(out) - 4)
    return bytes(out)


class _Reader:
    def __init__(self, buf: bytes) -> None:
        self.buf = buf
        self.pos = 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.buf):
            raise WireError("truncated value in frame")
        b = self.buf[self.pos:self.pos + n]
        self.pos += n
        return b

    def unpack(self, fmt: str) -> Tuple[Any, ...]:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))

    def str(self) -> str:
        (n,) = self.unpack("<I")
        return self.take(n).decode("utf-8")

    def value(self, depth: int = 0) -> Any:
        if depth > 100:
            raise WireError("values nested too deeply")
        (tag,) = self.unpack("<B")
        if tag == Tag.NONE:
            return None
        if tag == Tag.FALSE:
            return False
        if tag == Tag.TRUE:
            return True
        if tag == Tag.INT:
            return self.unpack("<q")[0]
        if tag == Tag.BIGINT:
            return int(self.str())
        if tag == Tag.FLOAT:
            return self.unpack("<d")[0]
        if tag == Tag.STR:
            return self.str()
        if tag in (Tag.LIST, Tag.TUPLE):
            (n,) = self.unpack("<I")
            items = [self.value(depth + 1) for _ in range(n)]
            return items if tag == Tag.LIST else tuple(items)
        if tag in (Tag.FLOAT_LIST, Tag.INT32_LIST):
            (n,) = self.unpack("<I")
            code, size = ("d", 8) if tag == Tag.FLOAT_LIST else ("i", 4)
            return _unpacked(code, self.take(n * size))
        if tag == Tag.MAP:
            (n,) = self.unpack("<I")
            m = {}
            for _ in range(n):
                k = self.str()
                m[k] = self.value(depth + 1)
            return m
        if tag == Tag.ARRAY_REF:
            shm = self.str()
            off, length, t, k, pre = self.unpack("<QQBBI")
            return ArrayRef(shm, off, length, ELEMENT_CODES[t], KIND_CODES[k], pre)
        raise WireError(f"unknown value tag 0x{tag:02x}")


def decode_payload(payload: bytes) -> Tuple[int, int, List[Any]]:
    """(type, id, body values) of one frame's payload (the bytes after the length)."""
    if len(payload) < 5:
        raise WireError("frame shorter than its header")
    msg, ident = struct.unpack_from("<BI", payload, 0)
    r = _Reader(payload)
    r.pos = 5
    body = []
    while r.pos < len(payload):
        body.append(r.value())
    return msg, ident, body


WireValue = Union[None, bool, int, float, str, List[Any], Tuple[Any, ...], Dict[str, Any], ArrayRef]
