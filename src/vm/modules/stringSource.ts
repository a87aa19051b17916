// The `string` module (Python 3 dialect): the constants and capwords of the native
// `_string` (string.ts), and `Template`, written in ePython.
//
// Template is CPython 3.11's: `$name`, `${name}` and `$$`, `substitute(mapping, **kws)`
// (a missing name is KeyError, a bad placeholder CPython's "Invalid placeholder in
// string: line L, col C" ValueError), `safe_substitute` (leaves both as written),
// `get_identifiers()`, `is_valid()`, `template`. A subclass may change `delimiter`;
// identifiers are CPython's default pattern (ASCII letters, digits, `_`, not starting
// with a digit). The template is scanned by hand, not by `re`, so importing `string`
// does not bring the regular-expression module onto the core.
// The classic dialect's `string` is the constants and capwords only.
// Not provided: a subclass's own `idpattern`/`pattern`/`flags`, `Formatter`.

export const STRING_SOURCE = `# string: library module of ePython-TS (see src/vm/modules/stringSource.ts)
from _string import (ascii_lowercase, ascii_uppercase, ascii_letters, digits, hexdigits,
                     octdigits, punctuation, whitespace, printable, capwords)

_ID_START = "_" + ascii_letters
_ID_REST = _ID_START + digits


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_NO_MAPPING = {}


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    # Its placeholders in order: (kind, name, start, end), kind one of "escaped",
    # "named", "braced", "invalid"; start is the delimiter's index, end the index
    # after the placeholder (after the delimiter alone for an invalid one).
    def _scan(self):
        t = self.template
        d = self.delimiter
        n = len(t)
        found = []
        i = t.find(d)
        while i >= 0:
            k = i + len(d)
            kind = "invalid"
            name = None
            end = k
            if t.startswith(d, k):
                kind = "escaped"
                end = k + len(d)
            elif k < n and t[k] in _ID_START:
                end = k + 1
                while end < n and t[end] in _ID_REST:
                    end += 1
                kind = "named"
                name = t[k:end]
            elif k + 1 < n and t[k] == "{" and t[k + 1] in _ID_START:
                e = k + 2
                while e < n and t[e] in _ID_REST:
                    e += 1
                if e < n and t[e] == "}":
                    kind = "braced"
                    name = t[k + 1:e]
                    end = e + 1
            found.append((kind, name, i, end))
            i = t.find(d, end)
        return found

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _render(self, mapping, kws, safe):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        t = self.template
        out = []
        i = 0
        for kind, name, start, end in self._scan():
            out.append(t[i:start])
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                if not safe:
                    self._invalid(start + len(self.delimiter))
                out.append(self.delimiter)
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(t[start:end])
            else:
                out.append(str(mapping[name]))
            i = end
        out.append(t[i:])
        return "".join(out)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._render(mapping, kws, True)

    def is_valid(self):
        for kind, name, start, end in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, name, start, end in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
`;

/** The classic dialect's `string`: the native constants and capwords, no Template. */
export const STRING_CLASSIC_SOURCE = `from _string import ascii_lowercase, ascii_uppercase, ascii_letters, digits, hexdigits, octdigits, punctuation, whitespace, printable, capwords
`;
