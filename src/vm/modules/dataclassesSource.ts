// The `dataclasses` module (Python 3 dialect): a library module written in ePython,
// compiled into the program image when a program imports it (see `libraryModules`).
//
// A class's fields are its annotated names in declaration order, read from the
// `__annotations__` the parser builds for every class body (kept as source text, as
// under PEP 563, so `ClassVar[...]` is recognised by its text). Fields of base
// dataclasses come first, as in CPython. The generated methods are closures over the
// field list rather than source text compiled at run time (a core has no `exec`), so
// their error messages repeat CPython's by hand.
//
// Keyword-only fields (`kw_only=` of dataclass and field, the `KW_ONLY` marker),
// `InitVar` pseudo-fields (parameters of __init__ passed on to __post_init__, not
// stored, not in fields()) and `slots=True` (the class is remade with `__slots__`
// naming its fields, as CPython's _add_slots) follow CPython 3.11; such classes get
// the generic __init__, which repeats the messages of a real signature
// `(self, a, b=..., *, c, d=...)`.

/** Classes with at most this many fields get specialised methods (_make_init, _make_eq, _make_order, _make_hash). */
const FAST_MAX = 12;

/**
 * The templates of the specialised methods (modules/dataclassesNative.ts), for each
 * field count n: `_init_n(self, _f0.._f{n-1})` storing each argument in the attribute
 * of its name, and `_init_n_post`, which then calls `self.__post_init__()`;
 * `_eq_n(self, other)` comparing the tuples of the fields, `_order_n(self, other)`
 * ordering them (order=True: it calls `operator._f{n}`, renamed `lt`, `le`, `gt` or
 * `ge`), and `_hash_n(self)` hashing that tuple, as CPython's generated methods do. They are nested in `_templates`,
 * which is never called: _specialise finds their code among its constants, so
 * importing the module makes no function object for them (a core's memory is small).
 */
function templates(): string {
  const out: string[] = ["def _templates():"];
  for (let n = 0; n <= FAST_MAX; n++) {
    const params = Array.from({ length: n }, (_, i) => `_f${i}`);
    const tuple = (obj: string) => (n === 0 ? "()" : `(${params.map((p) => `${obj}.${p}`).join(", ")},)`);
    for (const withPost of [false, true]) {
      out.push(`    def _init_${n}${withPost ? "_post" : ""}(${["self", ...params].join(", ")}):`);
      for (const p of params) out.push(`        self.${p} = ${p}`);
      if (withPost) out.push("        self.__post_init__()");
      else if (n === 0) out.push("        pass");
    }
    out.push(`    def _eq_${n}(self, other):`, "        if other.__class__ is self.__class__:",
      `            return ${tuple("self")} == ${tuple("other")}`, "        return NotImplemented");
    out.push(`    def _hash_${n}(self):`, `        return hash(${tuple("self")})`);
    // One template for the four: the attribute `_f{n}` of `operator`, renamed as the
    // fields are, is lt, le, gt or ge (a global's name could not be renamed: globals
    // are slots of the module).
    out.push(`    def _order_${n}(self, other):`, "        if other.__class__ is self.__class__:",
      `            return _operator._f${n}(${tuple("self")}, ${tuple("other")})`, "        return NotImplemented");
  }
  return out.join("\n");
}

export const DATACLASSES_SOURCE = `# dataclasses: library module of ePython-TS (see src/vm/modules/dataclassesSource.ts)

from _dataclasses import _specialise
import operator as _operator

${templates()}

class _MissingType:
    def __repr__(self):
        return "MISSING"

MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class _KW_ONLY_TYPE:
    pass

KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type', )

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            # This will be a type of some kind (or a string annotation).
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only=MISSING):
        self.name = None
        self.kw_only = kw_only
        # "_FIELD", or "_FIELD_INITVAR" for an InitVar pseudo-field.
        self._field_type = "_FIELD"
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self._metadata = metadata

    @property
    def metadata(self):
        # A read-only mapping, empty when none was given (CPython's), made when first
        # read: the types module is imported only by programs that look.
        m = self._metadata
        if m is None or type(m).__name__ != "mappingproxy":
            import types
            m = self._metadata = types.MappingProxyType({} if m is None else m)
        return m

    def __repr__(self):
        return ("Field(name=" + repr(self.name) + ",type=" + repr(self.type) +
                ",default=" + repr(self.default) + ",default_factory=" + repr(self.default_factory) +
                ",init=" + repr(self.init) + ",repr=" + repr(self.repr) + ",hash=" + repr(self.hash) +
                ",compare=" + repr(self.compare) + ",kw_only=" + repr(self.kw_only) + ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _own_annotations(cls):
    anns = getattr(cls, "__annotations__", None)
    if anns is None:
        return {}
    for base in cls.__mro__[1:]:
        if getattr(base, "__annotations__", None) is anns:
            return {}
    return anns


def _is_classvar(text):
    # make_dataclass's types are objects (typing.ClassVar[...] is a typing form).
    if not isinstance(text, str):
        return getattr(text, "_name", None) == "ClassVar"
    # A quoted annotation ('x: "ClassVar[int]"') keeps its quotes in the text.
    text = text.strip("'\\"")
    return text.startswith("ClassVar") or text.startswith("typing.ClassVar")


def _is_marker(text, name):
    # KW_ONLY / InitVar[...] as written in the annotation (kept as text), or as the
    # objects make_dataclass is given.
    if not isinstance(text, str):
        return text is KW_ONLY if name == "KW_ONLY" else (text is InitVar or isinstance(text, InitVar))
    text = text.strip("'\\"")
    return text == name or text == "dataclasses." + name or text.startswith(name + "[") or text.startswith("dataclasses." + name + "[")


def _collect_fields(cls, kw_only=False):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, "__dataclass_fields__", None)
        if inherited is not None:
            for f in inherited.values():
                fields[f.name] = f
    kw_only_seen = False
    for name, text in _own_annotations(cls).items():
        if _is_classvar(text):
            continue
        if _is_marker(text, "KW_ONLY") and (not isinstance(text, str) or "[" not in text):
            if kw_only_seen:
                raise TypeError(repr(name) + " is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
            continue
        default = getattr(cls, name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            f = Field(default, MISSING, True, True, None, True, None)
        f.name = name
        f.type = text
        if _is_marker(text, "InitVar"):
            f._field_type = "_FIELD_INITVAR"
            if f.default_factory is not MISSING:
                raise TypeError("field " + name + " cannot have a default factory")
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if isinstance(f.default, (list, dict, set)):
            raise ValueError("mutable default " + str(type(f.default)) + " for field " + name +
                             " is not allowed: use default_factory")
        fields[name] = f
    seen_default = False
    for f in fields.values():
        if not f.init or f.kw_only:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '" + f.name + "' follows default argument")
    return fields


def _std_fields(fields):
    return [f for f in fields.values() if f._field_type == "_FIELD"]


def _plural_names(names):
    quoted = ["'" + m + "'" for m in names]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + ("" if len(quoted) == 2 else ",") + " and " + quoted[-1]


def _too_many_positional(qualname, takes, nargs, kwargs, kw_fields):
    # CPython's too_many_positional: keyword-only arguments given are counted apart.
    kw_given = len([f for f in kw_fields if f.name in kwargs])
    given = str(nargs + 1)
    if kw_given:
        given += (" positional argument" + ("s" if nargs + 1 != 1 else "") + " (and " + str(kw_given) +
                  " keyword-only argument" + ("s" if kw_given != 1 else "") + ")")
    return TypeError(qualname + ".__init__() takes " + takes + " positional argument" +
                     ("" if takes == "1" else "s") + " but " + given + " were given")


def _missing_arguments(qualname, names, kind):
    return TypeError(qualname + ".__init__() missing " + str(len(names)) + " required " + kind + " argument" +
                     ("s" if len(names) > 1 else "") + ": " + _plural_names(names))


def _bind_kw_only(kw_fields, kwargs, held):
    # Binds the keyword-only fields into held; returns the names missing.
    missing = []
    for f in kw_fields:
        if f.name in kwargs:
            held[f.name] = kwargs.pop(f.name)
        elif f.default is not MISSING:
            held[f.name] = f.default
        elif f.default_factory is not MISSING:
            held[f.name] = f.default_factory()
        else:
            missing.append(f.name)
    return missing


def _held_values(held, names):
    return [held[name] for name in names if name in held]


def _store_held(self, names, held, frozen):
    for name in names:
        object.__setattr__(self, name, held[name]) if frozen else setattr(self, name, held[name])


def _make_init(cls, fields, frozen):
    # __init__'s parameters: the positional ones in declaration order, then the
    # keyword-only ones (CPython's _fields_in_init_order).
    all_init = [f for f in fields.values() if f.init]
    init_fields = [f for f in all_init if not f.kw_only]
    kw_fields = [f for f in all_init if f.kw_only]
    other_fields = [f for f in _std_fields(fields) if not f.init]
    qualname = cls.__qualname__
    has_post_init = hasattr(cls, "__post_init__")
    initvars = [f for f in fields.values() if f._field_type == "_FIELD_INITVAR"]
    # The common class (every field an __init__ parameter, no default_factory, not
    # frozen, no keyword-only field or InitVar): CPython's own __init__, from a
    # template (see _dataclasses._specialise).
    if (not frozen and not other_fields and not kw_fields and not initvars and len(init_fields) <= ${FAST_MAX} and
            all(f.default_factory is MISSING and f.name != "self" for f in init_fields)):
        return _specialise(_templates, "_init_" + str(len(init_fields)) + ("_post" if has_post_init else ""),
                           [f.name for f in init_fields],
                           tuple([f.default for f in init_fields if f.default is not MISSING]),
                           qualname + ".__init__")
    # CPython's "takes N positional arguments", counting self: "from M to N" with defaults.
    ndefault = len([f for f in init_fields if f.default is not MISSING or f.default_factory is not MISSING])
    takes = str(len(init_fields) + 1)
    if ndefault:
        takes = "from " + str(len(init_fields) + 1 - ndefault) + " to " + takes

    # CPython's generated body stores the fields in declaration order. Without
    # keyword-only fields that is the order of binding, so each field is stored as
    # it is bound; otherwise the values wait in held and are stored after the
    # binding (stored_later). InitVars are held only for __post_init__. The rare
    # paths (errors, keyword-only fields, InitVars) are helpers out of line: the
    # compiled __init__ stays small (its size costs V8's optimiser on every class).
    held_names = frozenset(f.name for f in all_init if kw_fields or f._field_type != "_FIELD")
    stored_later = [f.name for f in all_init if f._field_type == "_FIELD"] if kw_fields else []
    initvar_names = [f.name for f in initvars]
    hold_some = len(held_names) > 0
    has_kw = len(kw_fields) > 0

    def __init__(self, *args, **kwargs):
        if len(args) > len(init_fields):
            raise _too_many_positional(qualname, takes, len(args), kwargs, kw_fields)
        missing = []
        held = {} if hold_some else None
        i = 0
        for f in init_fields:
            if i < len(args):
                if f.name in kwargs:
                    raise TypeError(qualname + ".__init__() got multiple values for argument '" + f.name + "'")
                value = args[i]
            elif f.name in kwargs:
                value = kwargs.pop(f.name)
            elif f.default is not MISSING:
                value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                missing.append(f.name)
                i += 1
                continue
            i += 1
            if hold_some and f.name in held_names:
                held[f.name] = value
            elif frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        kw_missing = _bind_kw_only(kw_fields, kwargs, held) if has_kw else None
        for name in kwargs:
            raise TypeError(qualname + ".__init__() got an unexpected keyword argument '" + name + "'")
        if missing:
            raise _missing_arguments(qualname, missing, "positional")
        if kw_missing:
            raise _missing_arguments(qualname, kw_missing, "keyword-only")
        if has_kw:
            _store_held(self, stored_later, held, frozen)
        for f in other_fields:
            if f.default is not MISSING:
                value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            object.__setattr__(self, f.name, value) if frozen else setattr(self, f.name, value)
        if has_post_init:
            if held is None:
                self.__post_init__()
            else:
                self.__post_init__(*_held_values(held, initvar_names))

    __init__.__qualname__ = qualname + ".__init__"
    return __init__


def _make_repr(fields):
    shown = [f.name for f in _std_fields(fields) if f.repr]
    # CPython's _recursive_repr: an object met again while its own repr is being made
    # (a node whose next is itself, objects that refer to each other) is "...". A core
    # runs one thread, so id(self) alone keys the set.
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            parts = [name + "=" + repr(getattr(self, name)) for name in shown]
        finally:
            running.discard(key)
        return type(self).__qualname__ + "(" + ", ".join(parts) + ")"

    return __repr__


def _compared(fields):
    return [f.name for f in _std_fields(fields) if f.compare]


def _make_eq(cls, fields):
    names = _compared(fields)
    # CPython's own __eq__, from a template (see _make_init).
    if len(names) <= ${FAST_MAX}:
        return _specialise(_templates, "_eq_" + str(len(names)), names, (), cls.__qualname__ + ".__eq__")

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)

    return __eq__


def _make_order(cls, fields, op, name):
    names = _compared(fields)
    # CPython's own __lt__ (...), from a template (see _make_init).
    if len(names) <= ${FAST_MAX}:
        return _specialise(_templates, "_order_" + str(len(names)), names + [name], (), cls.__qualname__ + ".__" + name + "__")

    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        a = tuple(getattr(self, n) for n in names)
        b = tuple(getattr(other, n) for n in names)
        if op == "<":
            return a < b
        if op == "<=":
            return a <= b
        if op == ">":
            return a > b
        return a >= b

    return compare


def _make_hash(cls, fields):
    names = [f.name for f in _std_fields(fields) if (f.compare if f.hash is None else f.hash)]
    if len(names) <= ${FAST_MAX}:
        return _specialise(_templates, "_hash_" + str(len(names)), names, (), cls.__qualname__ + ".__hash__")

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))

    return __hash__


def _frozen_attr_hooks(cls):
    # CPython's _frozen_get_del_attr: per class, so each names its own class.
    def __setattr__(self, name, value):
        raise FrozenInstanceError("cannot assign to field '" + name + "'")

    def __delattr__(self, name):
        raise FrozenInstanceError("cannot delete field '" + name + "'")

    return (__setattr__, __delattr__)


def _set_new_attribute(cls, name, value):
    # CPython's: a method the class defines itself is kept (True says so); a new one
    # gets the class's qualified name.
    if name in cls.__dict__:
        return True
    if hasattr(value, "__code__"):
        value.__qualname__ = cls.__qualname__ + "." + value.__name__
    setattr(cls, name, value)
    return False


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)' %
                (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _defines_own(cls, name):
    # Without a class __dict__: an attribute the class did not inherit as is.
    value = getattr(cls, name, MISSING)
    if value is MISSING:
        return False
    for base in cls.__mro__[1:]:
        if getattr(base, name, MISSING) is value:
            return False
    return True


def _add_slots(cls, frozen, weakref_slot):
    # CPython's _add_slots: a new class of the same name, bases and namespace, with
    # __slots__ naming the fields its bases do not already hold.
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__")
        if slots is not None:
            inherited_slots.update([slots] if isinstance(slots, str) else slots)
    names = field_names + (("__weakref__",) if weakref_slot else ())
    cls_dict["__slots__"] = tuple(n for n in names if n not in inherited_slots)
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args=True, kw_only=False,
             slots=False, weakref_slot=False):
    # CPython's _process_class: frozen-ness must agree with the dataclass bases'; the
    # methods the class writes itself are kept; __hash__ follows CPython's table.
    any_frozen_base = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        params = getattr(b, "__dataclass_params__", None)
        if getattr(b, "__dataclass_fields__", None) is not None and params is not None:
            all_frozen_bases = params.frozen if all_frozen_bases is None else all_frozen_bases and params.frozen
            any_frozen_base = any_frozen_base or params.frozen
    if all_frozen_bases is not None:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not all_frozen_bases and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    fields = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = fields
    if match_args and not _defines_own(cls, "__match_args__"):
        cls.__match_args__ = tuple([f.name for f in fields.values() if f.init and not f.kw_only])
    if init:
        _set_new_attribute(cls, "__init__", _make_init(cls, fields, frozen))
    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr(fields))
    if eq:
        _set_new_attribute(cls, "__eq__", _make_eq(cls, fields))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">=")):
            if _set_new_attribute(cls, "__" + name + "__", _make_order(cls, fields, op, name)):
                raise TypeError("Cannot overwrite attribute __" + name + "__ in class " + cls.__name__ +
                                ". Consider using functools.total_ordering")
    if frozen:
        for fn in _frozen_attr_hooks(cls):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError("Cannot overwrite attribute " + fn.__name__ + " in class " + cls.__name__)
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class " + cls.__name__)
        cls.__hash__ = _make_hash(cls, fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, fields)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if slots:
        if "__slots__" in cls.__dict__:
            raise TypeError(cls.__name__ + " already specifies __slots__")
        cls = _add_slots(cls, frozen, weakref_slot)
    elif weakref_slot:
        raise TypeError("weakref_slot is True but slots is False")
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    # CPython 3.11's: the fields are names, (name, type) or (name, type, Field or
    # default); the class is made as types.new_class makes it, so its __module__ is
    # 'types' as in CPython 3.11 (3.12 added module=).
    from keyword import iskeyword
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = {'__module__': 'types', '__qualname__': cls_name}
    ns.update(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    # The most derived metaclass of the bases, as types.new_class resolves it.
    bases = tuple(bases)
    meta = type
    for base in bases:
        if issubclass(type(base), meta):
            meta = type(base)
    cls = meta(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def fields(obj):
    if not is_dataclass(obj):
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(f for f in obj.__dataclass_fields__.values() if f._field_type == "_FIELD")


def _copy_value(obj, factory, to_dict):
    # CPython's _asdict_inner/_astuple_inner: dataclasses become factory(...) (pairs for
    # asdict, values for astuple), namedtuples, lists, tuples and dicts are rebuilt as
    # their own type, anything else is deep-copied.
    if is_dataclass(obj) and not isinstance(obj, type):
        if to_dict:
            return factory([(f.name, _copy_value(getattr(obj, f.name), factory, True)) for f in fields(obj)])
        return factory([_copy_value(getattr(obj, f.name), factory, False) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_copy_value(v, factory, to_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_copy_value(v, factory, to_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_copy_value(k, factory, to_dict), _copy_value(v, factory, to_dict)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _copy_value(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _copy_value(obj, tuple_factory, False)


def replace(obj, /, **changes):
    # CPython's: init=False fields cannot be given, the other fields keep their values.
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type not in ("_FIELD", "_FIELD_INITVAR"):
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field " + f.name + " is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type == "_FIELD_INITVAR" and f.default is MISSING:
                raise ValueError("InitVar " + repr(f.name) + " must be specified with replace()")
            if f._field_type == "_FIELD":
                changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
`;
