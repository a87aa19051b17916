from collections import Counter

TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps!
A fox, a dog, and a cat walked into a bar; the bartender said: "What is this, a joke?"
Numbers like 3.14 and 42 appear too. THE END."""

def words(text: str) -> list[str]:
    out = []
    for raw in text.split():
        w = raw.strip('.,;:!?"').lower()
        if w:
            out.append(w)
    return out

ws = words(TEXT)
print(len(ws), "words")
c = Counter(ws)
for w, n in c.most_common(5):
    print(f"{w:<10}|{n:>3}|{'#' * n}")
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
lengths = Counter(len(w) for w in ws)
for k in sorted(lengths):
    print(f"len {k:2d}: {lengths[k]}")
print(" ".join(w.capitalize() for w in ws[:5]))
print("-".join(reversed(ws[:4])))
print(TEXT.count("the"), TEXT.lower().count("the"))
print(TEXT.find("fox"), TEXT.rfind("fox"), TEXT.index("dog"))
print("title:", "hello world of python".title())
print("swap:", "Hello World".swapcase())
print(repr("  pad  ".strip()), repr("xxabcxx".strip("x")), repr("abc".center(9, "*")))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines())
print("line1\nline2\n".splitlines(keepends=True))
print("abc".zfill(6), "-42".zfill(6), "42".rjust(5, "0"), "x".ljust(3) + "|")
print("Hello".startswith(("He", "X")), "hello.py".endswith(".py"))
print("a1b2c3".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "Ab".isupper(), "ab".islower())
print("hello {} and {}".format("A", "B"), "{1}{0}".format("x", "y"), "{name}!".format(name="N"))
print("%s is %d years, %.2f m, %5s|%-5s|" % ("Bob", 30, 1.8, "r", "l"))
print("%x %o %X %e %g %%" % (255, 8, 255, 12345.678, 0.0001))
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table))
print("hello".replace("l", "L", 1), "a-b-c".partition("-"), "a-b-c".rpartition("-"))
print(", ".join(map(str, range(5))), "".join(sorted("python")))
vowels = sum(1 for ch in TEXT.lower() if ch in "aeiou")
print("vowels:", vowels)
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr)
caesar = "".join(chr((ord(ch) - 97 + 3) % 26 + 97) if ch.islower() else ch for ch in "hello, world")
print(caesar)
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(sorted(["banana", "Apple", "cherry", "apple"], key=lambda s: (len(s), s), reverse=True))
print("tab\there".expandtabs(4), "é".encode("utf-8"), "naïve".upper())
print("{:^20}".format("centered"), "{:*>10}".format("r"), "{:_<8}".format("l"))
print(f"{'nested':{'>'}{12}}")
w = 7
print(f"{3.14159:{w}.{3}f}|{42:#x}|{42:#b}|{42:#o}|{1234567:,}|{0.256:.1%}|{12345.6789:e}")
print(f"{-5:+d} {5:+d} {5: d} {1e10:g} {1.5e-7:g} {100:08.3f}")
print(f"{'abc'!r} {'abc'!s} {3!a}")
x = 10
print(f"{x=} {x*2=} {x = }")
