"""Quote rules 55 (task q55, the red team rvq54's leftovers): a bracket for a name names the same
person, a given name of both sexes is read by the page, and a month is a date or a name by where
it stands.

A bracket replacing a name must keep its surname and give no other given name ("[John Becker]"
or "[Jan Becker]" for "Tom Becker" is someone else; "[T. Becker]", "[Mr Becker]", "[Becker]" are
the same man). A given name of both sexes ("Jan") says no sex, unless the page writes the person
after a title of one sex ("Herr Becker"). A capitalised name for a person's pronoun is a name even
when its surname is a month ("[Jean Mars]" for "Il"); a bracket for a month after "in" is no name
("The vote in [May Parker]" of "The vote in May").
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered

from archiver.quotes import verify_quote


def _normalized(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "normalized", (result.verdict, result.explanation)


@pytest.mark.parametrize("quote", [
    "[John Becker] said the budget is sound",
    "[Jan Becker] said the budget is sound",
    "[J. Becker] said the budget is sound",
])
def test_a_bracket_giving_the_surname_another_given_name_names_another_person(quote):
    assert_altered(quote, "Tom Becker said the budget is sound.", "bracket_alteration")


def test_a_bracket_giving_the_given_name_another_surname_names_another_person():
    assert_altered("[Tom Becker] said the budget is sound", "Tom Weller said the budget is sound.",
                   "bracket_alteration")


@pytest.mark.parametrize("quote", [
    "[T. Becker] said the budget is sound",
    "[Mr Becker] said the budget is sound",
    "[Becker] said the budget is sound",
    "[Dr. Tom Becker] said the budget is sound",
])
def test_an_initial_a_title_or_the_surname_alone_name_the_same_person(quote):
    _normalized(quote, "Tom Becker said the budget is sound.")


def test_a_full_name_for_the_surname_alone_names_the_same_person():
    _normalized("[Tom Becker] said the budget is sound", "Becker said the budget is sound.")


def test_a_given_name_of_both_sexes_for_sie_passes_when_nothing_on_the_page_tells_its_sex():
    _normalized("[Jan Becker] sagte, der Haushalt sei solide", "Sie sagte, der Haushalt sei solide.")


def test_a_given_name_of_both_sexes_for_sie_is_read_by_the_title_the_page_gives_the_surname():
    assert_altered("[Jan Becker] sagte, der Haushalt sei solide",
                   "Herr Becker kam spät. Sie sagte, der Haushalt sei solide.", "bracket_alteration")


def test_a_given_name_of_both_sexes_whose_title_agrees_with_the_pronoun_passes():
    _normalized("[Jan Becker] sagte, der Haushalt sei solide",
                "Frau Becker kam spät. Sie sagte, der Haushalt sei solide.")


def test_a_name_whose_surname_is_a_month_for_a_pronoun_is_a_name():
    _normalized("[Jean Mars] a démissionné", "Il a démissionné.")


def test_a_name_for_a_month_after_in_replaces_a_date():
    assert_altered("The vote in [May Parker] was close", "The vote in May was close.", "bracket_alteration")


def test_a_name_for_the_given_name_it_begins_with_is_the_same_person():
    _normalized("[Max Huber] won the seat", "Max won the seat.")


def test_a_name_for_a_person_noun_is_no_date_added():
    _normalized("[Jan Becker] said the vote was close", "The spokesman said the vote was close.")


@pytest.mark.parametrize(("quote", "source"), [
    ("[Joe Biden] said the plan is dead", "President Biden said the plan is dead."),
    ("[Olaf Scholz] sagte, der Plan sei tot", "Kanzler Scholz sagte, der Plan sei tot."),
])
def test_a_full_name_for_an_office_and_the_surname_names_the_same_person(quote, source):
    _normalized(quote, source)
