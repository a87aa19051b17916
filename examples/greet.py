# Reading standard input with input() (the test feeds greet.stdin). No prompt is
# given, so the output is the same as CPython's.
# epython-cpython: same
name = input()
count = int(input())
values = input().split()
print("Hello,", name + "!")
for i in range(count):
    print(i + 1, "x", name)
nums = [int(v) for v in values]
print("sum of", nums, "is", sum(nums))
