"""Loaded only by the processes of the README set-up test (tests/test_readme_first_hour.py),
whose ``PYTHONPATH`` names this folder: ``make demo`` runs each demo step as a new
``python -m archiver`` process, about 25 of them, each paying an interpreter start and the
imports (about 10 CPU-seconds in all). Here those steps run in the demo's own process through
tests/cli.py's :func:`run_cli` (the console script's ``main()``, its single catch site, its
exit codes), so the test still proves that every demo step succeeds, that the README block
works as printed and that the clone stays clean. The real console script as a process is
covered by tests/test_console_script.py; every other subprocess passes through unchanged.

The demo's two ``batch`` steps run with ``--threads`` here: in worker processes they started a
fork server and a worker (about 0.7 CPU-second) to show nothing the batch tests
(tests/test_batch.py, tests/test_cli_batch.py) do not; the URLs, the output lines and the exit
code are a batch's either way.

Chromium is hidden from the demo here (its browser step prints that it is skipped): one more
Chromium run (1.5-3 CPU-seconds) would add nothing that tests/test_browser_capture.py (``archive
--browser``, ``screenshot``) and test_readme_first_hour.py's test of the demo's browser step
do not already check.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

_real_run = subprocess.run


def _archiver_args(args: Any) -> list[str] | None:
    """The arguments after ``python -m archiver`` when ``args`` starts this interpreter on it."""
    if isinstance(args, list | tuple) and list(args[:3]) == [sys.executable, "-m", "archiver"]:
        return [str(a) for a in args[3:]]
    return None


def _run(args: Any, *more: Any, **kw: Any) -> subprocess.CompletedProcess[Any]:
    argv = _archiver_args(args)
    if argv is None or more or kw.get("cwd") is not None:
        return _real_run(args, *more, **kw)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    try:
        from cli import run_cli
    finally:
        sys.path.pop(0)
    if argv[:1] == ["batch"] and "--threads" not in argv:
        argv.append("--threads")
    result = run_cli(*argv, input=kw.get("input"), env=kw.get("env"))
    return subprocess.CompletedProcess(list(args), result.returncode, result.stdout, result.stderr)


_real_which = shutil.which


def _which(name: str, *more: Any, **kw: Any) -> str | None:
    return None if name.startswith("chromium") else _real_which(name, *more, **kw)


subprocess.run = _run  # type: ignore[assignment]
shutil.which = _which  # type: ignore[assignment]
