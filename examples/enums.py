# Enumerations and metaclasses: the enum module (written in ePython on metaclasses),
# a registry metaclass, and the live __dict__.
# epython-cpython: same
from enum import Enum, IntFlag, auto


class Phase(Enum):
    IDLE = auto()
    SEND = auto()
    RECV = auto()

    def next(self):
        members = list(Phase)
        return members[(members.index(self) + 1) % len(members)]


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Registered(type):
    """Every kernel class defined with this metaclass is recorded by name."""
    kernels = {}

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        if bases:
            Registered.kernels[name] = cls


class Kernel(metaclass=Registered):
    def __init__(self, **params):
        self.__dict__.update(params)


class Saxpy(Kernel):
    pass


p = Phase.IDLE
for _ in range(4):
    print(p, repr(p), p.value)
    p = p.next()
rw = Perm.R | Perm.W
print(repr(rw), Perm.W in rw, int(rw), repr(~Perm.R))
print(Phase(2), Phase["RECV"], len(Phase), [m.name for m in Phase])
k = Registered.kernels["Saxpy"](a=2.0, n=16)
print(sorted(Registered.kernels), k.a, k.n, vars(k))
