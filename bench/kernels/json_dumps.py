"""Benchmark the json module's encoder on pyperformance's three documents."""
import json


EMPTY = ({}, 2000)
SIMPLE_DATA = {'key1': 0, 'key2': True, 'key3': 'value', 'key4': 'foo',
               'key5': 'string'}
SIMPLE = (SIMPLE_DATA, 1000)
NESTED_DATA = {'key1': 0, 'key2': SIMPLE[0], 'key3': 'value', 'key4': SIMPLE[0],
               'key5': SIMPLE[0], 'key': '\u0105\u0107\u017c'}
NESTED = (NESTED_DATA, 1000)
HUGE = ([NESTED[0]] * 1000, 1)

cases = ['EMPTY', 'SIMPLE', 'NESTED', 'HUGE']

LOOPS = 24  # size parameter


def bench_json_dumps(data):
    total = 0
    for obj, count_it in data:
        for _ in count_it:
            total += len(json.dumps(obj))
    return total


def main():
    data = []
    for case in cases:
        obj, count = globals()[case]
        data.append((obj, range(count)))
    total = 0
    for _ in range(LOOPS):
        total += bench_json_dumps(data)
    print("json_dumps", LOOPS, total)
    print(json.dumps(NESTED_DATA))
    print(json.dumps(SIMPLE_DATA, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
