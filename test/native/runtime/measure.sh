#!/usr/bin/env bash
# Measures the native runtime's two targets on this machine: the 16-core 1-D Jacobi with
# halo exchange (jacobi.c) on host threads vs MPI ranks, and the message round trip
# between two cores (pingpong.c). Median of 5 runs each.
# Usage: bash test/native/runtime/measure.sh [points-per-core] [iterations]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rt="$here/../../../src/native/runtime"
local_points="${1:-1000}"
iterations="${2:-10000}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1

build() { # target program
  local cc=gcc extra=-pthread
  [ "$1" = mpi ] && cc=mpicc && extra=
  $cc -std=c99 -O3 -I"$rt" "$here/$2.c" "$rt/shared.c" "$rt/$1.c" "$rt/platform_posix.c" -o "$out/$1-$2" $extra
}

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

launch() { # target program args... (the core count is the last argument)
  local target=$1 program=$2; shift 2
  if [ "$target" = host ]; then "$out/host-$program" "$@"
  else mpirun --oversubscribe -np "${*: -1}" "$out/mpi-$program" "$@"; fi
}

targets=(host)
if command -v mpicc >/dev/null && command -v mpirun >/dev/null; then targets+=(mpi); else echo "(no MPI: run scripts/install-mpi.sh)"; fi
echo "machine: $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)"
for t in "${targets[@]}"; do
  build "$t" jacobi
  build "$t" pingpong
  jac=$(for i in 1 2 3 4 5; do launch "$t" jacobi "$local_points" "$iterations" 16 2>&1 >/dev/null | sed -n 's/.*iterations: \([0-9.]*\) s/\1/p'; done | median)
  small=$(for i in 1 2 3 4 5; do launch "$t" pingpong 20000 2 | sed -n 's/.*round trip: \([0-9.]*\) us (int).*/\1/p'; done | median)
  big=$(for i in 1 2 3 4 5; do launch "$t" pingpong 20000 2 | sed -n 's/.*, \([0-9.]*\) us (1000 doubles).*/\1/p'; done | median)
  printf '%-5s jacobi 16 cores x %s points x %s iterations: %8.3f s   round trip: %7.2f us (int) %7.2f us (1000 doubles)\n' \
    "$t" "$local_points" "$iterations" "$jac" "$small" "$big"
done
