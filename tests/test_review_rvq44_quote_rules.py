"""What the review of quote rules 44 found (quote rules 45).

Rules 44 read "on request", "auf Anfrage", "su richiesta" after any quote as a condition of access,
so a deed done when asked ("bestätigte ... auf Anfrage") was ``altered``; read given names that
are men's in one covered language and women's in another, and "actor", "chairman", as of one
sex, and a lone name as a given name even where the page writes it as a surname ("[Martin]" of
"Sophie Martin"); let "[She]" stand for "Tom Hanks" when the match began after the name; called
the page's own finding ("Selon nos informations, ") another's claim; and its note on a cut
attribution named only its first word. The pairs here are not the red team's
(``tests/data/quotes/redteam-rvq44.tsv``).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact
from quote_notes import material_notes

from archiver.quotes import verify_quote


def _normalized(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "normalized", (result.verdict, result.explanation)


@pytest.mark.parametrize(("quote", "source"), [
    ("Die Behörde bestätigte den Bericht", "Die Behörde bestätigte den Bericht auf Anfrage."),
    ("The council published the letter", "The council published the letter on request."),
])
def test_a_past_deed_done_on_request_is_not_a_condition_of_access(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("La ministra ha firmato il decreto", "La ministra ha firmato il decreto su richiesta del sindaco."),
    ("El juez archivó la causa", "El juez archivó la causa a petición de la fiscalía."),
])
def test_a_request_naming_who_asked_after_a_past_is_an_occasion(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The files were available", "The files were available on request."),
    ("Los datos se borran", "Los datos se borran a petición del interesado."),
])
def test_a_state_or_a_present_on_request_stays_a_condition(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("[Gabriele Salvatores] ha detto che il film è pronto.", "Lui ha detto che il film è pronto."),
    ("[Simone Verdi] ha detto che la squadra è pronta.", "Lui ha detto che la squadra è pronta."),
    ("[Joan Manuel Serrat] dijo que la gira termina.", "Él dijo que la gira termina."),
    ("[Evelyn Glennie] said the hall was full.", "She said the hall was full."),
])
def test_a_name_given_to_both_sexes_says_nothing(quote, source):
    _normalized(quote, source)


def test_a_lone_name_the_page_writes_as_a_surname_says_nothing():
    _normalized("[Thomas] said the vote was close.",
                "Helen Thomas covered the count. She said the vote was close.")


def test_a_lone_given_name_of_the_other_sex_is_still_read():
    _altered("[Thomas] said the vote was close.", "She said the vote was close.", "bracket_alteration")


@pytest.mark.parametrize("noun", ["chairman", "actor"])
def test_a_noun_said_of_women_too_says_nothing(noun):
    _normalized(f"[The {noun}] said the plan was sound.", "She said the plan was sound.")


@pytest.mark.parametrize(("quote", "source"), [
    ("[He] said the talks had failed.", "Angela Merkel said the talks had failed."),
    ("[Elle] a dit que la réunion était finie.", "Pierre Martin a dit que la réunion était finie."),
])
def test_a_pronoun_bracket_for_the_name_before_the_match_is_read_for_sex(quote, source):
    result = verify_quote(quote, source)
    assert result.verdict == "altered", (result.verdict, result.explanation)
    assert any("another sex" in n for n in material_notes(result, "bracket_alteration"))


def test_a_pronoun_bracket_after_a_name_that_is_not_the_subject_is_not_read_for_sex():
    _normalized("[She] said the talks had failed.", "The wife of Klaus Weber said the talks had failed.")


@pytest.mark.parametrize(("quote", "source"), [
    ("the mayor will resign", "According to our reporting, the mayor will resign."),
    ("el alcalde dimitirá", "Según nuestras informaciones, el alcalde dimitirá."),
])
def test_the_pages_own_finding_cut_off_is_no_attribution(quote, source):
    _exact(quote, source)


def test_the_pages_sources_cut_off_stay_an_attribution():
    _altered("the mayor will resign", "According to our sources, the mayor will resign.", "leading_qualifier")


def test_a_cut_attribution_is_named_word_for_word_in_the_note():
    result = verify_quote("the bridge will close", "According to the regional police, the bridge will close.")
    assert result.verdict == "altered"
    [note] = material_notes(result, "leading_qualifier")
    assert "'According to the regional police,'" in note and "claim of 'the regional police'" in note


@pytest.mark.parametrize(("quote", "source"), [
    ("starb ein Mensch", "Laut Feuerwehr starb ein Mensch."),
    ("brannte die Halle vollständig aus", "Nach Angaben der Polizei brannte die Halle vollständig aus."),
    ("the plant will close in June", "As reported by the BBC, the plant will close in June."),
])
def test_an_opening_attribution_without_a_comma_is_read(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_an_opening_laut_that_means_loud_is_no_attribution():
    _exact("zogen die Fans durch die Straßen", "Laut und fröhlich zogen die Fans durch die Straßen.")


@pytest.mark.parametrize(("quote", "source"), [
    ("Fees differ", "Fees differ according to income."),
    ("Les aides sont calculées", "Les aides sont calculées selon les revenus."),
])
def test_according_to_a_criterion_after_a_verb_of_varying_is_no_attribution(quote, source):
    _exact(quote, source)


def test_according_to_after_a_comma_stays_an_attribution_after_a_verb_of_varying():
    _altered("Things will change", "Things will change, according to the minister.", "trailing_word")


def test_until_further_work_with_a_date_bounds_the_claim():
    _altered("The bridge was closed", "The bridge was closed until further inspections in May.", "trailing_word")


def test_until_further_notice_still_sets_no_end():
    _exact("The bridge will stay closed", "The bridge will stay closed until further notice.")


def test_an_elided_article_does_not_hide_a_noun_of_one_sex():
    _altered("[L'infirmière] a dit que l'hôpital était plein.", "Il a dit que l'hôpital était plein.",
             "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("Elle a vendu une maison ... et un terrain.", "Elle a vendu une maison, un garage et un terrain."),
    ("Compró un coche ... y una moto.", "Compró un coche, un barco y una moto."),
])
def test_an_article_un_left_out_with_a_list_item_is_no_number(quote, source):
    _normalized(quote, source)


def test_un_before_a_unit_of_time_left_out_is_still_a_number():
    _altered("Il a été condamné à ... de prison.", "Il a été condamné à un an de prison.", "ellipsis_qualifier")


def test_an_attribution_cut_from_the_end_is_named_word_for_word_in_the_note():
    result = verify_quote("La route sera fermée", "La route sera fermée, selon la préfecture.")
    assert result.verdict == "altered"
    assert material_notes(result, "trailing_word") == [
        "the quote ends right before 'selon la préfecture', which makes its claim someone else's in the source"]


def test_a_passive_present_on_request_of_someone_stays_a_condition():
    _altered("I dati sono cancellati", "I dati sono cancellati su richiesta dell'interessato.", "trailing_word")
