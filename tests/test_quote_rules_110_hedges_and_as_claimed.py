"""Quote rules 110 (red teams q110, q110-held): a quote cut after a sentence-opening hedge of appearance, likelihood or
wish ("Arguably, ", "At first glance, ", "In all likelihood, ", "Auf den ersten Blick", "Al parecer, "), before the
same hedge after it (", by all accounts"), after a doubt before "que" ("Il est douteux que") or after an "as" clause of
claim or belief ("As the minister claimed, ", "Wie die Ermittler vermuten, ") states as a fact what the source hedges
or gives as someone's claim.

Red team q110 (42 pairs written before running) 27 wrong on rules 109, 0 after; held out q110-held (26 pairs written
after the fix) 0 wrong; the faithful survey refuses one quote more (after "Судя по всему,": apparently).
"""

from __future__ import annotations

from archiver.quotes.claim_frame import CLAIMED_SAYS, HEDGE_SAYS, leading_frame
from tests.quote_notes import assert_exact
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_110_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q110.tsv", "redteam-q110-held.tsv")


def test_a_hedge_and_a_claimed_clause_are_named_for_what_they_do() -> None:
    hedged = "At first glance, the company is in good health."
    assert leading_frame(hedged, hedged.index("the")) == (0, len("At first glance"), HEDGE_SAYS)
    claimed = "As the minister claimed, taxes will fall."
    assert leading_frame(claimed, claimed.index("taxes")) == (0, len("As the minister claimed"), CLAIMED_SAYS)


def test_an_as_clause_of_the_writers_own_or_of_showing_is_no_ones_claim() -> None:
    assert_exact("the fire was set deliberately", "As we suspected, the fire was set deliberately.")
    assert_exact("the vaccine is safe", "As the trial data show, the vaccine is safe.")


def test_without_any_doubt_is_no_hedge() -> None:
    assert_exact("le ministre va démissionner", "Sans aucun doute, le ministre va démissionner.")
