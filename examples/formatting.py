# Building text: f-strings (with expressions, conversions and format specs),
# %-formatting, str.format and format(). The floats used are exact in binary, so
# the output is the same in single and double precision.
# epython-cpython: same

name = "core"
n = 7
x = 2.25
items = [1, 2, 3]

print(f"{name} number {n}")
print(f"{n + 1} {n * 2} {len(items)} {items[-1]} {name.upper()} {n > 5}")
print(f"{x} {x * 2} {-x} {x:.1f} {x:.3f} {x:8.2f}| {x:<8.2f}| {x:e}")
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:05}] [{n:+}] [{-n:+}] [{n:x}] [{255:X}] [{n:b}] [{n:o}] [{255:#x}]")
print(f"[{name:10}] [{name:>10}] [{name:^10}] [{name:*^10}] [{name:.2}]")
print(f"{1234567:,} {1234567:_} {0.5:%} {0.125:.1%}")
print(f"{name!r} {'quoted'} {3.0} {10 / 4}")
print(f"{{literal braces}} {n}{n}")
width = 6
print(f"[{n:{width}}] [{x:{width}.{1}f}]")

# %-formatting
print("%d items" % 3)
print("%s has %d cores at %.1f GHz" % ("chip", 16, 0.75))
print("[%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%o] [%e]" % (42, 42, 42, 42, 255, 255, 8, 1.5))
print("[%8.3f] [%-8.2f] [%.0f] [%s] [%r] [%c] [%%]" % (2.25, 0.5, 2.5, [1, 2], "s", 65))
print("%s" % "single", "%s and %s" % ("a", "b"))

# str.format and format()
print("{} + {} = {}".format(2, 3, 5))
print("{0}{1}{0}".format("ab", "-"), "{:>6}|{:<6}|".format("r", "l"))
print("{:.2f} {:5d} {:x}".format(0.75, 12, 255))
print(format(255, "08b"), format(0.5, ".3f"), format("txt", "^7"), format(42))

# a small table
rows = [("alpha", 3, 0.5), ("beta", 12, 0.25), ("gamma", 107, 1.75)]
print(f"{'name':<8}{'count':>6}{'share':>8}")
for label, count, share in rows:
    print(f"{label:<8}{count:>6}{share:>8.2f}")
