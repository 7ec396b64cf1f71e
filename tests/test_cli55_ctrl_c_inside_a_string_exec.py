"""A Ctrl-C that lands while Python runs code it was handed as a string (``exec``/``eval`` of
source text: the methods a ``@dataclass`` or a ``namedtuple`` makes as its module is imported)
ends an ``archiver`` command with 130 and ``interrupted``, also under ``python -m archiver``.

Red team rvcli54 (tests/data/cli/redteam-rvcli54.tsv, row e08): ``export`` stopped by one Ctrl-C
said ``interrupted`` and exited -2 (a death by SIGINT), once in 45 runs. The window, found by
reading CPython 3.11: a KeyboardInterrupt that leaves a string ``exec`` sets the interpreter's
"unhandled KeyboardInterrupt" flag even when a caller catches it; under ``-m``, ``Py_RunMain``
reads that flag after the exit code is decided and ends the process with SIGINT instead. The
console script exits through ``Py_Exit`` and never reads it. The commands import most of their
modules lazily, as they run, so a Ctrl-C there meets such an ``exec`` often enough.

Real processes on a copy of a real store; the Ctrl-C is sent by the process itself from inside a
string ``exec`` as the export's modules import (a ``sitecustomize`` on its path installs that
import hook).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from stores import copy_store

REPO = Path(__file__).resolve().parents[1]
#: A store with one capture (and its key), as an older archiver left it.
OLD = REPO / "tests/data/reextract/before_extractor_57"
CAPTURE = "01m8qrkr28bny4cbmt"

#: As the export's own modules import, once the store's log is open (its modules loaded: what the
#: command says as it is interrupted imports nothing more), run source text as a dataclass does,
#: which sends this process SIGINT and waits for it: the KeyboardInterrupt leaves the exec.
CTRL_C_INSIDE_A_STRING_EXEC = """
import builtins, sys
real = builtins.__import__
fired = []
def ctrl_c_inside_a_string_exec(name, globals=None, locals=None, fromlist=(), level=0):
    importer = str((globals or {}).get("__name__"))
    if not fired and importer.startswith("archiver.export") and "archiver.provenance.log" in sys.modules:
        fired.append(name)
        exec("import os, signal, time\\nos.kill(os.getpid(), signal.SIGINT)\\ntime.sleep(10)", {})
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = ctrl_c_inside_a_string_exec
"""

#: What pip writes as the ``archiver`` console script.
CONSOLE_SCRIPT = """import sys
from archiver.__main__ import main
if __name__ == '__main__':
    sys.exit(main())
"""


@pytest.mark.parametrize("started_as", ["python-m", "console-script"])
def test_a_ctrl_c_inside_a_string_exec_ends_the_command_with_130_not_a_sigint_death(
        tmp_path: Path, started_as: str) -> None:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(CTRL_C_INSIDE_A_STRING_EXEC)
    script = tmp_path / "archiver"
    script.write_text(CONSOLE_SCRIPT)
    argv = [sys.executable, "-m", "archiver"] if started_as == "python-m" else [sys.executable, str(script)]
    copy_store(OLD, tmp_path / "store", tmp_path / "keys")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hooks), str(REPO)]), "ARCHIVER_KEY_DIR": str(tmp_path / "keys")}

    proc = subprocess.run([*argv, "--store", str(tmp_path / "store"), "export", CAPTURE, "-o", str(tmp_path / "o.wacz")],
                          capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))

    assert proc.returncode == 130, proc.stderr
    assert proc.stderr.splitlines() == ["interrupted"], proc.stderr
    assert proc.stdout == ""
    assert not (tmp_path / "o.wacz").exists()
