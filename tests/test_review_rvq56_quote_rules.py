"""Review of quote rules 53-55 (red team rvq56): the edges of their exemptions and new bounds.

A given name that begins another is its short form only when the rest is no other name ("Alex" of
"Alexander"; not "Paul" of "Paula", "Anna" of "Anna-Lena"), and a familiar form written out in full
is the same person ("[William Becker]" for "Bill Becker"). A title before a possessive names
another bearer of the surname ("Mrs Fox's son"). Men's names in "-a" that end another man's name
("Gianluca"), and Cyrillic women's names in "-а"/"-я" are read. An article of one language that is
another's pronoun or conjunction ("il viendra", "los dos firmarán", "o subirán o bajarán"), and a
Portuguese clitic after a subject ("eles a venderão"), leave a future a verb. "when" and its kin
after a claim bound it unless a verb of asking or deciding stands before them; "une fois" before
an article or a participle opens a clause of time. "Hasta hoy"/"Fino a oggi" the next sentence's
starting point ends bound the claim; Russian "после" reads its noun past a possessive.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered, assert_exact

from archiver.quotes import verify_quote


def _verdict(quote: str, source: str) -> str:
    return verify_quote(quote, source).verdict


@pytest.mark.parametrize(("quote", "source"), [
    ("[Paul Lenz] approved the plan", "Paula Lenz approved the plan."),
    ("[Janet Roth] approved the plan", "Jan Roth approved the plan."),
    ("[Anna-Maria Kurz] approved the plan", "Anna Kurz approved the plan."),
])
def test_a_given_name_another_name_begins_names_another_person(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[Maximilian Roth] approved the plan", "Max Roth approved the plan."),
    ("[Richard Lenz] approved the plan", "Dick Lenz approved the plan."),
    ("[Peggy Lenz] approved the plan", "Margaret Lenz approved the plan."),
])
def test_a_short_or_familiar_given_name_names_the_same_person(quote, source):
    assert _verdict(quote, source) == "normalized"


def test_a_title_before_a_possessive_tells_nothing_of_the_bracket_name():
    assert _verdict("[Sam Holt] signed the letter", "Mr Holt's daughter was there. She signed the letter.") == "normalized"


def test_a_mans_name_ending_another_mans_name_in_a_is_a_man():
    assert _verdict("[Gianluca Ferri] ha firmato la lettera", "Lui ha firmato la lettera.") == "normalized"


def test_a_cyrillic_womans_name_in_ya_is_a_woman():
    assert _verdict("[Он] подписывает письмо", "Наталия Орлова подписывает письмо.") == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("Il signera", "Après le vote, il signera."),
    ("los dos votarán", "Tras el debate, los dos votarán."),
    ("o ganarán o perderán", "Tras el debate, o ganarán o perderán."),
    ("eles a assinarão", "Depois do debate, eles a assinarão."),
])
def test_a_future_after_a_pronoun_or_conjunction_like_an_article_is_a_verb(quote, source):
    assert_altered(quote, source, "leading_qualifier")


def test_a_noun_in_ao_after_an_article_is_still_no_future():
    assert_exact("o patrão fechou a loja", "Depois da greve, o patrão fechou a loja.")


@pytest.mark.parametrize(("quote", "source"), [
    ("Fares will fall", "Fares will fall when the new line opens."),
    ("Les tarifs baisseront", "Les tarifs baisseront quand la ligne ouvrira."),
    ("Тарифы снизятся", "Тарифы снизятся, когда откроется линия."),
])
def test_when_after_a_future_claim_bounds_it(quote, source):
    assert_altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The board will announce", "The board will announce when the new line opens."),
    ("Der Vorstand wird entscheiden", "Der Vorstand wird entscheiden, wann die Linie öffnet."),
])
def test_when_after_a_verb_of_deciding_opens_a_question_not_a_bound(quote, source):
    assert_exact(quote, source)


def test_une_fois_before_an_article_opens_a_clause_of_time():
    assert_altered("Elle signera", "Elle signera une fois le texte corrigé.", "trailing_word")


def test_une_fois_par_is_how_often():
    assert_exact("Elle signera", "Elle signera une fois par an.")


@pytest.mark.parametrize(("quote", "source"), [
    ("vale el billete antiguo", "Hasta hoy vale el billete antiguo. A partir del martes valdrá el nuevo."),
    ("vale il vecchio biglietto", "Fino a oggi vale il vecchio biglietto. Da martedì varrà quello nuovo."),
])
def test_until_today_a_next_starting_point_ends_bounds_the_claim(quote, source):
    assert_altered(quote, source, "leading_qualifier")


def test_posle_reads_its_noun_past_a_possessive():
    assert_altered("тарифы снизятся", "После его отставки тарифы снизятся.", "leading_qualifier")
