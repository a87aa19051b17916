import { describe, expect, it } from "vitest";
import { output } from "../helpers/runSource.js";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";

describe.runIf(haveCPython)("itertools (against CPython 3.11)", () => {
  it("every iterator, with its edge cases and errors", () => {
    expectSameAsCPython(`from itertools import *
import itertools
print(list(islice(count(), 5)), list(islice(count(2.5, 0.5), 3)), list(islice(count(10, -2), 3)))
print(list(repeat('x', 3)), list(repeat(1, -1)), list(islice(repeat(7), 2)), list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(chain([1, 2], 'ab', (3,))), list(chain.from_iterable([[1], [2, 3], []])), list(chain()))
print(list(islice(range(10), 2, 8, 3)), list(islice('abcdefg', 3)), list(islice('abc', None)), list(islice(range(10), 1, None)))
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()), list(product([], [1])))
print(list(permutations('abc', 2)), list(permutations(range(3))), list(permutations([], 0)), list(permutations([1], 2)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([1, 2], initial=100)), list(accumulate([], initial=5)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print([(k, list(g)) for k, g in groupby('aaabbcaa')], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gs = list(groupby('aabb')); print([(k, list(g)) for k, g in gs])
print(list(starmap(pow, [(2, 5), (3, 2)])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(pairwise('ABCDE')), list(pairwise('A')), list(filterfalse(lambda x: x % 2, range(10))))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), [list(t) for t in tee('xy', 3)])
for bad in [lambda: islice('a', -1), lambda: islice('a', 0, 1, 0), lambda: combinations('a', -1), lambda: product('a', repeat=-1)]:
    try: bad()
    except ValueError as e: print('ValueError', e)
s = 0
for i, x in zip(count(), 'abc'): s += i
print(s, sum(islice(count(1), 100)))
`);
  });
});

describe("itertools is lazy", () => {
  it("infinite iterators are consumed one item at a time; groups share their parent", () => {
    expect(output(`
from itertools import count, cycle, repeat, islice, takewhile, groupby
n = 0
for i in count(5, 5):
    n += 1
    if i >= 50:
        break
print(n, next(cycle('ab')), list(takewhile(lambda x: x < 4, count())))
g = groupby('aabbb')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
`)).toBe("10 a [0, 1, 2, 3]\na [] b ['b', 'b', 'b']\n");
  });

  it("count goes past the device word as Python ints do, or overflows with --int-overflow error", () => {
    const src = "from itertools import count\nc = count(2147483646)\nnext(c); next(c)\nprint(next(c))\n";
    expect(output(src)).toBe("2147483648\n");
    expect(() => output(src, { intOverflow: "error" })).toThrow(/OverflowError/);
  });
});
