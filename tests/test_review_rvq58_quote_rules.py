"""Quote rules 58 (red team rvq58 of rules 57): what its blind run found.

A vulgar fraction is the fraction a writer types: "1½ hours" quoted as "1 1/2 hours" is
faithful (it was called altered, the two read "11/2" and "1 1/2"), and "11/2" stays another
number. A verb that fails or refuses before a word of evidence denies it as a negation does
("failed to show the drug was safe"), verbs of pointing to and the present tenses of showing are
words of evidence ("Nada indica que", "Rien ne montre que", "Nichts beweist, dass"), and so is a
French elided "n'" before one ("Rien n'indique que"); a showing someone aims not to do ("tried not
to show that") denies nothing. A label of a suspect that is no verb's form needs no article before it (Russian
has none: "Предполагаемый убийца задержан"; a German plural may go without), and "suspected",
"presumed", "putative" are such labels. Each rule has a neighbour whose verdict must not move.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered, assert_exact

from archiver.quotes import verify_quote


def _verdict(quote: str, source: str) -> str:
    return verify_quote(quote, source).verdict


@pytest.mark.parametrize(("quote", "source"), [
    ("The flight took 1 1/2 hours", "The flight took 1\u00bd hours."),
    ("The flight took 1\u00bd hours", "The flight took 1 1/2 hours."),
    ("about 1/2 of the vote", "about \u00bd of the vote."),
    ("about 3/4 of the vote", "about 3\u20444 of the vote."),
])
def test_a_vulgar_fraction_is_the_fraction_a_writer_types(quote, source):
    assert _verdict(quote, source) == "normalized"


@pytest.mark.parametrize(("quote", "source"), [
    ("The flight took 11/2 hours", "The flight took 1\u00bd hours."),
    ("The flight took 2 1/2 hours", "The flight took 1\u00bd hours."),
    ("about 1/3 of the vote", "about \u00bd of the vote."),
])
def test_another_number_than_a_vulgar_fraction_is_altered(quote, source):
    assert _verdict(quote, source) == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("the drug was safe", "Researchers failed to show the drug was safe."),
    ("the drug was safe", "The company refused to confirm that the drug was safe."),
    ("el alcalde mintió", "Nada indica que el alcalde mintió."),
    ("le maire a menti", "Rien n'indique que le maire a menti."),
    ("le maire a menti", "Rien ne montre que le maire a menti."),
    ("der Bürgermeister gelogen hat", "Nichts beweist, dass der Bürgermeister gelogen hat."),
    ("мэр лгал", "Нет доказательств того, что мэр лгал."),
])
def test_a_claim_cut_from_a_failed_or_denied_showing_is_altered(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the drug was safe", "Researchers set out to show the drug was safe."),
    ("el alcalde mintió", "Todo indica que el alcalde mintió."),
    ("le maire a menti", "L'enquête montre que le maire a menti."),
    ("мэр лгал", "Следствие доказало, что мэр лгал."),
    ("I was gay", "I tried not to show that I was gay."),
    ("ich schwul bin", "Ich habe versucht, nicht zu zeigen, dass ich schwul bin."),
])
def test_a_showing_nothing_denies_is_quoted_as_written(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Убийца задержан", "Предполагаемый убийца задержан."),
    ("Täter flohen", "Mutmaßliche Täter flohen."),
    ("killer fled to Spain", "The suspected killer fled to Spain."),
    ("killer fled to Spain", "The putative killer fled to Spain."),
])
def test_a_quote_starting_after_a_suspects_label_is_altered(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("убийца задержан", "Вчера убийца задержан."),
    ("Täter flohen", "Die Täter flohen."),
    ("killer fled to Spain", "The convicted killer fled to Spain."),
])
def test_a_quote_starting_after_another_adjective_is_exact(quote, source):
    assert _verdict(quote, source) in ("exact", "normalized")
