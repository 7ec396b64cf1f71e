"""Two ways of writing the same number are not a changed number.

The quote engine is strict on numbers (a changed number is ``altered``), and two legitimate
spellings of the SAME number were called ``altered`` or noise: thousands grouped with a space
("1 000", "1\u202f000", as French, German, Swiss and Scandinavian sources write them) quoted as
"1000", and a sign written with an en dash or a minus sign ("\u20138", "\u22128") quoted with a
hyphen-minus. Only what the text proves is equal: a space-like separator between a first group
of one to three digits and groups of exactly three is grouping (``digit_grouping``); a comma or
a point is not (it can be a decimal separator), and a space that joins other runs of digits
("2019 500") separates two numbers.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from archiver.quotes.normalize import DIGIT_GROUPING, normalize

SEPARATORS = ["\u202f", "\u00a0", "\u2009", " "]


def _source(number: str) -> str:
    return f"Officials said {number} people attended the rally, up from 900 a year before."


def _number_diff(result) -> bool:
    return any(d.kind == "number" and d.material for d in result.differences)


@pytest.mark.parametrize("sep", SEPARATORS)
def test_a_space_grouped_thousand_quoted_without_grouping_is_normalized(sep):
    result = verify_quote("Officials said 1000 people attended the rally", _source(f"1{sep}000"))
    assert result.verdict == "normalized"
    assert DIGIT_GROUPING in result.normalizations


@pytest.mark.parametrize("sep", SEPARATORS)
def test_a_thousand_quoted_with_space_grouping_is_normalized(sep):
    result = verify_quote(f"Officials said 1{sep}000 people attended the rally", _source("1000"))
    assert result.verdict == "normalized"
    assert DIGIT_GROUPING in result.normalizations


def test_a_million_grouped_with_spaces_quoted_without_grouping_is_normalized():
    result = verify_quote("Officials said 1000000 people attended the rally", _source("1\u202f000\u202f000"))
    assert result.verdict == "normalized"
    assert DIGIT_GROUPING in result.normalizations


def test_two_different_separators_for_the_same_grouping_are_normalized():
    result = verify_quote("Officials said 12\u00a0500 people attended the rally", _source("12\u202f500"))
    assert result.verdict == "normalized"


@pytest.mark.parametrize("quote_number", ["1 0000", "10 000", "100", "10000", "10 00"])
def test_a_different_number_against_a_space_grouped_thousand_is_altered(quote_number):
    result = verify_quote(f"Officials said {quote_number} people attended the rally", _source("1\u202f000"))
    assert result.verdict == "altered" and _number_diff(result)


@pytest.mark.parametrize("quote_number", ["1,000", "1.000"])
def test_comma_or_point_grouping_is_not_read_as_a_space_grouping(quote_number):
    # "1,000" is one thousand in English but one in French; "1.000" the other way round: the text
    # cannot prove which, so only a space-like separator counts as grouping
    result = verify_quote(f"Officials said {quote_number} people attended the rally", _source("1\u202f000"))
    assert result.verdict == "altered" and _number_diff(result)


def test_two_numbers_side_by_side_are_not_merged_into_one():
    source = "In 2019 500 people attended the rally in the square, officials said."
    result = verify_quote("In 2019500 people attended the rally in the square", source)
    assert result.verdict == "altered" and _number_diff(result)


def test_two_numbers_side_by_side_still_verify_as_written():
    source = "In 2019 500 people attended the rally in the square, officials said."
    assert verify_quote("In 2019 500 people attended the rally", source).verdict == "exact"


def test_a_grouping_after_a_decimal_separator_is_not_read_as_thousands():
    # "3,141 592" (digits after a decimal comma) is not "3,141592"'s grouping as far as the text shows
    assert normalize("pi is 3,141 592 in all").text == "pi is 3,141 592 in all"


def test_the_grouping_step_keeps_offsets_into_the_original():
    original = "Officials said 1\u202f000\u202f000 people came"
    n = normalize(original)
    i = n.text.index("1000000")
    assert n.text[i : i + 7] == "1000000"
    assert n.to_original(i, i + 7) == (15, 24)
    assert original[15:24] == "1\u202f000\u202f000"


def test_a_normalized_grouping_verdict_points_at_the_grouped_number():
    source = _source("1\u202f000")
    result = verify_quote("said 1000 people", source)
    assert result.verdict == "normalized"
    assert source[result.start : result.end] == "said 1\u202f000 people"


@pytest.mark.parametrize(("quote", "source"), [
    ("Temperatures fell to -8 degrees at night", "Temperatures fell to \u20138 degrees at night in the valley."),
    ("Temperatures fell to -8 degrees at night", "Temperatures fell to \u22128 degrees at night in the valley."),
    ("Temperatures fell to \u20138 degrees at night", "Temperatures fell to -8 degrees at night in the valley."),
    ("Temperatures fell to \u22128 degrees at night", "Temperatures fell to -8 degrees at night in the valley."),
    ("Temperatures fell to \u20138 degrees at night", "Temperatures fell to \u22128 degrees at night in the valley."),
])
def test_a_sign_written_with_another_dash_is_normalized(quote, source):
    result = verify_quote(quote, source)
    assert result.verdict == "normalized"
    assert "dashes" in result.normalizations


@pytest.mark.parametrize("sign", ["\u2013", "\u2212", "-"])
def test_a_dropped_sign_is_still_altered(sign):
    source = f"Temperatures fell to {sign}8 degrees at night in the valley."
    result = verify_quote("Temperatures fell to 8 degrees at night", source)
    assert result.verdict == "altered" and _number_diff(result)


def test_a_score_written_with_an_en_dash_is_normalized_and_not_glued():
    source = "The score was 3\u20131 at half time in the match, the club said."
    assert verify_quote("The score was 3-1 at half time", source).verdict == "normalized"
    assert verify_quote("The score was 31 at half time", source).verdict == "altered"


def test_a_year_range_written_with_an_en_dash_is_normalized():
    source = "In the 2019\u20132020 season the club won the league for the first time."
    result = verify_quote("In the 2019-2020 season the club won the league", source)
    assert result.verdict == "normalized"
    assert "dashes" in result.normalizations


def test_an_en_dash_after_a_number_and_a_space_is_still_a_range():
    source = "See pages 10 \u201320 of the report for the details of the survey."
    result = verify_quote("See pages 10-20 of the report", source)
    assert result.verdict == "normalized"
    assert "dashes" in result.normalizations


def test_grouped_numbers_are_found_as_the_plain_definition_finds_them():
    # group_separators skips to likely places; it must find exactly what GROUPED over the whole
    # text finds (seeded strings of digits, separators and the characters that guard a group)
    import random

    from archiver.quotes.grouping import _LAKH, GROUPED, group_separators, separators

    def plain(s: str) -> list[int]:
        lakhs = [m.start() + i for m in _LAKH.finditer(s) for i, c in enumerate(m.group()) if c == ","]
        return sorted(separators(s, list(GROUPED.finditer(s))) + lakhs)

    rng = random.Random(4)
    alphabet = "0123456789 \u202f\u00a0,.a-'"
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 18)))
        assert group_separators(s) == plain(s), s


def test_a_comma_grouping_against_a_space_grouping_says_why_it_is_not_read_as_grouping():
    result = verify_quote("Officials said 1,000 people attended the rally", _source("1\u202f000"))
    notes = [d.note for d in result.differences if d.kind == "number"]
    assert any("decimal separator" in (n or "") for n in notes)
