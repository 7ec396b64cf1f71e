"""``import archiver`` changes a process's Ctrl-C only in the ``archiver`` program itself: a program
of its own that imports archiver as a library keeps Python's KeyboardInterrupt (and so its own
cleanup), whatever it is named and however it is started; our console script, however its path is
given, takes Ctrl-C as "interrupted", 130, from the package's first lines.

Before (batchleft51), the program was told by its script's name alone (``archiver``, the path it
was started by equal to ``__main__.__file__``) or by any ``-m archiver`` pair on the command line:
a program of a user's named ``archiver`` run from PATH, or ``python -m tool -m archiver`` whose
package imports archiver, had every later Ctrl-C end it at once with ``os._exit(130)``, its
``finally`` blocks and ``except KeyboardInterrupt`` cleanups skipped (a store write of the library
left half done, its lock files and temporaries behind); and our own script started by a relative
path (``.venv/bin/archiver``) was not recognised, so a Ctrl-C during the package's imports was a
traceback and -2.

Real processes: a signal's handling is the process's.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from test_batchleft51_ctrl_c_at_the_first_import import CTRL_C_AT_THE_PACKAGE_IMPORT

REPO = Path(__file__).resolve().parents[1]

#: A program of the user's own: imports archiver, then is interrupted, and cleans up.
OWN_PROGRAM = """import os, signal, time
import archiver
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(5)
except KeyboardInterrupt:
    print("cleaned up")
"""

#: What pip writes as the ``archiver`` console script.
CONSOLE_SCRIPT = """import re
import sys
from archiver.__main__ import main
if __name__ == '__main__':
    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])
    sys.exit(main())
"""


def _run(argv: list[str], cwd: Path, *extra_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*map(str, extra_path), str(REPO)])}
    return subprocess.run(argv, capture_output=True, text=True, timeout=60, env=env, cwd=cwd,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def test_a_program_of_its_own_named_archiver_keeps_its_ctrl_c_cleanup(tmp_path: Path) -> None:
    program = tmp_path / "bin" / "archiver"  # (run from PATH: its argv[0] is this absolute path)
    program.parent.mkdir()
    program.write_text(OWN_PROGRAM)

    proc = _run([sys.executable, str(program)], tmp_path)

    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "cleaned up\n", "")


def test_a_module_run_with_m_whose_arguments_name_archiver_keeps_its_ctrl_c(tmp_path: Path) -> None:
    tool = tmp_path / "tool"  # (its package imports archiver while ``-m`` locates it)
    tool.mkdir()
    (tool / "__init__.py").write_text("import archiver\n")
    (tool / "__main__.py").write_text(OWN_PROGRAM)

    proc = _run([sys.executable, "-m", "tool", "-m", "archiver"], tmp_path, tmp_path)

    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "cleaned up\n", "")


def test_the_console_script_started_by_a_relative_path_takes_ctrl_c_from_its_first_import(tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "archiver").write_text(CONSOLE_SCRIPT)
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(CTRL_C_AT_THE_PACKAGE_IMPORT)

    proc = _run([sys.executable, "bin/archiver", "--help"], tmp_path, hooks)

    assert proc.returncode == 130, proc.stderr
    assert proc.stderr.splitlines() == ["interrupted"]
