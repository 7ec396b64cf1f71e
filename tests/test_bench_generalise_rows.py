"""The figures bench/bench_generalise.py prints: a share with nothing to divide by is "-", not 0.000.

A part with no reports has no precision, and a part with no labels no recall: printed 0.000, notices-blind19's kinds
with no report read as if every report were wrong (issue 15, round b19notice).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generalise_notices import _notice_row  # noqa: E402
from generalise_run import share  # noqa: E402


def test_a_share_of_nothing_is_a_dash_in_its_column() -> None:
    assert share(0, 0, 7) == "      -"


def test_a_share_is_printed_to_three_places_in_its_column() -> None:
    assert share(13, 13, 7) == "  1.000"
    assert share(0, 4, 7) == "  0.000"


def test_a_notice_row_with_no_reports_prints_no_precision() -> None:
    row = _notice_row("editors_n", Counter(pages=40, labels=1, found=0, reported=0, correct=0))
    assert row.split()[:6] == ["editors_n", "40", "1", "0.000", "-", "-"]


def test_a_notice_row_with_wrong_reports_prints_precision_zero() -> None:
    row = _notice_row("es", Counter(pages=5, labels=0, found=0, reported=1, correct=0))
    assert row.split()[:7] == ["es", "5", "0", "-", "0.000", "-", "1"]
