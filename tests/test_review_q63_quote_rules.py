"""Quote rules 63 (task q63): what red team rvq61 left, read at its class.

Each case beside "altered" failed at rules 62 (a cut that changes the claim passed ``exact`` or
``normalized``); beside each, the faithful neighbour that must keep its verdict.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

PASSING = ("exact", "normalized")


def _altered(quote: str, source: str) -> bool:
    return verify_quote(quote, source).verdict not in PASSING


# ------------------------------------- a German present claim after "Sobald": still to come


@pytest.mark.parametrize(("quote", "source"), [
    ("die Bahn fährt", "Sobald die Bahn fährt, sinken die Mieten."),
    ("das Gutachten vorliegt", "Sobald das Gutachten vorliegt, entscheidet der Rat."),
    ("die neue Linie eröffnet ist", "Nachdem die neue Linie eröffnet ist, steigen die Preise."),
])
def test_a_clause_of_time_before_a_german_present_claim_is_no_fact(quote, source):
    assert _altered(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("die Bahn fuhr", "Sobald die Bahn fuhr, sanken die Mieten."),
    ("die Linie eröffnet war", "Nachdem die Linie eröffnet war, stiegen die Preise."),
])
def test_a_clause_of_time_before_a_german_past_claim_stays_a_fact_told(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


# ------------------------------------- Italian "appena" without "non"


@pytest.mark.parametrize(("quote", "source"), [
    ("Gli affitti scenderanno", "Gli affitti scenderanno appena la linea apre."),
    ("I prezzi caleranno", "I prezzi caleranno appena il ponte riaprirà."),
])
def test_a_future_claim_cut_before_appena_and_its_clause_is_altered(quote, source):
    assert _altered(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Il risultato sarà", "Il risultato sarà appena sufficiente."),
    ("Il treno è", "Il treno è appena arrivato in stazione."),
    # Spanish "en cuanto a": "as for", no clause of time (an alarm at rules 62)
    ("Los alquileres bajarán", "Los alquileres bajarán en cuanto a la vivienda social."),
])
def test_appena_as_barely_or_just_and_en_cuanto_a_bound_nothing(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


@pytest.mark.parametrize(("quote", "source"), [
    ("Les loyers baisseront", "Les loyers baisseront dès que la ligne ouvrira."),
    ("Los alquileres bajarán", "Los alquileres bajarán en cuanto abra la línea."),
    ("Os aluguéis vão cair", "Os aluguéis vão cair assim que a linha abrir."),
    ("Аренда подешевеет", "Аренда подешевеет, как только откроется линия."),
])
def test_as_soon_as_of_the_other_languages_still_bounds_a_future_claim(quote, source):
    assert _altered(quote, source)


# ------------------------------------- knowing after a denied way or means of it


@pytest.mark.parametrize(("quote", "source"), [
    ("the mayor lied", "Investigators had no way of knowing that the mayor lied."),
    ("le maire a menti", "Les enquêteurs n'avaient aucun moyen de savoir que le maire a menti."),
    ("el alcalde mintió", "Los investigadores no tenían forma de saber que el alcalde mintió."),
    ("il sindaco ha mentito", "Gli investigatori non avevano modo di sapere che il sindaco ha mentito."),
])
def test_a_claim_no_one_had_a_way_of_knowing_is_no_fact(quote, source):
    assert _altered(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    # "know" presupposes what is known: not knowing it says it is so
    ("the mayor lied", "Investigators did not know that the mayor lied."),
    ("the mayor lied", "Investigators had no difficulty knowing that the mayor lied."),
    ("the mayor lied", "Investigators had every way of knowing that the mayor lied."),
])
def test_knowing_denied_by_no_way_only_stays_verified_elsewhere(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


# ------------------------------------- a bracket's surname on a page naming another, in any case


@pytest.mark.parametrize(("quote", "source"), [
    ("[Сергей Орлов] подписал договор", "Андрей Орлов и Сергей Орлов пришли вместе. Он подписал договор."),
    ("[Сергей Орлов] подписал договор", "Сергей Орлов пришёл с братом Андреем Орловым. Он подписал договор."),
    ("[Анна Орлова] подписала договор", "Анна Орлова пришла с Марией Орловой. Она подписала договор."),
    ("[Сергей Чайковский] подписал договор",
     "Сергей Чайковский пришёл с братом Андреем Чайковским. Он подписал договор."),
])
def test_a_bracket_naming_one_of_two_russians_of_one_surname_is_altered_in_any_case(quote, source):
    assert _altered(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("[Сергей Орлов] подписал договор", "Сергей Орлов пришёл. Он подписал договор."),
    ("[Сергей Орлов] подписал договор", "Сергею Орлову позвонили. Он подписал договор."),
    # the other Orlov is of the other sex than the pronoun
    ("[Анна Орлова] подписала договор", "Анна Орлова пришла с мужем Андреем Орловым. Она подписала договор."),
])
def test_a_bracket_naming_the_one_russian_the_pronoun_can_mean_stays_normalized(quote, source):
    assert verify_quote(quote, source).verdict == "normalized"


# ------------------------------------- a doubt in an aside of the subject, before the claim


@pytest.mark.parametrize(("quote", "source"), [
    ("the payments were legal", "The report, questioned by auditors, found that the payments were legal."),
    ("the payments were legal", "The report, disputed by auditors, found that the payments were legal."),
    ("les paiements étaient légaux",
     "Le rapport, contesté par les auditeurs, conclut que les paiements étaient légaux."),
    ("los pagos eran legales", "El informe, cuestionado por los auditores, concluyó que los pagos eran legales."),
])
def test_a_claim_of_a_source_an_aside_doubts_is_altered(quote, source):
    assert _altered(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    # a person questioned was asked: no doubt of the claim
    ("the payments were legal", "The minister, questioned by reporters, said that the payments were legal."),
    ("the payments were legal", "The report, published on Monday, found that the payments were legal."),
    ("the payments were legal", "The report, which auditors have not questioned, found that the payments were legal."),
])
def test_an_aside_that_doubts_nothing_leaves_the_claim_verified(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


def test_a_quote_stopping_short_of_a_german_clauses_verb_states_no_event():
    source = ("Nachdem die Sorgen dann im Thermalbad verdampft sind und ihr frische Kraft getankt habt, "
              "könnt ihr weiter.")
    assert verify_quote("die Sorgen dann im Thermalbad", source).verdict == "exact"
