// Text modules written in ePython after CPython's (html, shlex, urllib.parse, difflib)
// against CPython 3.11.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "html, shlex, urllib.parse and difflib against CPython",
  {
    "html.escape, html.unescape (numeric, named, legacy names), html.entities": `import html
from html import escape, unescape
print(escape('<a href="x">Tom & Jerry\\'s</a>'), escape("<'\\">", quote=False))
tests = ['&amp &lt; &#x27; &#39; &#128; &#0; &#xD800; &#1; &notit; &notin; &abcdef; &apos; &#x110000;',
         'caf&eacute; &copy;2024 &COPY; &hellip; &mdash; &euro;&nbsp;x &lang;&rang; &#65;&#x42;&#X43',
         'no entities', '&', '&;', '&#;', '&#x;', 'a&ampb &amp;amp; &ltx &gt', '&#65535; &#xFFFE; &#x1F600; &#13; &#150;',
         '&Eacute;cole &szlig; &frac12; &Omega; &alpha;&beta;']
for t in tests:
    print(repr(unescape(t)))
from html.entities import name2codepoint, codepoint2name, entitydefs
print(name2codepoint['eacute'], codepoint2name[8364], entitydefs['amp'], len(name2codepoint))
print(unescape(escape('x < y & "z"')))
`,
    "urllib.parse: quote/unquote, urlencode, urlparse/urlsplit results, parse_qs(l), urljoin": `from urllib.parse import (quote, quote_plus, unquote, unquote_plus, urlencode, urlparse, urlsplit,
                          parse_qs, parse_qsl, urljoin, urlunparse, urlunsplit, urldefrag, quote_from_bytes, unquote_to_bytes)
import urllib.parse
print(quote("a b/c?d=é&x"), quote("a b/c", safe=""), quote_plus("a b&c=d/e"), quote(b"\\xff\\x00 "))
print(unquote("a%20b%2Fc%C3%A9%zz"), unquote_plus("a+b%2Bc"), unquote_to_bytes("%41%zz"))
print(urlencode({"q": "python 3", "page": 2, "tags": ["a", "b"]}), urlencode({"tags": ["a", "b"]}, doseq=True))
print(urlencode([("a", "1"), ("b", "x y")], quote_via=quote))
u = urlparse("https://user:pw@Example.com:8080/path/to;params?q=1&r=a+b#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment, u.hostname, u.port, u.username, u.password)
print(u.geturl(), u._replace(scheme="http").geturl(), tuple(u)[:2])
s = urlsplit("http://[::1]:80/a?b#c")
print(s, s.hostname, s.port)
print(urlsplit("mailto:someone@example.com"), urlsplit("//host/path"), urlsplit("relative/path?x=1"))
print(parse_qs("a=1&a=2&b=&c=x+y"), parse_qs("a=1&b=", keep_blank_values=True))
print(parse_qsl("a=1&b=2&a=3"), parse_qsl("x=%20y&z"), parse_qsl("z", keep_blank_values=True))
for rel in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "../g", "../../g", "../../../g", "g;x", "", "http:g"]:
    print(rel, urljoin("http://a/b/c/d;p?q", rel))
print(urlunparse(("http", "h", "/p", "", "q=1", "f")), urlunsplit(("https", "h:1", "/", "", "")))
print(urldefrag("http://a/b#frag"), urldefrag("http://a/b").fragment == "")
try:
    urlsplit("http://[::1/").hostname
except ValueError as e:
    print("ValueError", e)
try:
    urlsplit("http://h:abc/").port
except ValueError as e:
    print("ValueError", e)
print(urlparse(b"http://h/p?q").hostname, urlsplit(b"http://h/p").path)
print(urllib.parse.quote("~-._"), urllib.parse.urlencode({"k": b"v w"}))
try:
    parse_qs("a=1", strict_parsing=True, max_num_fields=0)
except ValueError as e:
    print("ValueError", e)
`,
    "difflib: SequenceMatcher, get_close_matches, unified/context diffs, ndiff, restore": `import difflib
from difflib import SequenceMatcher, get_close_matches, unified_diff, context_diff, ndiff, Differ, restore
s = SequenceMatcher(None, "abcd", "bcde")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
print(list(s.get_grouped_opcodes(1)))
print(get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(get_close_matches("wheel", ["while", "wheat", "whale", "wheels"], n=2, cutoff=0.5))
a = ["one\\n", "two\\n", "three\\n", "four\\n", "five\\n"]
b = ["zero\\n", "one\\n", "tree\\n", "four\\n", "five\\n", "six\\n"]
print("".join(unified_diff(a, b, fromfile="before.py", tofile="after.py")), end="")
print("".join(unified_diff(a, b, n=1, lineterm="\\n")), end="")
print("".join(context_diff(a, b, fromfile="x", tofile="y")), end="")
d = list(ndiff(a, b))
print("".join(d), end="")
print("".join(restore(d, 1)) == "".join(a), "".join(restore(d, 2)) == "".join(b))
print(list(Differ().compare(["abcdefg\\n"], ["abXdefgh\\n"])))
print(list(unified_diff("abc", "abd", lineterm="")))
print(difflib.IS_LINE_JUNK("  # \\n"), difflib.IS_CHARACTER_JUNK(" "))
sm = SequenceMatcher(a="x" * 300 + "y", b="x" * 300 + "z")
print(round(sm.ratio(), 4), sm.get_matching_blocks()[-1], len(sm.get_opcodes()))
sm.set_seqs("kitten", "sitting"); print(sm.get_opcodes(), round(sm.ratio(), 4))
print(SequenceMatcher(None, [1, 2, 3, 4], [1, 3, 4, 5]).get_opcodes())
`,
    "shlex.split, quote, join and the shlex lexer": `import shlex
for s in ['ls -la "my file.txt" \\'single q\\' a\\\\ b', 'echo "a \\\\"quoted\\\\" word" end', 'x=1 y="2 3" # comment',
          '', '   ', 'a"b"c', "don\\\\'t", 'tab\\tsep\\nnewline']:
    print(shlex.split(s))
print(shlex.split('a # b c', comments=True))
print(shlex.split('a "b c" d', posix=False))
for bad in ['"unterminated', "'x", 'a\\\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
print(shlex.quote(""), shlex.quote("simple"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote("$HOME"))
print(shlex.join(["ls", "-l", "my file", "a'b"]))
lex = shlex.shlex("a && b || (c; d)", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("foo bar=baz 'q w'")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("one two", posix=True)
lex.push_token("zero")
print(list(lex), lex.lineno)
l2 = shlex.shlex("x,y;z", posix=True)
l2.whitespace_split = True
l2.whitespace += ",;"
print(list(l2))
`,
  },
  [
    ["import shlex\nshlex.split('a \"b')", "ValueError: No closing quotation"],
    ["import shlex\nshlex.split('a\\\\')", "ValueError: No escaped character"],
    ["from urllib.parse import urlsplit\nurlsplit('http://[::1/')", "ValueError: Invalid IPv6 URL"],
    ["from urllib.parse import urlsplit\nurlsplit('http://[1.2.3.4]/')", "ValueError: An IPv4 address cannot be in brackets"],
    ["from urllib.parse import urlencode\nurlencode('abc')", "TypeError: not a valid non-string sequence or mapping object"],
    ["import difflib\ndifflib.get_close_matches('a', ['a'], n=0)", "ValueError: n must be > 0: 0"],
    ["import difflib\ndifflib.get_close_matches('a', ['a'], cutoff=2)", "ValueError: cutoff must be in [0.0, 1.0]: 2"],
    ["import difflib\nlist(difflib.unified_diff([b'a'], ['b']))", "TypeError: lines to compare must be str, not bytes (b'a')"],
    ["import html\nhtml.escape(5)", "AttributeError: 'int' object has no attribute 'replace'"],
  ],
);
