# Tutorial 6: running on a subset of the cores — any 4 free cores (auto), then
# cores 9 and 10 chosen per call, asynchronously (the call overrides the decorator).
from epython import offload


@offload(auto=4)
def helloworld(a, b):
    print("Hello World")
    return a + b


print(helloworld(10, 20))


@offload
def greet(a, b):
    print("Hello World")
    return a + b


h = greet(10, 20, target=[9, 10], **{"async": True})
print(h.wait())
