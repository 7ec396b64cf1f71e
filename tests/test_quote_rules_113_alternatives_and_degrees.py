"""Quote rules 113 (red teams q113, q113-held): a quote cut before an alternative ("on Monday [or Tuesday]", "$500
[or a month in jail]"), before a degree word that turns its verb round ("works [poorly]", "has changed [little]
since 2019", "ha cambiado [poco]"), before ", barring ..." or ", give or take", or before a purpose whose condition
limits its judgment ("safe [to eat after cooking]") states more than the source.

Red team q113 (27 pairs written before running; 26 kept, one moved to the xfail test below) 17 wrong on rules 112, 0
after (two expectations revised, said in the file); held out q113-held (16 pairs written after the fix) 0 wrong; the
faithful survey unchanged from rules 112 (drafts refused noun phrases before "or" and a results table's "o o o").
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from tests.quote_notes import assert_exact
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_113_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q113.tsv", "redteam-q113-held.tsv")


def test_an_alternative_left_off_a_permission_or_a_denial_changes_nothing() -> None:
    assert_exact("Visitors can pay by card", "Visitors can pay by card or in cash.")
    assert_exact("He did not call the police", "He did not call the police or an ambulance.")


def test_the_month_may_is_no_modal_of_possibility() -> None:
    assert verify_quote("The bridge will reopen in May", "The bridge will reopen in May or June.").verdict == "altered"


def test_a_degree_word_before_another_word_of_its_own_phrase_is_not_read() -> None:
    assert_exact("El ministro llegó", "El ministro llegó poco después de las diez.")


@pytest.mark.xfail(reason="left by rules 113: 'on' after a judgment's purpose is as often the verb's own ('safe to "
                          "rely on') as a limit ('safe to cross on foot'), so it is not read: a wrong pass, said in "
                          "the README's rules-113 entry", strict=True)
def test_a_judgments_purpose_limited_by_a_manner_is_altered() -> None:
    assert verify_quote("The bridge is safe", "The bridge is safe to cross on foot.").verdict == "altered"
