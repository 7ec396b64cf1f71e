"""How much of a sweep a test run checks.

Some tests check a property on many generated inputs (random strings from a fixed seed, random
spans of a text). ``make test`` checks a fixed, deterministic part of each sweep, always with
the hand-picked edge cases the test lists; ``ARCHIVER_FULL_SWEEPS=1`` (``make test-full``)
checks all of it. Each such test says in its docstring what the default part is.
"""

from __future__ import annotations

import os

#: Whether this run checks every sweep in full (``ARCHIVER_FULL_SWEEPS=1``).
FULL = os.environ.get("ARCHIVER_FULL_SWEEPS", "").strip() not in ("", "0")


def sized(default: int, full: int) -> int:
    """``full`` under ``ARCHIVER_FULL_SWEEPS=1``, else ``default``."""
    return full if FULL else default


def seeds(default: list[int], full: list[int]) -> list[int]:
    """The seeds of a seeded sweep: ``full`` under ``ARCHIVER_FULL_SWEEPS=1``, else ``default``."""
    return full if FULL else default
