values = [1, 2, 3]
print(values[2])
print(values[3])
