# Tutorial 6: offload a function to every device core.
from epython import offload


@offload
def helloworld(a, b):
    print("Hello World")
    return a + b


print(helloworld(10, 20))
