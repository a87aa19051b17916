# A user module, imported by shapes.py next to it (not a program by itself).
# Module-level names, functions and a constant; importing runs this code once.

UNIT = "cm"
created = 0


def square(v):
    return v * v


def rect_area(w, h):
    return w * h


def rect_perimeter(w, h):
    return 2 * (w + h)


def make_point(x, y):
    global created
    created += 1
    return (x, y)


def manhattan(p, q):
    return abs(p[0] - q[0]) + abs(p[1] - q[1])


def describe(w, h):
    return "%d x %d %s rectangle: area %d %s^2" % (w, h, UNIT, rect_area(w, h), UNIT)


print("geometry module loaded")
