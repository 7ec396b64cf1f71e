"""Quote rules 120 (red teams q120, q120-held): a quote right after "as if" or "as though" ("The minister acted as if
[nothing had happened]", "comme si", "como si", "come se", "как будто") states as a fact what the source compares
with something that is not so.

Red team q120 (19 pairs written before running): its 9 "as if" pairs 7 wrong on rules 119, 0 after; held out
q120-held (5 pairs written after the fix) 0 wrong; the faithful survey unchanged from rules 119. Its 10 purpose
pairs ("so that", "para que", "damit", "чтобы") are left: a fix refused 27 more of the faithful survey's cuts (German
"und damit", and thus, and fragments among them); they are kept in redteam-q120-purpose.tsv and the xfail test below
until a round of their own.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from tests.redteam_pairs import assert_reader_expects, redteam_rows, redteam_test, row_ids

test_the_red_team_pairs_of_rules_120_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q120.tsv", "redteam-q120-held.tsv")

_PURPOSE = [row for row in redteam_rows("redteam-q120-purpose.tsv") if row[2] == "altered"]


@pytest.mark.xfail(reason="left by rules 120: a purpose clause ('so that', 'para que', 'damit') is not read; a draft "
                          "refused 27 more faithful survey cuts", strict=True)
@pytest.mark.parametrize(("kind", "language", "expected", "quote", "source"), _PURPOSE, ids=row_ids(_PURPOSE))
def test_a_quote_after_a_conjunction_of_purpose_is_altered(kind: str, language: str, expected: str, quote: str,
                                                          source: str) -> None:
    assert_reader_expects(expected, verify_quote(quote, source).verdict)
