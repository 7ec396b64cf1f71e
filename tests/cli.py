"""Running ``archiver`` from a test: in this process (the default), or as a real process.

Most CLI tests check what a command prints and which exit code it returns. Those run in this
process, through click's :class:`~click.testing.CliRunner`, calling :func:`archiver.cli.main`,
the console script's own entry point, so the single catch site, the one-line errors and the exit
codes are the very ones a user sees; a Python start-up and the imports are saved on every call
(12-25 s of CPU per test file on a shared machine).

:func:`run_cli_process` starts the real console script (``python -m archiver``) for the few tests
that need a process boundary: signals (Ctrl-C, SIGKILL), exit codes seen by a shell, several
processes at once (locks, a shared store), processes that must not outlive the command, output
streamed into a pipe, and one smoke test of the installed script.

The in-process run leaves the test process as it found it: the environment (``env`` is applied
for the call only), the SIGINT handler (``batch`` ignores Ctrl-C while it prints its summary),
and the logging set-up (``-v`` configures the root logger as in a fresh process).
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from click.testing import CliRunner


@dataclass
class Result:
    """What a finished command left: the same fields as :class:`subprocess.CompletedProcess`."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    exception: BaseException | None = field(default=None, repr=False)

    @property
    def exit_code(self) -> int:
        return self.returncode

    @property
    def output(self) -> str:
        return self.stdout


def command(*args: str, store: Path | None = None) -> list[str]:
    """The argument list after ``archiver``: ``--store`` first when a store is given."""
    return (["--store", str(store)] if store is not None else []) + [str(a) for a in args]


class _ConsoleScript:
    """What CliRunner invokes: the console script's ``main()``, reading ``sys.argv`` as it does."""

    name = "archiver"

    def main(self, args: Sequence[str], prog_name: str, **_: Any) -> None:
        from archiver.cli import main

        old_argv = sys.argv
        sys.argv = [prog_name, *args]
        try:
            main()
        finally:
            sys.argv = old_argv


@contextmanager
def _fresh_process_state() -> Iterator[None]:
    """Give the command a fresh process's logging and restore this process's state after it.

    Without handlers on the root logger (pytest installs its own), ``-v`` sets up logging on
    stderr and warnings reach stderr as they would in a new process; afterwards the handlers,
    levels and the SIGINT handler are put back, so nothing leaks into the next test.
    """
    root = logging.getLogger()
    ours = logging.getLogger("archiver")
    saved_handlers, saved_root_level, saved_level = root.handlers[:], root.level, ours.level
    saved_sigint = signal.getsignal(signal.SIGINT)
    root.handlers.clear()
    try:
        yield
    finally:
        for handler in root.handlers:
            if handler not in saved_handlers:
                handler.close()
        root.handlers[:] = saved_handlers
        root.setLevel(saved_root_level)
        ours.setLevel(saved_level)
        signal.signal(signal.SIGINT, saved_sigint)


def _runner() -> CliRunner:
    """A runner that keeps stderr apart from stdout (click 8.2+ always does; 8.1 on request)."""
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # click < 8.2
    except TypeError:
        return CliRunner()


def run_cli(*args: str, store: Path | None = None, input: str | None = None,
            env: dict[str, str] | None = None, timeout: float | None = None) -> Result:
    """Run ``archiver ARGS`` in this process and return its exit code, stdout and stderr.

    ``env`` overrides variables for this call only. ``timeout`` is accepted for the signature
    of :func:`run_cli_process` and not enforced in-process. An exception that escapes the
    catch site is printed as the interpreter would (a traceback on stderr, exit 1), so tests
    that assert "no traceback" keep their meaning.
    """
    del timeout
    argv = command(*args, store=store)
    with _fresh_process_state():
        result = _runner().invoke(_ConsoleScript(), argv, input=input, env=env,  # type: ignore[arg-type]
                                  prog_name="archiver")
    stderr = result.stderr
    exc = result.exception
    if exc is not None and not isinstance(exc, SystemExit):
        stderr += "".join(traceback.format_exception(exc))
    return Result(argv, result.exit_code, result.stdout, stderr, exc)


def process_command(*args: str, store: Path | None = None) -> list[str]:
    """The command line that starts the real ``archiver`` in a new Python process."""
    return [sys.executable, "-m", "archiver", *command(*args, store=store)]


def run_cli_process(*args: str, store: Path | None = None, input: str | None = None,
                    env: dict[str, str] | None = None,
                    timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``archiver ARGS`` as a real subprocess (end to end), returning the completed process."""
    return subprocess.run(process_command(*args, store=store), capture_output=True, text=True,
                          input=input, env={**os.environ, **(env or {})}, timeout=timeout)


def start_cli_process(*args: str, store: Path | None = None, env: dict[str, str] | None = None,
                      **popen: Any) -> subprocess.Popen[str]:
    """Start ``archiver ARGS`` as a real subprocess (text pipes for stdout and stderr unless
    ``popen`` says otherwise)."""
    popen = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True, **popen}
    return subprocess.Popen(process_command(*args, store=store), env={**os.environ, **(env or {})},
                            **popen)
