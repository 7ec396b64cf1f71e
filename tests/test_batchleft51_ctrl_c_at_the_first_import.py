"""A Ctrl-C while the ``archiver`` program's very first module is still importing (the package's
own ``__init__``, before ``archiver.__main__`` runs) ends it with 130 and one line, as one a moment
later does (tests/test_rvb49_ctrl_c_as_it_starts_or_says_interrupted.py), never a traceback.

Before, the Ctrl-C handler was installed by ``archiver.__main__.main``, after the package's
``__init__`` had imported ``logging`` (~15 ms of a ~60-80 ms start): a Ctrl-C there gave a
KeyboardInterrupt traceback and exit -2.

Real processes, started as the console script starts (a script named ``archiver`` importing
``archiver.__main__``) and as ``python -m archiver``; the Ctrl-C is sent by the process itself as
the package imports ``logging`` (a ``sitecustomize`` on its path installs that import hook before
anything of archiver runs). A library importing ``archiver`` keeps its own Ctrl-C.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

#: Sends this process SIGINT as the archiver package imports ``logging`` (then gives it time to act).
CTRL_C_AT_THE_PACKAGE_IMPORT = """
import builtins, os, signal, time
real = builtins.__import__
def ctrl_c_in_the_package_import(name, globals=None, locals=None, fromlist=(), level=0):
    if name == "logging" and (globals or {}).get("__name__") == "archiver":
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.2)
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = ctrl_c_in_the_package_import
"""

#: What pip writes as the ``archiver`` console script.
CONSOLE_SCRIPT = """import sys
from archiver.__main__ import main
if __name__ == '__main__':
    sys.exit(main())
"""


def _run(argv: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(CTRL_C_AT_THE_PACKAGE_IMPORT)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hooks), str(REPO)])}
    return subprocess.run(argv, capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


@pytest.mark.parametrize("started_as", ["console-script", "python-m"])
def test_a_ctrl_c_while_the_package_itself_imports_ends_the_program_with_130_and_one_line(
        tmp_path: Path, started_as: str) -> None:
    script = tmp_path / "archiver"
    script.write_text(CONSOLE_SCRIPT)
    argv = [sys.executable, str(script)] if started_as == "console-script" else [sys.executable, "-m", "archiver"]

    proc = _run([*argv, "--help"], tmp_path)

    assert proc.returncode == 130, proc.stderr
    assert proc.stderr.splitlines() == ["interrupted"], proc.stderr
    assert proc.stdout == ""


def test_a_library_importing_archiver_keeps_its_own_ctrl_c(tmp_path: Path) -> None:
    proc = _run([sys.executable, "-c", "import archiver"], tmp_path)

    assert proc.returncode == -signal.SIGINT
    assert "KeyboardInterrupt" in proc.stderr
