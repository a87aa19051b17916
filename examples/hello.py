# The smallest ePython program. Every line a core prints carries its prefix,
# "[device 0] " on the first device core. (Once the `parallel` module exists this
# example will greet from every core with parallel.coreid().)
# epython-cpython: same
print("Hello from a micro-core!")
