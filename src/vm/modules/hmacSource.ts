// The `hmac` module (Python 3 dialect): CPython 3.11's Lib/hmac.py as a library module
// written in ePython (PSF licence, as CPython's), on the `hashlib` digests: HMAC (new,
// update, copy, digest, hexdigest, name, digest_size, block_size), new, digest, and
// compare_digest (CPython's _operator._compare_digest, written out; `secrets` takes it
// from here, as CPython's does). CPython runs a named digest through OpenSSL's HMAC
// and falls back to this code, its pure-Python one, for others: both give the same
// MACs. Docstrings left out.

export const HMAC_SOURCE = String.raw`# hmac: library module of ePython-TS (see src/vm/modules/hmacSource.ts)
import warnings as _warnings


def _bytes_like(x):
    return isinstance(x, (bytes, bytearray, memoryview))


# CPython's _operator._compare_digest written out: it compares every byte whatever
# the first difference, with CPython's TypeErrors.
def compare_digest(a, b):
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        if not _bytes_like(a) and not _bytes_like(b):
            raise TypeError("unsupported operand types(s) or combination of types: '" +
                            type(a).__name__ + "' and '" + type(b).__name__ + "'")
        for x in (a, b):
            if not _bytes_like(x):
                raise TypeError("a bytes-like object is required, not '" + type(x).__name__ + "'")
        a = bytes(a)
        b = bytes(b)
    # Every byte is compared, whatever the first difference (CPython's _tscmp).
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for i in range(len(a)):
        result |= a[i] ^ b[i]
    return result == 0


import hashlib as _hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying
# hashing module used.  Use digest_size from the instance of HMAC instead.
digest_size = None


# The digest's constructor, as CPython's _init_old and digest() each choose it: the
# callable given, hashlib.new of a name, or a module's new().
def _digest_constructor(digestmod):
    if callable(digestmod):
        return digestmod
    elif isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    else:
        return lambda d=b'': digestmod.new(d)


class HMAC:
    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    __slots__ = (
        "_hmac", "_inner", "_outer", "block_size", "digest_size"
    )

    def __init__(self, key, msg=None, digestmod=''):

        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)

        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")

        self._init_old(key, msg, digestmod)

    def _init_old(self, key, msg, digestmod):
        digest_cons = _digest_constructor(digestmod)

        self._hmac = None
        self._outer = digest_cons()
        self._inner = digest_cons()
        self.digest_size = self._inner.digest_size

        if hasattr(self._inner, 'block_size'):
            blocksize = self._inner.block_size
            if blocksize < 16:
                _warnings.warn('block_size of %d seems too small; using our '
                               'default of %d.' % (blocksize, self.blocksize),
                               RuntimeWarning, 2)
                blocksize = self.blocksize
        else:
            _warnings.warn('No block_size attribute on given digest object; '
                           'Assuming %d.' % (self.blocksize),
                           RuntimeWarning, 2)
            blocksize = self.blocksize

        if len(key) > blocksize:
            key = digest_cons(key).digest()

        # self.blocksize is the default blocksize. self.block_size is
        # effective block size as well as the public API attribute.
        self.block_size = blocksize

        key = key.ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        if self._hmac:
            return self._hmac.name
        else:
            return f"hmac-{self._inner.name}"

    def update(self, msg):
        inst = self._hmac or self._inner
        inst.update(msg)

    def copy(self):
        # Call __new__ directly to avoid the expensive __init__.
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        if self._hmac:
            other._hmac = self._hmac.copy()
            other._inner = other._outer = None
        else:
            other._hmac = None
            other._inner = self._inner.copy()
            other._outer = self._outer.copy()
        return other

    def _current(self):
        if self._hmac:
            return self._hmac
        else:
            h = self._outer.copy()
            h.update(self._inner.digest())
            return h

    def digest(self):
        h = self._current()
        return h.digest()

    def hexdigest(self):
        h = self._current()
        return h.hexdigest()

def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    digest_cons = _digest_constructor(digest)

    inner = digest_cons()
    outer = digest_cons()
    blocksize = getattr(inner, 'block_size', 64)
    if len(key) > blocksize:
        key = digest_cons(key).digest()
    key = key + b'\x00' * (blocksize - len(key))
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
`;
