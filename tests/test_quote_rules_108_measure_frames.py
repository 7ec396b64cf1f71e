"""Quote rules 108 (red teams q108, q108-held): a quote cut from the frame that says under what measure, on what
footing or in what setting its claim holds ("Adjusted for inflation, ", "Per capita, ", "On paper, ", "In the
simulation, ", "At best, ", ", adjusted for inflation", " in the worst-case scenario") states more than the source.

Red team q108 (38 pairs written before running) 23 wrong on rules 107, 0 after (two expectations revised, each
said in the file); held out q108-held (34 pairs written after the fix) 0 wrong (one expectation revised); the
faithful survey refuses one quote more (a fragment cut before "im Prinzip illegal").
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from archiver.quotes.claim_frame import leading_frame, measure_tail
from tests.quote_notes import assert_exact, assert_shown_at
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_108_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q108.tsv", "redteam-q108-held.tsv")


def test_a_measure_opening_the_sentence_is_named_with_its_place_in_the_note() -> None:
    assert_shown_at("wages fell last year", "Wages rose in March. Adjusted for inflation, wages fell last year.",
                    "leading_qualifier", "Adjusted for inflation")


def test_a_frame_counts_only_as_the_whole_opening_of_the_quotes_sentence() -> None:
    source = "Officials said that, in real terms, wages fell last year."
    start = source.index("wages")
    assert leading_frame(source, start) is None
    assert leading_frame("In real terms, wages fell.", len("In real terms, "))[:2] == (0, len("In real terms"))


def test_a_german_frame_before_the_verb_needs_no_comma() -> None:
    assert verify_quote("ist das Unternehmen profitabel", "Auf dem Papier ist das Unternehmen profitabel.").verdict == (
        "altered")


def test_a_frame_said_to_make_no_difference_is_no_frame() -> None:
    assert_exact("wages fell last year", "Adjusted for inflation or not, wages fell last year.")


def test_words_of_paraphrase_and_of_time_are_no_frame() -> None:
    assert_exact("the reform will cost nothing", "In other words, the reform will cost nothing.")
    assert_exact("the country is a democracy", "In simple terms, the country is a democracy.")
    assert_exact("sales fell by 4 percent", "In the third quarter, sales fell by 4 percent.")


def test_officially_after_the_verb_is_its_manner_not_a_frame_after_the_quote() -> None:
    assert measure_tail("officially opened", 0) is None
    assert_exact("The museum was", "The museum was officially opened by the mayor.")


def test_a_frame_one_word_after_the_quote_and_set_off_by_its_comma_counts_as_a_hedge_there_does() -> None:
    assert verify_quote("Wages rose", "Wages rose sharply, in real terms.").verdict == "altered"
    assert verify_quote("The plan works", "The plan works well, at worst. Critics disagree.").verdict == "altered"
