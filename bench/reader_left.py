"""Let a benchmark script's reader leave early (``| head``): the script ends quietly, not with a traceback.

Why: a report piped to ``head`` is closed after its first lines; the next ``print`` raised
``BrokenPipeError`` and Python printed its traceback (``bench/cpu_per_test.py ... | head``,
task left58; every other script of bench/ did the same, task cpu59), and again as it flushed
standard output at exit. This is the Python documentation's recipe (library/signal, "Note on
SIGPIPE"): the rest of the output goes to ``/dev/null`` and the script exits 1, as a writer
whose reader left, with no traceback. SIGPIPE's default action is not restored instead: the
scripts talk to loopback servers, whose sockets a peer may close too (the same note).

Every script's ``if __name__ == "__main__":`` block runs inside :func:`reader_may_leave`
(``tests/test_bench_scripts.py`` checks it); it sets nothing global, so a test may run a
script's ``__main__`` in its own process.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def reader_may_leave() -> Iterator[None]:
    """Run the block, its output flushed at its end (also when it exits); a reader gone is an
    exit 1 with the rest of the output dropped, not a traceback."""
    try:
        try:
            yield
        finally:
            sys.stdout.flush()  # (inside: an exit's flush meeting a closed pipe is caught too)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # (the flush at exit writes there, not into a second error)
        sys.exit(1)
