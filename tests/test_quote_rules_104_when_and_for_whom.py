"""Quote rules 104 (red teams q104, q104-held): a present claim is not vouched for without the recurring time it holds
at or the group an access or a price holds for.

"The road is closed" was ``exact`` of "The road is closed at night.", "Parking is free" of "Parking is free after 6 pm."
and "... for residents." (``quotes/holds_when.py``). Red team q104 (14 pairs written before running) 8 wrong on rules
103, 0 after; held out q104-held (12) 8 wrong on rules 94, 1 on the draft, 0 after; the faithful survey unchanged.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_104_get_the_verdict_a_reader_expects = redteam_test("redteam-q104.tsv", "redteam-q104-held.tsv")


@pytest.mark.parametrize(("quote", "source"), [
    ("The museum is open", "The museum is open on Sundays, too."),
    ("„Der Plan ist tot“, sagte sie", "„Der Plan ist tot“, sagte sie am Montag."),
])
def test_one_more_time_or_the_time_of_the_speakers_words_limits_nothing(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "exact"
