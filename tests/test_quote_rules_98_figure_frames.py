"""Quote rules 98 (red teams q98, q98-held): a figure is not vouched for without the period it spans or the measure it
is given in.

"Prices rose 2%" was ``exact`` of "Prices rose 2% month on month.", "Crime fell 30%" of "... 30% since 2010.", "Wages
rose 5%" of "... 5% in nominal terms." (``quotes/figure_frame.py``). Red team q98 (16 pairs written before running) 11
wrong on rules 97 as written; its currency row and its share's-base row were revised to standing decisions (the case
file's "spend 1.5 million [euros]", the review of rules 28's "won 5% [of the vote]"), 9 wrong then, 0 after; held out
q98-held (16) 11 wrong on rules 94 as written, 8 after its base rows were revised the same way, 0 after; the faithful
survey unchanged.
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_98_get_the_verdict_a_reader_expects = redteam_test("redteam-q98.tsv", "redteam-q98-held.tsv")


def test_a_change_on_the_year_before_is_the_reading_a_yearly_figure_has_without_it() -> None:
    source = "Bei den Wärmeerzeugern Gas hingegen sank der Absatz um 9 Prozent gegenüber dem Vorjahr."
    assert verify_quote("der Absatz um 9 Prozent", source).verdict == "exact"


def test_the_difference_names_the_frame_the_figure_was_cut_from() -> None:
    result = verify_quote("Prices rose 2%", "Prices rose 2% month on month.")
    assert result.verdict == "altered"
    assert "'month on month'" in result.differences[0].note


def test_a_currency_after_a_figure_is_left_to_the_writer() -> None:
    source = "The city council voted on Tuesday to spend 1.5 million euros on repairs."
    assert verify_quote("The city council voted on Tuesday to spend 1.5 million", source).verdict == "exact"


def test_a_share_before_its_base_is_left_to_the_writer() -> None:
    assert verify_quote("The deficit is 3%", "The deficit is 3% of GDP.").verdict == "exact"
