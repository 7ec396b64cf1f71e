"""``python -m archiver`` and the ``archiver`` script (:func:`main`)."""

import contextlib
import gc
import os
import signal


def main() -> None:
    """Run the command line as :func:`archiver.cli.run` does, with the cyclic garbage collector
    paused before the command line's own imports (click, typing, the CLI's modules) rather than
    after them: the ~17 collections those imports ran found no garbage and cost ~2.5 ms of every
    start (issue 13). :func:`archiver.cli.run` ends the pause as it ends its own."""
    paused = gc.isenabled()
    gc.disable()
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # (one started ignoring it keeps ignoring it)
        signal.signal(signal.SIGINT, _interrupted_while_starting)  # (until the command is invoked: cli.ArchiverGroup)
    from archiver import cli

    cli.run(gc_paused=paused)


def _interrupted_while_starting(_signum: int, _frame: object) -> None:
    """Ctrl-C before the command has begun (its modules importing, its arguments parsed): nothing
    was done, so the process ends at once with 130 and one line, as a Ctrl-C during a command
    ends it (before: a KeyboardInterrupt traceback and -2, or click's "Aborted!" and exit 1)."""
    with contextlib.suppress(OSError):
        os.write(2, b"interrupted\n")
    os._exit(130)


if __name__ == "__main__":
    main()
