"""What rules 47 left (quote rules 48): wrong passes and false alarms, each with a neighbour
whose verdict must not move.

Wrong passes: an Italian future cut from its event ("i prezzi saliranno" of "Dopo le elezioni,
...": the short source read as French by its "le"); a "[sie]" standing after its verb ("Am
Montag sagte [sie]") for a man; a pronoun bracket for the subject of a reported clause ("[She]
will leave" of "The mayor said Tom Hanks will leave"); a speaker's tag after the subject of the
bound's clause ("Until March, the bridge, the mayor said, stays closed"). False alarms: a
newspaper's own sourcing formula read as a third party's ("Según ha podido saber este diario,
"); "free on Sundays too" read as "only on Sundays"; a French or Italian compound past made with
"be" ("est parti", "è partito") read as a state a request conditions; "at the request of" after
a dash read as a place. The pairs here are our own.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered, assert_exact

from archiver.quotes import verify_quote


def _normalized(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "normalized", (result.verdict, result.explanation)


@pytest.mark.parametrize(("quote", "source"), [
    ("i prezzi saliranno", "Dopo le elezioni, i prezzi saliranno."),
    ("i prezzi saliranno", "Dopo le vacanze estive, i prezzi saliranno."),
])
def test_an_italian_future_cut_from_its_event_in_a_short_source_is_altered(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("i prezzi sono saliti", "Dopo le elezioni, i prezzi sono saliti."),
    ("le pont sera fermé", "Le maire a dit que le pont sera fermé."),
])
def test_a_past_after_the_event_or_a_french_short_source_stays_exact(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Am Montag sagte [sie], das Freibad sei marode.", "Am Montag sagte Klaus Weber, das Freibad sei marode."),
    ("Am Montag hat [sie] gesagt, das Freibad sei marode.", "Am Montag hat Klaus Weber gesagt, das Freibad sei marode."),
    ("Am Montag sagte [Klaus Weber], das Freibad sei marode.", "Am Montag sagte sie, das Freibad sei marode."),
])
def test_a_german_sie_after_a_singular_verb_for_a_named_man_is_altered(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("Am Montag sagte [sie], das Freibad sei marode.", "Am Montag sagte Petra Weber, das Freibad sei marode."),
    ("Am Montag haben [sie] gesagt, das Freibad sei marode.",
     "Am Montag haben Klaus und Petra Weber gesagt, das Freibad sei marode."),
])
def test_a_german_sie_after_its_verb_for_a_woman_or_after_a_plural_verb_stays_normalized(quote, source):
    _normalized(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("[She] will leave", "The mayor said Tom Hanks will leave."),
    ("[She] will leave", "The mayor said that Tom Hanks will leave."),
    ("[Elle] partira", "Le maire a dit que Jacques Martin partira."),
    ("[Ella] se irá", "El alcalde dijo que Carlos Ruiz se irá."),
    ("[Lei] partirà", "Il sindaco ha detto che Marco Rossi partirà."),
    ("[Ela] vai sair", "O prefeito disse que Pedro Silva vai sair."),
])
def test_a_pronoun_bracket_for_the_named_subject_of_a_reported_clause_of_the_other_sex_is_altered(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[He] will leave", "The mayor said Tom Hanks will leave."),
    ("[She] will leave", "The wife of Tom Hanks will leave."),
])
def test_a_pronoun_bracket_of_the_subject_s_sex_or_for_no_named_subject_stays_normalized(quote, source):
    _normalized(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("stays closed", "Until March, the bridge, the mayor said, stays closed."),
    ("stays closed", "Until March, the bridge, said the mayor, stays closed."),
    ("reste fermé", "Jusqu'à fin mars, le pont, a dit le maire, reste fermé."),
    ("sigue cerrado", "Hasta finales de marzo, el puente, dijo el alcalde, sigue cerrado."),
    ("resta chiuso", "Fino alla fine di marzo, il ponte, ha detto il sindaco, resta chiuso."),
])
def test_a_bound_cut_off_across_a_tag_after_its_clause_s_subject_is_altered(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("stays closed", "On Monday, the bridge, the mayor said, stays closed."),
    ("employed 300 people", "Until 2019, the plant, the mayor said, employed 300 people."),
])
def test_a_date_of_an_event_or_a_past_deed_across_such_a_tag_stays_exact(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("el Gobierno subirá los impuestos", "Según ha podido saber este diario, el Gobierno subirá los impuestos."),
    ("the government will raise taxes",
     "According to information obtained by this newspaper, the government will raise taxes."),
    ("le gouvernement augmentera les impôts",
     "Selon les informations de ce journal, le gouvernement augmentera les impôts."),
    ("il governo alzerà le tasse", "Secondo quanto appreso da questo giornale, il governo alzerà le tasse."),
    ("the government will raise taxes", "This newspaper has learned that the government will raise taxes."),
    ("wird die Regierung die Steuern erhöhen", "Wie diese Zeitung erfuhr, wird die Regierung die Steuern erhöhen."),
])
def test_a_newspaper_s_own_sourcing_formula_cut_off_stays_exact(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("el Gobierno subirá los impuestos", "Según ha podido saber El País, el Gobierno subirá los impuestos."),
    ("the government will raise taxes", "According to this newspaper's sources, the government will raise taxes."),
])
def test_another_paper_or_the_paper_s_sources_cut_off_stay_altered(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("The visit is free", "The visit is free on Sundays too."),
    ("The museum is open", "The museum is open on Sundays as well."),
    ("Le musée est ouvert", "Le musée est ouvert le dimanche aussi."),
    ("El museo está abierto", "El museo está abierto los domingos también."),
])
def test_a_recurring_day_added_by_too_or_also_is_no_limit(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The museum is open", "The museum is open on Sundays."),
    ("The museum is open", "The museum is open on Sundays as well as holidays."),
])
def test_a_recurring_day_alone_or_listed_with_as_well_as_stays_a_limit(quote, source):
    assert_altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Le ministre est parti", "Le ministre est parti sur demande du président."),
    ("Les ministres sont arrivés", "Les ministres sont arrivés sur demande du président."),
    ("Il ministro è partito", "Il ministro è partito su richiesta del premier."),
    ("La ministra è tornata a Roma", "La ministra è tornata a Roma su richiesta del premier."),
])
def test_a_compound_past_with_be_of_a_verb_of_motion_on_someone_s_request_is_a_deed_done(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Les données sont effacées", "Les données sont effacées sur demande de l'intéressé."),
    ("I dati sono cancellati", "I dati sono cancellati su richiesta dell'interessato."),
    ("Le ministre est parti", "Le ministre est parti sur demande."),
])
def test_a_passive_with_be_or_a_request_of_no_one_stays_a_condition(quote, source):
    assert_altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The minister resigned", "The minister resigned — at the request of the president."),
    ("Le ministre a démissionné", "Le ministre a démissionné — à la demande du président."),
    ("Der Minister trat zurück", "Der Minister trat zurück — auf Wunsch von Kanzler Scholz."),
    ("The minister resigned", "The minister resigned at the request of the president."),
])
def test_a_deed_done_at_someone_s_request_after_a_dash_stays_exact(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The data are deleted", "The data are deleted — at the request of the person concerned."),
    ("Les données sont effacées", "Les données sont effacées — à la demande de l'intéressé."),
    ("Die Daten werden gelöscht", "Die Daten werden gelöscht — auf Wunsch von Betroffenen."),
    ("Les documents sont disponibles", "Les documents sont disponibles à la demande des chercheurs."),
])
def test_a_standing_rule_at_someone_s_request_is_a_condition_cut_off(quote, source):
    assert_altered(quote, source, "trailing_word")


def test_a_place_after_a_dash_stays_a_limit():
    assert_altered("The museum is open", "The museum is open — at the weekend.", "trailing_word")
