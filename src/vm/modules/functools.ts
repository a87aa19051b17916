// `functools`: reduce, partial, lru_cache / cache, wraps / update_wrapper,
// cmp_to_key, total_ordering, cached_property (CPython's descriptor), singledispatch (register(cls) forms; dispatch by issubclass),
// partialmethod and singledispatchmethod (CPython's descriptors).
//
// A library module (library.ts) written in ePython below: reduce and the lru_cache
// wrapper run as bytecode, so the functions they call may block and recurse as deep
// as the core's memory allows (a memoised recursive function is the usual case).
// `partial` needs arbitrary keyword arguments, so it is native (`_functools`): a
// callable object (16 B + 4 B per bound argument) whose call is a nested call (the
// function it wraps cannot block in message passing).
//
// lru_cache keys keyword arguments in call order, as CPython's `_make_key`; the
// wrappers have `cache_info()` (CPython's CacheInfo named tuple), `cache_clear()`
// and `cache_parameters()`, set as function attributes;
// `typed=True` caches arguments of different types apart, as CPython's.

import { builtins } from "../builtins.js";
import { PyClass, PyDescriptor, PyInstance, descriptorGet } from "../classes.js";
import type { Core } from "../core.js";
import { typeError } from "../errors.js";
import { repr } from "../format.js";
import { PyDict } from "../dict.js";
import { PyNativeObject } from "../nativeObject.js";
import { BuiltinFunction, PyModule, type CoreApi, type Kwargs, type Value } from "../values.js";
import { def } from "./util.js";

const PARTIAL_BYTES = 16;

/** The builtin callable(): one definition of what can be called. */
function callable(v: Value): boolean {
  const f = builtins.get("callable") as BuiltinFunction;
  return f.fn(null as unknown as CoreApi, [v], null) === true;
}

class Partial extends PyNativeObject {
  override readonly typeName = "functools.partial";
  constructor(readonly func: Value, readonly args: Value[], readonly keywords: Map<string, Value>) {
    super();
  }
  override call(core: Core, args: Value[], kwargs: Kwargs): Value {
    let kw: Kwargs = this.keywords.size ? this.keywords : null;
    if (kwargs && kwargs.size) kw = new Map([...this.keywords, ...kwargs]);
    return core.call(this.func, [...this.args, ...args], kw);
  }
  override attr(core: Core, name: string): Value | undefined {
    if (name === "func") return this.func;
    if (name === "args") return core.newTuple(this.args.slice());
    if (name === "keywords") {
      const d = new PyDict(core);
      for (const [k, v] of this.keywords) d.set(k, v);
      return d;
    }
    return undefined;
  }
  text(core: Core): string {
    const parts = [this.func, ...this.args].map((v) => repr(v, core.float32));
    for (const [k, v] of this.keywords) parts.push(`${k}=${repr(v, core.float32)}`);
    return `functools.partial(${parts.join(", ")})`;
  }
  children(): readonly Value[] {
    return [this.func, ...this.args, ...this.keywords.values()];
  }
  bytes(): number {
    return PARTIAL_BYTES + 4 * (this.args.length + this.keywords.size);
  }
}

export function createFunctoolsHelpers(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("_functools");
  def(mod, "partial", (c, args, kwargs) => {
    if (args.length === 0) throw typeError("type 'partial' takes at least one argument");
    let func = args[0];
    let bound = args.slice(1);
    let kw = new Map(kwargs ?? []);
    if (!callable(func)) throw typeError("the first argument must be callable");
    // partial(partial(f, a), b) is flattened, as CPython does.
    if (func instanceof Partial) {
      bound = [...func.args, ...bound];
      kw = new Map([...func.keywords, ...kw]);
      func = func.func;
    }
    c.charge(PARTIAL_BYTES + 4 * (bound.length + kw.size));
    return new Partial(func, bound, kw);
  });
  // _bind(v, obj, cls): v.__get__(obj, cls) for any class attribute v (classes.ts
  // descriptorGet); v itself when there is no class to bind to.
  def(mod, "_bind", (c, args) => {
    const [v, obj, cls] = args;
    if (obj === null && cls === null) throw typeError("__get__(None, None) is invalid");
    const owner = cls instanceof PyClass ? cls : obj instanceof PyInstance ? obj.cls : null;
    return owner === null ? v : descriptorGet(c as Core, v, obj, owner);
  });
  // _is_descriptor(v): whether v has CPython's __get__ (ePython's classmethod,
  // staticmethod and property objects have no such attribute).
  def(mod, "_is_descriptor", (_c, args) => {
    const v = args[0];
    return v instanceof PyDescriptor || (v instanceof PyInstance && v.cls.lookup("__get__") !== undefined);
  });
  return mod;
}

export const FUNCTOOLS_SOURCE = `# functools: library module of ePython-TS (see src/vm/modules/functools.ts)
from _functools import partial, _bind, _is_descriptor

_MISSING = object()


def reduce(function, iterable, initial=_MISSING):
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _MISSING:
        value = next(it, _MISSING)
        if value is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


_CacheInfo = None


def _cache_info(hits, misses, maxsize, currsize):
    # CPython's CacheInfo named tuple; collections is imported on the first
    # cache_info() call rather than with functools.
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"], module="functools")
    return _CacheInfo(hits, misses, maxsize, currsize)


_KWD_MARK = object()


_FAST_TYPES = (int, str)


def _make_key(args, kwargs, typed):
    # CPython's: keyword items after a marker; with typed=True the arguments' types
    # too (f(1) and f(1.0) are cached apart); a lone int or str argument is its own key.
    key = args
    if kwargs:
        key += (_KWD_MARK,)
        for item in kwargs.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwargs:
            key += tuple([type(v) for v in kwargs.values()])
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


def _lru_wrap(user_function, maxsize, typed=False):
    # The cache is a dict from the argument tuple to the result; its insertion order
    # is the recency order (a hit moves the entry to the end, the oldest goes first).
    cache = {}
    stats = [0, 0]

    def unbounded(*args, **kwargs):
        # The usual call (positional arguments, untyped) keys without _make_key's call
        # and calls without an empty ** (each costs ~3 us here): memoised recursion's
        # hot path. The key is _make_key's.
        key = _make_key(args, kwargs, typed) if kwargs or typed else args[0] if len(args) == 1 and type(args[0]) in _FAST_TYPES else args
        result = cache.get(key, _MISSING)
        if result is _MISSING:
            stats[1] += 1
            result = user_function(*args, **kwargs) if kwargs else user_function(*args)
            cache[key] = result
        else:
            stats[0] += 1
        return result

    def bounded(*args, **kwargs):
        key = _make_key(args, kwargs, typed) if kwargs or typed else args[0] if len(args) == 1 and type(args[0]) in _FAST_TYPES else args
        result = cache.pop(key, _MISSING)
        if result is _MISSING:
            stats[1] += 1
            result = user_function(*args, **kwargs) if kwargs else user_function(*args)
            if len(cache) >= maxsize:
                if maxsize <= 0:
                    return result
                del cache[next(iter(cache))]
        else:
            stats[0] += 1
        cache[key] = result
        return result

    wrapper = unbounded if maxsize is None else bounded

    def cache_info():
        return _cache_info(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        return _lru_wrap(maxsize, 128, typed)
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorating_function(user_function):
        return _lru_wrap(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    return _lru_wrap(user_function, None)


WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        extra = getattr(wrapped, attr, None)
        if extra:
            for k, v in extra.items():
                setattr(wrapper, k, v)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


def cmp_to_key(mycmp):
    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_CONVERT = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    # CPython's test: a comparison the class (or a base other than object) defines.
    roots = [op for op in _CONVERT if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


_NOT_FOUND = object()


class cached_property:
    # CPython's: a non-data descriptor whose first read stores the value in the
    # instance's __dict__ under the attribute's own name, where later reads find it
    # first (and del obj.name or obj.__dict__.pop(name) forgets it).
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            ) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


class partialmethod:
    # CPython's descriptor: a method with some arguments bound. Read from an instance it
    # is a bound method of a function that puts self first; wrapping another descriptor
    # (classmethod, staticmethod...) it is a partial of what that descriptor returns.
    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            # Flattened, so cls/self comes before all the bound arguments.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        return "functools.partialmethod({}, {}, {})".format(self.func, args, keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        # (_bind(f, obj, cls) is CPython's f.__get__(obj, cls): ePython's classmethods
        # and staticmethods have no __get__ attribute.)
        result = None
        new_func = _bind(self.func, obj, cls)
        if new_func is not self.func:
            # A descriptor that made something new (a bound method, a classmethod's).
            result = partial(new_func, *self.args, **self.keywords)
        if result is None:
            # A callable that is no descriptor: treated as an instance method.
            result = _bind(self._make_unbound_method(), obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


def _is_union_type(cls):
    from typing import get_origin, Union
    import types
    return get_origin(cls) in (Union, types.UnionType)


def _is_valid_dispatch_type(cls):
    # CPython's: a class, or a union whose members are all classes.
    if isinstance(cls, type):
        return True
    from typing import get_args
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in get_args(cls))


def singledispatch(func):
    # Dispatch on the first argument's class: its own implementation, else the most
    # specific registered base class (one that is a subclass of every other match).
    registry = {object: func}

    def dispatch(cls):
        impl = registry.get(cls)
        if impl is not None:
            return impl
        best = object
        for k in registry:
            if issubclass(cls, k) and issubclass(k, best):
                best = k
        return registry[best]

    def register(cls, f=None):
        # CPython's: a class or union (with f, or as a decorator factory), else a
        # function (or a classmethod/staticmethod over one) whose first parameter's
        # annotation names the class.
        if _is_valid_dispatch_type(cls):
            if f is None:
                return lambda g: _register_all(cls, g)
            return _register_all(cls, f)
        if f is not None:
            raise TypeError(f"Invalid first argument to \`register()\`. {cls!r} is not a class or union type.")
        func = cls
        annotated = getattr(func, '__func__', func)
        if not getattr(annotated, '__annotations__', None):
            raise TypeError(f"Invalid first argument to \`register()\`: {func!r}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.")
        from typing import get_type_hints
        argname, klass = next(iter(get_type_hints(annotated).items()))
        if not _is_valid_dispatch_type(klass):
            if _is_union_type(klass):
                raise TypeError(f"Invalid annotation for {argname!r}. {klass!r} not all arguments are classes.")
            raise TypeError(f"Invalid annotation for {argname!r}. {klass!r} is not a class.")
        return _register_all(klass, func)

    def _register_all(cls, f):
        # A union (int | str, Union[int, str]) registers f for each of its classes.
        if _is_union_type(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = f
        else:
            registry[cls] = f
        return f

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(getattr(func, '__name__', 'singledispatch function') + ' requires at least 1 positional argument')
        return dispatch(type(args[0]))(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    # CPython's descriptor: dispatch on the first argument after self (or cls), through
    # a singledispatch function of the undecorated methods.
    def __init__(self, func):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return _bind(method, obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
`;
