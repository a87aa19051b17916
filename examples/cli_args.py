# epython-cpython: same
# Command-line arguments with argparse. A program reads sys.argv when run as
#     epython run examples/cli_args.py --size 8 --verbose in.dat
# (the program's arguments follow its path; put `--` before the path to pass options
# the CLI itself would take, as in `epython run --cores 1 -- prog.py --cores 4`).
# Here parse_args gets explicit lists, so the example's output is fixed.
import argparse
import sys

parser = argparse.ArgumentParser(prog='cli_args', description='Split a job across cores.')
parser.add_argument('inputs', nargs='+', help='input names')
parser.add_argument('-s', '--size', type=int, default=16, help='block size (default: %(default)s)')
parser.add_argument('-v', '--verbose', action='count', default=0)
parser.add_argument('--mode', choices=['sum', 'max'], default='sum')

args = parser.parse_args(['a.dat', 'b.dat', '--size', '8', '-vv'])
print(args)
for name in args.inputs:
    print('%s: %d blocks of %d (%s)' % (name, 64 // args.size, args.size, args.mode))

parser.print_help()

# A usage error: the message goes to standard error and the program exits with
# status 2; here SystemExit is caught to show its code.
sys.stderr = sys.stdout
try:
    parser.parse_args(['a.dat', '--mode', 'avg'])
except SystemExit as e:
    print('exit status', e.code)
