"""Quote rules 111 (red teams q111, q111-held): a claim followed by an "as" clause of claim or belief (", as the
minister claimed."), by "or so ..." hearsay (", or so the company says", "— or at least that is what the company
claims", ". Or so we were told.", ". O eso dicen.") or by a fragment that takes it back (". Or is it?", ". Not
really.", ". Yeah, right.", ". Not anymore.", ". Von wegen.", ". Pas vraiment.", ". Loin de là.") is not stated by the
source.

Red team q111 (29 pairs written before running) 16 wrong on rules 110, 0 after; held out q111-held (17 pairs written
after the fix) 1 wrong ("So heißt es jedenfalls.": a closing hedge), 0 after; the faithful survey unchanged from
rules 110 (a draft refused "... nicht unsichtbar, wie behauptet wurde", where "as claimed" names the claim a
negation denies: the quote's negation now keeps its "as" clause from counting).
"""

from __future__ import annotations

from tests.quote_notes import assert_exact, assert_shown_at
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_111_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q111.tsv", "redteam-q111-held.tsv")


def test_a_fragment_that_takes_the_claim_back_is_shown_where_it_stands() -> None:
    assert_shown_at("The bridge is safe", "The bridge is safe. Yeah, right.", "trailing_word", "Yeah, right")


def test_an_as_clause_after_a_negation_names_the_claim_the_negation_denies() -> None:
    assert_exact("die Frauen nicht unsichtbar", "Und diese Sprache mache die Frauen nicht unsichtbar, wie "
                        "behauptet wurde.")


def test_a_next_sentence_that_only_goes_on_takes_nothing_back() -> None:
    assert_exact("The factory is profitable", "The factory is profitable. Not bad for a plant that nearly "
                        "closed in 2019.")
