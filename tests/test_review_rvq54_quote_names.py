"""Quote rules 53 (review rvq54 of rules 51-52): bracketed names and person nouns at the edges of
rules 52's exemptions.

A name with a particle ("[Jan van Dijk]", "[Max von Bülow]") or a given name alone for a
person's pronoun ("[Jan]" for "Er") is a name, not a date or a quantity, as "[Jan Becker]" is;
"[Twelve]" for "He" stays a number. "June", "May", "April" are women's given names, "August" a
man's; a French or Spanish feminine indefinite article before a person noun ("[Une
collaboratrice]", "[Una ministra]") tells a woman as "la" does.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered

from archiver.quotes import verify_quote


def _normalized(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "normalized", (result.verdict, result.explanation)


@pytest.mark.parametrize(("quote", "source"), [
    ("[Jan van Dijk] said the budget is sound", "He said the budget is sound."),
    ("[Max von Bülow] said the budget is sound", "He said the budget is sound."),
])
def test_a_name_with_a_particle_whose_given_name_is_a_month_or_a_quantity_is_a_name(quote, source):
    _normalized(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("[Jan] sagte, der Haushalt sei solide", "Er sagte, der Haushalt sei solide."),
    ("[Max] said the budget is sound", "He said the budget is sound."),
])
def test_a_lone_given_name_for_a_person_s_pronoun_is_a_name(quote, source):
    _normalized(quote, source)


def test_a_lone_number_word_for_a_pronoun_stays_a_number():
    assert_altered("[Twelve] said the budget is sound", "He said the budget is sound.", "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[June Carter] sang the song", "He sang the song."),
    ("[May Parker] said the budget is sound", "He said the budget is sound."),
    ("[August Schmidt] sagte, der Haushalt sei solide", "Sie sagte, der Haushalt sei solide."),
])
def test_a_given_name_that_is_a_month_tells_the_person_s_sex(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[Une collaboratrice] a démenti", "Il a démenti."),
    ("[Una ministra] dijo que no", "Él dijo que no."),
])
def test_a_feminine_indefinite_article_before_a_person_noun_tells_a_woman(quote, source):
    assert_altered(quote, source, "bracket_alteration")


def test_a_feminine_indefinite_article_for_a_woman_keeps_its_verdict():
    _normalized("[Une collaboratrice] a démenti", "Elle a démenti.")
