// The secrets module and random.SystemRandom (modules/secretsSource.ts, random.ts
// systemRandomState): CPython's functions and errors over a second generator of the
// core, apart from random's (drawing a token leaves random's seeded sequence as it
// is). Tokens are random, so the programs print their shapes, not their values; under
// --seed they are reproducible (not cryptographically secure: see docs/language.md).
import { describe, expect, it } from "vitest";
import { describeCPythonParity } from "../helpers/cpythonParity.js";
import { output } from "../helpers/runSource.js";

describeCPythonParity(
  "secrets and random.SystemRandom against CPython",
  {
    "tokens, choice, randbelow, randbits, compare_digest, SystemRandom and errors": `import secrets, string, random
from secrets import token_hex, token_bytes, token_urlsafe, choice, randbelow, randbits, compare_digest

t = token_hex(16)
print(len(t), all(c in "0123456789abcdef" for c in t), len(token_hex()), token_hex(0))
b = token_bytes(8)
print(type(b).__name__, len(b), len(token_bytes()), token_bytes(0))
u = token_urlsafe(16)
print(len(u), all(c in string.ascii_letters + string.digits + "-_" for c in u), len(token_urlsafe()))
alphabet = string.ascii_letters + string.digits
password = "".join(choice(alphabet) for _ in range(20))
print(len(password), all(c in alphabet for c in password))
print(all(0 <= randbelow(10) < 10 for _ in range(200)), randbelow(1), set(randbelow(3) for _ in range(300)) == {0, 1, 2})
print(all(0 <= randbits(8) < 256 for _ in range(100)), randbits(0), randbits(200) < 2**200)
print(compare_digest("abc", "abc"), compare_digest("abc", "abd"), compare_digest(b"abc", bytearray(b"abc")),
      compare_digest(b"ab", b"abc"), compare_digest("", ""), compare_digest(memoryview(b"x"), b"x"))
print(secrets.DEFAULT_ENTROPY, secrets.__all__, token_hex(4) != token_hex(4) or token_hex(4) != token_hex(4))
# SystemRandom draws from its own source: random's seeded sequence is unchanged.
random.seed(42)
first = [random.random() for _ in range(3)]
random.seed(42)
token_hex(32); secrets.choice("abc")
print(first == [random.random() for _ in range(3)])
sr = random.SystemRandom()
print(sr.seed(1), 1 <= sr.randint(1, 6) <= 6, 0 <= sr.random() < 1, len(sr.sample(range(10), 3)), sr.choice([7]))
l = list(range(10)); sr.shuffle(l); print(sorted(l) == list(range(10)), 0 <= sr.uniform(1, 2) <= 2, len(sr.randbytes(5)))
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
for bad in [lambda: randbelow(0), lambda: randbelow(-5), lambda: compare_digest("a", b"a"), lambda: compare_digest(b"a", "a"),
            lambda: compare_digest("é", "é"), lambda: compare_digest(1, 1), lambda: choice([]), lambda: token_bytes(-1),
            lambda: randbits(-1)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
`,
  },
  [
    ["import secrets\nsecrets.randbelow(0)", "ValueError: Upper bound must be positive."],
    ["import secrets\nsecrets.compare_digest('a', b'a')", "TypeError: a bytes-like object is required, not 'str'"],
    ["import random\nrandom.SystemRandom().setstate(None)", "NotImplementedError: System entropy source does not have state."],
  ],
);

describe("secrets under --seed", () => {
  it("gives the same tokens for the same seed, others for another", () => {
    const src = "import secrets\nprint(secrets.token_hex(8), secrets.randbelow(10**9))\n";
    const a = output(src, { seed: 3 });
    expect(output(src, { seed: 3 })).toBe(a);
    expect(output(src, { seed: 4 })).not.toBe(a);
  });
});
