# Strings: indexing, slicing, concatenation, repetition, comparison, membership,
# iteration and the common methods.
# epython-cpython: same

s = "micro-core"
print(s, len(s), s[0], s[-1], s[6:], s[:5], s[::2], s[::-1], s[-4:-1])
print(s + "s", "ab" * 3, 3 * "-", "" * 5, s[100:] == "")

# comparison is lexicographic
print("apple" < "banana", "apple" < "apples", "Z" < "a", "abc" == "ab" + "c", "a" != "b")
print("core" in s, "x" in s, "" in s, "-" not in s)

# iterating characters
letters = []
for ch in "epy":
    letters.append(ch)
print(letters, list("ab"), [ord(c) for c in "AZ"], "".join([chr(65 + i) for i in range(5)]))

# case and whitespace
print("Hello".upper(), "Hello".lower(), "hello world".title(), "hello".capitalize())
print("[" + "  pad  ".strip() + "]", "[" + "  pad  ".lstrip() + "]", "[" + "  pad  ".rstrip() + "]")
print("xxhixx".strip("x"), "a-b".swapcase())

# searching
print("banana".find("an"), "banana".find("an", 2), "banana".find("x"), "banana".rfind("an"))
print("banana".index("na"), "banana".count("a"), "banana".count("an"))
print("prefix_name".startswith("prefix"), "file.py".endswith(".py"), "file.py".endswith(".txt"))

# split and join
print("a,b,,c".split(","), "  several   words here ".split(), "k=v=w".split("=", 1))
print("-".join(["2024", "01", "31"]), ", ".join("abc"), "".join([]))
print("line1\nline2\nline3".splitlines(), "a b c".rsplit(" ", 1))

# replace
print("one two one".replace("one", "1"), "aaaa".replace("a", "b", 2))

# predicates
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace())
print("abc".islower(), "ABC".isupper(), "Abc".isupper())

# alignment
print("[" + "7".zfill(3) + "]", "[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5) + "]", "[" + "ab".center(6, "*") + "]")

# str() of other values and string building
n = 42
print("n = " + str(n), str(2.5), str(True), str(None), str([1, "a"]), str((1,)))
out = ""
for i in range(5):
    out += str(i)
print(out, len(out))
print(repr("quote's"), repr('say "x"'), repr("tab\t"))

# strings are immutable: methods return new strings
orig = "abc"
up = orig.upper()
print(orig, up)
