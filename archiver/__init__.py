"""archiver: evidence-grade web archiving for people who cite the web."""

from __future__ import annotations

import contextlib  # (loaded by site already: no cost)
import os
import signal
import sys


def _interrupted_while_starting(_signum: int, _frame: object) -> None:
    """Ctrl-C before the command has begun (its modules importing, its arguments parsed): nothing
    was done, so the process ends at once with 130 and one line, as a Ctrl-C during a command
    ends it (before: a KeyboardInterrupt traceback and -2, or click's "Aborted!" and exit 1).
    Installed here, by the program's first module (:func:`_ctrl_c_from_the_start`), or by
    :func:`archiver.__main__.main`; ended as the command is invoked (``cli.ArchiverGroup``)."""
    with contextlib.suppress(OSError):
        os.write(2, b"interrupted\n")
    os._exit(130)


def _started_as_the_program() -> bool:
    """Whether this process is the ``archiver`` program importing its first module: the console
    script (``sys.argv[0]``, the script being run, is named ``archiver``) or ``python -m archiver``
    (``sys.argv[0]`` is ``-m`` while the module is located; the original command line names it)."""
    first = sys.argv[0] if sys.argv else ""
    if first == "-m":
        line = getattr(sys, "orig_argv", [])
        return any(a == "-m" and b == "archiver" for a, b in zip(line, line[1:], strict=False)) or "-marchiver" in line
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    return os.path.basename(first) == "archiver" and main_file == first


def _ctrl_c_from_the_start() -> None:
    """In the ``archiver`` program, take Ctrl-C as :func:`_interrupted_while_starting` from the first
    line of its first module on, not only from ``archiver.__main__``'s: the package's own imports
    (``logging``, ~15 ms of a 60-80 ms start) ran under Python's default handler, and a Ctrl-C there
    printed a KeyboardInterrupt traceback and exited -2. A library importing ``archiver`` keeps
    its own Ctrl-C, and so does a process started ignoring it. (Python's own start-up before this,
    its ``site`` module included, is out of any module's reach.)"""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler and _started_as_the_program():
        with contextlib.suppress(ValueError):  # (not the main thread: not the program's start)
            signal.signal(signal.SIGINT, _interrupted_while_starting)


_ctrl_c_from_the_start()

import logging  # noqa: E402 - after the Ctrl-C handler: this import is a good part of the start

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["__version__"]
