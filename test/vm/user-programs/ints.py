def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f50 = factorial(50)
print(f50, len(str(f50)), f50 % 1000007, f50.bit_length())
print(2 ** 100, -2 ** 63, (-2) ** 63, 2 ** 100 // 3, 2 ** 100 % 97, -(2 ** 100) // 7, -(2 ** 100) % 7)
print(divmod(2 ** 70, 12345), divmod(-17, 5), divmod(17, -5), divmod(-7.5, 2))
print(pow(3, 200, 1000000007), pow(2, 10), pow(2, -1), pow(7, -1, 13), pow(10**20, 3, 10**9 + 7))
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA, ~5, -5 >> 1, 1 << 40, (1 << 100) >> 98, -1 << 3)
print(bin(2**40 + 5), oct(1234), hex(-255), int("ff", 16), int("0b1011", 0), int("  42  "), int("-0o17", 8))
print(int(3.99), int(-3.99), int("1_000_000"), int(1e20), int(2.5e15))
print(abs(-2**80), (2**64).to_bytes(9, "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (1024).bit_length(), (255).bit_count() if hasattr(int, "bit_count") else 8)
print(10**30 == 10.0**30, 2**53 + 1 == float(2**53 + 1), 2**1000 > 1e300, hash(2**64) == hash(float(2**64)))
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True
print([p for p in range(100) if is_prime(p)])
def sieve(n):
    s = bytearray([1]) * (n + 1)
    s[0] = s[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if s[i]:
            s[i * i::i] = bytearray(len(s[i * i::i]))
    return [i for i, v in enumerate(s) if v]
print(len(sieve(10000)), sieve(10000)[-5:])
def miller_rabin(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in bases:
        if a % n == 0:
            continue
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print(miller_rabin(2**61 - 1), miller_rabin(2**61 + 1), miller_rabin(2**89 - 1), miller_rabin(10**18 + 9))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
import math
print(isqrt(10**40), math.isqrt(10**40 + 1), math.gcd(2**64, 6**30), math.lcm(12, 18, 30), math.comb(100, 50))
print(sum(int(d) for d in str(2**1000)), str(3**200)[:20], len(str(7**777)))
fibs = [0, 1]
while len(fibs) < 120:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1], fibs[-1] / fibs[-2])
print(12345678901234567890 * 98765432109876543210, (10**40 + 1) // (10**20 - 1))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.0 // 2, 2**-2, 10 / 4, 9 // 3.0)
print(round(123456789, -3), round(2**70, -5), int(str(2**70)[::-1]))
x = 0
for i in range(64):
    x |= (i & 1) << i
print(x, hex(x), x.bit_length(), bin(x).count("1"))
print(max(2**100, 3.5), min(-2**100, -1e40), sorted([2**65, 1, -2**65, 0.5]))
print(float(2**100), 2**100 / 3, 1 / 2**100, (2**100) ** 0.5)
