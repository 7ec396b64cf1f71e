"""What the review of rules 49-50 found in the persons a bracket names (quote rules 51), each
with a neighbour whose verdict must not move.

Red team ``tests/data/quotes/redteam-rvq52.tsv`` found them; the pairs here are our own, other
wordings of the same classes. Rules 50 read a German "sie" after the verb of a clause opening
with its subject as the verb's object ("Der Minister lobt sie"), and then read no sex at all: a
man alone bracketed for it passed, though "her" and "them" are never one man; a clause opening
with the thing said ("Das sagte sie") was read so too, and a strong past with a prefix
("übernahm") was no verb.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered

from archiver.quotes import verify_quote


def _normalized(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "normalized", (result.verdict, result.explanation)


@pytest.mark.parametrize(("quote", "source"), [
    ("Die Trainerin lobte [Lukas Berg] nach dem Spiel.", "Die Trainerin lobte sie nach dem Spiel."),
    ("Der Richter verurteilte [sie] zu zwei Jahren.", "Der Richter verurteilte Lukas Berg zu zwei Jahren."),
])
def test_an_object_sie_is_never_one_man(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("Die Trainerin lobte [Anna Berg] nach dem Spiel.", "Die Trainerin lobte sie nach dem Spiel."),
    ("Die Trainerin lobte [Anna und Lukas Berg] nach dem Spiel.", "Die Trainerin lobte sie nach dem Spiel."),
    ("Der Richter verurteilte [sie] zu zwei Jahren.", "Der Richter verurteilte Lukas und Felix Berg zu zwei Jahren."),
])
def test_an_object_sie_may_be_a_woman_or_several_people(quote, source):
    _normalized(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Dies erklärte [Lukas Berg] am Dienstag.", "Dies erklärte sie am Dienstag."),
    ("Den Vorsitz übernahm [Lukas Berg] im Juni.", "Den Vorsitz übernahm sie im Juni."),
])
def test_sie_after_the_thing_said_or_a_prefixed_strong_past_is_a_woman(quote, source):
    assert_altered(quote, source, "bracket_alteration")


def test_a_woman_for_sie_after_the_thing_said_stays_normalized():
    _normalized("Dies erklärte [Anna Berg] am Dienstag.", "Dies erklärte sie am Dienstag.")


@pytest.mark.parametrize("verb", ["revealed", "indicated", "acknowledged"])
def test_a_name_after_more_verbs_of_saying_is_the_reported_clauses_subject(verb):
    assert_altered("[She] will resign", f"The governor {verb} Peter Lang will resign.", "bracket_alteration")


def test_the_same_pronoun_of_the_names_sex_stays_normalized():
    _normalized("[He] will resign", "The governor revealed Peter Lang will resign.")


@pytest.mark.parametrize(("quote", "source"), [
    ("[He] said the deal was off.", "The daughter of Peter Lang said the deal was off."),
    ("[Sie] sagte, der Vertrag sei geplatzt.", "Der Sprecher von Anna Berg sagte, der Vertrag sei geplatzt."),
    ("[Elle] a dit que l'accord était rompu.", "Le frère de Anna Berg a dit que l'accord était rompu."),
])
def test_a_subject_with_a_complement_is_its_noun_not_the_name_after_of(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[She] said the deal was off.", "The daughter of Peter Lang said the deal was off."),
    ("[He] said the deal was off.", "The lawyer for Anna Berg said the deal was off."),
    ("[She] said the deal was off.", "The lawyer for Peter Lang said the deal was off."),
])
def test_the_nouns_own_sex_or_none_keeps_the_bracket_normalized(quote, source):
    _normalized(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("[He] said the deal was off.", "Ms. Lang said the deal was off."),
    ("[She] said the deal was off.", "Mr. Thomas said the deal was off."),
])
def test_a_title_before_a_surname_tells_its_sex(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize("pronoun", ["He", "She"])
def test_a_title_of_either_sex_before_a_surname_tells_none(pronoun):
    _normalized(f"[{pronoun}] said the deal was off.", "Dr. Thomas said the deal was off.")


def test_an_accented_given_name_is_read_as_its_plain_form():
    assert_altered("[Il] a dit que l'accord était rompu.", "Le ministre Agnès Martin a dit que l'accord était rompu.",
                   "bracket_alteration")


def test_the_same_sex_for_an_accented_given_name_stays_normalized():
    _normalized("[Elle] a dit que l'accord était rompu.", "Le ministre Céline Martin a dit que l'accord était rompu.")


@pytest.mark.parametrize(("quote", "source"), [
    ("[She] said the deal was off.", "The coach and the captain said the deal was off."),
    ("[He] said the deal was off.", "Peter Lang and Anna Berg said the deal was off."),
])
def test_a_singular_pronoun_for_two_people_joined_by_and_is_another_person(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[They] said the deal was off.", "The coach and the captain said the deal was off."),
    ("[She] said the deal was off.", "The head of research and development said the deal was off."),
])
def test_a_plural_pronoun_or_one_persons_title_with_and_stays_normalized(quote, source):
    _normalized(quote, source)
