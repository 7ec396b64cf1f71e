"""Quote rules 109 (red teams q109, q109-held): a quote cut after the exceptions its sentence opens with ("Apart from
the capital, "), after hearsay no one is named as saying ("It is rumoured that", "Some say", "Es heißt, "), after a
chance or a risk ("There is a 10% chance that", "el riesgo de que"), before a limit that follows the speaker's tag of
a split quotation ('"We will win," he said, "if it doesn't rain."') or before a bracketed doubt ("(unconfirmed)")
states more than the source.

Red team q109 (41 pairs written before running) 28 wrong on rules 108, 0 after; held out q109-held (28 pairs written
after the fix) 2 wrong, 0 after ("el riesgo de que"; a split quotation's "at least" after its tag); the faithful
survey refuses four quotes more, each after a possibility, a chance or hearsay ("Il paraît que").
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from archiver.quotes.split_tag import resumed_at
from tests.quote_notes import assert_exact, assert_shown_at
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_109_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q109.tsv", "redteam-q109-held.tsv")


def test_a_limit_after_a_split_quotations_tag_is_shown_where_it_stands_in_the_source() -> None:
    assert_shown_at("We will win", '"We will win," he said, "if it does not rain."', "trailing_word", "if")


def test_a_tag_without_a_verb_of_saying_does_not_join_two_quotations() -> None:
    source = '"We will win," the coach, "if it does not rain."'
    assert resumed_at(source, source.index(",")) is None


def test_german_exceptions_without_a_comma_end_at_a_noun() -> None:
    assert verify_quote("wurde niemand verletzt", "Außer dem Fahrer wurde niemand verletzt.").verdict == "altered"
    assert_exact("auch eine Sitzung des Ausschusses nicht viel gebracht", "Außer geringfügigen Anpassungen hat "
                        "auch eine Sitzung des Ausschusses nicht viel gebracht.")


def test_words_that_point_back_are_no_exception() -> None:
    assert_exact("nobody was hurt", "Apart from that, nobody was hurt.")
    assert_exact("bleibt die Brücke gesperrt", "Bis auf Weiteres bleibt die Brücke gesperrt.")


def test_they_tell_us_names_who_is_told_and_is_no_impersonal_hearsay() -> None:
    assert_exact("se acabará el combustible", "Hace una semana que nos dicen que se acabará el combustible."
                        )
