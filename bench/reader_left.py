"""Run a benchmark script's ``main`` so that a reader who leaves early (``| head``) ends it quietly.

Why: a report piped to ``head`` is closed after its first lines; the next ``print`` raised
``BrokenPipeError`` and Python printed its traceback (``bench/cpu_per_test.py ... | head``,
task left58), and again as it flushed standard output at exit. This is the Python
documentation's recipe (library/signal, "Note on SIGPIPE"): the rest of the output goes to
``/dev/null`` and the script exits 1, as a writer whose reader left, with no traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any


def run_main(main: Callable[..., Any], *args: Any) -> Any:
    """``main(*args)``, its output flushed; a reader gone is an exit 1, not a traceback."""
    try:
        result = main(*args)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # (the flush at exit writes there, not into a second error)
        sys.exit(1)
    return result
