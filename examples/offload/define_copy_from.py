# Tutorial 7: device-resident data. Each core keeps its own copy of `a` between
# kernel launches; copy_from_device fetches every core's copy.
from epython import offload, define_on_device, copy_from_device

a = [0] * 10

define_on_device(a)


@offload
def updateA(i):
    from parallel import coreid
    a[i] = i * coreid()


for i in range(10):
    updateA(i)

print(copy_from_device("a"))
