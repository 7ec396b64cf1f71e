"""The red-team files of tests/data/quotes as test rows, and the verdict a reader expects of each (bench/quote_redteam.py
reads the same files the same way).

A row is (class, language, expected verdict, quote, source); ``#`` lines are comments; a literal ``\\n`` in a source is a
line break. ``altered`` means any verdict that does not vouch for the quote (``not_found`` of a quote cut inside a
figure is right too); ``normalized`` also takes ``exact``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from archiver.quotes import verify_quote

_QUOTES = Path(__file__).parent / "data" / "quotes"


def redteam_rows(*names: str) -> list[list[str]]:
    """The rows of the named files (``redteam-q86.tsv``, ...), in order."""
    return [line.replace("\\n", "\n").split("\t") for name in names
            for line in (_QUOTES / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def row_ids(rows: list[list[str]]) -> list[str]:
    """A test id per row: its class, language and place."""
    return [f"{row[0]}-{row[1]}-{i}" for i, row in enumerate(rows)]


def assert_reader_expects(expected: str, verdict: str) -> None:
    """The verdict is the one a reader expects (see the module's docstring)."""
    if expected == "altered":
        assert verdict not in ("exact", "normalized")
    else:
        assert verdict == expected or (expected == "normalized" and verdict == "exact")


def redteam_test(*names: str) -> Callable[..., None]:
    """A test of every row of the named files: each gets the verdict a reader expects. A rules file binds it to a name
    of its own (``test_the_red_team_pairs_of_rules_95_get_the_verdict_a_reader_expects = redteam_test(...)``), so that
    the rows are one test per file, not one copy of the same ten lines per rules file."""
    rows = redteam_rows(*names)

    @pytest.mark.parametrize(("kind", "language", "expected", "quote", "source"), rows, ids=row_ids(rows))
    def test(kind: str, language: str, expected: str, quote: str, source: str) -> None:
        assert_reader_expects(expected, verify_quote(quote, source).verdict)

    return test
