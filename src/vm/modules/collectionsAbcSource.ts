// The `collections.abc` module (Python 3 dialect): a library module written in ePython,
// imported as `import collections.abc`, `from collections import abc` or
// `from collections.abc import Mapping` (a submodule of the library package
// `collections`, library.ts).
//
// The classes are CPython 3.11's _collections_abc.py with its docstrings, __slots__
// and ABCMeta machinery removed: a user class deriving from Sequence (defining
// `__getitem__` and `__len__`) gets `__contains__`, `__iter__`, `__reversed__`,
// `index` and `count`; Mapping gives `get`, `keys`, `items`, `values`, `__contains__`,
// `__eq__`; MutableMapping adds `pop`, `popitem`, `clear`, `update`, `setdefault`;
// Set/MutableSet the comparisons and operators; MutableSequence `append`, `extend`,
// `pop`, `remove`, `reverse`, `clear`, `+=`. Abstract methods are abc.abstractmethod,
// so an incomplete subclass cannot be instantiated (abc.ts). isinstance/issubclass on
// built-in values, the one-method ABCs' structural checks and `register()` are
// collectionsAbc.ts. `Sequence[int]` (any subscription) is the class itself: generic
// parameters are not kept.
//
// Sizes: the module's 21 classes and their functions are charged as the program's
// own when it imports the module (about 8 KB); a MappingView (keys(), items(),
// values() of a user Mapping) is an instance of one attribute (24 B).
// Not provided: the async ABCs (AsyncIterable, AsyncIterator, AsyncGenerator,
// Coroutine), Buffer.

export const COLLECTIONS_ABC_SOURCE = `# collections.abc: library module of ePython-TS (see src/vm/modules/collectionsAbcSource.ts)
import sys
from abc import ABC, abstractmethod
from _collections_abc import _mark, _register


class Hashable(ABC):

    @classmethod
    def register(cls, subclass):
        return _register(cls, subclass)

    def __class_getitem__(cls, params):
        return cls

    @abstractmethod
    def __hash__(self):
        return 0


_mark(Hashable, 'Hashable')


class Awaitable(ABC):

    @classmethod
    def register(cls, subclass):
        return _register(cls, subclass)

    def __class_getitem__(cls, params):
        return cls

    @abstractmethod
    def __await__(self):
        yield


_mark(Awaitable, 'Awaitable')


class Iterable(ABC):

    @classmethod
    def register(cls, subclass):
        return _register(cls, subclass)

    def __class_getitem__(cls, params):
        return cls

    @abstractmethod
    def __iter__(self):
        while False:
            yield None


_mark(Iterable, 'Iterable')


class Iterator(Iterable):

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


_mark(Iterator, 'Iterator')


class Reversible(Iterable):

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


_mark(Reversible, 'Reversible')


class Generator(Iterator):

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('generator ignored GeneratorExit')


_mark(Generator, 'Generator')


class Sized(ABC):

    @classmethod
    def register(cls, subclass):
        return _register(cls, subclass)

    def __class_getitem__(cls, params):
        return cls

    @abstractmethod
    def __len__(self):
        return 0


_mark(Sized, 'Sized')


class Container(ABC):

    @classmethod
    def register(cls, subclass):
        return _register(cls, subclass)

    def __class_getitem__(cls, params):
        return cls

    @abstractmethod
    def __contains__(self, x):
        return False


_mark(Container, 'Container')


class Collection(Sized, Iterable, Container):
    pass


_mark(Collection, 'Collection')


class Callable(ABC):

    @classmethod
    def register(cls, subclass):
        return _register(cls, subclass)

    def __class_getitem__(cls, params):
        return cls

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


_mark(Callable, 'Callable')


class Set(Collection):

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable((value for value in other if value in self))
    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = (e for s in (self, other) for e in s)
        return self._from_iterable(chain)
    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable((value for value in self if value not in other))

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable((value for value in other if value not in self))

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self - other | other - self
    __rxor__ = __xor__

    def _hash(self):
        MAX = sys.maxsize
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ hx << 16 ^ 89869747) * 3644798167
            h &= MASK
        h ^= h >> 11 ^ h >> 25
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


_mark(Set, 'Set')


class MutableSet(Set):

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


_mark(MutableSet, 'MutableSet')


class Mapping(Collection):

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())
    __reversed__ = None


_mark(Mapping, 'Mapping')


class MappingView(Sized):

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return type(self).__name__ + '(' + repr(self._mapping) + ')'


_mark(MappingView, 'MappingView')


class KeysView(MappingView, Set):

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


_mark(KeysView, 'KeysView')


class ItemsView(MappingView, Set):

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


_mark(ItemsView, 'ItemsView')


class ValuesView(MappingView, Collection):

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_mark(ValuesView, 'ValuesView')


class MutableMapping(Mapping):

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError
    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return (key, value)

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


_mark(MutableMapping, 'MutableMapping')


class Sequence(Reversible, Collection):

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum((1 for v in self if v is value or v == value))


_mark(Sequence, 'Sequence')


class ByteString(Sequence):
    pass


_mark(ByteString, 'ByteString')


class MutableSequence(Sequence):

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = (self[n - i - 1], self[i])

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


_mark(MutableSequence, 'MutableSequence')

`;
