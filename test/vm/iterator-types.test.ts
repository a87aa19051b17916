// Each kind of built-in iterator is its own type, named as CPython 3.11 names it:
// type(iter(x)).__name__, repr(type(...)), identity of the type between iterators of
// one kind, and the names in error messages. isinstance with collections.abc stays true.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("iterator types", {
  "names and reprs": `import collections.abc
def g(): yield 1
class Seq:
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i
objs = [[1], (1,), "ab", "\\u00e9", "", range(3), range(2**70), {1: 2}, {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(),
        {1}, frozenset([1]), b'a', bytearray(b'a'), memoryview(b'a'), map(str, [1]), zip([1]), enumerate([1]),
        reversed([1]), reversed((1,)), reversed("ab"), reversed(range(3)), reversed({1: 2}), reversed({1: 2}.values()),
        reversed({1: 2}.items()), reversed(b'ab'), filter(None, [1]), g(), iter(lambda: 1, 2), Seq()]
for o in objs:
    it = iter(o)
    print(type(it).__name__, repr(type(it)), isinstance(it, collections.abc.Iterator), type(it) is type(iter(o)))
print(type(iter([])) is type(iter([1, 2])), type(iter([])) is type(iter(())), type(iter("a")) is type(iter("\\u00e9")))
print(isinstance(iter([]), type(iter([3]))), isinstance(iter(()), type(iter([3]))))
`,
  "itertools": `import itertools
for o in (itertools.count(), itertools.repeat(1), itertools.cycle([1]), itertools.chain([1]), itertools.islice([1], 1),
          itertools.accumulate([1]), itertools.zip_longest([1]), itertools.groupby([1]), itertools.permutations([1]),
          itertools.product([1]), itertools.combinations([1], 1), itertools.combinations_with_replacement([1], 1),
          itertools.starmap(pow, [(1, 2)]), itertools.takewhile(bool, [1]), itertools.dropwhile(bool, [1]),
          itertools.filterfalse(None, [1]), itertools.compress([1], [1]), itertools.tee([1])[0], itertools.pairwise([1])):
    r = repr(o)
    print(type(o).__name__, repr(type(o)), r[:r.find(' at ')] if ' at ' in r else r, type(next(o, None)).__name__)
k, grp = next(itertools.groupby('aab'))
print(type(grp).__name__, list(grp))
`,
}, [
  ["len(iter([]))", "TypeError: object of type 'list_iterator' has no len()"],
  ["iter(())[0]", "TypeError: 'tuple_iterator' object is not subscriptable"],
  ["len(filter(None, []))", "TypeError: object of type 'filter' has no len()"],
  ["reversed([])[0]", "TypeError: 'list_reverseiterator' object is not subscriptable"],
  ["type(iter([]))()", "TypeError: cannot create 'list_iterator' instances"],
  ["import itertools\nlen(itertools.permutations([1]))", "TypeError: object of type 'itertools.permutations' has no len()"],
  ["import itertools\nitertools.count()[0]", "TypeError: 'itertools.count' object is not subscriptable"],
]);
