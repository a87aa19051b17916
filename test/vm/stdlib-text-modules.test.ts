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
    ["import html\nhtml.escape(5)", "AttributeError: 'int' object has no attribute 'replace'"],
  ],
);
