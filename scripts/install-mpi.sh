#!/usr/bin/env bash
# Installs Open MPI (Debian's openmpi-bin and libopenmpi-dev) for the native `mpi`
# target and its tests, when `mpicc` or `mpirun` is missing.
#
# Never fails the caller: without root or without apt-get it prints a warning and
# exits 0, and the MPI tests then skip with a visible reason. Quiet when it installs,
# silent when MPI is already there.
set -u

if command -v mpicc >/dev/null 2>&1 && command -v mpirun >/dev/null 2>&1; then
  exit 0
fi

warn() { echo "install-mpi: warning: $*; the MPI tests will be skipped" >&2; exit 0; }

command -v apt-get >/dev/null 2>&1 || warn "apt-get not found (install Open MPI's mpicc and mpirun by hand)"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    warn "not root (run: apt-get install openmpi-bin libopenmpi-dev)"
  fi
else
  SUDO=""
fi

echo "install-mpi: installing openmpi-bin and libopenmpi-dev with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null 2>&1 || warn "apt-get update failed"
$SUDO apt-get install -y -qq --no-install-recommends openmpi-bin libopenmpi-dev >/dev/null 2>&1 \
  || warn "apt-get install openmpi-bin libopenmpi-dev failed"
command -v mpicc >/dev/null 2>&1 && command -v mpirun >/dev/null 2>&1 \
  || warn "openmpi installed but mpicc/mpirun not on PATH"
echo "install-mpi: $(mpirun --version 2>/dev/null | head -n1)" >&2
