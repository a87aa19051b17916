rows = [
    ("Widget", 1234.5, 0.1234, 12),
    ("Gadget", 98765.4321, 0.5, 3),
    ("Thingamajig", 0.99, 1.0, 1500),
    ("Doohickey", -42.0, -0.075, 0),
]
header = f"{'Name':<12}|{'Price':>12}|{'Share':>8}|{'Qty':>6}|{'Sci':>12}"
print(header)
print("-" * len(header))
for name, price, share, qty in rows:
    print(f"{name:<12.10}|{price:>12,.2f}|{share:>8.1%}|{qty:>6,}|{price:>12.3e}")
print("=" * len(header))
total = sum(r[1] for r in rows)
print(f"{'TOTAL':<12}|{total:>12,.2f}|{'':>8}|{sum(r[3] for r in rows):>6}|{total:12.4E}")
print("{:<10}{:^10}{:>10}".format("left", "mid", "right"))
print("{0:>{1}}".format("dyn", 8), "{:{fill}{align}{width}}".format("x", fill="~", align="^", width=7))
print("{:.3}".format("abcdef"), "{:.3}".format(3.14159), "{:10.4}".format(2.0 / 3))
print("{:g} {:g} {:g} {:g}".format(100000, 1000000, 0.0001, 0.00001))
print("{:n} {:_} {:_x} {:08.2f} {:+.1f}".format(1234567, 1234567, 0xFFFFFF, -3.14159, 2.25))
print("{0[0]} {0[1]} {1[key]} {2.real}".format(["a", "b"], {"key": "v"}, 3 + 4j))
print("{!r:>10}|{!s:<6}|".format("q", 12))
print(format(0.5, "%"), format(12, "b"), format(255, "02X"), format(3.0, ".0f"), format(-0.0, ".1f"))
print(format(1e22, ""), format(1e15, ""), format(12345678901234567890, ","), format(2**64, "_x"))
print(f"{1/3:.15f} {2**0.5:.10g} {1e-7:f} {123.456:010.3f} {5:03d} {-5:03d}")
print(f"{'yes' if total > 0 else 'no':>5} {[1, 2]!s:>10} {(1, 'a')}")
print(f"{3:{'>'}{5}} {'pad':{'*'}^{9}}")
print("%-10s|%10.3f|%+05d|%c|%r" % ("name", 3.14159, 42, 65, "s"))
print("%(a)s-%(b)05.1f" % {"a": "x", "b": 2.5})
print("%5.1f%%" % 99.5, "%e" % 0.000123, "%.0e" % 5e10, "%i" % 3.9, "%s" % [1, 2])
widths = [max(len(str(c)) for c in col) for col in zip(*rows)]
for r in rows:
    print(" | ".join(str(c).rjust(w) for c, w in zip(r, widths)))
print(f"{1234567.891:,.1f} {0.000012345:.2e} {1.0:.0%} {2/3:.2%} {-1234:,}")
print(f"{float('nan'):f} {float('inf'):>8} {-float('inf'):e} {1e100:.3g}")
print(f"{True:d} {True} {None!r:>6} {b'ab'!r}")
print(f"{42:c}{0x263A:c}", chr(9731), ord("€"))
print(f"{12.0:g} {12.5:g} {1.5e300:g} {123456789:g} {0.1+0.2:.17g}")
print(f"{1234.5678:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
print(str(1.0), str(1e16), str(1.23e-5), repr(0.1 + 0.2), str(100.0), repr(1e-4), str(2.5e-4))
print(f"{10**20:e}", f"{7:.3f}", f"{7:e}", f"{-7:x}", f"{300:b}")
