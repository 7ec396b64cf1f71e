"""Red team (rtq2): a quote's edge that cuts a number from its bound, its scale or its range.

"20 people died in the fire" is a verbatim part of "More than 20 people died in the fire", and
"100 people died" of "Nearly 100 people died", "About ...", "At least ...", "Up to ..."; "The
project will cost 1.5" of "... cost 1.5 billion euros", "The company lost $3" of "... $3 billion",
"Prices rose 5" of "Prices rose 5 percent", "The report found that 3" of "3 to 5 people": each
was ``exact``, yet the number the reader takes away is not the source's. A match may not start
or end inside a number (:mod:`archiver.quotes.edges`); nor may it now start right after the word
that bounds or rounds the number it opens with, nor end right before the scale, unit of percent
or other end of a range the number it ends with needs (a material ``number`` difference).
"""

from __future__ import annotations

import pytest
from quote_notes import material_notes

from archiver.quotes import verify_quote

SOURCE = (
    "More than 20 people died in the fire at the depot, officials said.\n\n"
    "Up to 30 people were hurt in the blast at the mill, officials said.\n\n"
    "Nearly 100 homes were lost in the flood in the valley, the mayor said.\n\n"
    "At least 40 workers were laid off at the plant, the union said.\n\n"
    "Fewer than 50 votes separated the two candidates in the town.\n\n"
    "Mehr als 200 Menschen wurden bei dem Brand verletzt, sagte die Polizei.\n\n"
    "Plus de 300 personnes ont été évacuées de la vallée, selon la préfecture.\n\n"
    "Más de 400 personas fueron evacuadas del valle, según la alcaldía.\n\n"
    "The project will cost 1.5 billion euros over ten years, the ministry said.\n\n"
    "The company lost $3 billion last year, its filing shows.\n\n"
    "Prices rose 5 percent in the first quarter of the year.\n\n"
    "The report found that 3 to 5 people were hurt in the crash.\n\n"
    "Das Projekt kostet 2 Milliarden Euro, sagte der Minister.\n\n"
    "The museum says 60 visitors came on Monday and 70 came on Tuesday.\n\n"
    "The poll has lower numbers for removal (44 percent of Americans say so) than the last one.\n\n"
    "Prince Andrew, the nearly 60-year-old brother of the heir, gave the interview.\n\n"
    "Alibaba is set to raise up to $12.9bn from its second listing in Hong Kong.\n\n"
    "The party has held the seat since 1993, flipping a Republican district.\n\n"
    "Die Klinik bietet bereits seit 2014 eine digitale Patientenakte an.\n\n"
    "The plant will close by 2030 at the earliest, the firm said on Monday.\n\n"
    "The repairs will take 12 weeks or more, the engineers said.\n\n"
    "Das Werk schließt 2030 frühestens, sagte die Firma.\n\n"
    "L'usine fermera en 2030 au plus tôt, selon la direction.\n\n"
    "The launch slipped to late 2020, and more likely 2021, NASA said. China may buy $40-50 billion in "
    "goods, the expert said. The Moon goal is set for 2024?\u201d he asked.\n\n"
    "The temperature fell to minus 5 degrees overnight in the valley.\n\n"
    "The town was founded in 1200 BC by traders, the museum says.\n\n"
    "The budget is 3 1/2 million dollars this year. Nearly half of the 1,200 workers were laid off, and "
    "almost all the others were moved.\n\n"
    "Between 6 \u2013 9 people were hurt in the second crash on the road.\n\n"
    "Sales grew less than the previous guidance of up 2.3 percent and up 4 percent, respectively.\n\n"
)


@pytest.mark.parametrize(("quote", "word"), [
    ("20 people died in the fire", "than"),
    ("30 people were hurt in the blast", "to"),
    ("100 homes were lost in the flood", "Nearly"),
    ("40 workers were laid off", "least"),
    ("50 votes separated the two candidates", "than"),
    ("200 Menschen wurden bei dem Brand verletzt", "als"),
    ("300 personnes ont été évacuées", "de"),
    ("400 personas fueron evacuadas", "de"),
    ("60-year-old brother of the heir", "nearly"),  # a number run on into a compound
    ("$12.9bn from its second listing", "to"),
    ("5 degrees overnight in the valley", "minus"),  # its sign
    ("half of the 1,200 workers were laid off", "Nearly"),  # a quantity, not a figure
    ("all the others were moved", "almost"),
])
def test_a_quote_opening_with_a_number_right_after_the_word_that_bounds_it_is_altered(quote, word):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered"
    [note] = material_notes(result, "number")
    assert note.startswith(f"the quote starts right after {word!r}, which bounds or rounds its number")


@pytest.mark.parametrize(("quote", "word"), [
    ("The project will cost 1.5", "billion"),
    ("The company lost $3", "billion"),
    ("Prices rose 5", "percent"),
    ("The report found that 3", "to"),
    ("Das Projekt kostet 2", "Milliarden"),
    ("The poll has lower numbers for removal (44", "percent"),  # a bracket before the number
    ("Between 6", "\u2013"),  # a range written with a spaced dash
    ("China may buy $40-50", "billion"),  # a range written as one token
    ("The town was founded in 1200", "BC"),
    ("The budget is 3", "1/2"),  # the fraction of "3 1/2"
])
def test_a_quote_ending_with_a_number_right_before_its_scale_unit_or_range_is_altered(quote, word):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered"
    [note] = material_notes(result, "number")
    assert note.startswith(f"the quote ends right before {word!r}, which its number needs")


@pytest.mark.parametrize(("quote", "words"), [
    ("The plant will close by 2030", "at the earliest"),
    ("The repairs will take 12 weeks", "or more"),  # a unit may stand between
    ("Das Werk schließt 2030", "frühestens"),
    ("L'usine fermera en 2030", "au plus tôt"),
])
def test_a_quote_ending_with_a_number_right_before_the_words_that_bound_it_is_altered(quote, words):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered"
    [note] = material_notes(result, "number")
    assert note.startswith(f"the quote ends right before {words!r}, which its number needs")


@pytest.mark.parametrize(("quote", "word"), [
    ("1993, flipping a Republican district", "since"),
    ("2014 eine digitale Patientenakte an", "seit"),
    ("2020, and more likely 2021", "late"),
])
def test_a_quote_opening_with_a_year_right_after_the_word_that_bounds_it_in_time_is_altered(quote, word):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered"
    [note] = material_notes(result, "number")
    assert note.startswith(f"the quote starts right after {word!r}, which bounds or rounds its number")


@pytest.mark.parametrize("quote", [
    "More than 20 people died in the fire",
    "The project will cost 1.5 billion euros",
    "70 came on Tuesday",  # "and" bounds nothing
    "The museum says 60 visitors came on Monday and 70",  # "came" is no scale
    "the previous guidance of up 2.3 percent",  # "and up 4 percent": the next figure, no bound
])
def test_a_quote_keeping_the_bound_and_scale_or_cut_beside_plain_words_is_exact(quote):
    assert verify_quote(quote, SOURCE).verdict == "exact"


@pytest.mark.parametrize(("quote", "left_out"), [
    ("The plant will close by 2030 ... the firm said on Monday", "at the earliest"),
    ("The temperature fell to ... 5 degrees overnight in the valley", "minus"),
    ("The project will cost 1.5 ... over ten years", "billion"),
])
def test_an_ellipsis_that_cuts_a_number_from_its_bound_sign_or_scale_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered"
    assert any(left_out in (d.source or "") or left_out in (d.note or "")
               for d in result.differences if d.material)


def test_a_quote_opening_with_the_fraction_of_a_mixed_number_is_altered():
    result = verify_quote("1/2 million dollars this year", SOURCE)
    assert result.verdict == "altered"
    assert material_notes(result, "number") == ["the quote starts right after '3', the whole part of its number in the source"]
