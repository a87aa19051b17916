"""
Benchmark for recursive coroutines.

Author: Kumar Aditya

pyperformance writes it with `async def` and `await`; this is the same recursion
with generator-based coroutines (`yield from`), driven by send() as an event loop
would drive them.
"""


def fibonacci(n):
    if n <= 1:
        return n
    return (yield from fibonacci(n - 1)) + (yield from fibonacci(n - 2))


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine did not finish")


N = 28  # size parameter

if __name__ == "__main__":
    print("coroutines", N, run(fibonacci(N)))
