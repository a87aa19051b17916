import { describe, expect, it } from "vitest";
import { runSource } from "../helpers/runSource.js";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";

describe.runIf(haveCPython)("re (against CPython 3.11)", () => {
  it("match objects, findall/finditer/sub/subn/split, named groups, flags, bytes", () => {
    expectSameAsCPython(`import re
m = re.match(r'(\\w+) (\\w+)', 'Hello World again')
print(m, m.group(0), m.group(1, 2), m[2], m.groups(), m.span(2), m.start(), m.end(1), m.lastindex)
print(re.findall(r'\\d+', 'a1 b22 c333'), re.findall(r'(\\w)(\\d)', 'a1 b2'))
print(re.sub(r'(\\w+)@(\\w+)', r'\\2 at \\1', 'joe@home bob@work'))
print(re.sub('x*', '-', 'abxd'), re.split(r'\\b', 'a b'), re.split(r'(,)', 'a,b,c', maxsplit=1))
p = re.compile(r'(?P<year>\\d{4})-(?P<mon>\\d\\d)', re.I | re.M)
print(p, p.groups, p.groupindex)
m = p.search('date: 2024-05!')
print(m.groupdict(), m['year'], m.lastgroup, m.expand(r'\\g<mon>/\\g<year>'))
print(re.subn(r'a', lambda m: m.group().upper(), 'banana'))
print(re.escape('a.b*c d'), re.fullmatch(r'a|ab', 'ab'), re.search(r'^b', 'a\\nb', re.M))
print([m.span() for m in re.finditer(r'|a', 'a')])
print(re.findall(r'(?<=-)\\w+', 'a-bc -de'), re.findall(r'a.*?b', 'aXbYb'), re.match(r'(a)(b)?', 'a').groups('z'))
try:
    re.compile('(a')
except re.error as e:
    print('error:', e, e.pos, e.msg)
print(re.sub(r'\\s+', ' ', 'a \\t\\n b\\u3000c'), re.findall(r'\\w+', 'héllo wörld 日本'))
print(re.split(r'x*', 'axbc'), re.findall(r'$', 'a\\n'), re.match(r'a++b', 'aab'))
print(re.compile(b'a(b)').match(b'abc').group(1), re.sub(b'b', b'X', b'abcb'))
`);
  });

  it("pattern errors with CPython's messages and positions; anchors, classes, lastindex, astral text", () => {
    expectSameAsCPython(`import re
for p in ['*a', 'a**', '[a', '(?P<1>a)', '(?P=x)', r'\\q', '[z-a]', '(?i)a(?m)b', '(a)\\\\2', 'a{3,1}', '(?<x>a)', r'(?P<n>a)(?P<n>b)', 'x{2}{3}', '(?#abc', r'\\x4', 'a\\n(']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(repr(p), e)
print(re.compile('a{,3}x{2,}y{2}z{,}').match('aaaxxyyzz'), re.match('a{b', 'a{b'), re.match('\\\\{\\\\}', '{}'))
print(re.match(r'(?x) a  b # comment\\n c', 'abc'), re.match(r'(?s:.)(?m:^)', '\\nx'), re.findall(r'(?>a+)b', 'aab ab'))
print(re.sub(r'(?P<w>\\w+)', r'[\\g<w>\\g<0>]', 'hi you'), re.sub('a', r'\\n', 'bab'), re.sub('(a)|b', r'<\\1>', 'ab'))
print(re.findall(r'\\bfoo\\b', 'foo foobar (foo)'), re.findall(r'\\Bo', 'foo o'), re.search(r'\\Aab\\Z', 'ab'), re.search(r'ab$', 'ab\\n'), re.search(r'ab\\Z', 'ab\\n'))
print(re.findall('[^\\\\W\\\\d]+', 'ab12cd_3'), re.findall(r'[\\s,]+', 'a, b  ,c'), re.match('.', '\\n'), re.match('.', '\\r'), re.findall('(?i)straße|ǅ', 'STRASSE ǆ'))
print(re.findall(r'(a)|(b)', 'ab'), re.match(r'((a)|b)+', 'ab').lastindex, re.match(r'(a)(b)?', 'a').lastindex, re.match('()()', '').lastindex, re.match('((a))', 'a').lastindex)
print(re.compile('x', re.A).flags, re.compile(b'x').flags, re.compile('x').flags, re.compile('(?i)x').flags, re.compile('x', re.X | re.S))
print(re.split(r'[,;]\\s*', 'a, b;c,  d', 2), re.split('(a)(x)?', 'bab'), re.findall(r'(\\w+)=(\\d+)?', 'a=1 b= c=3'))
m = re.search('(?P<a>x)(y)', 'zzxy')
print(m.regs, m.re, m.string, m.pos, m.endpos, re.compile('a').search('baaa', 2, 3))
print(re.sub('😀+', '!', 'a😀😀b😀'), [m.span() for m in re.finditer('😀|b', 'a😀😀b😀')], re.findall('.', '😀a'))
print(re.match('(?i)[a-c]+', 'ABCd'), re.escape(b'a.b'), re.escape('\\u00e9!'))
try:
    m['nope']
except IndexError as e:
    print('IndexError', e)
try:
    re.sub('a', r'\\g<x>', 'a')
except IndexError as e:
    print('IndexError', e)
try:
    re.sub('a', r'\\2', 'a')
except re.error as e:
    print('error', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError', e)
`);
  });
});

describe("re: memory", () => {
  it("match objects are charged to the core and collected", () => {
    const src = [
      "import re, memory", "p = re.compile('(a)(b)')", "p.match('ab')", "memory.gc()", "u = memory.used()",
      "ms = [p.match('ab') for _ in range(100)]", "grown = memory.used() - u", "ms = None", "memory.gc()",
      "print(grown >= 100 * 100, memory.used() - u)",
    ].join("\n") + "\n";
    const r = runSource(src, { localMemory: 2_000_000 });
    expect(r.error).toBeNull();
    expect(r.out.trim().split("\n").pop()).toMatch(/True 0$/);
  });
});

describe("re: what is refused", () => {
  it("conditional groups are a clear re.error", () => {
    const r = runSource("import re\nre.compile('(a)(?(1)b|c)')\n");
    expect(r.error?.pyMessage).toBe("conditional groups (?(...)...) are not supported by ePython's re at position 3");
  });
  it("a back reference inside a scoped case flag is a clear re.error", () => {
    const r = runSource("import re\nre.compile('(a)(?i:b\\\\1)')\n");
    expect(r.error?.pyMessage).toContain("a back reference where re.I is scoped");
  });
});
