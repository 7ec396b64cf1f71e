"""Quote rules 102 (red teams q102, q102-held): a figure is not vouched for without a bound of several words before
it ("in excess of", "north of", "just shy of", "upward of", "the better part of") or German "gut" (a good 500).

"$5 billion" was ``exact`` of "Debts are in excess of $5 billion.", "500 Menschen starben" of "Gut 500 Menschen
starben." (``number_edge``). Red team q102 (17 pairs written before running) 6 wrong on rules 101, 0 after; held out
q102-held (8) 6 wrong on rules 94, 0 after; the faithful survey unchanged.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from tests.redteam_pairs import assert_reader_expects, redteam_rows, row_ids

_ROWS = redteam_rows("redteam-q102.tsv", "redteam-q102-held.tsv")


@pytest.mark.parametrize(("kind", "language", "expected", "quote", "source"), _ROWS, ids=row_ids(_ROWS))
def test_the_red_team_pairs_of_rules_102_get_the_verdict_a_reader_expects(
        kind: str, language: str, expected: str, quote: str, source: str) -> None:
    assert_reader_expects(expected, verify_quote(quote, source).verdict)
