// graphlib.TopologicalSorter and CycleError against CPython 3.11: the orders of
// static_order() and get_ready()/done() (CPython's algorithm, so the same order for
// the same insertion order), the cycle prepare() reports, and the messages.
import { describeCPythonParity } from "../helpers/cpythonParity.js";

describeCPythonParity(
  "graphlib against CPython",
  {
    "static order, parallel processing, cycles": `from graphlib import TopologicalSorter, CycleError
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"], "E": ["D", "A"], "F": []}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
for n, preds in [(5, ()), (7, ()), (3, ()), (11, (7, 5)), (8, (7, 3)), (2, (11,)), (9, (11, 8)), (10, (11, 3))]:
    ts.add(n, *preds)
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts))
try:
    TopologicalSorter({1: [2], 2: [3], 3: [1], 0: [1]}).prepare()
except CycleError as e:
    print(type(e).__name__, e.args, isinstance(e, ValueError))
ts = TopologicalSorter({"a": ["b"], "b": ["a"], "c": []})
try:
    ts.prepare()
except CycleError as e:
    print(e.args[1], ts.get_ready())
`,
  },
  [
    ["from graphlib import TopologicalSorter\nts = TopologicalSorter()\nts.get_ready()", "ValueError: prepare() must be called first"],
    ["from graphlib import TopologicalSorter\nts = TopologicalSorter({1: [2]})\nts.prepare()\nts.prepare()", "ValueError: cannot prepare() more than once"],
    ["from graphlib import TopologicalSorter\nts = TopologicalSorter({1: [2]})\nts.prepare()\nts.add(3)", "ValueError: Nodes cannot be added after a call to prepare()"],
    ["from graphlib import TopologicalSorter\nts = TopologicalSorter({1: [2]})\nts.prepare()\nts.done(1)", "ValueError: node 1 was not passed out (still not ready)"],
    ["from graphlib import TopologicalSorter\nts = TopologicalSorter({1: [2]})\nts.prepare()\nts.done(9)", "ValueError: node 9 was not added using add()"],
    ["from graphlib import TopologicalSorter\nts = TopologicalSorter({1: [2]})\nts.prepare()\nts.get_ready()\nts.done(2)\nts.done(2)", "ValueError: node 2 was already marked done"],
  ],
);
