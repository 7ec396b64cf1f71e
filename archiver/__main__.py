"""``python -m archiver`` and the ``archiver`` script (:func:`main`)."""

import gc
import signal

from archiver import _interrupted_while_starting


def main() -> None:
    """Run the command line as :func:`archiver.cli.run` does, with the cyclic garbage collector
    paused before the command line's own imports (click, typing, the CLI's modules) rather than
    after them: the ~17 collections those imports ran found no garbage and cost ~2.5 ms of every
    start (issue 13). :func:`archiver.cli.run` ends the pause as it ends its own."""
    paused = gc.isenabled()
    gc.disable()
    from archiver.core import re_cache

    re_cache.install()  # (before any import compiles a pattern: see its docstring)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # (one started ignoring it keeps ignoring it)
        # (the package's first lines did so already in the archiver program; here for a caller of main())
        signal.signal(signal.SIGINT, _interrupted_while_starting)  # (until the command is invoked: cli.ArchiverGroup)
    from archiver import cli

    cli.run(gc_paused=paused)


if __name__ == "__main__":
    main()
