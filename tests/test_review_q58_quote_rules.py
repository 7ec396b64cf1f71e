"""Quote rules 59 (task q58): what rules 57 and the review rvq56 left.

A colon opens a clause of its own: its first word is no name by its capital and a past before the
colon decides nothing after it ("el ministro fue claro: Subirán los impuestos"), and a bound in
time standing alone before a colon ("Ab Montag: ...", "From Monday: ...") bounds the claim after
it as its comma would. A past clause between a bound and a future claim joined to it by "but"
(and its kin) leaves the claim bounded ("Depois da eleição, o desemprego caiu, mas [os preços
subirão]"). A clause of time after a speaker's tag bounds the claim before the tag ("Prices will
rise, he said, when the plant reopens"). English "after" before a clause is a conjunction of time
("the repairs are done" of "After the repairs are done, ..."). French "dès" and "à compter de",
and "tomorrow" after a starting word, open a starting point. A bracket giving the first part of a
hyphenated given name is the same person unless the page names another with that name. Each rule
has a neighbour whose verdict must not move.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered

from archiver.quotes import verify_quote


def _verdict(quote: str, source: str) -> str:
    return verify_quote(quote, source).verdict


# 1. a colon opens a clause of its own

@pytest.mark.parametrize(("quote", "source"), [
    ("el ministro fue claro: Subirán los impuestos", "Tras la crisis, el ministro fue claro: Subirán los impuestos."),
    ("il ministro è stato chiaro: Le tasse saliranno",
     "Dopo la crisi, il ministro è stato chiaro: Le tasse saliranno."),
])
def test_a_future_after_a_colon_is_read_past_the_past_and_the_capital_before_it(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("el ministro fue claro: Subieron los impuestos", "Tras la crisis, el ministro fue claro: Subieron los impuestos."),
    ("el juez fue claro: Durán dimitió", "Tras el juicio, el juez fue claro: Durán dimitió."),
])
def test_a_past_or_a_name_after_a_colon_is_no_future(quote, source):
    assert _verdict(quote, source) == "exact"


@pytest.mark.parametrize(("quote", "source"), [
    ("Prices Will Rise", "From Monday: Prices Will Rise."),
    ("Subirán los impuestos", "A partir del lunes: Subirán los impuestos."),
    ("Die Preise für Strom und Gas werden steigen", "Ab Montag: Die Preise für Strom und Gas werden steigen."),
])
def test_a_bound_alone_before_a_colon_bounds_the_claim_after_it(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("Prices Will Rise", "Our forecast: Prices Will Rise."),
    ("Prices Rose", "From Monday to Friday: Prices Rose."),
])
def test_a_label_or_a_past_after_a_colon_is_no_bounded_claim(quote, source):
    assert _verdict(quote, source) == "exact"


# 2. a past clause, then "but" and a future claim

@pytest.mark.parametrize(("quote", "source"), [
    ("os preços subirão", "Depois da eleição, o desemprego caiu, mas os preços subirão."),
    ("prices will rise", "After the election, unemployment fell, but prices will rise."),
    ("les prix vont augmenter", "Après l'élection, le chômage a baissé, mais les prix vont augmenter."),
    ("los precios subirán", "Tras las elecciones, el paro bajó, pero los precios subirán."),
    ("i prezzi saliranno", "Dopo le elezioni, la disoccupazione è calata, ma i prezzi saliranno."),
    ("las tarifas subirán", "Después de la fusión, los beneficios cayeron, pero las tarifas subirán."),
])
def test_a_past_clause_before_but_leaves_the_future_claim_bounded(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("o desemprego caiu", "Depois da eleição, o desemprego caiu, mas os preços subirão."),
    ("os preços subirão", "O desemprego caiu, mas os preços subirão."),
    ("prices will rise", "After the election, unemployment is low, but prices will rise."),
])
def test_the_past_clause_itself_or_no_bound_or_a_present_between_is_exact(quote, source):
    assert _verdict(quote, source) == "exact"


# 3. a clause of time after a speaker's tag

@pytest.mark.parametrize(("quote", "source"), [
    ("Prices will rise", "Prices will rise, the minister said, when the plant reopens."),
    ("Subirán los impuestos", "Tras el acuerdo, el ministro fue claro. Subirán los impuestos, dijo, cuando termine la crisis."),
    ("Les prix augmenteront", "Les prix augmenteront, a dit le ministre, quand l'usine rouvrira."),
    ("Die Preise werden steigen", "Die Preise werden steigen, sagte der Minister, sobald das Werk wieder öffnet."),
])
def test_a_clause_of_time_after_a_speakers_tag_bounds_the_claim(quote, source):
    assert_altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The board will decide", "The board will decide, the chair said, when the vote takes place."),
    ("Prices rose", "Prices rose, the minister said, when the plant reopened."),
])
def test_an_indirect_question_or_a_past_after_a_tag_is_exact(quote, source):
    assert _verdict(quote, source) == "exact"


# 4. English "after" before a clause

@pytest.mark.parametrize(("quote", "source"), [
    ("the repairs are done", "After the repairs are done, the bridge will reopen."),
    ("the workers have left", "After the workers have left, the site will be sealed."),
])
def test_a_clause_after_after_quoted_without_it_is_altered(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the repairs were done", "After the repairs were done, the bridge reopened."),
    ("the summer holidays", "After the summer holidays, the school will reopen."),
])
def test_a_clause_after_after_before_a_past_or_a_noun_phrase_is_exact(quote, source):
    assert _verdict(quote, source) == "exact"


# 5. French "dès", "à compter de", and "tomorrow" as starting points

@pytest.mark.parametrize(("quote", "source"), [
    ("le pont sera fermé à la circulation", "Dès lundi, le pont sera fermé à la circulation."),
    ("le pont sera fermé à la circulation", "À compter de lundi, le pont sera fermé à la circulation."),
    ("el puente estará cerrado al tráfico", "A partir de mañana, el puente estará cerrado al tráfico."),
    ("il ponte sarà chiuso al traffico", "Da domani il ponte sarà chiuso al traffico."),
    ("la taxe s'applique à tous les commerces", "À compter du 1er mars, la taxe s'applique à tous les commerces."),
    ("el puente estará cerrado al tráfico", "A partir del 3 de marzo, el puente estará cerrado al tráfico."),
])
def test_des_a_compter_de_tomorrow_and_a_days_number_open_a_starting_point(quote, source):
    assert_altered(quote, source, "leading_qualifier")


def test_an_until_today_a_sentence_opening_with_des_ends_is_a_bound():
    assert _verdict("l'ancien tarif s'applique", "Jusqu'à aujourd'hui, l'ancien tarif s'applique. "
                    "Dès lundi, le nouveau tarif entre en vigueur.") == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("le visiteur est frappé par la lumière", "Dès l'entrée, le visiteur est frappé par la lumière."),
    ("la mairie réparera le pont", "Dès que possible, la mairie réparera le pont."),
])
def test_des_before_no_date_is_no_starting_point(quote, source):
    assert _verdict(quote, source) == "exact"


# 6. the first part of a hyphenated given name

@pytest.mark.parametrize(("quote", "source"), [
    ("[Marie Petit] a signé le décret", "Marie-Claire Petit a signé le décret."),
    ("[Anna Vogel] signed the decree", "Anna-Lena Vogel signed the decree."),
])
def test_the_first_part_of_a_hyphenated_given_name_is_the_same_person(quote, source):
    assert _verdict(quote, source) == "normalized"


def test_the_second_part_of_a_hyphenated_given_name_is_another_person():
    assert_altered("[Claire Petit] a signé le décret", "Marie-Claire Petit a signé le décret.", "bracket_alteration")


def test_the_first_part_is_another_person_when_the_page_names_one_so():
    assert_altered("[Marie Petit] a signé le décret",
                   "Marie Petit, sa cousine, dirige la mairie. Marie-Claire Petit a signé le décret.",
                   "bracket_alteration")


# 3b. an article after a conjunction of time opens its clause's subject ("when a", "quando a")

@pytest.mark.parametrize(("quote", "source"), [
    ("Prices will rise", "Prices will rise when a new tax comes in."),
    ("Prices will rise", "Prices will rise once a new tax comes in."),
    ("Os preços vão subir", "Os preços vão subir quando a fábrica reabrir."),
])
def test_a_clause_of_time_whose_subject_opens_with_an_article_bounds_the_claim(quote, source):
    assert_altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Prices will rise", "Prices will rise once a year."),
    ("Prices will rise", "Prices will rise once again."),
    ("Prices will rise", "Prices will rise as soon as possible."),
])
def test_once_a_year_once_again_and_as_soon_as_possible_open_no_clause(quote, source):
    assert _verdict(quote, source) == "exact"


# 1b. a past decides a Romance future only in the future's own language

def test_a_german_past_spelt_as_a_spanish_article_decides_no_spanish_future():
    assert_altered("las tarifas subirán", "Después de la fusión, las tarifas subirán.", "leading_qualifier")


def test_a_spanish_past_still_makes_a_name_ending_as_a_future_no_verb():
    assert _verdict("Irán aumentó la producción", "Tras las sanciones, Irán aumentó la producción.") == "exact"
