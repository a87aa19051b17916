print("before the error")
x = 10
y = x // (x - 10)
print("not reached")
