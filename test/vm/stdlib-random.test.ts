import { describe, expect, it } from "vitest";
import { runSource } from "../helpers/runSource.js";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describe.runIf(haveCPython)("random (against CPython 3.11's seeded streams)", () => {
  it("every function, str/bytes/big-int seeds, big ranges, distributions, getstate/setstate, Random instances", () => {
    expectSameAsCPython(`import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.choice('abcdef'))
print(random.choices(range(10), k=5), random.choices('abc', weights=[1, 2, 3], k=4), random.choices('abc', cum_weights=[1, 3, 6], k=3))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.sample('abcdef', k=3))
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(), random.expovariate(2.0), random.getrandbits(70), random.getrandbits(5))
random.seed(2**80 + 3); print(random.random())
random.seed(-7); print(random.random())
random.seed('hello'); print(random.random())
random.seed(b'hello'); print(random.random())
random.seed(1.5); print(random.random())
print(random.randrange(10**20), random.randint(-5, 5))
random.seed(99)
print(random.normalvariate(), random.normalvariate(2, 3), random.lognormvariate(0, 1), random.triangular(), random.triangular(1, 10, 2))
print(round(random.vonmisesvariate(1, 2), 12), random.vonmisesvariate(1, 0), random.gammavariate(2.5, 1), random.gammavariate(0.5, 2), random.gammavariate(1, 3))
print(random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 2), random.randbytes(7), random.randbytes(0))
s = random.getstate(); a = [random.random() for _ in range(3)]; random.setstate(s); print(a == [random.random() for _ in range(3)], len(s[1]), s[0])
r = random.Random(5); r2 = random.Random(5)
print(r.random(), r2.random(), r.randint(1, 10), r.choice([1, 2, 3]), r.sample(range(50), 3), random.Random('x').random())
x = [1, 2, 3, 4, 5]; r.shuffle(x); print(x, r.getrandbits(100), r.randrange(-10**25, 10**25, 3), r.randint(2**64, 2**65))
print(random.randrange(2**40), random.randrange(5, 2**33, 2**31))
`);
  });
});

describe("random: device words", () => {
  it("getrandbits beyond 31 bits is an OverflowError where ints stay 32-bit words", () => {
    const r = runSource("import random\nrandom.getrandbits(32)\n", { intOverflow: "error" });
    expect(r.error ? `${r.error.kind}: ${r.error.pyMessage}` : "no error")
      .toBe("OverflowError: getrandbits() result does not fit in a 32-bit int (k must be <= 31)");
  });
  it("Random instances have their own streams and are charged", () => {
    const r = runSource("import random, memory\nu = memory.used()\nr = random.Random(1)\nprint(memory.used() - u >= 2500, r.random() == random.Random(1).random())\n");
    expect(r.out.trim().split("\n").pop()).toMatch(/True True$/);
  });
});

describeCPythonParity("random.Random subclasses overriding random() or getrandbits()", {
  // CPython's __init_subclass__: the other methods then draw through the override.
  "random() override": `
import random
class Half(random.Random):
    def random(self):
        return 0.5
h = Half(1)
print(h.randint(1, 10), h.choice("abc"), h.uniform(0, 10), h.sample(range(10), 3), h.choices("ab", k=3), h.randrange(0, 100, 7))
l = [1, 2, 3, 4]; h.shuffle(l); print(l, h.gauss(0, 1), h.expovariate(2), h.triangular(0, 1))
class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def random(self):
        self.calls += 1
        return super().random()
c = Counting(3)
print(c.randint(1, 100), c.choice([1, 2, 3]), c.random(), c.calls)
print(c.choices("xyz", k=4), c.calls, c.sample(range(100), 5), c.calls)
class Sub(Half):
    pass
print(Sub().randint(1, 10))
`,
  "getrandbits() override, no Random.__init__": `
import random
class Bits(random.Random):
    def getrandbits(self, k):
        self.n = getattr(self, "n", 0) + 1
        return super().getrandbits(k)
b = Bits(5)
print(b.randint(1, 6), b.randrange(10**30), b.randbytes(5), b.n, b.random())
class LCG(random.Random):
    def __init__(self, seed=1):
        self.state = seed
    def random(self):
        self.state = (1103515245 * self.state + 12345) % 2**31
        return self.state / 2**31
    def getrandbits(self, k):
        return int(self.random() * 2**k)
g = LCG(42)
print([g.randint(1, 6) for _ in range(10)], g.random(), g.choice("xyz"), g.randbytes(3))
class Plain(random.Random):
    pass
print(Plain(7).randint(1, 100) == random.Random(7).randint(1, 100))
`,
}, []);
