from . import vec
from .vec import Vec


def dot(a, b):
    return a.x * b.x + a.y * b.y


def total(vs):
    acc = vec.Vec(0, 0)
    for v in vs:
        acc = acc + v
    return acc
