// zlib (over pako: CPython's bytes at every level, window, memLevel and strategy),
// gzip's compress/decompress, and the library modules taken from CPython 3.11's Lib:
// colorsys, configparser, html.parser, tomllib, optparse; the modules absent on purpose
// say why. Parity programs run on both, errors must be CPython's last line too.
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { runSource } from "../helpers/runSource.js";

describeCPythonParity(
  "zlib, gzip, colorsys, configparser, html.parser, tomllib, optparse against CPython",
  {
    "zlib output equals CPython's byte for byte": `import zlib, random
random.seed(7)
text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog %d\\n" % (i, i * i % 97) for i in range(600))
inputs = [b"", b"a", b"abc" * 10, bytes(range(256)) * 4, text, text[:777],
          bytes(random.getrandbits(8) for _ in range(3000)), b"\\x00" * 40000,
          bytes(random.choice(b"ab") for _ in range(5000))]
for d in inputs:
    line = []
    for level in range(-1, 10):
        for wbits in (15, -15, 31, 9):
            c = zlib.compress(d, level, wbits)
            assert zlib.decompress(c, wbits) == d
            line.append(zlib.crc32(c))
    for mem, strat in ((1, 0), (9, 0), (8, 1), (8, 2), (8, 3), (8, 4)):
        co = zlib.compressobj(6, zlib.DEFLATED, 15, mem, strat)
        c = b"".join([co.compress(d[:len(d)//3]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(d[len(d)//3:]),
                      co.flush(zlib.Z_FULL_FLUSH), co.compress(b"end"), co.flush()])
        line.append(zlib.crc32(c))
        do = zlib.decompressobj()
        out, buf = b"", c + b"trailing"
        while buf:
            out += do.decompress(buf, 1000)
            buf = do.unconsumed_tail
            if do.eof:
                break
        assert out == d + b"end" and do.unused_data == b"trailing"
    print(len(d), line)
print(zlib.compress(b"abc" * 10), zlib.compress(b"hello", 0), zlib.compress(b"hello", 9, -9))
big = bytes(random.getrandbits(8) for _ in range(70000))
s = zlib.compress(big, 0)
print(len(s), zlib.crc32(s), zlib.decompress(s, bufsize=1) == big)
dictionary = b"the quick brown fox"
co = zlib.compressobj(zdict=dictionary)
c = co.compress(b"the quick brown fox jumps") + co.flush()
print(c, zlib.decompressobj(zdict=dictionary).decompress(c))
co = zlib.compressobj(wbits=-15, zdict=dictionary)
c = co.compress(b"the quick brown fox jumps") + co.flush()
print(c, zlib.decompressobj(wbits=-15, zdict=dictionary).decompress(c))
`,
    "zlib objects: flush modes, unused_data, unconsumed_tail, eof, errors": `import zlib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
c=zlib.compressobj()
t(lambda: c.compress(b"abc"))
t(lambda: c.flush())
t(lambda: c.compress(b"abc"))
t(lambda: c.flush())
t(lambda: zlib.compress(b"x", 10))
t(lambda: zlib.compress(b"x", wbits=99))
t(lambda: zlib.compressobj(wbits=99))
t(lambda: zlib.compressobj(memLevel=0))
t(lambda: zlib.decompressobj(wbits=99))
t(lambda: zlib.decompress(b"abc"))
t(lambda: zlib.decompress(zlib.compress(b"hello")[:-3]))
t(lambda: zlib.decompress(zlib.compress(b"hello")+b"xx"))
t(lambda: zlib.decompress(b"x\\x9c\\x03"))
t(lambda: zlib.decompress("abc"))
t(lambda: zlib.compress("abc"))
t(lambda: zlib.decompress(zlib.compress(b"hello"), bufsize=-1))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=31), wbits=47))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=31), wbits=0))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=15), wbits=0))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=-15), wbits=-15))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=15), wbits=-15))
d=zlib.decompressobj()
t(lambda: d.decompress(b"abc"))
t(lambda: d.decompress(b"abc"))
d=zlib.decompressobj()
data=zlib.compress(b"hello world"*100)
t(lambda: d.decompress(data+b"tail", 10))
t(lambda: (d.unconsumed_tail[:5], d.unused_data, d.eof))
t(lambda: d.decompress(d.unconsumed_tail))
t(lambda: (d.unconsumed_tail[:5], d.unused_data, d.eof))
t(lambda: d.flush())
t(lambda: d.decompress(b"more"))
t(lambda: d.decompress(b"x", -1))
print(type(c), type(d), zlib.error, zlib.error.__mro__)
t(lambda: c.flush(zlib.Z_SYNC_FLUSH))
print([n for n in dir(zlib) if not n.startswith('__')])
print(repr(c)[:25])
`,
    "gzip compress/decompress with mtime": `import gzip, zlib
data = b"hello gzip world\\n" * 200
for lvl in (1, 6, 9, 0):
    c = gzip.compress(data, lvl, mtime=0)
    print(lvl, len(c), zlib.crc32(c), c[:10])
    assert gzip.decompress(c) == data
c = gzip.compress(data, mtime=12345)
print(len(c), c[:10], zlib.crc32(c))
print(gzip.decompress(c + gzip.compress(b"second", mtime=0)) [-10:])
print(gzip.decompress(b""))
for bad in [b"xx", c[:-4], c[:5], c[:-8] + b"\\0\\0\\0\\0" + c[-4:]]:
    try:
        gzip.decompress(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(zlib.decompress(gzip.compress(data, mtime=0), 31) == data, zlib.decompress(c, 47) == data)
print(issubclass(gzip.BadGzipFile, OSError))
`,
    "colorsys": `import colorsys
for rgb in [(0.2, 0.4, 0.4), (1, 0, 0), (0, 0, 0), (1, 1, 1), (0.5, 0.25, 0.75), (0.9, 0.9, 0.1)]:
    print(colorsys.rgb_to_yiq(*rgb), colorsys.rgb_to_hls(*rgb), colorsys.rgb_to_hsv(*rgb))
    print(colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(*rgb)), colorsys.hls_to_rgb(*colorsys.rgb_to_hls(*rgb)), colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*rgb)))
for h in range(0, 13):
    print(colorsys.hsv_to_rgb(h / 12, 0.5, 0.8), colorsys.hls_to_rgb(h / 12, 0.3, 0.6))
print(colorsys.__all__)
`,
    "configparser on strings, dicts and streams": `import configparser, io
cfg = configparser.ConfigParser()
cfg.read_string("""
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
path = /home/%(user)s/x
user = bob
ratio = 0.75
multi = first line
    second line
# comment
; other comment
""")
print(cfg.sections())
print('forge.example' in cfg, 'nope' in cfg)
print(cfg['forge.example']['User'], cfg['forge.example']['compression'])
t = cfg['topsecret.server.example']
print(t.getint('port'), t.getboolean('forwardx11'), t.getfloat('ratio'), t['path'], repr(t['multi']))
print(cfg.getint('topsecret.server.example', 'Port'), cfg.getboolean('forge.example', 'ForwardX11'))
print(cfg.get('forge.example', 'missing', fallback='fb'))
print(cfg.has_option('forge.example', 'user'), cfg.has_section('forge.example'))
print(sorted(cfg.items('forge.example')))
print(list(cfg['DEFAULT']))
cfg.set('forge.example', 'new', 'value')
cfg['extra'] = {'a': '1', 'b': 'two'}
s = io.StringIO()
cfg.write(s)
print(s.getvalue())
try:
    cfg.get('nosuch', 'x')
except configparser.NoSectionError as e:
    print('NoSectionError', e)
try:
    cfg.get('forge.example', 'x')
except configparser.NoOptionError as e:
    print('NoOptionError', e)
try:
    cfg.read_string("[a]\\nx=1\\n[a]\\n")
except configparser.DuplicateSectionError as e:
    print(type(e).__name__, e)
try:
    configparser.ConfigParser().read_string("x=1\\n")
except configparser.MissingSectionHeaderError as e:
    print(type(e).__name__, e)
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_dict({'paths': {'home': '/h', 'data': '\${home}/data'}, 'other': {'d': '\${paths:data}/x', 'n': '5'}})
print(e['other']['d'], e.getint('other', 'n'), e.items('other'))
r = configparser.RawConfigParser()
r.read_dict({'s': {'p': '%(x)s', 'k': 3}})
print(r.get('s', 'p'), r.get('s', 'k'))
b = configparser.ConfigParser()
b.read_dict({'s': {'p': '%(q)s', 'q': '%(p)s'}})
try:
    b.get('s', 'p')
except configparser.InterpolationDepthError as x:
    print(type(x).__name__, x)
try:
    b.getboolean('s', 'zz', fallback=None) ; b.set('s', 'flag', 'maybe'); b.getboolean('s', 'flag')
except ValueError as x:
    print(type(x).__name__, x)
print(cfg.defaults())
print(cfg.options('forge.example'))
cfg.remove_option('forge.example', 'new'); print(cfg.remove_section('extra'), cfg.sections())
print(dict(cfg['forge.example']))
f = io.StringIO("[s]\\nk = v\\nempty =\\n  cont\\n")
c2 = configparser.ConfigParser(allow_no_value=True, delimiters=('=',), inline_comment_prefixes=('#',))
c2.read_file(f, source='stream')
c2.read_string("[t]\\nflag\\nx = 1 # note\\n")
print(c2.items('s'), c2.get('t', 'flag'), c2.get('t', 'x'))
c3 = configparser.ConfigParser(converters={'list': lambda v: v.split(',')})
c3.read_string("[a]\\nnums = 1,2,3\\nbad = %(nope)s\\npct = 50%%\\n")
print(c3.getlist('a', 'nums'), c3['a'].getlist('nums'), c3.get('a', 'pct'))
for fn in (lambda: c3.get('a', 'bad'), lambda: c3.getint('a', 'nums'), lambda: c3.set('a', 'p', 'x%y')):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
c3.optionxform = str
c3.read_string("[b]\\nMixedCase = 1\\n")
print(c3.options('b'), len(c3), list(c3))
`,
    "html.parser": `from html.parser import HTMLParser
class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print("start", tag, attrs)
    def handle_endtag(self, tag): print("end", tag)
    def handle_startendtag(self, tag, attrs): print("startend", tag, attrs)
    def handle_data(self, data): print("data", repr(data))
    def handle_comment(self, data): print("comment", repr(data))
    def handle_decl(self, decl): print("decl", repr(decl))
    def handle_pi(self, data): print("pi", repr(data))
    def handle_entityref(self, name): print("entityref", name)
    def handle_charref(self, name): print("charref", name)
doc = """<!DOCTYPE html>
<html><head><title>Test &amp; more</title>
<script>if (a < b && c > d) { x = "</p>"; }</script></head>
<body class="main" id=x data-v='1'><p>Hello <b>world</b>&nbsp;&#65;&#x42;!<br/>
<!-- a comment --><?php echo 1 ?><img src="a.png" alt="A &lt; B"></p>
<a href=/x?a=1&b=2>link</a><![CDATA[raw]]></body></html>"""
p = P()
p.feed(doc); p.close()
q = P(convert_charrefs=False)
q.feed(doc[:50]); q.feed(doc[50:]); q.close()
print(q.getpos())
class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a': self.links.append(dict(attrs).get('href'))
l = Links(); l.feed('<a href="x">1</a><A HREF="y">2</A><a>3</a>'); print(l.links)
print(p.get_starttag_text())
`,
    "tomllib": `import tomllib
doc = '''
# comment
title = "TOML Example"
int1 = +99
hex = 0xDEADBEEF
oct = 0o755
bin = 0b1101
flt = 6.626e-34
inf1 = inf
nan1 = -nan
bools = [true, false]
lit = 'C:\\\\Users\\\\x'
multi = """
Roses are red
Violets are \\\\
  blue"""
dt = 1979-05-27T07:32:00-08:00
ldt = 1979-05-27T07:32:00.999999
ld = 1979-05-27
lt = 07:32:00
uni = "\\\\u00e9\\\\U0001F600"
[owner]
name = "Tom"
"quoted key" = 1
a.b.c = 2
[database]
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
[[products]]
name = "Nail"
color = "gray"
'''
d = tomllib.loads(doc)
for k, v in d.items():
    print(k, repr(v))
print(tomllib.loads("x = 1.5", parse_float=str))
for bad in ["x = ", "x = 1\\nx = 2", "[a]\\n[a]", "x = [1,", "x = 'a", "= 1", "x = 1979-13-01", "a = {b = 1,}"]:
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError", e)
try:
    tomllib.loads(b"x=1")
except TypeError as e:
    print(e)
`,
    "optparse": `import optparse, sys
from optparse import OptionParser, OptionValueError
p = OptionParser(usage="usage: %prog [options] arg", version="%prog 1.0", prog="tool")
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True, help="don't print status messages")
p.add_option("-n", type="int", dest="num", default=3, help="count [default: %default]")
p.add_option("-x", type="float", dest="x")
p.add_option("-c", "--choice", type="choice", choices=["a", "b"], dest="ch")
p.add_option("-a", action="append", dest="items")
p.add_option("-v", action="count", dest="vv")
g = optparse.OptionGroup(p, "Dangerous Options", "Caution: use at your own risk.")
g.add_option("-g", action="store_true", help="Group option.")
p.add_option_group(g)
opts, args = p.parse_args(["-f", "out.txt", "-q", "-n", "5", "-x", "2.5", "-a", "1", "-a", "2", "-vvv", "--choice=b", "rest", "more"])
print(opts.filename, opts.verbose, opts.num, opts.x, opts.items, opts.vv, opts.ch, args)
print(opts)
p.print_help()
print(p.format_help() == p.format_help())
import io
saved, sys.stderr = sys.stderr, io.StringIO()
for bad in [["-n", "x"], ["--choice", "z"], ["--nope"], ["-f"]]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
print(sys.stderr.getvalue())
sys.stderr = saved
try:
    p.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
def cb(option, opt_str, value, parser):
    print("callback", opt_str, value)
q = OptionParser()
q.add_option("--cb", action="callback", callback=cb, type="string")
o, a = q.parse_args(["--cb", "val", "pos"])
print(o.cb, a)
`,
  },
  [
    ["import zlib\nzlib.decompress(b'abc')\n", "zlib.error: Error -3 while decompressing data: incorrect header check"],
    ["import zlib\nzlib.decompress(zlib.compress(b'hello')[:-3])\n", "zlib.error: Error -5 while decompressing data: incomplete or truncated stream"],
    ["import zlib\nzlib.compress(b'x', 10)\n", "zlib.error: Bad compression level"],
    ["import zlib\nzlib.compressobj(wbits=7)\n", "ValueError: Invalid initialization option"],
    ["import zlib\nzlib.compress('text')\n", "TypeError: a bytes-like object is required, not 'str'"],
    ["import gzip\ngzip.decompress(b'xx')\n", "gzip.BadGzipFile: Not a gzipped file (b'xx')"],
    ["import configparser\nconfigparser.ConfigParser().get('a', 'b')\n", "configparser.NoSectionError: No section: 'a'"],
    ["import tomllib\ntomllib.loads('x = ')\n", "tomllib.TOMLDecodeError: Invalid value (at end of document)"],
  ],
);

describe("what a core cannot offer says why", () => {
  it.each([
    ["import configparser\nconfigparser.ConfigParser().read('app.ini')\n", "NotImplementedError", "ConfigParser.read() is not available on a core: cores have no files"],
    ["import gzip\ngzip.open('data.gz')\n", "NotImplementedError", "gzip.open() is not available on a core: cores have no files"],
    ["import gzip, io\ngzip.GzipFile(fileobj=io.BytesIO())\n", "NotImplementedError", "gzip.GzipFile is not available on a core"],
    ["import doctest\n", "ModuleNotFoundError", "No module named 'doctest' (doctest compiles and runs the examples of docstrings at run time, and a core runs no code from strings"],
    ["import dis\n", "ModuleNotFoundError", "No module named 'dis' (a core runs ePython's bytecode"],
    ["import linecache\n", "ModuleNotFoundError", "No module named 'linecache' (linecache reads source files"],
    ["import copyreg\n", "ModuleNotFoundError", "No module named 'copyreg' (copyreg registers reductions for pickle"],
    ["import zoneinfo\n", "ModuleNotFoundError", "No module named 'zoneinfo' (a core has no time zone database"],
    ["import xml.etree.ElementTree\n", "ModuleNotFoundError", "No module named 'xml' (xml's parsers are built on expat"],
    ["import tokenize\n", "ModuleNotFoundError", "No module named 'tokenize' (tokenize is built on codecs"],
    ["import unittest.mock\n", "ModuleNotFoundError", "No module named 'unittest.mock' (mock objects are not provided on a core"],
  ])("%j", (src, kind, message) => {
    const r = runSource(src, { profile: "host" });
    expect(r.error?.kind).toBe(kind);
    expect(r.error?.pyMessage).toContain(message);
  });
});
