// The `json` module (Python 3 dialect): its API in ePython, its two loops native.
//
// As CPython's json package sits on its `_json` C accelerator, this module handles the
// arguments, `JSONEncoder`/`JSONDecoder` (for `cls=`), `JSONDecodeError` and
// `dump`/`load`, and calls `_json.encode` / `_json.scan` (src/vm/modules/json.ts) for
// the work: CPython 3.11's output and errors for `indent`, `separators`, `sort_keys`,
// `skipkeys`, `default`, `ensure_ascii`, `allow_nan`, `check_circular`, `object_hook`,
// `object_pairs_hook`, `parse_float`, `parse_int`, `parse_constant`. A core has no
// files, so `dump`/`load` take any object with `write`/`read` (io.StringIO,
// `sys.stdout`). Floats print with the run's precision, as every float.
//
// Not provided: `strict=False` (control characters inside strings), `raw_decode`,
// `iterencode` in chunks (it yields the whole document once), detecting UTF-16/32
// in `loads` of bytes (UTF-8 only).

export const JSON_SOURCE = `# json: library module of ePython-TS (see src/vm/modules/jsonSource.ts)
from _json import encode as _encode, scan as _scan

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    __module__ = "json.decoder"
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\\n", 0, pos) + 1
        colno = pos - doc.rfind("\\n", 0, pos)
        ValueError.__init__(self, msg + ": line " + str(lineno) + " column " + str(colno) + " (char " + str(pos) + ")")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


def _not_serializable(o):
    raise TypeError("Object of type " + type(o).__name__ + " is not JSON serializable")


class JSONEncoder:
    __module__ = "json.encoder"
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        _not_serializable(o)

    def encode(self, o):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _encode(o, indent, self.item_separator, self.key_separator, self.sort_keys, self.skipkeys,
                       self.ensure_ascii, self.allow_nan, self.check_circular, self.default)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is not None:
        return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw).encode(obj)
    if kw:
        raise TypeError("dumps() got an unexpected keyword argument '" + next(iter(kw)) + "'")
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    if separators is None:
        item_sep, key_sep = (', ', ': ') if indent is None else (',', ': ')
    else:
        item_sep, key_sep = separators
    return _encode(obj, indent, item_sep, key_sep, sort_keys, skipkeys, ensure_ascii, allow_nan,
                   check_circular, default)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    fp.write(dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, cls=cls, indent=indent, separators=separators,
                   default=default, sort_keys=sort_keys, **kw))


class JSONDecoder:
    __module__ = "json.decoder"
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        if not strict:
            raise NotImplementedError("json: strict=False is not supported yet")
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        value, err, pos = _scan(s, self.object_hook, self.object_pairs_hook, self.parse_float,
                                self.parse_int, self.parse_constant)
        if err is not None:
            raise JSONDecodeError(err, s, pos)
        return value

    def raw_decode(self, s, idx=0):
        # The value that starts at s[idx] (no whitespace skipped) and the index after it.
        if not isinstance(s, str):
            raise TypeError("first argument must be a string, not " + type(s).__name__)
        if idx < 0:
            raise ValueError("idx cannot be negative")
        if idx >= len(s):
            raise JSONDecodeError("Expecting value", s, idx)
        value, err, pos = _scan(s, self.object_hook, self.object_pairs_hook, self.parse_float,
                                self.parse_int, self.parse_constant, idx)
        if err is not None:
            raise JSONDecodeError(err, s, pos)
        return value, pos


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8-sig' if s.startswith(b'\\xef\\xbb\\xbf') else 'utf-8')
    else:
        raise TypeError("the JSON object must be str, bytes or bytearray, not " + type(s).__name__)
    if cls is not None or kw:
        decoder = (cls or JSONDecoder)(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                                       parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
        return decoder.decode(s)
    value, err, pos = _scan(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant)
    if err is not None:
        raise JSONDecodeError(err, s, pos)
    return value


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
`;
