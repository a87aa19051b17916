# A few classic algorithms written the way a micro-core program would be: small
# integer kernels over lists.
# epython-cpython: same


def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for k in range(p * p, n + 1, p):
                is_prime[k] = False
        p += 1
    return [i for i in range(n + 1) if is_prime[i]]


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def bubble_sort(values):
    v = values[:]
    n = len(v)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if v[j] > v[j + 1]:
                v[j], v[j + 1] = v[j + 1], v[j]
                swapped = True
        if not swapped:
            break
    return v


def merge_sort(v):
    if len(v) <= 1:
        return v
    mid = len(v) // 2
    left = merge_sort(v[:mid])
    right = merge_sort(v[mid:])
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


def binary_search(v, target):
    lo, hi = 0, len(v) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if v[mid] == target:
            return mid
        if v[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def is_palindrome(s):
    cleaned = "".join([c.lower() for c in s if c.isalnum()])
    return cleaned == cleaned[::-1]


def matrix_mult(a, b):
    n = len(a)
    m = len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(m)] for i in range(n)]


primes = sieve(100)
print(len(primes), primes[:10], primes[-3:])
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
data = [29, 3, 17, 8, 41, 3, 0, -6, 12]
print(bubble_sort(data), data)
print(merge_sort(data) == sorted(data))
s = sorted(data)
print([binary_search(s, t) for t in [-6, 12, 41, 5]])
longest = 0
arg = 0
for n in range(1, 1000):
    c = collatz_steps(n)
    if c > longest:
        longest, arg = c, n
print("longest Collatz chain below 1000 starts at", arg, "with", longest, "steps")
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("micro-core"))
print(matrix_mult([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
fizz = []
for i in range(1, 16):
    fizz.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(" ".join(fizz))
