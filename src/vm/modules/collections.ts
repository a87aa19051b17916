// `collections`: deque, namedtuple, defaultdict, Counter, OrderedDict.
//
// The module is a library module (library.ts): it is written in ePython below, so
// its objects are ordinary instances, charged and traced like the program's own.
// What ePython cannot say yet lives in the native helper module `_collections`:
// making a class with a computed name (namedtuple's `type(name, bases, ns)`) and
// functions taking arbitrary keyword arguments (`P(x=1, y=2)`, `p._replace(x=3)`)
// before `**kwargs` parameters exist.
//
// defaultdict, Counter and OrderedDict are dict subclasses and a namedtuple class a
// tuple subclass (vm/builtinSubclass.ts), so `isinstance(c, dict)`, `dict(c)`,
// `p == (1, 2)` and `isinstance(p, tuple)` hold as in CPython; namedtuple fields are
// read-only properties.
//
// Sizes (the memory model of instances, classes.ts): a deque is an instance with 3
// attributes (40 B) plus its list (8 B + 4 B per slot, including up to half its
// length of popped-left slots before it compacts); a namedtuple instance is 16 B plus
// its tuple (8 B + 4 B per field); defaultdict, Counter and OrderedDict are an
// instance (16 B, 24 B with default_factory) plus their dict.

import { typeName } from "../args.js";
import { ATTRIBUTE_BYTES, CLASS_BYTES, PyClass, PyDescriptor, PyInstance, nativeOf, newInstance, typeNameOf } from "../classes.js";
import type { Core } from "../core.js";
import { PyDict } from "../dict.js";
import { typeError, valueError } from "../errors.js";
import { BuiltinFunction, PyModule, PyTuple, type CoreApi, type Kwargs, type Value } from "../values.js";
import { countElements, registerCounter } from "./counterNative.js";
import { installDequeMethods } from "./dequeNative.js";
import { def } from "./util.js";

function strItems(v: Value, what: string): string[] {
  if (!(v instanceof PyTuple)) throw typeError(`${what} must be a tuple`);
  return v.items.map((x) => {
    if (typeof x !== "string") throw typeError(`${what} must hold strs, not ${typeName(x)}`);
    return x;
  });
}

/**
 * namedtuple's `__new__(cls, *args, **kwargs)`: binds positional and keyword
 * arguments to the fields (defaults fill the last ones) and makes the instance, a
 * tuple of the values (vm/builtinSubclass.ts).
 */
function fieldNew(typename: string, fields: string[], defaults: Value[]): PyDescriptor {
  const firstDefault = fields.length - defaults.length;
  return new PyDescriptor("staticmethod", new BuiltinFunction("__new__", (c, args, kwargs) => {
    const cls = args[0];
    if (!(cls instanceof PyClass)) throw typeError(`${typename}.__new__(X): X is not a type object`);
    const n = args.length - 1;
    if (n > fields.length) {
      throw typeError(`${typename}.__new__() takes ${fields.length + 1} positional arguments but ${n + 1} were given`);
    }
    const vals: (Value | undefined)[] = fields.map((_, i) => (i < n ? args[i + 1] : undefined));
    bindKeywords(typename + ".__new__", fields, vals, kwargs);
    const missing: string[] = [];
    fields.forEach((f, i) => {
      if (vals[i] === undefined) {
        if (i >= firstDefault) vals[i] = defaults[i - firstDefault];
        else missing.push(f);
      }
    });
    if (missing.length) {
      const names = missing.map((m) => `'${m}'`);
      const list = names.length === 1 ? names[0] : names.length === 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")}, and ${names[names.length - 1]}`;
      throw typeError(`${typename}.__new__() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${list}`);
    }
    return newInstance(c as Core, cls, [c.newTuple(vals as Value[])]);
  }));
}

/** The read-only field `i` of a namedtuple (CPython's _tuplegetter): item i of the tuple. */
function fieldGetter(name: string, i: number): PyDescriptor {
  const d = new PyDescriptor("property", new BuiltinFunction(name, (_c, args) => {
    const t = nativeOf(args[0]);
    if (!(t instanceof PyTuple)) throw typeError(`descriptor '${name}' needs a namedtuple`);
    return t.items[i];
  }), null, null, `Alias for field number ${i}`);
  d.tupleField = true;
  return d;
}

function bindKeywords(fname: string, fields: string[], vals: (Value | undefined)[], kwargs: Kwargs): void {
  if (!kwargs) return;
  for (const [k, v] of kwargs) {
    const i = fields.indexOf(k);
    if (i < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    if (vals[i] !== undefined) throw typeError(`${fname}() got multiple values for argument '${k}'`);
    vals[i] = v;
  }
}

/** `p._replace(x=1)`: a new instance of p's class with those fields replaced. */
const fieldReplace = new BuiltinFunction("_replace", (c, args, kwargs) => {
  const self = args[0];
  if (args.length !== 1 || !(self instanceof PyInstance)) throw typeError("_replace() takes only keyword arguments");
  const fieldsV = self.cls.lookup("_fields");
  const t = nativeOf(self);
  if (!(fieldsV instanceof PyTuple) || !(t instanceof PyTuple)) throw typeError("_replace() needs a namedtuple");
  const fields = fieldsV.items as string[];
  const vals = t.items.slice();
  const unknown: string[] = [];
  if (kwargs) {
    for (const [k, v] of kwargs) {
      const i = fields.indexOf(k);
      if (i < 0) unknown.push(k);
      else vals[i] = v;
    }
  }
  if (unknown.length) throw valueError(`Got unexpected field names: [${unknown.map((u) => `'${u}'`).join(", ")}]`);
  return c.call(self.cls, vals);
});

/** A template class's own entries that describe the template itself, not its methods. */
const TEMPLATE_BOOKKEEPING = new Set(["__module__", "__qualname__", "__doc__", "__dict__", "__weakref__"]);

export function createCollectionsHelpers(core: CoreApi): PyModule {
  void core;
  const mod = new PyModule("_collections");

  // _make_namedtuple(typename, fields, defaults, template, module): the class, with the
  // template class's methods and bases.
  def(mod, "_make_namedtuple", (c, args) => {
    const [typename, fieldsV, defaultsV, base, module] = args;
    if (typeof typename !== "string" || !(base instanceof PyClass) || typeof module !== "string") {
      throw typeError("_make_namedtuple(typename, fields, defaults, base, module)");
    }
    const fields = strItems(fieldsV, "fields");
    if (!(defaultsV instanceof PyTuple)) throw typeError("defaults must be a tuple");
    const defaults = defaultsV.items.slice();
    const fieldDefaults = new PyDict(c);
    fields.slice(fields.length - defaults.length).forEach((f, i) => fieldDefaults.set(f, defaults[i]));
    const dict = new Map<string, Value>([
      ["__module__", module],
      // CPython's docstring of a namedtuple class: 'P(x, y)'.
      ["__doc__", `${typename}(${fields.join(", ")})`],
      ["_fields", fieldsV],
      // Positional sub-patterns of `case Point(x, y):` name the fields (PEP 634).
      ["__match_args__", fieldsV],
      ["_field_defaults", fieldDefaults],
      ["__new__", fieldNew(typename, fields, defaults)],
      ["_replace", fieldReplace],
      ...fields.map((f, i): [string, Value] => [f, fieldGetter(f, i)]),
    ]);
    // The template's methods (__repr__, _asdict, _make) are copied in rather than
    // inherited: CPython's namedtuple class derives straight from tuple, which its
    // __bases__ and __mro__ show.
    for (const [k, v] of base.dict) {
      if (!dict.has(k) && !TEMPLATE_BOOKKEEPING.has(k)) dict.set(k, v);
    }
    c.charge(CLASS_BYTES + ATTRIBUTE_BYTES * dict.size);
    return new PyClass(typename, module, base.bases.slice(), dict);
  });

  // _tuplegetter(name, index): a namedtuple's read-only field (typing.NamedTuple's too).
  def(mod, "_tuplegetter", (_c, args) => {
    const [name, index] = args;
    if (typeof name !== "string" || typeof index !== "number") throw typeError("_tuplegetter(name, index)");
    return fieldGetter(name, index);
  });

  // _deque_native(deque): the class's hot methods in TypeScript (dequeNative.ts).
  def(mod, "_deque_native", (_c, args) => installDequeMethods(args[0]));

  // _count_elements(mapping, iterable) and _counter_native(Counter): Counter's counting loop (counterNative.ts).
  def(mod, "_count_elements", (c, args) => countElements(c, args[0], args[1]));
  def(mod, "_counter_native", (_c, args) => registerCounter(args[0]));

  // _set_type_name(cls, name): the name CPython's messages give a library class that is a
  // C type there (decimal's `decimal.Decimal`), rather than its __name__.
  def(mod, "_set_type_name", (_c, args) => {
    const [cls, name] = args;
    if (!(cls instanceof PyClass) || typeof name !== "string") throw typeError("_set_type_name(cls, name)");
    cls.tpName = name;
    return null;
  });

  // _type_name(x): the name CPython's messages give x's type.
  def(mod, "_type_name", (_c, args) => typeNameOf(args[0]));
  return mod;
}

export const COLLECTIONS_SOURCE = `# collections: library module of ePython-TS (see src/vm/modules/collections.ts)
from _collections import _make_namedtuple, _type_name, _deque_native, _count_elements, _counter_native, _set_type_name

def _is_identifier(s):
    if s == '' or s[0].isdigit():
        return False
    for ch in s:
        if not (ch.isalnum() or ch == '_'):
            return False
    return True


class _NamedTuple(tuple):
    # The methods every namedtuple class gets: _make_namedtuple copies them into a
    # class derived from tuple; the fields are read-only properties.
    def __repr__(self):
        parts = []
        i = 0
        for f in self._fields:
            parts.append(f + '=' + repr(self[i]))
            i += 1
        return self.__class__.__name__ + '(' + ', '.join(parts) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(f) for f in field_names]
    typename = str(typename)
    if rename:
        keywords = ('False None True and as assert async await break class continue def del elif else '
                    'except finally for from global if import in is lambda nonlocal not or pass raise return '
                    'try while with yield').split()
        seen = set()
        for i in range(len(names)):
            f = names[i]
            if not _is_identifier(f) or f in keywords or f.startswith('_') or f in seen:
                names[i] = '_' + str(i)
            seen.add(names[i])
    # (A local constant: a module-level tuple of keywords would stay on the heap.)
    keywords = ('False None True and as assert async await break class continue def del elif else except '
                'finally for from global if import in is lambda nonlocal not or pass raise return try while '
                'with yield').split()
    for f in [typename] + names:
        if not _is_identifier(f):
            raise ValueError('Type names and field names must be valid identifiers: ' + repr(f))
        if f in keywords:
            raise ValueError('Type names and field names cannot be a keyword: ' + repr(f))
    seen = set()
    for f in names:
        if f.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: ' + repr(f))
        if f in seen:
            raise ValueError('Encountered duplicate field name: ' + repr(f))
        seen.add(f)
    if defaults is None:
        defaults = ()
    else:
        defaults = tuple(defaults)
        if len(defaults) > len(names):
            raise TypeError('Got more default values than field names')
    if module is None:
        module = '__main__'
    return _make_namedtuple(typename, tuple(names), defaults, _NamedTuple, module)


class deque:
    # The items are _a[_h:]: popleft() advances _h (clearing the slot) and the list
    # is compacted once the popped-left prefix is at least half of it, so popleft
    # is O(1) amortised.
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self.maxlen = maxlen
        self._a = []
        self._h = 0
        deque.extend(self, iterable)

    def __len__(self):
        return len(self._a) - self._h

    def __iter__(self):
        return iter(self._a[self._h:])

    def __reversed__(self):
        return reversed(self._a[self._h:])

    def __contains__(self, x):
        return x in self._a[self._h:]

    def __repr__(self):
        body = repr(self._a[self._h:])
        name = type(self).__name__
        if self.maxlen is None:
            return name + '(' + body + ')'
        return name + '(' + body + ', maxlen=' + str(self.maxlen) + ')'

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._a[self._h:] == other._a[other._h:]

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._a[self._h:] < other._a[other._h:]

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._a[self._h:] <= other._a[other._h:]

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._a[self._h:] > other._a[other._h:]

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._a[self._h:] >= other._a[other._h:]

    # A subclass's append/extend/pop overrides are not called by deque's own methods,
    # which work on the items directly (CPython's C methods); copies keep the subclass.
    def __iadd__(self, other):
        deque.extend(self, other)
        return self

    # d * n, n * d, d *= n: the items repeated (a maxlen keeps the last ones, as extend does).
    def __mul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '" + _type_name(n) + "'")
        d = deque.copy(self)
        deque.__imul__(d, n)
        return d

    def __rmul__(self, n):
        return self.__mul__(n)

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '" + _type_name(n) + "'")
        items = self._a[self._h:] * n
        deque.clear(self)
        deque.extend(self, items)
        return self

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + _type_name(other) + '") to deque')
        d = deque.copy(self)
        deque.extend(d, other)
        return d

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not ' + repr(_type_name(i)))
        n = len(self._a) - self._h
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._h + i

    def __getitem__(self, i):
        return self._a[self._index(i)]

    def __setitem__(self, i, x):
        self._a[self._index(i)] = x

    def __delitem__(self, i):
        del self._a[self._index(i)]

    def append(self, x):
        a = self._a
        a.append(x)
        m = self.maxlen
        if m is not None and len(a) - self._h > m:
            deque.popleft(self)

    def appendleft(self, x):
        m = self.maxlen
        if m is not None and len(self._a) - self._h >= m:
            if m == 0:
                return
            deque.pop(self)
        if self._h > 0:
            self._h -= 1
            self._a[self._h] = x
        else:
            self._a.insert(0, x)

    def pop(self):
        a = self._a
        if len(a) == self._h:
            raise IndexError('pop from an empty deque')
        x = a.pop()
        if len(a) == self._h:
            self._a = []
            self._h = 0
        return x

    def popleft(self):
        a = self._a
        h = self._h
        if len(a) == h:
            raise IndexError('pop from an empty deque')
        x = a[h]
        a[h] = None
        h += 1
        if h == len(a):
            self._a = []
            h = 0
        elif h >= 16 and h + h >= len(a):
            del a[:h]
            h = 0
        self._h = h
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = self._a[self._h:]
        if self.maxlen is None and self._h == 0:
            self._a.extend(iterable)
            return
        add = deque.append
        for x in iterable:
            add(self, x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = self._a[self._h:]
        add = deque.appendleft
        for x in iterable:
            add(self, x)

    def rotate(self, n=1):
        items = self._a[self._h:]
        m = len(items)
        if m <= 1:
            return
        n = n % m
        if n:
            self._a = items[m - n:] + items[:m - n]
            self._h = 0

    def clear(self):
        self._a = []
        self._h = 0

    def copy(self):
        if type(self) is deque:
            return deque(self._a[self._h:], self.maxlen)
        if self.maxlen is None:
            return type(self)(self)
        return type(self)(self, self.maxlen)

    def __copy__(self):
        return deque.copy(self)

    def count(self, x):
        return self._a[self._h:].count(x)

    def index(self, x, start=0, stop=None):
        items = self._a[self._h:]
        if stop is None:
            stop = len(items)
        for i in range(start, min(stop, len(items))):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError(repr(x) + ' is not in deque')

    def insert(self, i, x):
        if self.maxlen is not None and len(self._a) - self._h >= self.maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._a[self._h:]
        items.insert(i, x)
        self._a = items
        self._h = 0

    def remove(self, x):
        items = self._a[self._h:]
        for i in range(len(items)):
            if items[i] is x or items[i] == x:
                del items[i]
                self._a = items
                self._h = 0
                return
        raise ValueError(repr(x) + ' is not in deque')

    def reverse(self):
        items = self._a[self._h:]
        items.reverse()
        self._a = items
        self._h = 0


# append, appendleft, pop, popleft and __len__ run in TypeScript (dequeNative.ts),
# falling back to the methods above for a subclass or a hand-broken state.
_deque_native(deque)


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        if len(args) > 1:
            raise TypeError('defaultdict expected at most 2 arguments, got ' + str(len(args) + 1))
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, k):
        if self.default_factory is None:
            raise KeyError(k)
        v = self.default_factory()
        self[k] = v
        return v

    def __repr__(self):
        return type(self).__name__ + '(' + repr(self.default_factory) + ', ' + dict.__repr__(self) + ')'

    def copy(self):
        return type(self)(self.default_factory, self)

    def __copy__(self):
        return self.copy()

    # d | other and other | d make a defaultdict with d's factory (CPython's defdict_or).
    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


def _count_of(item):
    return item[1]


class Counter(dict):
    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, k):
        return 0

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def __delitem__(self, k):
        if k in self:
            dict.__delitem__(self, k)

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k in iterable:
                    self[k] = self[k] + iterable[k]
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k in iterable:
                    self[k] = self[k] - iterable[k]
            else:
                for k in iterable:
                    self[k] = self[k] - 1
        if kwds:
            self.subtract(kwds)

    def most_common(self, n=None):
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        return items[:n]

    def elements(self):
        out = []
        for k in self:
            out.extend([k] * self[k])
        return iter(out)

    def total(self):
        return sum(self.values())

    def copy(self):
        return Counter(self)

    def __copy__(self):
        return self.copy()

    def __repr__(self):
        if not self:
            return type(self).__name__ + '()'
        try:
            # dict() keeps most_common()'s order
            d = dict(self.most_common())
        except TypeError:
            # counts that cannot be ordered
            d = dict(self)
        return type(self).__name__ + '(' + repr(d) + ')'

    def __eq__(self, other):
        # CPython 3.10+: a missing element counts as zero.
        if not isinstance(other, Counter):
            return NotImplemented
        for k in self:
            if self[k] != other[k]:
                return False
        for k in other:
            if self[k] != other[k]:
                return False
        return True

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    # CPython 3.10+: multiset inclusion, a missing element counting as zero.
    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, n in self.items():
            m = n + other[k]
            if m > 0:
                result[k] = m
        for k, n in other.items():
            if k not in self and n > 0:
                result[k] = n
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, n in self.items():
            m = n - other[k]
            if m > 0:
                result[k] = m
        for k, n in other.items():
            if k not in self and n < 0:
                result[k] = 0 - n
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, n in self.items():
            m = other[k]
            if m > n:
                n = m
            if n > 0:
                result[k] = n
        for k, n in other.items():
            if k not in self and n > 0:
                result[k] = n
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k, n in self.items():
            m = other[k]
            if m < n:
                n = m
            if n > 0:
                result[k] = n
        return result

    def __pos__(self):
        result = Counter()
        for k, n in self.items():
            if n > 0:
                result[k] = n
        return result

    def __neg__(self):
        result = Counter()
        for k, n in self.items():
            if n < 0:
                result[k] = 0 - n
        return result


# _count_elements counts in the dict directly while these item methods are Counter's.
_counter_native(Counter)


class _odict_view:
    # CPython's odict_keys/odict_values/odict_items: the dict's own live view under
    # the name an OrderedDict's views print with.
    __slots__ = ('_od', '_view')

    def __init__(self, od, view):
        self._od = od
        self._view = view

    def __iter__(self):
        return iter(self._view)

    def __reversed__(self):
        return reversed(self._view)

    def __len__(self):
        return len(self._view)

    def __contains__(self, x):
        return x in self._view

    @property
    def mapping(self):
        import types
        return types.MappingProxyType(self._od)

    def __repr__(self):
        return type(self).__name__ + '(' + repr(list(self._view)) + ')'


def _set_view(other):
    return other._view if isinstance(other, _odict_view) else other


class _odict_set_view(_odict_view):
    # Keys and items views are set-like: comparisons and set operations of the dict's view.
    __slots__ = ()
    __hash__ = None

    def __eq__(self, other):
        return self._view == _set_view(other)

    def __ne__(self, other):
        return self._view != _set_view(other)

    def __lt__(self, other):
        return self._view < _set_view(other)

    def __le__(self, other):
        return self._view <= _set_view(other)

    def __gt__(self, other):
        return self._view > _set_view(other)

    def __ge__(self, other):
        return self._view >= _set_view(other)

    def __and__(self, other):
        return self._view & _set_view(other)

    def __or__(self, other):
        return self._view | _set_view(other)

    def __sub__(self, other):
        return self._view - _set_view(other)

    def __xor__(self, other):
        return self._view ^ _set_view(other)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def __rsub__(self, other):
        return set(other) - set(self._view)

    def isdisjoint(self, other):
        return self._view.isdisjoint(_set_view(other))


class odict_keys(_odict_set_view):
    __slots__ = ()


class odict_items(_odict_set_view):
    __slots__ = ()


class odict_values(_odict_view):
    __slots__ = ()


class OrderedDict(dict):
    def keys(self):
        return odict_keys(self, dict.keys(self))

    def values(self):
        return odict_values(self, dict.values(self))

    def items(self):
        return odict_items(self, dict.items(self))

    # move_to_end and popitem reorder through dict's own methods: a subclass's
    # __setitem__ may itself call move_to_end (the docs' LastUpdatedOrderedDict).
    def move_to_end(self, key, last=True):
        v = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, v)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, v)
            dict.update(self, rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        k = next(iter(self))
        return (k, dict.pop(self, k))

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        return self.copy()

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __repr__(self):
        if not self:
            return type(self).__name__ + '()'
        return type(self).__name__ + '(' + repr(list(self.items())) + ')'

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other


# The C types of CPython's collections are named so in its messages
# ("'collections.deque' object has no attribute 'x'"); Counter is Python code there.
for _cls in (deque, defaultdict, OrderedDict):
    _set_type_name(_cls, 'collections.' + _cls.__name__)
del _cls


class ChainMap:
    # CPython's ChainMap (a MutableMapping over a list of mappings): lookups search
    # the maps in order, writes and deletions go to the first.
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        return dict(self.items()) == other

    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(map(repr, self.maps)) + ')'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def update(self, *args, **kwargs):
        self.maps[0].update(*args, **kwargs)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def __or__(self, other):
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self
`;
