import { describe, expect, it } from "vitest";
import { expectSameAsCPython, haveCPython } from "../helpers/stdlib.js";
import { isBuilt, runEpython } from "../helpers/run.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe.runIf(haveCPython)("argparse (against CPython 3.11)", () => {
  it("options and positionals, types, choices, nargs, actions, abbreviations, usage errors, --help, mutually exclusive groups, Namespace", () => {
    expectSameAsCPython(`import argparse, sys, io

def run(parser, argv):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
        print(sys.stderr.getvalue(), end='')
    finally:
        sys.stderr = old

p = argparse.ArgumentParser(prog='demo', description='Process some numbers and files. This description is long enough that it has to be wrapped onto a second line.')
p.add_argument('input', help='the input file')
p.add_argument('files', nargs='*', help='more files')
p.add_argument('-n', '--num', type=int, default=4, help='how many (default: %(default)s)')
p.add_argument('--scale', type=float, metavar='S')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', '--quiet', action='store_true', help='say less')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='speed')
p.add_argument('-I', '--include', action='append', help='add a directory')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--pair', nargs=2, type=int)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='+')
run(p, ['in.txt'])
run(p, ['in.txt', 'a', 'b', '-n', '7', '-vv', '--verbose', '-q', '--no-color', '--mode=slow', '-I', 'x', '-Iy', '--const', '--pair', '1', '2', '--opt', '--many', 'm1', 'm2'])
run(p, ['-n3', 'x', '--scale', '2.5', '--opt', 'val', '--', '-weird'])
run(p, ['--nu', '9', 'x', '--inc=z'])
run(p, [])
run(p, ['x', '-n', 'abc'])
run(p, ['x', '--mode', 'medium'])
run(p, ['x', '--pair', '1'])
run(p, ['x', '-n'])
run(p, ['x', '--bogus', 'y'])
run(p, ['x', '--many'])
run(p, ['x', '-q=1'])
run(p, ['x', '--scale', '-1'])
run(p, ['-h'])
print(p.format_usage(), end='')
g = argparse.ArgumentParser(prog='grp')
m = g.add_mutually_exclusive_group()
m.add_argument('-a', action='store_true')
m.add_argument('-b', action='store_true')
r = g.add_mutually_exclusive_group(required=True)
r.add_argument('--x', type=int)
r.add_argument('--y', type=int)
run(g, ['-a', '--x', '1'])
run(g, ['-a', '-b', '--x', '1'])
run(g, ['-a'])
run(g, ['--help'])
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%s is not positive' % s)
    return v
t = argparse.ArgumentParser(prog='t', epilog='See the docs.')
t.add_argument('count', type=positive, help='a positive count')
t.add_argument('rest', nargs='?', default='none')
run(t, ['5'])
run(t, ['-3'])
run(t, ['0'])
run(t, ['1', '2', '3'])
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(b='x', a=1), 'a' in ns, argparse.Namespace(**{'my-key': 1, 'z': 2}))
args, extra = t.parse_known_args(['4', 'r', '--zz', 'q'])
print(args, extra, args.count, vars(args) if False else sorted(['count', 'rest']))
`);
  });
  it("subparsers, argument groups, custom usage, version, metavar tuples, extend/append_const, long invocations, definition errors", () => {
    expectSameAsCPython(`import argparse, sys, io
def run(parser, argv):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
        print(sys.stderr.getvalue(), end='')
    finally:
        sys.stderr = old
p = argparse.ArgumentParser(prog='tool')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
a = sub.add_parser('add', help='add things')
a.add_argument('x', type=int)
a.add_argument('y', type=int)
r = sub.add_parser('remove', help='remove a thing')
r.add_argument('name')
r.add_argument('-f', '--force', action='store_true')
run(p, ['add', '1', '2'])
run(p, ['--debug', 'remove', 'foo', '-f'])
run(p, ['add', '1'])
run(p, ['nope'])
run(p, ['-h'])
run(p, ['remove', '-h'])
run(p, [])
g = argparse.ArgumentParser(prog='g', usage='%(prog)s [options] file', add_help=False)
grp = g.add_argument_group('inputs', 'Where the data comes from.')
grp.add_argument('--src', metavar=('HOST', 'PORT'), nargs=2)
g.add_argument('file')
g.add_argument('--version', action='version', version='%(prog)s 1.0')
g.set_defaults(extra=7)
run(g, ['f', '--src', 'h', '80'])
run(g, ['--version'])
print(g.format_help(), end='')
print(g.get_default('extra'))
x = argparse.ArgumentParser(prog='x')
x.add_argument('--level', type=int, choices=range(1, 4), default=2)
x.add_argument('--long-option-name-here', dest='lo', help='an option whose invocation is long enough to force the help onto the next line, with wrapping of this help text')
x.add_argument('--ext', action='extend', nargs='+', type=str)
x.add_argument('--ac', action='append_const', const='k')
run(x, ['--level', '3', '--ext', 'a', 'b', '--ext', 'c', '--ac', '--ac'])
run(x, ['--level', '5'])
run(x, ['--help'])
try:
    x.add_argument('--level')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    x.add_argument('pos', required=True)
except TypeError as e:
    print('TypeError', e)
try:
    x.add_argument('--b', action='bogus')
except ValueError as e:
    print('ValueError', e)
`);
  });
});

describe.skipIf(!isBuilt())("argparse from the command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "argparse-"));
  const prog = join(dir, "cli.py");
  writeFileSync(prog, `import argparse
parser = argparse.ArgumentParser(description='Sum numbers on the device.')
parser.add_argument('values', nargs='*', type=int, help='numbers to add')
parser.add_argument('-n', '--num', type=int, default=1, help='repeat count')
args = parser.parse_args()
print(args, sum(args.values) * args.num)
`);
  it("parses sys.argv: the program's arguments follow its path; '--' passes options the CLI would take", () => {
    const r = runEpython(["run", "--cores", "1", prog, "--num", "3", "1", "2"]);
    expect(r.stdout).toBe("[device 0] Namespace(values=[1, 2], num=3) 9\n");
    const s = runEpython(["run", "--cores", "1", "--", prog, "-n", "2", "5"]);
    expect(s.stdout).toBe("[device 0] Namespace(values=[5], num=2) 10\n");
  });
  it("a usage error goes to standard error with the program name, exit status 2", () => {
    const r = runEpython(["run", "--cores", "1", prog, "--num", "x"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("usage: cli.py [-h] [-n NUM] [values ...]\n");
    expect(r.stderr).toContain("cli.py: error: argument -n/--num: invalid int value: 'x'\n");
    expect(r.stdout).toBe("");
  });
  it("--help prints to standard output and exits 0", () => {
    const r = runEpython(["run", "--cores", "1", prog, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/^\[device 0\] ?/gm, "")).toBe(`usage: cli.py [-h] [-n NUM] [values ...]

Sum numbers on the device.

positional arguments:
  values             numbers to add

options:
  -h, --help         show this help message and exit
  -n NUM, --num NUM  repeat count
`);
  });
});
