# epython-args: --float64
# Text processing and exact statistics with the standard modules: re, textwrap,
# fractions, statistics, random (seeded: the same stream as CPython's).
import re
import textwrap
import random
import statistics
from fractions import Fraction

log = """2024-05-01 12:00:03 INFO  user=alice latency=120ms
2024-05-01 12:00:04 WARN  user=bob latency=340ms
2024-05-01 12:01:10 INFO  user=alice latency=95ms
2024-05-01 12:02:44 ERROR user=carol latency=1200ms"""

entry = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>\w+)\s+user=(?P<user>\w+) latency=(?P<ms>\d+)ms$", re.M)
rows = [m.groupdict() for m in entry.finditer(log)]
print(len(rows), rows[0])
latencies = [int(r["ms"]) for r in rows]
print("mean", statistics.mean(latencies), "median", statistics.median(latencies), "stdev", round(statistics.stdev(latencies), 3))
print("levels", re.findall(r"\b(WARN|ERROR)\b", log))
print(re.sub(r"user=(\w+)", lambda m: "user=" + m.group(1).upper(), log.splitlines()[1]))
print(re.sub(r"(\d+)ms", r"\1 ms", "120ms and 95ms"), re.split(r"\s*[,;]\s*", "a , b;c"))

text = "Fractions keep exact values: one third plus one sixth is exactly one half, which a float only approximates."
print(textwrap.fill(text, 40, initial_indent="> ", subsequent_indent="> "))
third = Fraction(1, 3)
print(third + Fraction(1, 6), 0.1 + 0.2, Fraction(0.1 + 0.2).limit_denominator(100), Fraction("3.75"))

random.seed(2024)
sample = [random.randint(1, 100) for _ in range(10)]
print(sample, random.choice("abc"), round(random.gauss(0, 1), 6))
print(statistics.variance(sample), statistics.mode([1, 2, 2, 3]), statistics.quantiles(sample, n=4))
