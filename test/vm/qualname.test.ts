// __qualname__ as CPython 3.11 computes it (compile.c compiler_set_qualname), carried by
// every code object (CodeObject.qualname, image v6): functions, methods, nested and
// comprehension scopes, classes (the class statement, type(), metaclasses), generators;
// the argument errors, function, bound-method and generator reprs that show it.
import { describe, expect, it } from "vitest";
import { compileProgram } from "../../src/compiler/program.js";
import { decodeProgram, encodeProgram } from "../../src/bytecode/image.js";
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity("qualified names", {
  "functions, methods, nested classes, lambdas, comprehensions, metaclasses, wraps, dataclass repr": "class A:\n    def m(self): pass\n    class Inner:\n        def deep(self): pass\n    async def co(self): pass\n    def gen(self):\n        yield 1\ndef f():\n    def g(): pass\n    class L:\n        def h(self): pass\n    lam = lambda: 0\n    return g, L, lam, [lambda: 1 for _ in range(1)][0], (x for x in [1])\ng, L, lam, lc, ge = f()\nprint(A.m.__qualname__, g.__qualname__, f.__qualname__, A.Inner.__qualname__, A.Inner.deep.__qualname__)\nprint(L.__qualname__, L.h.__qualname__, lam.__qualname__, lc.__qualname__, ge.__qualname__, ge.__name__)\nprint(A().gen().__qualname__, A.__qualname__, L.__name__, A.co.__qualname__)\nprint(repr(A().m).split(\" of \")[0], repr(g).split(\" at \")[0], repr(A().gen()).split(\" at \")[0])\nclass B(A): pass\nprint(repr(B().m).split(\" of \")[0], B.__qualname__)\ndef outer():\n    global gl\n    def gl(): pass\n    return gl\nprint(outer().__qualname__)\ntry:\n    A().m(1)\nexcept TypeError as e:\n    print(e)\ntry:\n    g(1, 2)\nexcept TypeError as e:\n    print(e)\ntry:\n    L()\n    L().h(3)\nexcept TypeError as e:\n    print(e)\nclass M(type):\n    def __new__(mcs, name, bases, ns):\n        print(\"ns qualname\", ns.get(\"__qualname__\"), \"__qualname__\" in ns)\n        return super().__new__(mcs, name, bases, ns)\nclass Outer:\n    class Q(metaclass=M):\n        pass\nprint(Outer.Q.__qualname__, \"__qualname__\" in Outer.Q.__dict__)\nT = type(\"T\", (), {\"__qualname__\": \"X.T\"})\nprint(T.__qualname__, T.__name__, \"__qualname__\" in T.__dict__)\ntry:\n    type(\"U\", (), {\"__qualname__\": 5})\nexcept TypeError as e:\n    print(e)\ndef deco(fn):\n    import functools\n    @functools.wraps(fn)\n    def w(*a):\n        return fn(*a)\n    return w\n@deco\ndef wrapped(): pass\nprint(wrapped.__qualname__, wrapped.__name__)\nfrom dataclasses import dataclass\ndef mk():\n    @dataclass\n    class P:\n        x: int\n    return P(1)\nprint(mk())\n",
}, [
  ["class A:\n    def m(self): pass\nA().m(1)\n", "TypeError: A.m() takes 1 positional argument but 2 were given"],
  ["def f():\n    def g(a): pass\n    g()\nf()\n", "TypeError: f.<locals>.g() missing 1 required positional argument: 'a'"],
  ["class A:\n    class B:\n        def __init__(self, *, k): pass\nA.B()\n", "TypeError: A.B.__init__() missing 1 required keyword-only argument: 'k'"],
  ["class A:\n    def m(self, x): pass\nA().m(x=1, y=2)\n", "TypeError: A.m() got an unexpected keyword argument 'y'"],
  ["type('U', (), {'__qualname__': 5})\n", "TypeError: type __qualname__ must be a str, not int"],
]);

describe("qualified names in images", () => {
  it("survive an image round trip (stored only where they differ from the name)", () => {
    const src = "class A:\n    def m(self): pass\ndef f():\n    return lambda: 0\n";
    const program = compileProgram(src, "main.py", { dialect: "python3", readFile: () => null, isBuiltinModule: () => false });
    const back = decodeProgram(encodeProgram(program).bytes, "main.epyc");
    const names = (p: typeof program) => {
      const out: string[] = [];
      const walk = (c: (typeof program.modules)[number]["code"]): void => {
        out.push(`${c.name}:${c.qualname}`);
        for (const k of c.consts) if (typeof k === "object" && k !== null && "qualname" in k) walk(k as typeof c);
      };
      walk(p.modules[0].code);
      return out;
    };
    expect(names(back)).toEqual(names(program));
    expect(names(program)).toEqual(["<module>:<module>", "A:A", "m:A.m", "f:f", "<lambda>:f.<locals>.<lambda>"]);
  });
});
