"""False passes quote rules 23 left, each a class (quote rules 24).

Each quote here is a verbatim run of a source that says something else once the words left out
are read back: a share cut from before the quoted subject whose verb is an English singular
present or a simple past no participle is ("the budget goes to schools" of "Half the budget
goes ...", "went"), or a fraction or a percentage ("A third of", "60% of"); a modal and the
adverb between it and its verb ("might well help"), or a modal and its "have" ("would have
loved", "could have been"); "until" after a name and its verb in the present with an object
("Jones manages the fund until March"); and a speaker's tag set off between commas before a
limit of the claim ("works, its maker says, only in mice"). Each was ``exact`` under rules 23;
each is ``altered``. The faithful neighbours of each class stay as they were.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

# -- a share cut from before the quoted subject ------------------------------------------------

@pytest.mark.parametrize("source", [
    "Half the budget goes to schools.",
    "Most of the budget goes to schools.",
    "None of the budget goes to schools.",
    "Some of the budget goes to schools.",
])
def test_a_share_before_a_subject_and_its_singular_present_verb_is_altered(source):
    _altered("the budget goes to schools", source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the budget went to schools", "Half the budget went to schools."),
    ("the money went to schools", "Most of the money went to schools."),
    ("the patients took the drug", "Some of the patients took the drug."),
])
def test_a_share_before_a_subject_and_its_irregular_past_verb_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize("source", [
    "A third of the patients recovered.",
    "Two-thirds of the patients recovered.",
    "60% of the patients recovered.",
    "60 percent of the patients recovered.",
    "Sixty per cent of the patients recovered.",
])
def test_a_fraction_or_percentage_before_the_quoted_subject_is_altered(source):
    _altered("the patients recovered", source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the budget", "Half the budget goes to schools."),
    ("the budget goes to schools", "All the budget goes to schools."),
    ("the team scores", "In the second half the team scores."),
    ("the money spent on schools", "Half the money spent on schools was wasted."),
])
def test_a_noun_phrase_after_a_share_or_a_quote_after_all_is_exact(quote, source):
    # a noun phrase claims nothing the share could limit ("spent" is a participle as well); "All
    # the" is all of them; "the second half" is a time of a game
    _exact(quote, source)

# -- a modal and the adverb between it and its verb --------------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("help patients", "The drug might well help patients."),
    ("reduce deaths", "The drug could potentially reduce deaths."),
    ("reduce deaths", "The drug could also reduce deaths."),
    ("reduce deaths", "The drug may eventually reduce deaths."),
    ("reduce deaths", "The drug should soon reduce deaths."),
    ("reduce deaths", "The drug would even reduce deaths."),
])
def test_a_quote_starting_after_a_modal_and_its_adverb_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("help patients", "The drug will also help patients."),
    ("become president", "He would later become president."),
    ("alone cannot win", "Military might alone cannot win."),
    ("carries the day", "Military might now carries the day."),
])
def test_a_quote_after_will_and_an_adverb_a_story_later_or_a_noun_might_is_exact(quote, source):
    # "will" states what will be; "would later" a story's future; "might" before a finite verb
    # no modal takes is a noun, its subject
    _exact(quote, source)

# -- a modal and its "have": a counterfactual or a possibility in the past ---------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("loved the house", "Years later, she would have loved the house."),
    ("have loved the house", "Years later, she would have loved the house."),
    ("loved the house", "She would've loved the house."),
    ("loved the house", "She would not have loved the house."),
    ("been a disaster", "It could have been a disaster."),
    ("been a disaster", "It would have been a disaster, he said."),
    ("have been a disaster", "He said it would have been a disaster."),
    ("caused the fire", "A spark might have caused the fire."),
])
def test_a_quote_starting_after_a_modal_and_its_have_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("loved the house", "She had loved the house."),
    ("become the first woman to lead the party", "Years later, she would become the first woman to lead the party."),
    ("spend summers in Maine", "As a child, she would spend summers in Maine."),
    ("have two children", "They have two children."),
])
def test_a_quote_after_have_without_a_modal_or_a_would_of_story_or_habit_is_exact(quote, source):
    _exact(quote, source)

# -- "until" after a name, its verb in the present and an object -------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("Jones manages the fund", "Jones manages the fund until March."),
    ("Smith leads the team", "Smith leads the team until 2027."),
    ("Jones manages the fund", "Ms Jones manages the fund until March."),
    ("Maria Lopez chairs the board", "Maria Lopez chairs the board until the spring."),
])
def test_a_quote_of_a_name_its_present_verb_and_object_cut_before_until_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Jones managed the fund", "Jones managed the fund until March."),
    ("Jones manages the fund", "Jones manages the fund and, until March, the bank."),
])
def test_a_name_and_a_past_verb_before_until_or_until_in_another_phrase_is_exact(quote, source):
    # a past that ended ("waited until noon") is no lasting state made of one that ends
    _exact(quote, source)

# -- a speaker's tag between commas before a limit ---------------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("The treatment works", "The treatment works, its maker says, only in mice."),
    ("The bridge is safe", "The bridge is safe, officials said, unless the river floods."),
    ("The drug works", "The drug works, the company claims, in most patients."),
    ("The vaccine is safe", "The vaccine is safe, he added, except for infants."),
])
def test_a_quote_cut_before_a_speakers_tag_and_a_limit_after_it_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The treatment works", "The treatment works, its maker says."),
    ("The treatment works", "The treatment works, its maker says, and it is cheap."),
    ("The bridge is safe", "The bridge is safe, officials said, adding that repairs will start in May."),
])
def test_a_quote_cut_before_a_speakers_tag_with_no_limit_after_it_is_exact(quote, source):
    _exact(quote, source)
