// The `json` module (Python 3 dialect): a library module written in ePython.
//
// `dumps` and `loads` with CPython's output and errors for the common options
// (`indent`, `separators`, `sort_keys`, `default`, `ensure_ascii`, `allow_nan`).
// A core has no files, so `dump`/`load` take any object with `write`/`read`
// (`sys.stdout` for `dump`). Floats print with the run's precision, as every float.
//
// Not provided: `JSONEncoder`/`JSONDecoder` subclassing, `object_hook`,
// `object_pairs_hook`, `parse_float`/`parse_int`, `check_circular` (a cycle ends in
// RecursionError rather than ValueError).

export const JSON_SOURCE = `# json: library module of ePython-TS (see src/vm/modules/jsonSource.ts)

class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\\n", 0, pos) + 1
        colno = pos - doc.rfind("\\n", 0, pos)
        ValueError.__init__(self, msg + ": line " + str(lineno) + " column " + str(colno) + " (char " + str(pos) + ")")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\\\"', "\\\\": "\\\\\\\\", "\\n": "\\\\n", "\\r": "\\\\r", "\\t": "\\\\t", "\\b": "\\\\b", "\\f": "\\\\f"}


def _hex4(n):
    return "\\\\u" + "0123456789abcdef"[(n >> 12) & 15] + "0123456789abcdef"[(n >> 8) & 15] + "0123456789abcdef"[(n >> 4) & 15] + "0123456789abcdef"[n & 15]


def _quote(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
            continue
        n = ord(ch)
        if n < 32:
            out.append(_hex4(n))
        elif n > 126 and ensure_ascii:
            if n > 0xFFFF:
                n -= 0x10000
                out.append(_hex4(0xD800 | (n >> 10)))
                out.append(_hex4(0xDC00 | (n & 0x3FF)))
            else:
                out.append(_hex4(n))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_text(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


def _key_text(k, allow_nan):
    if isinstance(k, str):
        return k
    if k is True:
        return "true"
    if k is False:
        return "false"
    if k is None:
        return "null"
    if isinstance(k, int):
        return str(k)
    if isinstance(k, float):
        return _float_text(k, allow_nan)
    raise TypeError("keys must be str, int, float, bool or None, not " + type(k).__name__)


def _encode(o, out, opts, level):
    indent, item_sep, key_sep, sort_keys, default, ensure_ascii, allow_nan = opts
    if o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif isinstance(o, str):
        out.append(_quote(o, ensure_ascii))
    elif isinstance(o, int):
        out.append(str(o))
    elif isinstance(o, float):
        out.append(_float_text(o, allow_nan))
    elif isinstance(o, (list, tuple)):
        if not o:
            out.append("[]")
            return
        out.append("[")
        inner = None
        if indent is not None:
            inner = "\\n" + indent * (level + 1)
            out.append(inner)
        first = True
        for v in o:
            if not first:
                out.append(item_sep)
                if inner is not None:
                    out.append(inner)
            first = False
            _encode(v, out, opts, level + 1)
        if indent is not None:
            out.append("\\n" + indent * level)
        out.append("]")
    elif isinstance(o, dict):
        if not o:
            out.append("{}")
            return
        out.append("{")
        inner = None
        if indent is not None:
            inner = "\\n" + indent * (level + 1)
            out.append(inner)
        items = [(_key_text(k, allow_nan), v) for k, v in o.items()]
        if sort_keys:
            items.sort(key=lambda kv: kv[0])
        first = True
        for k, v in items:
            if not first:
                out.append(item_sep)
                if inner is not None:
                    out.append(inner)
            first = False
            out.append(_quote(k, ensure_ascii))
            out.append(key_sep)
            _encode(v, out, opts, level + 1)
        if indent is not None:
            out.append("\\n" + indent * level)
        out.append("}")
    elif default is not None:
        _encode(default(o), out, opts, level)
    else:
        raise TypeError("Object of type " + type(o).__name__ + " is not JSON serializable")


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False):
    if isinstance(indent, int):
        indent = " " * indent
    if separators is None:
        separators = (", ", ": ") if indent is None else (",", ": ")
    out = []
    _encode(obj, out, (indent, separators[0], separators[1], sort_keys, default, ensure_ascii, allow_nan), 0)
    return "".join(out)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False):
    fp.write(dumps(obj, ensure_ascii=ensure_ascii, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys))


_WS = " \\t\\n\\r"
_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": -float("inf")}


class _Decoder:
    def __init__(self, doc):
        self.doc = doc
        self.n = len(doc)

    def skip(self, i):
        doc = self.doc
        while i < self.n and doc[i] in _WS:
            i += 1
        return i

    def value(self, i):
        doc = self.doc
        if i >= self.n:
            raise JSONDecodeError("Expecting value", doc, i)
        ch = doc[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == "{":
            return self.object(i + 1)
        if ch == "[":
            return self.array(i + 1)
        if doc.startswith("null", i):
            return None, i + 4
        if doc.startswith("true", i):
            return True, i + 4
        if doc.startswith("false", i):
            return False, i + 5
        for name in ("NaN", "Infinity", "-Infinity"):
            if doc.startswith(name, i):
                return _CONSTANTS[name], i + len(name)
        return self.number(i)

    def number(self, i):
        doc = self.doc
        j = i
        if j < self.n and doc[j] == "-":
            j += 1
        start_digits = j
        if j < self.n and doc[j] == "0":
            j += 1
        else:
            while j < self.n and "0" <= doc[j] <= "9":
                j += 1
        if j == start_digits:
            raise JSONDecodeError("Expecting value", doc, i)
        is_float = False
        if j + 1 < self.n and doc[j] == "." and "0" <= doc[j + 1] <= "9":
            is_float = True
            j += 1
            while j < self.n and "0" <= doc[j] <= "9":
                j += 1
        if j < self.n and doc[j] in "eE":
            k = j + 1
            if k < self.n and doc[k] in "+-":
                k += 1
            if k < self.n and "0" <= doc[k] <= "9":
                is_float = True
                j = k
                while j < self.n and "0" <= doc[j] <= "9":
                    j += 1
        text = doc[i:j]
        return (float(text) if is_float else int(text)), j

    def string(self, i):
        doc = self.doc
        start = i - 1
        chunks = []
        while True:
            j = i
            while j < self.n and doc[j] != '"' and doc[j] != "\\\\" and doc[j] >= " ":
                j += 1
            chunks.append(doc[i:j])
            if j >= self.n:
                raise JSONDecodeError("Unterminated string starting at", doc, start)
            ch = doc[j]
            if ch == '"':
                return "".join(chunks), j + 1
            if ch != "\\\\":
                raise JSONDecodeError("Invalid control character at", doc, j)
            if j + 1 >= self.n:
                raise JSONDecodeError("Unterminated string starting at", doc, start)
            esc = doc[j + 1]
            if esc == "u":
                code = self.hex4(j + 2, j)
                i = j + 6
                if 0xD800 <= code <= 0xDBFF and doc.startswith("\\\\u", i):
                    low = self.hex4(i + 2, i)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                chunks.append(chr(code))
                continue
            mapped = {'"': '"', "\\\\": "\\\\", "/": "/", "b": "\\b", "f": "\\f", "n": "\\n", "r": "\\r", "t": "\\t"}.get(esc)
            if mapped is None:
                raise JSONDecodeError("Invalid \\\\escape", doc, j)
            chunks.append(mapped)
            i = j + 2

    def hex4(self, i, at):
        text = self.doc[i:i + 4]
        if len(text) != 4 or any(c not in "0123456789abcdefABCDEF" for c in text):
            raise JSONDecodeError("Invalid \\\\uXXXX escape", self.doc, at)
        return int(text, 16)

    def array(self, i):
        doc = self.doc
        out = []
        i = self.skip(i)
        if i < self.n and doc[i] == "]":
            return out, i + 1
        while True:
            v, i = self.value(i)
            out.append(v)
            i = self.skip(i)
            if i < self.n and doc[i] == "]":
                return out, i + 1
            if i >= self.n or doc[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", doc, i)
            i = self.skip(i + 1)

    def object(self, i):
        doc = self.doc
        out = {}
        i = self.skip(i)
        if i < self.n and doc[i] == "}":
            return out, i + 1
        while True:
            if i >= self.n or doc[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", doc, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= self.n or doc[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", doc, i)
            i = self.skip(i + 1)
            v, i = self.value(i)
            out[key] = v
            i = self.skip(i)
            if i < self.n and doc[i] == "}":
                return out, i + 1
            if i >= self.n or doc[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", doc, i)
            i = self.skip(i + 1)


def loads(s):
    if not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not " + type(s).__name__)
    d = _Decoder(s)
    value, end = d.value(d.skip(0))
    end = d.skip(end)
    if end != len(s):
        raise JSONDecodeError("Extra data", s, end)
    return value


def load(fp):
    return loads(fp.read())
`;
