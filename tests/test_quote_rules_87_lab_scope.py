"""Quote rules 87 (red teams q87, q87-held): a finding the source says holds in animals, cells or test tubes is not
vouched for without that phrase.

"The drug cures cancer" was ``exact`` of "The drug cures cancer in mice." and of "The drug cures cancer, in mice.":
only a dash ("— in mice") or a word of restriction ("only in mice") was read. Leaving off where a finding was made is
the commonest way a study's result is overstated, so the phrase (a preposition, up to three words, a laboratory
animal, cells grown for study, a test tube, lab tests; seven languages) is read after a comma and with no mark, but
not "in cells" alone, "in the lab" alone, "bei den Tieren", or a human group. Red team q87 (18 pairs written before
running) 13 wrong on rules 86, 2 on the draft (adjectives it did not list), 0 after; held out q87-held (12, written
after) 9 wrong on rules 86, 0 on rules 87. The faithful survey (39,302 cuts) is unchanged; the phrase stands after a
word 1 time in its 320 pages ("bei den Tieren bleibt", which it no longer reads).
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test


@pytest.mark.parametrize(("quote", "source"), [
    ("The drug cures cancer", "The drug cures cancer in mice."),
    ("The drug cures cancer", "The drug cures cancer, in mice."),
    ("The drug cures cancer", "The drug cures cancer in a mouse model of the disease."),
    ("The compound kills the virus", "The compound kills the virus in test tubes, the study found."),
    ("Das Mittel wirkt", "Das Mittel wirkt bei Mäusen."),
    ("el fármaco funciona", "El fármaco funciona en ratones."),
    ("препарат работает", "Препарат работает на мышах."),
])
def test_a_finding_cut_before_where_it_was_made_in_the_laboratory_is_altered(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    assert "in animals, in cells or in the laboratory" in result.explanation


@pytest.mark.parametrize(("quote", "source"), [
    ("The drug cures cancer in mice", "The drug cures cancer in mice."),
    ("Prisoners were held", "Prisoners were held in cells."),
    ("She worked", "She worked in the lab for years."),
    ("Die Pfleger bleiben", "Die Pfleger bleiben bei den Tieren."),
    # (a human group is read since quote rules 95, by group_scope: "The drug cures cancer [in children]" is altered)
])
def test_a_phrase_kept_or_of_another_kind_leaves_the_quote_exact(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "exact"


test_the_red_team_pairs_of_rules_87_get_the_verdict_a_reader_expects = redteam_test("redteam-q87.tsv", "redteam-q87-held.tsv")
