"""Number options: a value the command can use and record, or a usage error (exit 2).

Why not click's own ``FloatRange``/``IntRange``: their bounds are checked with ``<`` and ``>``,
which NaN passes, and an open upper bound lets infinity through. Red team rvcli54 found
``archive URL --timeout inf`` ending in a traceback (the socket's OverflowError),
``--total-timeout nan`` in another (the warcinfo record's canonical JSON holds no NaN),
``--connect-timeout nan`` logging a ``capture_failed`` the server was never asked for, and
``batch --delay nan`` running. An integer past 2**53 - 1 is one canonical JSON (RFC 8785) cannot
write exactly, and every capture option is written into the warcinfo record and the log, so it
ended in a traceback too. These types keep click's messages and add those two refusals; every
number option of the CLI uses them (``tests/test_cli_number_options.py`` walks the commands).
"""

from __future__ import annotations

import math
from typing import Any

import click

#: The largest integer an RFC 8785 (canonical JSON) record holds exactly: a count above it could
#: not be recorded in the warcinfo record or the log (the library's option records' bound too).
from archiver.core.json_text import MAX_SAFE_INT as JSON_SAFE_MAX


class FiniteFloatRange(click.FloatRange):
    """A ``FloatRange`` that refuses NaN and the infinities (``nan``, ``inf``, ``-infinity``)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = click.FLOAT.convert(value, param, ctx)  # checked before the range: -inf is no range's
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number.", param, ctx)
        return super().convert(number, param, ctx)


class SafeIntRange(click.IntRange):
    """An ``IntRange`` whose upper bound is at most :data:`JSON_SAFE_MAX`."""

    def __init__(self, min: int | None = None, max: int | None = None) -> None:  # noqa: A002 - click's names
        super().__init__(min=min, max=JSON_SAFE_MAX if max is None or max > JSON_SAFE_MAX else max)
