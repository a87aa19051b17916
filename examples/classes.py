# Classes: a small particle simulation with a class hierarchy, properties, class
# methods, operator overloading and iteration — the way ordinary Python code uses them.
# epython-cpython: same


class Vector:
    """A 2-D vector with arithmetic operators."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


class Particle:
    count = 0

    def __init__(self, name, pos, vel):
        self.name = name
        self.pos = pos
        self.vel = vel
        Particle.count += 1

    @property
    def speed2(self):
        return self.vel.x ** 2 + self.vel.y ** 2

    def step(self, dt):
        self.pos = self.pos + dt * self.vel

    def kind(self):
        return "particle"

    def __str__(self):
        return f"{self.kind()} {self.name} at {self.pos}"

    @classmethod
    def at_rest(cls, name):
        return cls(name, Vector(0, 0), Vector(0, 0))


class Heavy(Particle):
    def __init__(self, name, pos, vel, mass):
        super().__init__(name, pos, vel)
        self.mass = mass

    def kind(self):
        return f"heavy({self.mass})"

    def step(self, dt):
        # Heavy particles move at half speed.
        super().step(dt)
        self.pos = self.pos + (-dt / 2) * self.vel


class Swarm:
    def __init__(self):
        self.members = []

    def add(self, p):
        self.members.append(p)
        return self

    def __len__(self):
        return len(self.members)

    def __iter__(self):
        return iter(self.members)

    def __contains__(self, name):
        return any(p.name == name for p in self.members)


swarm = Swarm()
swarm.add(Particle("a", Vector(0, 0), Vector(1, 2))).add(Heavy("b", Vector(4, 4), Vector(-2, 0), 10))
swarm.add(Particle.at_rest("c"))
for t in range(3):
    for p in swarm:
        p.step(0.5)
for p in swarm:
    print(p, "speed^2 =", p.speed2)
print(len(swarm), "c" in swarm, "z" in swarm, Particle.count)
print(isinstance(swarm.members[1], Particle), type(swarm.members[2]).__name__)
print(sorted(p.name for p in swarm if p.speed2 > 0))
print(Vector(1, 2) + Vector(3, 4) == Vector(4, 6), 2 * Vector(1, 1))
