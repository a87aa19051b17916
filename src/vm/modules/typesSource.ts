// The `types` module (Python 3 dialect): a library module written in ePython.
//
// The type objects are the interpreter's own, found as CPython's types.py finds them
// (`type(len)`, `type(sys)`...): `type(f) is types.FunctionType` and
// `isinstance(a.m, types.MethodType)` hold (one type object per kind, vm/heapTypes.ts).
// `MethodType(func, obj)` binds, `ModuleType(name, doc=None)` makes an empty module,
// `NoneType()` is None.
//
// SimpleNamespace and MappingProxyType are ordinary classes: a namespace is an
// instance (16 B + 8 B per attribute), a mapping proxy an instance of one attribute
// (24 B) over the caller's mapping, which it never copies.
// CodeType, FrameType and TracebackType are found as CPython finds them (a function's
// __code__, a caught exception's __traceback__ and its tb_frame: vm/tracebackObjects.ts);
// they make no new objects. Not provided: CoroutineType, new_class, prepare_class,
// resolve_bases, coroutine.

export const TYPES_SOURCE = `# types: library module of ePython-TS (see src/vm/modules/typesSource.ts)
import sys


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
CodeType = type(_f.__code__)
# The types of \`int | str\` and \`list[int]\` (singledispatch and user code test for them).
UnionType = type(int | str)
GenericAlias = type(list[int])
try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)
del _f, _g, _C

_repr_running = []


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        for other in _repr_running:
            if other is self:
                return name + "(...)"
        _repr_running.append(self)
        try:
            items = [key + "=" + repr(value) for key, value in vars(self).items()]
        finally:
            _repr_running.pop()
        return name + "(" + ", ".join(items) + ")"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __hash__(self):
        raise TypeError("unhashable type: 'types.SimpleNamespace'")


class mappingproxy:
    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not " + type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return "mappingproxy(" + repr(self._mapping) + ")"

    def __str__(self):
        return str(self._mapping)


MappingProxyType = mappingproxy
`;
