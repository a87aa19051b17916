"""Arrays passed to kernels by reference, memory kinds, and argument marshalling.

Kernels use array arguments *in place*: the elements live in POSIX shared memory
(``multiprocessing.shared_memory``) and the runtime reads and writes just the
ranges the cores touch. Arrays allocated with a memory kind (``memkind.Host(...)``)
live there from the start; a NumPy array, ``array.array`` or list of numbers is
copied into a segment for the call and copied back into the caller's object when
the kernel completes.
"""

from __future__ import annotations

import array as _array
import struct
from multiprocessing import shared_memory
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple, Union

from ._wire import ArrayRef

try:  # NumPy is optional
    import numpy as _np
except ImportError:  # pragma: no cover - exercised only without numpy
    _np = None  # type: ignore[assignment]

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1


#: The largest array a kernel can index (the device's int is 32-bit).
MAX_ELEMENTS = 2**31 - 1

class ElementType:
    """An element type of arrays kernels use in place."""

    def __init__(self, name: str, struct_code: str, itemsize: int) -> None:
        self.name = name
        self.struct_code = struct_code
        self.itemsize = itemsize

    def __repr__(self) -> str:
        return f"types.{self.name}"


class types:  # noqa: N801 - the original's spelling
    """Element types: ``types.int`` (int32), ``types.float`` (float32, the device's
    float), ``types.double`` (float64), and the explicit ``int32``/``float32``/``float64``."""

    int32 = ElementType("int32", "i", 4)
    float32 = ElementType("float32", "f", 4)
    float64 = ElementType("float64", "d", 8)
    int = int32
    float = float32
    double = float64


_BY_NAME = {t.name: t for t in (types.int32, types.float32, types.float64)}


def float32_repr_value(x: float) -> float:
    """The double nearest the shortest decimal that identifies the float32 ``x``
    (so a device 0.1 reads back as 0.1, not 0.10000000149011612)."""
    if x != x or x in (float("inf"), float("-inf")):
        return x
    f32: float = struct.unpack("<f", struct.pack("<f", x))[0]
    for digits in range(1, 10):
        text = f"{f32:.{digits}g}"
        if struct.unpack("<f", struct.pack("<f", float(text)))[0] == f32:
            return float(text)
    return f32


class SharedArray:
    """A one-dimensional array in shared memory, allocated by a memory kind.

    Kernels use it in place (no copy). It supports ``len``, indexing (with
    negative indexes and slices), iteration, ``tolist()`` and, with NumPy,
    ``numpy()`` (a view sharing the memory) and ``numpy.asarray(a)``.
    """

    def __init__(self, kind: str, etype: ElementType, length: int, prefetch: int = 0) -> None:
        if not isinstance(length, int) or isinstance(length, bool) or length < 0:
            raise ValueError(f"array length must be a non-negative int, not {length!r}")
        if length > MAX_ELEMENTS:
            # The device indexes with its 32-bit int: refuse before allocating anything.
            raise ValueError(f"a memkind array has at most {MAX_ELEMENTS} elements (the device's int range), not {length}")
        if not isinstance(etype, ElementType):
            raise TypeError(f"element type must be one of epython.types (int, float, double), not {etype!r}")
        self.kind = kind
        self.type = etype
        self.prefetch = _check_prefetch(prefetch)
        self._shm = shared_memory.SharedMemory(create=True, size=max(1, length * etype.itemsize))
        _registry.append(self)
        self._length = length
        self._view = _cast(_buffer(self._shm), etype.struct_code)[:length] if length else memoryview(b"")

    # -- sequence protocol ------------------------------------------------------
    def __len__(self) -> int:
        return self._length

    def __getitem__(self, i: Union[int, slice]) -> Any:
        if isinstance(i, slice):
            return [self._view[k] for k in range(*i.indices(self._length))]
        return self._view[self._index(i)]

    def __setitem__(self, i: Union[int, slice], v: Any) -> None:
        if isinstance(i, slice):
            idx = range(*i.indices(self._length))
            values = list(v)
            if len(values) != len(idx):
                raise ValueError(f"cannot assign {len(values)} values to a slice of {len(idx)}")
            for k, x in zip(idx, values):
                self._view[k] = self._convert(x)
            return
        self._view[self._index(i)] = self._convert(v)

    def __iter__(self) -> Iterator[Any]:
        return (self._view[k] for k in range(self._length))

    def __repr__(self) -> str:
        return f"memkind.{self.kind.capitalize()}({self.type!r}, {self._length})"

    def tolist(self) -> List[Any]:
        return list(self._view)

    def numpy(self) -> Any:
        """A NumPy view of the same memory (writes through)."""
        if _np is None:
            raise ImportError("numpy is not installed")
        return _np.frombuffer(_buffer(self._shm), dtype=self.type.name, count=self._length)

    def __array__(self, dtype: Any = None, copy: Any = None) -> Any:
        a = self.numpy()
        return a if dtype is None else a.astype(dtype)

    def _index(self, i: int) -> int:
        if not isinstance(i, int):
            raise TypeError(f"array indices must be integers, not {type(i).__name__}")
        k = i + self._length if i < 0 else i
        if not 0 <= k < self._length:
            raise IndexError("array index out of range")
        return k

    def _convert(self, v: Any) -> Any:
        if self.type is types.int32:
            if isinstance(v, float):
                raise TypeError("integer argument expected, got float")
            return int(v)
        return float(v)

    # -- bridge -----------------------------------------------------------------
    def reference(self, prefetch: Optional[int] = None) -> ArrayRef:
        return ArrayRef(self._shm.name, 0, self._length, self.type.name, self.kind,
                        self.prefetch if prefetch is None else prefetch)

    def contains_address(self, address: int, nbytes: int) -> Optional[int]:
        """The byte offset of [address, address+nbytes) in this array's memory, if inside."""
        if _np is None:
            return None
        base: Optional[int] = self.numpy().__array_interface__["data"][0] if self._length else None
        if base is None or not (base <= address and address + nbytes <= base + self._length * self.type.itemsize):
            return None
        return address - base

    def release(self) -> None:
        """Frees the shared memory (the array is unusable afterwards)."""
        try:
            self._view.release()
        except Exception:
            pass
        _close_segment(self._shm, unlink=True)


def _buffer(shm: shared_memory.SharedMemory) -> memoryview:
    """The segment's bytes (typeshed makes SharedMemory.buf optional; it is set while open)."""
    buf = shm.buf
    assert buf is not None, "shared memory segment already closed"
    return buf


def _cast(buf: memoryview, code: str) -> memoryview:
    """``buf.cast(code)`` for an element type's struct code ('i', 'f' or 'd')."""
    return buf.cast(code)  # type: ignore[call-overload, no-any-return]


def _close_segment(shm: shared_memory.SharedMemory, unlink: bool) -> None:
    try:
        shm.close()
    except BufferError:
        # A NumPy view (SharedArray.numpy()) still exports the buffer: the mapping
        # stays until the process ends, and SharedMemory.__del__ must not retry (it
        # would print an ignored BufferError at exit).
        shm.close = lambda: None  # type: ignore[method-assign]
    if unlink:
        try:
            shm.unlink()
        except FileNotFoundError:
            pass


def _check_prefetch(p: Any) -> int:
    if not isinstance(p, int) or isinstance(p, bool) or p < 0 or p > 2**31:
        raise ValueError(f"prefetch must be a non-negative int (lines ahead), not {p!r}")
    return p


#: Every memory-kind array of this process: unlinked at exit.
_registry: List[SharedArray] = []


def release_all() -> None:
    while _registry:
        _registry.pop().release()


def _kind(kind: str, doc: str) -> Callable[..., SharedArray]:
    def make(etype: ElementType, length: int, prefetch: int = 0) -> SharedArray:
        return SharedArray(kind, etype, length, prefetch)
    make.__name__ = kind.capitalize()
    make.__doc__ = doc
    return make


class memkind:  # noqa: N801 - the published spelling
    """Memory kinds: where an array's elements live, as kernels see them.

    ``memkind.Host(types.int, n)``: host memory, any size (kernels fetch lines on use).
    ``memkind.Shared(types.float, n)``: the device's shared memory (counted against it).
    ``memkind.Device(types.double, n)``: copied into each core's local memory at launch
    (counted against the core's budget; private per core, never written back).
    ``prefetch=k`` asks kernels to fetch k lines ahead of use.
    """

    Host = staticmethod(_kind("host", "An array in host memory, used in place by kernels."))
    Shared = staticmethod(_kind("shared", "An array in the device's shared memory."))
    Device = staticmethod(_kind("device", "An array copied into each core's local memory at launch."))


class Reference:
    """An argument with explicit reference options: ``epython.reference(a, prefetch=4)``."""

    def __init__(self, data: Any, kind: Optional[str] = None, prefetch: int = 0) -> None:
        if kind is not None and kind not in ("host", "shared", "device"):
            raise ValueError(f"kind must be 'host', 'shared' or 'device', not {kind!r}")
        self.data = data
        self.kind = kind
        self.prefetch = _check_prefetch(prefetch)


class CallScope:
    """The temporary segments of one launch and how to copy them back."""

    def __init__(self, float32_device: bool) -> None:
        self.float32_device = float32_device
        self._copy_back: List[Callable[[], None]] = []
        self._segments: List[shared_memory.SharedMemory] = []
        #: id(argument) -> (argument, its reference): an object passed twice is copied
        #: once and is one reference (the kernel's two names see each other's writes).
        self.references: Dict[int, Tuple[Any, ArrayRef]] = {}

    def segment(self, nbytes: int) -> shared_memory.SharedMemory:
        shm = shared_memory.SharedMemory(create=True, size=max(1, nbytes))
        self._segments.append(shm)
        return shm

    def on_complete(self, fn: Callable[[], None]) -> None:
        self._copy_back.append(fn)

    def finish(self, completed: bool) -> None:
        """Copies results back (when the kernel completed) and frees the segments."""
        try:
            if completed:
                for fn in self._copy_back:
                    fn()
        finally:
            self._copy_back.clear()
            for shm in self._segments:
                _close_segment(shm, unlink=True)
            self._segments.clear()


_SUPPORTED = "None, bool, int, float, str, list, tuple, array.array, NumPy arrays and memkind arrays"
_ARRAY_CODES = {"f": types.float32, "d": types.float64}


def _array_type(a: "_array.array[Any]") -> ElementType:
    if a.typecode in _ARRAY_CODES:
        return _ARRAY_CODES[a.typecode]
    if a.typecode in ("i", "l") and a.itemsize == 4:
        return types.int32
    raise TypeError(f"array.array('{a.typecode}') cannot be passed to a kernel: use 'f', 'd' or 'i' "
                    f"(4-byte ints; 64-bit ints are not a device type)")


def _numpy_type(a: Any) -> ElementType:
    name = str(a.dtype)
    if name in _BY_NAME:
        return _BY_NAME[name]
    raise TypeError(f"a NumPy array of dtype {name} cannot be passed to a kernel: use float32, float64 or "
                    f"int32 (e.g. a.astype(numpy.int32))")


def marshal(v: Any, scope: Optional[CallScope], kind: str = "host", prefetch: int = 0, top: bool = True) -> Any:
    """A kernel argument as a wire value.

    With a ``scope`` (kernel arguments), arrays and top-level lists of numbers are
    passed by reference; without one (device-resident variables), by value.
    """
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, Reference):
        return marshal(v.data, scope, v.kind or kind, v.prefetch, top)
    if isinstance(v, SharedArray):
        if scope is None:
            return v.tolist()
        return v.reference(prefetch or None)
    if isinstance(v, _array.array):
        etype = _array_type(v)
        if scope is None or not top:
            return v.tolist()
        return _once(scope, v, lambda: _by_reference_buffer(v, etype, scope, kind, prefetch,
                                                             copy_back=lambda seg: _copy_array_back(v, seg, etype)))
    if _np is not None and isinstance(v, _np.ndarray):
        if scope is None or not top:
            return v.tolist()
        return _once(scope, v, lambda: _numpy_reference(v, scope, kind, prefetch))
    if _np is not None and isinstance(v, _np.generic):
        return v.item()
    if isinstance(v, list):
        if scope is not None and top and v and all(type(x) in (int, float) for x in v):
            return _once(scope, v, lambda: _list_reference(v, scope, kind, prefetch))
        return [marshal(x, scope, kind, prefetch, False) for x in v]
    if isinstance(v, tuple):
        return tuple(marshal(x, scope, kind, prefetch, False) for x in v)
    name = type(v).__name__
    article = "an" if name[:1].lower() in "aeiou" else "a"
    raise TypeError(f"cannot pass {article} {name} to a kernel (supported: {_SUPPORTED})")


def _once(scope: CallScope, v: Any, make: Callable[[], ArrayRef]) -> ArrayRef:
    """The reference of ``v`` in this call, made (copied in) the first time only."""
    known = scope.references.get(id(v))
    if known is not None and known[0] is v:
        return known[1]
    ref = make()
    scope.references[id(v)] = (v, ref)
    return ref


def _by_reference_buffer(v: Any, etype: ElementType, scope: CallScope, kind: str, prefetch: int,
                         copy_back: Callable[[shared_memory.SharedMemory], None]) -> ArrayRef:
    data = memoryview(v).cast("B")
    seg = scope.segment(len(data))
    _buffer(seg)[:len(data)] = data
    if kind != "device":  # device-kind copies are private to the cores: nothing comes back
        scope.on_complete(lambda: copy_back(seg))
    return ArrayRef(seg.name, 0, len(v), etype.name, kind, prefetch)


def _copy_array_back(a: "_array.array[Any]", seg: shared_memory.SharedMemory, etype: ElementType) -> None:
    n = len(a) * etype.itemsize
    memoryview(a).cast("B")[:] = _buffer(seg)[:n]


def _numpy_reference(a: Any, scope: CallScope, kind: str, prefetch: int) -> ArrayRef:
    etype = _numpy_type(a)
    if a.flags["C_CONTIGUOUS"] and a.size:
        address = a.__array_interface__["data"][0]
        for owner in _registry:
            offset = owner.contains_address(address, a.nbytes)
            if offset is not None and owner.type is etype:
                return ArrayRef(owner.reference().shm, offset, a.size, etype.name, kind if kind != "host" else owner.kind,
                                prefetch or owner.prefetch)
    flat = _np.ascontiguousarray(a).reshape(-1)
    seg = scope.segment(flat.nbytes)
    _np.frombuffer(_buffer(seg), dtype=etype.name, count=flat.size)[:] = flat

    def back() -> None:
        # A fresh view each time: no NumPy export outlives the call, so the segment can close.
        a[...] = _np.frombuffer(_buffer(seg), dtype=etype.name, count=flat.size).reshape(a.shape)

    if kind != "device":
        scope.on_complete(back)
    return ArrayRef(seg.name, 0, flat.size, etype.name, kind, prefetch)


def _list_reference(items: List[Any], scope: CallScope, kind: str, prefetch: int) -> ArrayRef:
    if all(type(x) is int for x in items):
        for x in items:
            if not INT32_MIN <= x <= INT32_MAX:
                raise OverflowError(f"int {x} in a list argument does not fit the device's 32-bit int")
        etype = types.int32
    else:
        etype = types.float64
    buf = _array.array(etype.struct_code, items)
    original = list(items)

    def back(seg: shared_memory.SharedMemory) -> None:
        values: List[Any] = _cast(_buffer(seg), etype.struct_code)[:len(items)].tolist()
        if etype is types.float64 and scope.float32_device:
            # Elements the device wrote hold float32 values: give them their printed value.
            values = [o if x == o else float32_repr_value(x) for x, o in zip(values, original)]
        items[:] = values

    return _by_reference_buffer(buf, etype, scope, kind, prefetch, copy_back=back)


__all__: Sequence[str] = ("types", "memkind", "SharedArray", "Reference", "marshal", "CallScope",
                          "float32_repr_value", "release_all")
