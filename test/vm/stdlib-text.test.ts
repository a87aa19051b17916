import { describe, expect, it } from "vitest";
import { output, runSource } from "../helpers/runSource.js";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";

describe.runIf(haveCPython)("textwrap, string.capwords, functools/itertools gaps (against CPython 3.11)", () => {
  it("textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options", () => {
    expectSameAsCPython(`import textwrap
t = "The quick brown fox jumps over the lazy dog. A well-known pangram -- used for testing fonts, keyboards and typewriters! Supercalifragilisticexpialidocious words get broken."
print(textwrap.wrap(t, 20))
print(textwrap.fill(t, width=30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(t, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", width=8, placeholder='...'))
print(repr(textwrap.dedent("    def f():\\n        return 1\\n\\n    x\\n")), repr(textwrap.indent("a\\n\\nb\\n", '> ')), repr(textwrap.indent("a\\n b\\n", '+', lambda l: l.startswith(' '))))
print(textwrap.wrap("a\\tb  c\\nd", 5, expand_tabs=True), textwrap.wrap("Hi. There.", 30, fix_sentence_endings=True), textwrap.wrap(t, 25, max_lines=3), textwrap.wrap("x" * 25, 10, break_long_words=False))
w = textwrap.TextWrapper(width=15, break_on_hyphens=False)
print(w.wrap("well-known state-of-the-art things"), textwrap.wrap("", 10), textwrap.wrap("   ", 10, drop_whitespace=False))
`);
  });

  it("accumulate(initial=), pairwise, cached_property, singledispatch, capwords", () => {
    expectSameAsCPython(`import itertools, functools, string
print(list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.pairwise('abcd')), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b, initial=2)))
print(list(itertools.batched('abcdefg', 3)) if hasattr(itertools, 'batched') else 'no batched')
class C:
    @functools.cached_property
    def v(self):
        print('computing')
        return 42
c = C(); print(c.v, c.v)
@functools.singledispatch
def f(x): return 'default'
@f.register(int)
def _(x: int): return 'int'
@f.register(str)
def _(x): return 'str'
print(f(1), f('a'), f(1.5), f(True))
print(string.capwords('hello  world foo'), string.capwords(' a-b c-d ', '-'), string.capwords('ÉCOLE élève'))
class Base: pass
class Derived(Base): pass
@f.register(Base)
def _(x): return 'base'
print(f(Derived()), f(Base()), f.dispatch(Derived) is f.dispatch(Base), f.__name__)
c.v = 7; print(c.v)
class P:
    def __init__(self): self.n = 0
    @functools.cached_property
    def once(self):
        self.n += 1
        return self.n
p = P(); print(p.once, p.once, p.n)
`);
  });
});

describe("singledispatch registers by annotation", () => {
  it("register(func) takes its first parameter's annotated class", () => {
    const r = runSource("import functools\n@functools.singledispatch\ndef f(x): return 0\n@f.register\ndef _(x: int): return 1\nprint(f(5), f('s'))\n");
    expect(r.error).toBeNull();
    expect(output("import functools\n@functools.singledispatch\ndef f(x): return 0\n@f.register\ndef _(x: int): return 1\nprint(f(5), f('s'))\n")).toBe("1 0\n");
  });
  it("register of an unannotated function is CPython's TypeError", () => {
    const r = runSource("import functools\n@functools.singledispatch\ndef f(x): return 0\n@f.register\ndef _(x): return 1\n");
    expect(r.error?.pyMessage).toContain("Invalid first argument to `register()`");
  });
});
