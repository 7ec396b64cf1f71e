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


def _forget_caught_interrupts() -> None:
    """Clear CPython's note of a KeyboardInterrupt that left code run from source text, once the
    command is over and its exit code decided (its Ctrl-C caught and said as ``interrupted``).

    Why: a KeyboardInterrupt that leaves an ``exec`` or ``eval`` of a string (the methods a
    ``@dataclass`` or ``NamedTuple`` makes as its module is imported, and commands import theirs
    as they run) sets the interpreter's "unhandled KeyboardInterrupt" flag even when a caller
    catches it; under ``python -m archiver`` the interpreter reads that flag after the exit code
    is decided and kills the process with SIGINT instead (-2, red team rvcli54 row e08: export
    said ``interrupted`` and died so, once in 45 runs). Every string ``exec`` clears the flag as
    it starts, so this one does (a later one, such as a NamedTuple imported while ``interrupted``
    was said, had hidden it by chance). An interrupt that truly escapes is noted again by the
    interpreter itself, after this. Called by :func:`archiver.cli.run` as the command ends
    (tests/test_cli55_ctrl_c_inside_a_string_exec.py)."""
    exec("pass", {})  # noqa: S102 - a constant: what clears the flag is that it is source text


def _started_as_the_program() -> bool:
    """Whether this process is the ``archiver`` program importing its first module: our console
    script (the script being run, ``__main__``, imports ``archiver.__main__``, as the one pip writes
    does) or ``python -m archiver`` (``sys.argv[0]`` is ``-m`` while the module is located; the
    module is the one the interpreter's own ``-m`` option names).

    Not the script's name: a program of a user's own named ``archiver`` (run from PATH, so its path
    is ``__main__.__file__``) imports archiver as a library, and the handler ended its every later
    Ctrl-C with ``os._exit``, its cleanups skipped; and our script started by a relative path
    (``.venv/bin/archiver``: ``__main__.__file__`` is made absolute) was not recognised. Nor any
    ``-m archiver`` on the line: ``python -m tool -m archiver`` names archiver to the tool."""
    first = sys.argv[0] if sys.argv else ""
    if first == "-m":
        return _module_option(getattr(sys, "orig_argv", [])) == "archiver"
    script = sys._getframe()
    while script.f_back is not None:  # (the outermost frame: the script's module, importing us)
        script = script.f_back
    return script.f_globals.get("__name__") == "__main__" and "archiver.__main__" in script.f_code.co_names


def _module_option(line: list[str]) -> str | None:
    """The module the interpreter's ``-m`` names on its command line ``line`` (``sys.orig_argv``):
    the first ``-m`` among its own options (``-m archiver``, ``-marchiver``, ``-Im archiver``), before a
    script, ``-c`` or ``-`` ends them; None if none."""
    words = iter(line[1:])
    for word in words:
        if word == "--check-hash-based-pycs":
            next(words, None)
            continue
        if not word.startswith("-") or word in ("-", "--") or word.startswith("--"):
            return None  # (a script, standard input, or a long option and no module yet)
        for at, flag in enumerate(word[1:], 2):
            if flag == "c":
                return None
            if flag == "m":
                return word[at:] or next(words, None)
            if flag in "WX":  # (the rest of the word, or the next one, is its argument)
                if at == len(word):
                    next(words, None)
                break
    return None


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
