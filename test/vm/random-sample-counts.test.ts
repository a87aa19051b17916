// random.sample(population, k, counts=...) as CPython 3.11's: it samples range(total)
// with the same algorithm and maps each draw through the cumulative counts, so a seeded
// run draws CPython's items; and a set or dict population is refused with 3.11's text.
// Found by a course exercise (`random.sample(colours, 3, counts=[...])` raised
// "unexpected keyword argument 'counts'").
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "random.sample counts= against CPython",
  {
    "seeded draws with counts, both strategies, strings": `import random
random.seed(0)
print(random.sample(["x", "y", "z"], 3, counts=[1, 1, 1]))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample("ab", 10, counts=[30, 20]))
print(random.sample(range(5), 40, counts=[10, 0, 20, 5, 5]))
print(random.sample(range(100), 10), random.sample("abcdefgh", k=3), random.sample(range(2**60), 2))
r = random.Random(42)
print(r.sample(["a", "b", "c"], 4, counts=[2, 1, 3]))
`,
    "counts errors": `import random
for args, kw in [((["a"], 2), {"counts": [1]}), ((["a", "b"], 1), {"counts": [1]}),
                 ((["a"], 1), {"counts": [1.0]}), ((["a"], 1), {"counts": [0]}),
                 ((["a", "b"], 1), {"counts": [1, 2, 3]}), ((["a"], -1), {}), ((["a"], 2), {})]:
    try:
        print(random.sample(*args, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
`,
  },
  [
    ["import random\nrandom.sample({1, 2, 3}, 2)", "TypeError: Population must be a sequence.  For dicts or sets, use sorted(d)."],
    ["import random\nrandom.sample({'a': 1}, 1)", "TypeError: Population must be a sequence.  For dicts or sets, use sorted(d)."],
  ],
);
