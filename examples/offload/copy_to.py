# Tutorial 7: updating device-resident data from the host.
from epython import offload, define_on_device, copy_to_device, copy_from_device

a = 23

define_on_device(a)


@offload
def updateA():
    a = 19  # a device-resident name: assigning it writes the device's variable, as in the original


print(copy_from_device("a"))
updateA()
print(copy_from_device("a"))
copy_to_device("a", 99)
print(copy_from_device("a"))
