// `re` (Python 3 dialect): CPython 3.11's regular expressions.
//
// A library module (library.ts) written in ePython below: Pattern, Match and
// re.error are ordinary classes, so their instances are charged to the core and
// traced by the collector like the program's own (a Match is an instance with six
// attributes: 16 + 6·8 B, plus its spans tuple: 8 + 4 per group boundary). The
// matching itself is native (`_re`): the pattern is translated once to a JavaScript
// RegExp (reTranslate.ts) and run by the host's engine; `_exec` returns the spans
// of the groups in code points.
//
// The compiled RegExps live in a per-core host cache (at most CACHE_SIZE patterns),
// not in the core's memory: they are the engine's code, like the program's bytecode.
//
// A single match is one call into the JavaScript engine and cannot be interrupted:
// a pattern with catastrophic backtracking (`(a+)+b` on a long run of a's) holds the
// core until the engine returns, and --timeout cannot stop it meanwhile.

import { typeError } from "../errors.js";
import { asStr, typeName } from "../args.js";
import { cpLength, cpTable, cpToUnit, unitToCp } from "../codepoints.js";
import { PyBytesLike, fromLatin1, latin1, newBytes } from "../bytes.js";
import { PyModule, PyTuple, type CoreApi, type Value } from "../values.js";
import { int, def } from "./util.js";
import { ESCAPED, PatternError, translate, type Translation } from "./reTranslate.js";

const CACHE_SIZE = 256;

interface Found {
  m: RegExpExecArray;
  /** The subject as matched (cut at endpos). */
  s: string;
  /** True when indices must be converted between code units and code points. */
  astral: boolean;
}

interface Compiled {
  t: Translation;
  /**
   * The RegExps, made on first use, by mode (match: sticky; fullmatch: sticky and
   * anchored at the end; search: global) and by whether group spans are needed (the
   * `d` flag costs V8 several microseconds a match, so patterns without groups and
   * findall do without it).
   */
  variants: Map<string, RegExp>;
}

/** Modes of _exec: 0 match (at pos), then these. */
const MODE_FULLMATCH = 1;
const MODE_SEARCH = 2;
/** Search from pos, but an empty match at pos does not count (after an empty match). */
const MODE_SEARCH_ADVANCE = 3;

/** The pattern or subject as a JS string; bytes become latin1 text (one unit per byte). */
function text(v: Value): { s: string; bytes: boolean } {
  const s = asStr(v); // a str subclass's instance (a StrEnum member) is its text
  if (s !== undefined) return { s, bytes: false };
  if (v instanceof PyBytesLike) return { s: latin1(v.data), bytes: true };
  throw typeError(`expected string or bytes-like object, got '${typeName(v)}'`);
}

export function createReHelpers(core: CoreApi): PyModule {
  const mod = new PyModule("_re");
  const cache = core.moduleState("re", () => new Map<string, Compiled | PatternError>());

  function compiled(patternV: Value, flagsV: Value): Compiled | PatternError {
    const p = text(patternV);
    const flags = int(flagsV);
    const key = `${p.bytes ? "b" : "s"}${flags}:${p.s}`;
    let c = cache.get(key);
    if (c === undefined) {
      try {
        c = { t: translate(p.s, flags, p.bytes), variants: new Map() };
      } catch (e) {
        if (!(e instanceof PatternError)) throw e;
        c = e;
      }
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(key, c);
    }
    return c;
  }

  function compiledOk(patternV: Value, flagsV: Value): Compiled {
    const c = compiled(patternV, flagsV);
    if (c instanceof PatternError) throw typeError("_re: pattern did not compile");
    return c;
  }

  function regexp(c: Compiled, mode: number, indices: boolean): RegExp {
    const key = `${mode}${indices ? "d" : ""}`;
    let re = c.variants.get(key);
    if (re !== undefined) return re;
    let f = (indices ? "d" : "") + (c.t.needsSets ? "v" : "u") + (c.t.ignoreCase ? "i" : "");
    let source = c.t.source;
    if (mode === MODE_FULLMATCH) source = `(?:${source})(?![\\s\\S])`;
    f += mode === MODE_SEARCH ? "g" : "y";
    try {
      re = new RegExp(source, f);
    } catch (e) {
      // A translation the engine still refuses: a clear error, never a JS message alone.
      throw new PatternError(`pattern not supported by ePython's re (${(e as Error).message})`, 0);
    }
    c.variants.set(key, re);
    return re;
  }

  /**
   * One match of `r` in `subject` between code points pos and endpos (endpos acts as
   * the end of the string, as CPython's), or null. MODE_SEARCH_ADVANCE is sre's
   * must_advance: after an empty match at pos, a match there must be non-empty;
   * failing that, the first match that starts further on.
   */
  function find(r: Compiled, subject: { s: string; bytes: boolean }, pos: number, endpos: number, mode: number, indices: boolean): Found | null {
    let s = subject.s;
    const astral = !subject.bytes && cpTable(s) !== null; // cached for long strings: O(1) per call
    const end = astral ? cpToUnit(s, endpos) : endpos;
    if (end < s.length) s = s.slice(0, end);
    const from = astral ? cpToUnit(s, pos) : pos;
    let m = run(regexp(r, mode === MODE_SEARCH_ADVANCE ? MODE_SEARCH : mode, indices), s, from);
    if (mode === MODE_SEARCH_ADVANCE && m !== null && m.index === from && m[0]!.length === 0) {
      m = run(nonEmptyAt(r, from, indices), s, from);
      if (m === null && from < s.length) m = run(regexp(r, MODE_SEARCH, indices), s, from + (astral ? unitsAtCp(s, from) : 1));
    }
    return m === null ? null : { m, s, astral };
  }

  // _compile(pattern, flags) -> (flags, groups, ((name, index), ...)) or (None, message, pos).
  def(mod, "_compile", (c, args) => {
    const r = compiled(args[0]!, args[1]!);
    if (r instanceof PatternError) return c.newTuple([null, c.newStr(r.msg), r.pos]);
    try {
      regexp(r, MODE_SEARCH, r.t.groups > 0);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      return c.newTuple([null, c.newStr(e.msg), e.pos]);
    }
    const names = [...r.t.names].map(([name, n]) => c.newTuple([c.newStr(name), n]));
    return c.newTuple([r.t.flags, r.t.groups, c.newTuple(names)]);
  });

  // _exec(pattern, flags, string, pos, endpos, mode) -> None or (s0, e0, s1, e1, ..., lastindex).
  def(mod, "_exec", (c, args) => {
    const r = compiledOk(args[0]!, args[1]!);
    const found = find(r, text(args[2]!), int(args[3]!), int(args[4]!), int(args[5]!), r.t.groups > 0);
    if (found === null) return null;
    const { m, s, astral } = found;
    const toCp = (u: number) => (astral ? unitToCp(s, u) : u);
    const out: Value[] = [toCp(m.index), toCp(m.index + m[0]!.length)];
    let last: number | null = null;
    let lastEnd = -1;
    for (let g = 1; g <= r.t.groups; g++) {
      const sp = m.indices!.groups![`g${g}`];
      if (sp === undefined) {
        out.push(-1, -1);
        continue;
      }
      out.push(toCp(sp[0]), toCp(sp[1]));
      // lastindex: the group whose ')' was passed last (the latest end, then the
      // later ')' in the pattern text: an outer group closes after its inner ones).
      if (last === null || sp[1] > lastEnd || (sp[1] === lastEnd && r.t.closeOrder[g]! > r.t.closeOrder[last]!)) {
        last = g;
        lastEnd = sp[1];
      }
    }
    out.push(last);
    return c.newTuple(out);
  });

  // _findall(pattern, flags, string, pos, endpos) -> the list Pattern.findall returns,
  // scanned here rather than match by match in bytecode (sre's iteration rules).
  def(mod, "_findall", (c, args) => {
    const r = compiledOk(args[0]!, args[1]!);
    const subject = text(args[2]!);
    let pos = int(args[3]!);
    const endpos = int(args[4]!);
    const item = (v: string | undefined): Value => {
      const t = v ?? "";
      return subject.bytes ? newBytes(c, fromLatin1(t)) : c.newStr(t);
    };
    const out: Value[] = [];
    let mode = MODE_SEARCH;
    while (pos <= endpos) {
      const found = find(r, subject, pos, endpos, mode, false);
      if (found === null) break;
      const { m, s, astral } = found;
      const n = r.t.groups;
      if (n === 0) out.push(item(m[0]));
      else if (n === 1) out.push(item(m.groups!.g1));
      else {
        const g: Value[] = [];
        for (let k = 1; k <= n; k++) g.push(item(m.groups![`g${k}`]));
        out.push(c.newTuple(g));
      }
      const start = astral ? unitToCp(s, m.index) : m.index;
      pos = astral ? unitToCp(s, m.index + m[0]!.length) : m.index + m[0]!.length;
      mode = pos === start ? MODE_SEARCH_ADVANCE : MODE_SEARCH;
    }
    return c.newList(out);
  });

  // _subn(pattern, flags, parts, string, count) -> (result, n): sub with a literal
  // or a parsed template (_template's tuple: literal, group, literal, ...), in one pass.
  def(mod, "_subn", (c, args) => {
    const r = compiledOk(args[0]!, args[1]!);
    const partsV = args[2]!;
    const subject = text(args[3]!);
    const count = int(args[4]!);
    const parts: (string | number)[] = partsV instanceof PyTuple
      ? partsV.items.map((v) => (typeof v === "number" ? v : text(v).s))
      : [text(partsV).s];
    const needGroups = parts.some((v, i) => i % 2 === 1 && v !== 0);
    const endpos = subject.bytes ? subject.s.length : cpLength(subject.s);
    const out: string[] = [];
    let pos = 0;
    let last = 0; // code units of the subject already copied
    let n = 0;
    let mode = MODE_SEARCH;
    while (pos <= endpos && (count <= 0 || n < count)) {
      const found = find(r, subject, pos, endpos, mode, needGroups);
      if (found === null) break;
      const { m, s, astral } = found;
      const mEnd = m.index + m[0]!.length;
      out.push(subject.s.slice(last, m.index));
      parts.forEach((v, i) => {
        if (i % 2 === 0) out.push(v as string);
        else if (v === 0) out.push(m[0]!);
        else {
          const sp = m.indices!.groups![`g${v}`];
          if (sp !== undefined) out.push(s.slice(sp[0], sp[1]));
        }
      });
      last = mEnd;
      n++;
      const start = astral ? unitToCp(s, m.index) : m.index;
      pos = astral ? unitToCp(s, mEnd) : mEnd;
      mode = pos === start ? MODE_SEARCH_ADVANCE : MODE_SEARCH;
    }
    out.push(subject.s.slice(last));
    const joined = out.join("");
    return c.newTuple([subject.bytes ? newBytes(c, fromLatin1(joined)) : c.newStr(joined), n]);
  });

  function nonEmptyAt(r: Compiled, from: number, indices: boolean): RegExp {
    const f = (indices ? "d" : "") + (r.t.needsSets ? "v" : "u") + (r.t.ignoreCase ? "i" : "") + "y";
    return new RegExp(`(?:${r.t.source})(?<!^[\\s\\S]{${from}})`, f);
  }

  // _template(pattern, flags, template) -> (literal, group, literal, group, ..., literal)
  // (literals str or bytes as the template), or (None, message, pos).
  def(mod, "_template", (c, args) => {
    const r = compiledOk(args[0]!, args[1]!);
    const tpl = text(args[2]!);
    const parts: Value[] = [];
    const cps = Array.from(tpl.s);
    let lit = "";
    const flush = () => {
      parts.push(tpl.bytes ? newBytes(c, fromLatin1(lit)) : c.newStr(lit));
      lit = "";
    };
    const fail = (msg: string, pos: number) => c.newTuple([null, c.newStr(msg), pos]);
    for (let i = 0; i < cps.length; i++) {
      const ch = cps[i]!;
      if (ch !== "\\") {
        lit += ch;
        continue;
      }
      const start = i;
      const e = cps[++i];
      if (e === undefined) return fail("bad escape (end of pattern)", start);
      if (e === "g") {
        if (cps[i + 1] !== "<") return fail("missing <", i + 1);
        const close = cps.indexOf(">", i + 2);
        if (close < 0) return fail("missing >, unterminated name", i + 2);
        const name = cps.slice(i + 2, close).join("");
        if (name === "") return fail("missing group name", i + 2);
        let n: number;
        if (/^[0-9]+$/.test(name)) {
          n = Number(name);
          if (n > r.t.groups) return fail(`invalid group reference ${n}`, i + 2);
        } else {
          if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) return fail(`bad character in group name '${name}'`, i + 2);
          const k = r.t.names.get(name);
          if (k === undefined) return c.newTuple([null, c.newStr(`unknown group name '${name}'`), -1]);
          n = k;
        }
        flush();
        parts.push(n);
        i = close;
        continue;
      }
      if (e >= "0" && e <= "9") {
        const oct = (x: string | undefined) => x !== undefined && x >= "0" && x <= "7";
        if (e === "0") {
          let d = "0";
          while (d.length < 3 && oct(cps[i + 1])) d += cps[++i];
          lit += String.fromCharCode(parseInt(d, 8));
          continue;
        }
        if (oct(e) && oct(cps[i + 1]) && oct(cps[i + 2])) {
          const d = e + cps[i + 1] + cps[i + 2];
          const v = parseInt(d, 8);
          if (v > 0o377) return fail(`octal escape value \\${d} outside of range 0-0o377`, start);
          lit += String.fromCharCode(v);
          i += 2;
          continue;
        }
        let n = Number(e);
        if (cps[i + 1] !== undefined && cps[i + 1]! >= "0" && cps[i + 1]! <= "9") n = n * 10 + Number(cps[++i]);
        if (n > r.t.groups) return fail(`invalid group reference ${n}`, start + 1);
        flush();
        parts.push(n);
        continue;
      }
      const simple: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };
      if (e in simple) lit += simple[e];
      else if (/[A-Za-z]/.test(e)) return fail(`bad escape \\${e}`, start);
      else lit += "\\" + e;
    }
    flush();
    return c.newTuple(parts);
  });

  // _escape(s): re.escape (str or bytes).
  def(mod, "_escape", (c, args) => {
    const t = text(args[0]!);
    let out = "";
    for (const ch of t.s) out += ESCAPED.has(ch) ? "\\" + ch : ch;
    return t.bytes ? newBytes(c, fromLatin1(out)) : c.newStr(out);
  });

  // _is_bytes(x): True for bytes/bytearray (the pattern's and subject's kinds must agree).
  def(mod, "_is_bytes", (_c, args) => args[0] instanceof PyBytesLike);
  return mod;
}

function run(re: RegExp, s: string, from: number): RegExpExecArray | null {
  if (from > s.length) return null;
  re.lastIndex = from;
  return re.exec(s);
}

function unitsAtCp(s: string, u: number): number {
  const c = s.charCodeAt(u);
  return c >= 0xd800 && c <= 0xdbff && u + 1 < s.length ? 2 : 1;
}

export const RE_SOURCE = `# re: library module of ePython-TS (see src/vm/modules/re.ts)
from _re import _compile, _exec, _findall, _subn, _template, _escape, _is_bytes

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_NAMES = [(1, 're.TEMPLATE'), (2, 're.IGNORECASE'), (4, 're.LOCALE'), (8, 're.MULTILINE'),
               (16, 're.DOTALL'), (32, 're.UNICODE'), (64, 're.VERBOSE'), (128, 're.DEBUG'), (256, 're.ASCII')]


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = msg + ' at position ' + str(pos)
            newline = b'\\n' if _is_bytes(pattern) else '\\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = msg + ' (line ' + str(self.lineno) + ', column ' + str(self.colno) + ')'
        Exception.__init__(self, msg)


error.__module__ = 're'
PatternError = error


def _check_kind(pattern, string):
    if _is_bytes(pattern):
        if isinstance(string, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')
    elif not isinstance(string, str):
        if _is_bytes(string):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError("expected string or bytes-like object, got '" + type(string).__name__ + "'")


def _bounds(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos is None or endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    return pos, endpos


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        self.lastindex = spans[-1]

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, n in self.re.groupindex.items():
            if n == i:
                return name
        return None

    @property
    def regs(self):
        return tuple([(self._spans[2 * g], self._spans[2 * g + 1]) for g in range(self.re.groups + 1)])

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            n = self.re.groupindex.get(g)
            if n is not None:
                return n
        raise IndexError('no such group')

    def _get(self, g, default=None):
        i = 2 * self._index(g)
        s = self._spans[i]
        if s < 0:
            return default
        return self.string[s:self._spans[i + 1]]

    def group(self, *args):
        if len(args) == 0:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple([self._get(g) for g in args])

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, n in self.re.groupindex.items():
            d[name] = self._get(n, default)
        return d

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = 2 * self._index(group)
        return (self._spans[i], self._spans[i + 1])

    def expand(self, template):
        return _expand(self.re, _template(self.re.pattern, self.re.flags, template), self, template)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=' + repr(self.span()) + ', match=' + repr(self.group()) + '>'


def _expand(pattern, parts, m, template):
    if parts[0] is None:
        if parts[2] < 0:
            raise IndexError(parts[1])
        raise error(parts[1], template, parts[2])
    out = []
    empty = parts[0][:0]
    for i in range(len(parts)):
        p = parts[i]
        if i % 2 == 0:
            if p:
                out.append(p)
        else:
            g = m._get(p)
            if g is not None:
                out.append(g)
    return empty.join(out)


class Pattern:
    def __init__(self, pattern, flags, groups, names):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        d = {}
        for name, n in names:
            d[name] = n
        self.groupindex = d

    def _run(self, string, pos, endpos, mode):
        _check_kind(self.pattern, string)
        pos, endpos = _bounds(string, pos, endpos)
        spans = _exec(self.pattern, self.flags, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos):
        # sre's iteration: the next search starts where the last match ended; after an
        # empty match it must advance (no second empty match at the same place).
        _check_kind(self.pattern, string)
        pos, endpos = _bounds(string, pos, endpos)
        mode = 2
        while pos <= endpos:
            spans = _exec(self.pattern, self.flags, string, pos, endpos, mode)
            if spans is None:
                return
            yield spans
            mode = 3 if spans[0] == spans[1] else 2
            pos = spans[1]

    def finditer(self, string, pos=0, endpos=None):
        for spans in self._scan(string, pos, endpos):
            yield Match(self, string, pos, endpos, spans)

    def findall(self, string, pos=0, endpos=None):
        _check_kind(self.pattern, string)
        pos, endpos = _bounds(string, pos, endpos)
        return _findall(self.pattern, self.flags, string, pos, endpos)

    def subn(self, repl, string, count=0):
        _check_kind(self.pattern, string)
        if not callable(repl):
            _check_kind(self.pattern, repl)
            parts = repl
            if (b'\\\\' if _is_bytes(repl) else '\\\\') in repl:
                parts = _template(self.pattern, self.flags, repl)
                if parts[0] is None:
                    if parts[2] < 0:
                        raise IndexError(parts[1])
                    raise error(parts[1], repl, parts[2])
            return _subn(self.pattern, self.flags, parts, string, count)
        out = []
        last = 0
        n = 0
        for spans in self._scan(string, 0, None):
            out.append(string[last:spans[0]])
            r = repl(Match(self, string, 0, len(string), spans))
            if r is not None:
                out.append(r)
            last = spans[1]
            n += 1
            if n == count:
                break
        out.append(string[last:])
        return (string[:0].join(out), n)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for spans in self._scan(string, 0, None):
            if maxsplit > 0 and n >= maxsplit:
                break
            out.append(string[last:spans[0]])
            for g in range(1, self.groups + 1):
                s = spans[2 * g]
                out.append(string[s:spans[2 * g + 1]] if s >= 0 else None)
            last = spans[1]
            n += 1
        out.append(string[last:])
        return out

    def __repr__(self):
        flags = self.flags
        if not _is_bytes(self.pattern):
            flags = flags & ~32
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags == 0:
            return 're.compile(' + text + ')'
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags = flags & ~bit
        if flags:
            names.append(hex(flags))
        return 're.compile(' + text + ', ' + '|'.join(names) + ')'

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, str) and not _is_bytes(pattern):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    info = _compile(pattern, flags)
    if info[0] is None:
        raise error(info[1], pattern, info[2])
    p = Pattern(pattern, info[0], info[1], info[2])
    if len(_cache) >= 100:
        _cache.clear()
    _cache[key] = p
    return p


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def escape(pattern):
    return _escape(pattern)


# CPython's Pattern and Match are C types: its messages name them 're.Pattern', 're.Match'.
from _collections import _set_type_name
_set_type_name(Pattern, 're.Pattern')
_set_type_name(Match, 're.Match')
del _set_type_name
`;
