# Importing a user module (geometry.py, in the same directory) in the three forms.
# The module's top-level code runs once, at the first import.
# epython-cpython: same
import geometry
import geometry as geo
from geometry import rect_area, make_point, manhattan

print("shapes starts")
print(geometry.UNIT, geo.UNIT, geometry is geo)
print(rect_area(3, 4), geometry.rect_perimeter(3, 4), geo.square(9))
print(geometry.describe(2, 5))
p = make_point(0, 0)
q = geometry.make_point(3, -4)
print(p, q, manhattan(p, q), geometry.created)
geometry.UNIT = "mm"
print(geo.describe(1, 1))
