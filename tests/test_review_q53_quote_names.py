"""Quote rules 51 (task q53): brackets naming a person that rules 49-50 misread.

A name whose given name is also a month or a quantity word ("[Jan Becker]", "[Max Huber]") is a
name, not a date or a quantity, where it stands for a pronoun or a name; "[Jan. 5]" and "[max. 5]"
stay a date and a quantity. A short German source ("Sie will sparen.") is read as German by the
verb after its "Sie", so "Sie" is a pronoun there, not an English name. French feminine person
nouns made from a listed masculine ("assistante", "ambassadrice", "employée") tell a sex as
"actrice" does.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered

from archiver.quotes import verify_quote


def _normalized(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "normalized", (result.verdict, result.explanation)


@pytest.mark.parametrize(("quote", "source"), [
    ("[Jan Becker] sagte, der Haushalt sei solide", "Er sagte, der Haushalt sei solide."),
    ("[Jan Becker] said the budget is sound", "He said the budget is sound."),
    ("[Max Huber] said the budget is sound", "He said the budget is sound."),
    ("[Max Huber] will sparen", "Er will sparen."),
    ("[June Carter] sang the song", "She sang the song."),
])
def test_a_given_name_that_is_a_month_or_a_quantity_word_is_a_name_for_a_pronoun(quote, source):
    _normalized(quote, source)


def test_a_given_name_that_is_a_quantity_word_still_tells_the_person_s_sex():
    assert_altered("[Max Huber] said the budget is sound", "She said the budget is sound.", "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("The meeting on [Jan. 5] was short", "The meeting on that day was short."),
    ("The price rose by [max. 5] percent", "The price rose by at most 5 percent."),
    ("[Next Monday] the budget is cut", "Then the budget is cut."),
])
def test_an_abbreviated_month_or_quantity_in_a_bracket_stays_what_it_is(quote, source):
    assert_altered(quote, source, "bracket_alteration")


def test_sie_before_a_german_verb_is_a_pronoun_in_a_short_source():
    _normalized("[Petra Weber] will sparen", "Sie will sparen.")


@pytest.mark.parametrize(("quote", "source"), [
    ("[Klaus Weber] will sparen", "Sie will sparen."),
    ("[Petra Weber] will sparen", "Er will sparen."),
])
def test_a_german_pronoun_before_a_german_verb_is_read_for_its_sex(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize("bracket", ["[L'assistante]", "[L'ambassadrice]", "[L'employée]", "[La musicienne]",
                                     "[La conseillère]", "[La nouvelle assistante]"])
def test_a_french_feminine_of_a_listed_masculine_is_a_woman_for_il(bracket):
    assert_altered(f"{bracket} a démissionné", "Il a démissionné.", "bracket_alteration")


@pytest.mark.parametrize(("bracket", "pronoun"), [
    ("[L'assistante]", "Elle"), ("[L'assistant]", "Il"), ("[L'employé]", "Il"), ("[L'ambassadeur]", "Il"),
    ("[L'entreprise]", "Il"),
])
def test_a_french_person_noun_of_the_pronoun_s_sex_or_a_thing_keeps_its_verdict(bracket, pronoun):
    _normalized(f"{bracket} a démissionné", f"{pronoun} a démissionné.")
