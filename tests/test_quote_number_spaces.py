"""When a space between digits groups thousands, and when it stands between two numbers.

"10 000" and "10000" are one number (French, German, Russian and SI-style English group thousands
with a space), but "10 100-metre runners" are ten runners of the 100 metres, not 10,100-metre
runners: rules 61's normaliser dropped that space too, so a quote turning one reading into the
other passed ``normalized`` (task rvq61). A space between a first group of one to three digits and
a group of three is read as two numbers where the text shows it: the group after it opens with a
digit other than 0 (a number is never written "000") and either a hyphen and a word follow it
(the count of things a number measures: "3 100-page reports", "10 100-Meter-Läufer") or the page
groups its thousands otherwise ("1,250,000", "1.250.000", "1'000") and shows no grouping by
spaces, and the space is a plain one (a no-break or thin space between digits is typesetting's
thousands separator).
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from archiver.quotes.normalize import DIGIT_GROUPING


def _number_diff(result) -> bool:
    return any(d.kind == "number" and d.material for d in result.differences)


COUNT_AND_NUMBER = [
    # (as the page writes it, as the quote writes it): a count before a number and a compound
    ("There were 10100-metre runners in the heats.", "There were 10 100-metre runners in the heats"),
    ("There were 10 100-metre runners in the heats.", "There were 10100-metre runners in the heats"),
    ("The agency filed 3100-page reports last year.", "The agency filed 3 100-page reports"),
    ("The agency filed 3 100-page reports last year.", "The agency filed 3100-page reports"),
    ("Am Start standen 10 100-Meter-Läufer aus fünf Ländern.", "Am Start standen 10100-Meter-Läufer aus fünf Ländern"),
    ("Ведомство подготовило 3 100-страничных отчёта за год.", "Ведомство подготовило 3100-страничных отчёта за год"),
    ("The club bought 2\u00a0200-litre tanks for the ground.", "The club bought 2200-litre tanks for the ground"),
]


@pytest.mark.parametrize(("source", "quote"), COUNT_AND_NUMBER)
def test_a_count_before_a_hyphenated_number_is_not_a_thousands_group(source, quote):
    # (a quote of three or four words with the number changed is not_found: too short to align)
    result = verify_quote(quote, source)
    assert result.verdict == "altered" and _number_diff(result)


@pytest.mark.parametrize(("source", "quote"), [
    ("There were 10 100-metre runners in the heats.", "10 100-metre runners"),
    ("The agency filed 3 100-page reports last year.", "filed 3 100-page reports"),
    ("The club bought 2\u00a0200-litre tanks for the ground.", "bought 2\u00a0200-litre tanks"),
])
def test_a_count_before_a_hyphenated_number_verifies_as_written(source, quote):
    assert verify_quote(quote, source).verdict == "exact"


THOUSANDS = [
    ("La ville compte 10 000 habitants depuis 2020.", "compte 10000 habitants"),
    ("La ville compte 10000 habitants depuis 2020.", "compte 10 000 habitants"),
    ("Die Stadt hat 2 500 Einwohner, sagt der Bürgermeister.", "Die Stadt hat 2500 Einwohner"),
    ("В городе живут 2 500 человек, сообщили власти.", "живут 2500 человек"),
    ("He ran the 5 000 m in under fourteen minutes.", "He ran the 5000 m"),
    ("They built a 10 000-seat stadium by the river.", "a 10000-seat stadium"),
    ("They built a 12\u202f500-seat stadium by the river.", "a 12500-seat stadium"),
    ("The agency filed 3 100 reports last year.", "filed 3100 reports"),
]


@pytest.mark.parametrize(("source", "quote"), THOUSANDS)
def test_a_space_between_thousands_is_still_grouping(source, quote):
    result = verify_quote(quote, source)
    assert result.verdict == "normalized"
    assert DIGIT_GROUPING in result.normalizations


@pytest.mark.parametrize("elsewhere", ["1,250,000", "1.250.000", "1'250'000", "1\u2019000", "12,50,000"])
def test_a_plain_space_on_a_page_grouping_otherwise_separates_two_numbers(elsewhere):
    source = f"The agency received {elsewhere} letters and filed 3 100 reports."
    result = verify_quote("filed 3100 reports", source)
    assert result.verdict == "altered" and _number_diff(result)


def test_a_page_grouping_by_spaces_too_keeps_its_plain_space_a_group():
    source = "The agency received 1,250,000 letters, 40 000 parcels and filed 3 100 reports."
    assert verify_quote("filed 3100 reports", source).verdict == "normalized"


def test_a_no_break_space_between_digits_groups_on_any_page():
    source = "The agency received 1,250,000 letters and filed 3\u00a0100 reports."
    assert verify_quote("filed 3100 reports", source).verdict == "normalized"


def test_a_group_opening_with_zero_is_a_group_on_a_page_grouping_otherwise():
    source = "The agency received 1,250,000 letters and filed 3 000 reports."
    assert verify_quote("filed 3000 reports", source).verdict == "normalized"


@pytest.mark.parametrize(("source_number", "quote_number"), [
    ("1'000", "1000"), ("1\u2019500", "1500"), ("1'000'000", "1000000"), ("1000", "1'000"),
    ("1,00,000", "100000"), ("12,50,000", "1250000"), ("100000", "1,00,000"),
])
def test_an_apostrophe_or_a_lakh_grouping_is_the_same_number(source_number, quote_number):
    # an apostrophe is never a decimal mark (Swiss "1'000"), nor are commas after groups of two
    # ("1,00,000", an Indian lakh): only "1,000" and "1.000" can be either
    source = f"Das Abo kostet {source_number} Franken im Jahr, sagt die Firma."
    result = verify_quote(f"Das Abo kostet {quote_number} Franken im Jahr", source)
    assert result.verdict == "normalized"
    assert DIGIT_GROUPING in result.normalizations


@pytest.mark.parametrize(("source_number", "quote_number"), [
    ("1'000", "10'000"), ("1'000", "100"), ("10,00,000", "1,00,00,000"), ("1,00,000", "10000"),
])
def test_another_number_against_an_apostrophe_or_a_lakh_grouping_is_altered(source_number, quote_number):
    source = f"Das Abo kostet {source_number} Franken im Jahr, sagt die Firma."
    result = verify_quote(f"Das Abo kostet {quote_number} Franken im Jahr", source)
    assert result.verdict == "altered" and _number_diff(result)
