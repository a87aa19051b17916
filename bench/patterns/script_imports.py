# A short script with the imports a typical one starts with: here the process time
# (start-up and the library's compile included) is the figure, the kernel is tiny.
import time
_t0 = time.perf_counter()
import json
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from functools import lru_cache, reduce
from typing import Dict, List, Optional


class Kind(Enum):
    BOOK = "book"
    PEN = "pen"


@dataclass
class Item:
    name: str
    kind: Kind
    price: Decimal
    tags: List[str] = field(default_factory=list)


@lru_cache(maxsize=None)
def weight(n: int) -> Fraction:
    return Fraction(1, n + 1)


items = [Item(f"item{i}", Kind.BOOK if i % 3 else Kind.PEN, Decimal(i) / 4, ["a", "b"][: i % 3]) for i in range(200)]
by_kind: Dict[str, List[Item]] = defaultdict(list)
for it in items:
    by_kind[it.kind.value].append(it)
total = sum((it.price for it in items), Decimal(0))
words = Counter(w for it in items for w in re.findall(r"[a-z]+", it.name))
mean = statistics.mean(float(it.price) for it in items)
frac = reduce(lambda a, b: a + b, (weight(i) for i in range(20)))
first: Optional[Item] = next((it for it in items if it.price > 10), None)
_t1 = time.perf_counter()
print(json.dumps({k: len(v) for k, v in sorted(by_kind.items())}), total, words.most_common(1), round(mean, 3), frac, first.name if first else None)
print('TIME', _t1 - _t0)
