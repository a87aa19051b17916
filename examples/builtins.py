# The built-in functions.
# epython-cpython: same

# print with sep and end
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" ... continued")
print("x", 1, 2.5, None, True, [1], (2,), sep="|", end="!\n")
print()
print(sep="-")

# numbers
print(abs(-3), abs(2.5), abs(0))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min(2.5, 1))
print(sum([1, 2, 3]), sum(range(101)), sum([0.5, 0.25]), sum([1, 2], 10))
print(round(2.5), round(3.5), round(-2.5), round(2.25, 1), round(7), round(1234, -2))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
print(pow(2, 8), pow(2, -1), pow(7, 2, 5), 2 ** 30 - 1 + 2 ** 30)

# conversions
print(int("42"), int(" -17 "), int(3.99), int(-3.99), int(True), int("ff", 16))
print(float("2.5"), float(3), float("-0.25"), float(" 1e2 "))
print(str(12), str(0.5), str(False), repr("s"), repr(2.0))
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0))
print(chr(65), chr(97), ord("A"), ord("z"), chr(ord("a") + 1))
print(hex(255), hex(-1), bin(10), bin(0), oct(8), oct(64))
print(list("abc"), list(range(3)), list((1, 2)), tuple([1, 2]), tuple(range(2)))

# sequences
print(len("four"), len([1, 2]), len((1,)), len(range(10)), len([]))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -2)))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted([]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
print(list(enumerate(["a", "b"])), list(enumerate("xy", 1)))
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], [3, 4], [5, 6])), list(zip([1], [])))
for i, (a, b) in enumerate(zip("pq", [10, 20])):
    print(i, a, b)
print(any([0, 0, 1]), any([]), all([1, 2, 3]), all([1, 0]), all([]))
print(any([x > 2 for x in [1, 2, 3]]), all([x > 0 for x in [1, 2, 3]]))
print(list(map(abs, [-1, -2])), list(filter(None, [0, 1, 0, 2])))

# types
print(isinstance(3, int), isinstance(3.0, float), isinstance("s", str), isinstance(True, int))
print(isinstance([1], list), isinstance((1,), tuple), isinstance(3, (float, str)), isinstance(None, int))
print(type(3), type(2.5), type("s"), type(True), type(None), type([]), type(()))
print(type(3) == int, type(2.5) is float, type("s") == str, type([1]) == list)
print(type(3).__name__, type("s").__name__, type([]).__name__)
