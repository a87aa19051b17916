"""
Benchmark recursive generators implemented in python
by traversing a binary tree.

Author: Kumar Aditya
"""

from __future__ import annotations

from collections.abc import Iterator


class Tree:
    def __init__(self, left: Tree | None, value: int, right: Tree | None) -> None:
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self) -> Iterator[int]:
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(input: range) -> Tree | None:
    n = len(input)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(input[:i]), input[i], tree(input[i + 1:]))


def bench_generators(loops: int) -> int:
    assert list(tree(range(10))) == list(range(10))
    total = 0
    for _ in range(loops):
        for v in tree(range(TREE_SIZE)):
            total += v
    return total


TREE_SIZE = 100000
LOOPS = 1  # size parameter

if __name__ == "__main__":
    print("generators", LOOPS, bench_generators(LOOPS))
