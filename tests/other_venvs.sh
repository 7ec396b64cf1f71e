#!/bin/sh
# For `make test-pythons` and `make cue-tables`: a virtual environment of each other Python the package
# supports that this machine has (tests/other_pythons.sh), made as .venv-X.Y and the package installed in
# it (editable, with the test extras, as .venv has it); prints each one's python, one a line.
set -e
pys=$(sh tests/other_pythons.sh)
for py in $pys; do
  v=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  [ -x ".venv-$v/bin/python" ] || "$py" -m venv ".venv-$v"
  ".venv-$v/bin/python" -m pip install --quiet --upgrade pip >&2
  ".venv-$v/bin/python" -m pip install --quiet -e '.[test]' >&2
  echo ".venv-$v/bin/python"
done
