# Tutorial 6: a non-blocking launch returns a handle; wait() gives the results.
from epython import offload


@offload(asynchronous=True)
def helloworld(a, b):
    print("Hello World")
    return a + b


handler = helloworld(10, 20)
print(handler.wait())
