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
// Formatter is CPython 3.11's class (format, vformat, parse, get_field, get_value,
// check_unused_args, format_field, convert_field), with the parsers it takes from the
// C module _string (formatter_parser, formatter_field_name_split) written here in
// ePython after CPython's unicode_format.h.
// Not provided: a subclass's own `idpattern`/`pattern`/`flags`.

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

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \\
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index


    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]


    def check_unused_args(self, used_args, args, kwargs):
        pass


    def format_field(self, value, format_spec):
        return format(value, format_spec)


    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))


    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _formatter_parser(format_string)


    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first


# The parsers CPython's Formatter takes from _string (Objects/stringlib/
# unicode_format.h: MarkupIterator and FieldNameIterator), step for step: the same
# pieces, errors, and laziness (an iterator's errors come as it reaches them).
def _formatter_parser(format_string):
    if not isinstance(format_string, str):
        raise TypeError("expected str, got " + type(format_string).__name__)
    return _markup(format_string)


def _markup(s):
    end = len(s)
    i = 0
    while i < end:
        start = i
        c = ""
        markup_follows = False
        while i < end:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                markup_follows = True
                break
        at_end = i >= end
        length = i - start
        if c == "}" and (at_end or s[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{":
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[i] == c:
                # An escaped brace: the literal text ends with it.
                i += 1
                markup_follows = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup_follows:
            yield literal, None, None, None
            continue
        name_start = i
        c = ""
        while i < end:
            c = s[i]
            i += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                while i < end and s[i] != "]":
                    i += 1
                continue
            if c == "}" or c == ":" or c == "!":
                break
        field_name = s[name_start:i - 1]
        conversion = None
        format_spec = ""
        if c == "!" or c == ":":
            closed = False
            if c == "!":
                if i >= end:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[i]
                i += 1
                if i < end:
                    c = s[i]
                    i += 1
                    if c == "}":
                        closed = True
                    elif c != ":":
                        raise ValueError("expected ':' after conversion specifier")
            if not closed:
                spec_start = i
                count = 1
                while i < end:
                    c = s[i]
                    i += 1
                    if c == "{":
                        count += 1
                    elif c == "}":
                        count -= 1
                        if count == 0:
                            format_spec = s[spec_start:i - 1]
                            closed = True
                            break
                if not closed:
                    raise ValueError("unmatched '{' in format spec")
        elif c != "}":
            raise ValueError("expected '}' before end of string")
        yield literal, field_name, format_spec, conversion


_SSIZE_MAX = 9223372036854775807


# A field name's (or key's) index: its int when all its characters are decimal digits,
# else -1 (CPython's get_integer).
def _field_index(s):
    if not s:
        return -1
    for ch in s:
        if not ch.isdecimal():
            return -1
    n = int(s)
    if n > _SSIZE_MAX:
        raise ValueError("Too many decimal digits in format string")
    return n


def _formatter_field_name_split(field_name):
    if not isinstance(field_name, str):
        raise TypeError("expected str, got " + type(field_name).__name__)
    i = 0
    n = len(field_name)
    while i < n and field_name[i] != "." and field_name[i] != "[":
        i += 1
    first = field_name[:i]
    index = _field_index(first)
    return (first if index == -1 else index), _field_name_rest(field_name, i)


def _field_name_rest(s, i):
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == ".":
            is_attr = True
            start = i
            while i < n and s[i] != "." and s[i] != "[":
                i += 1
            name = s[start:i]
        elif c == "[":
            is_attr = False
            start = i
            while i < n and s[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = s[start:i]
            i += 1
            index = _field_index(name)
            if index != -1:
                name = index
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if name == "":
            raise ValueError("Empty attribute in format string")
        yield is_attr, name
`;

/** The classic dialect's `string`: the native constants and capwords, no Template. */
export const STRING_CLASSIC_SOURCE = `from _string import ascii_lowercase, ascii_uppercase, ascii_letters, digits, hexdigits, octdigits, punctuation, whitespace, printable, capwords
`;
