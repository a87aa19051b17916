import { describe, expect, it } from "vitest";
import { parse } from "../../src/lang/index.js";
import type * as A from "../../src/lang/ast.js";
import { forEachChild, isExpr, walk } from "../../src/lang/walk.js";

// Every node kind of ast.ts. Typed as a complete record, so a new kind makes this
// test fail to compile until the program below uses it too.
const allKinds: Record<A.Node["kind"], true> = {
  Int: true, Float: true, Str: true, Bytes: true, Const: true, FString: true, FormattedValue: true, Name: true,
  BinOp: true, UnaryOp: true, BoolOp: true, Compare: true, IfExp: true, Keyword: true, Call: true,
  Attribute: true, Subscript: true, Slice: true, List: true, Tuple: true, Dict: true, Set: true,
  Comprehension: true, ListComp: true, SetComp: true, DictComp: true, GeneratorExp: true, Lambda: true, Starred: true, NamedExpr: true, Param: true,
  ExprStmt: true, Assign: true, AugAssign: true, If: true, While: true, For: true, Break: true,
  Continue: true, Pass: true, Return: true, FunctionDef: true, Global: true, Nonlocal: true,
  Assert: true, Delete: true, Alias: true, Import: true, ImportFrom: true, Print: true, Module: true,
  ClassDef: true, Try: true, ExceptHandler: true, Raise: true, With: true, WithItem: true, Yield: true, YieldFrom: true,
  AnnotatedName: true, Match: true, MatchCase: true, MatchValue: true, MatchSingleton: true,
  MatchSequence: true, MatchStar: true, MatchMapping: true, MatchClass: true, MatchAs: true, MatchOr: true,
};

// Every syntax of the Python 3 dialect (parsed, not compiled: dicts and sets only parse).
const everySyntax = `import math, os as o
from m import a as b, c
from n import *
@dec(1)
def f(p, q=2, *rest, k=3, **kw):
    global g
    def inner():
        nonlocal p
        return p
    x = y = -p + q * 2.5 ** ~1 // 3
    x += 1
    ann: int
    s = f"{x!r:>{q}} and {y}"
    t = "lit", None, True, b"by" rb"\\x"
    if a and b or not c:
        pass
    elif x < y <= 3 != 4:
        x = lambda u, v=1: u if v else -u
    else:
        del x, t[0]
    while (w := x):
        break
    else:
        x = 0
    for i, j in zip(*a):
        continue
    lst = [i for i in range(3) if i for j in [1, 2]]
    gen = sum(i * i for i in lst)
    got = yield gen
    yield from lst
    d = {1: "a", 2: "b"}
    st = {1, 2}
    sc = {i for i in lst if i}
    dc = {k: v for k, v in d.items()}
    du = {**d, 3: "c"}
    lst[1:2] = lst[::2]
    z = a.b[i](k=1, **kw)
    assert x, "msg"
    print(x)
    return [*lst, 1]
@dec
class C(B, metaclass=M):
    a = 1
    def m(self):
        try:
            raise E(1) from None
        except (E, F) as e:
            raise
        except G:
            pass
        else:
            pass
        finally:
            pass
        with a as (p, q), b:
            pass
        match self:
            case [1, *r] | {"k": None, **r} if r:
                pass
            case C(x, y=(_ as z)):
                pass
`;

/** Reference count: every object with a `kind` reachable through any field (untyped). */
function referenceCounts(root: unknown): Map<string, number> {
  const counts = new Map<string, number>();
  const go = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(go);
    if (typeof v !== "object" || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.kind === "string") counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
    for (const key in o) if (key !== "source") go(o[key]);
  };
  go(root);
  return counts;
}

function walkCounts(root: A.Node): { counts: Map<string, number>; nodes: Set<A.Node> } {
  const counts = new Map<string, number>();
  const nodes = new Set<A.Node>();
  walk(root, (n) => {
    expect(nodes.has(n)).toBe(false); // no node is visited twice
    nodes.add(n);
    counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  });
  return { counts, nodes };
}

describe("the generic tree walker", () => {
  const python = parse(everySyntax, "all.py");
  const classic = parse("print x + 1\n", "c.py", { dialect: "classic" });

  it("the test program uses every node kind", () => {
    const seen = new Set([...referenceCounts(python).keys(), ...referenceCounts(classic).keys()]);
    expect([...seen].sort()).toEqual(Object.keys(allKinds).sort());
  });

  it.each([["python3", python], ["classic", classic]] as const)("visits every child of every node (%s)", (_, mod) => {
    expect(walkCounts(mod).counts).toEqual(referenceCounts(mod));
  });

  it("counts a small program exactly", () => {
    const { counts } = walkCounts(parse("x = f(a, k=-1)[1:]\n", "t.py"));
    expect(Object.fromEntries(counts)).toEqual({
      Module: 1, Assign: 1, Name: 3, Subscript: 1, Call: 1, Keyword: 1, UnaryOp: 1, Int: 2, Slice: 1,
    });
  });

  it("gives children in evaluation order", () => {
    const order = (src: string) => {
      const names: string[] = [];
      walk(parse(src, "t.py"), (n) => void (n.kind === "Name" && names.push(n.id)));
      return names.join(" ");
    };
    expect(order("t = b if a else c\n")).toBe("a b c t");
    expect(order("for t in it:\n    body\nelse:\n    other\n")).toBe("it t body other");
    expect(order("f(p, *q, k=r)\n")).toBe("f p q r");
    expect(order("x[i] += v\n")).toBe("x i v");
  });

  it("skips the children of a node when the visitor returns false", () => {
    const mod = parse("def f():\n    a = 1\nb = 2\n", "t.py");
    const kinds: string[] = [];
    walk(mod, (n) => {
      kinds.push(n.kind);
      return n.kind !== "FunctionDef";
    });
    expect(kinds).toEqual(["Module", "FunctionDef", "Assign", "Int", "Name"]);
  });

  it("walks a tree deeper than recursion could (no stack limit)", () => {
    let e: A.Expr = { kind: "Name", id: "a", line: 1, col: 1, endLine: 1, endCol: 2 };
    for (let i = 0; i < 200_000; i++) e = { kind: "UnaryOp", op: "-", operand: e, line: 1, col: 1, endLine: 1, endCol: 2 };
    let n = 0;
    walk(e, () => void n++);
    expect(n).toBe(200_001);
  });

  it("forEachChild gives only direct children; isExpr tells expressions apart", () => {
    const st = parse("y = a + b\n", "t.py").body[0];
    const kids: A.Node[] = [];
    forEachChild(st, (c) => kids.push(c));
    expect(kids.map((k) => k.kind)).toEqual(["BinOp", "Name"]);
    expect(kids.every(isExpr)).toBe(true);
    expect(isExpr(st)).toBe(false);
  });
});
