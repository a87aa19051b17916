// The \`contextvars\` module (Python 3 dialect): PEP 567's ContextVar, Token and
// Context, a library module written in ePython after the behaviour of CPython 3.11's
// C implementation (its messages). A Context keeps its variables in a dict (CPython:
// an immutable HAMT): \`copy_context()\` copies it, so a copy costs one dict entry per
// variable set, and \`set\` changes the current context's dict in place, which gives
// the same results for programs (changes made inside \`ctx.run\` stay in \`ctx\`).
// asyncio's tasks each run in a copy of the context they were made in, as CPython's
// (asyncioSource.ts Task, which copies it only when the program imported contextvars).
// The current context is this module's global; a core runs one thread, so there is
// one at a time.

export const CONTEXTVARS_SOURCE = `# contextvars: library module of ePython-TS (see src/vm/modules/contextvarsSource.ts)

_NO_DEFAULT = object()


class Context:
    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    @classmethod
    def __class_getitem__(cls, item):
        return cls

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError('cannot enter context: ' + repr(self) + ' is already entered')
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got " + repr(var))
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got " + repr(var))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got " + repr(var))
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def copy_context():
    return _current.copy()


class ContextVar:
    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @classmethod
    def __class_getitem__(cls, item):
        return cls

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_NO_DEFAULT):
        try:
            return _current._data[self]
        except KeyError:
            pass
        if default is not _NO_DEFAULT:
            return default
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        data = ctx._data
        old_value = data.get(self, Token.MISSING)
        data[self] = value
        return Token(ctx, self, old_value)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got " + repr(token))
        if token._used:
            raise RuntimeError(repr(token) + " has already been used once")
        if token._var is not self:
            raise ValueError(repr(token) + " was created by a different ContextVar")
        if token._ctx is not _current:
            raise ValueError(repr(token) + " was created in a different Context")
        if token._old_value is Token.MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old_value
        token._used = True

    def __repr__(self):
        r = '<ContextVar name=' + repr(self._name)
        if self._default is not _NO_DEFAULT:
            r += ' default=' + repr(self._default)
        return r + ' at ' + hex(id(self)) + '>'

    def __hash__(self):
        return id(self)


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    MISSING = _Missing()

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @classmethod
    def __class_getitem__(cls, item):
        return cls

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        return '<Token' + (' used' if self._used else '') + ' var=' + repr(self._var) + ' at ' + hex(id(self)) + '>'
`;
