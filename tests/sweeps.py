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


def code_points(*extra: int) -> list[int]:
    """The code points a "for every character" property is checked on: all 1,114,112 under
    ``ARCHIVER_FULL_SWEEPS=1``; else the Basic Multilingual Plane whole (every script's cased and
    classed letters but a few), every 31st code point above it, and ``extra`` (the boundaries
    of the class under test above the BMP)."""
    if FULL:
        return list(range(0x110000))
    return sorted({*range(0x10000), *range(0x10000, 0x110000, 31), *extra})
