#!/bin/sh
# The interpreters of the other Pythons the package supports (3.12, 3.13) that this machine has,
# one path a line, for `make test-pythons`: pythonX.Y on PATH when it runs (a pyenv shim of a
# version not selected does not), else pyenv's own copy of that version.
for v in 3.12 3.13; do
  found=""
  py=$(command -v "python$v" 2>/dev/null || true)
  if [ -n "$py" ] && "$py" -c 'import sys' >/dev/null 2>&1; then
    found=$py
  elif command -v pyenv >/dev/null 2>&1; then
    for cand in "$(pyenv root)"/versions/"$v".*/bin/"python$v"; do
      if [ -x "$cand" ] && "$cand" -c 'import sys' >/dev/null 2>&1; then found=$cand; fi
    done
  fi
  if [ -n "$found" ]; then echo "$found"; else echo "python$v: not found, skipped" >&2; fi
done
