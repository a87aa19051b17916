# Packages: a directory with __init__.py, its submodules, relative imports inside it.
import geom
import geom.ops as ops
from geom.ops import dot

a, b = geom.Vec(1, 2), geom.Vec(3, 4)
print(geom.__name__, geom.__doc__)
print(ops.total([a, b, a]), dot(a, b), ops.__name__)
print(geom.ops is ops, geom.vec.Vec is geom.Vec)
try:
    import geom.missing
except ModuleNotFoundError as e:
    print(e)
