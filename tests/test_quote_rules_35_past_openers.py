"""One reading of a past opener before a quote: a past tense keeps the past (quote rules 35).

Rules 28 to 32 refused every quote cut from after "Autrefois, ", "Antes, ", "Formerly, ",
"Früher", "Damals", "Antigamente", "Un tempo", "Una volta" (a past now over), while rules 34
judged a Romance imperfect after "À l'époque, " or "En aquellos tiempos, " no material change
(the imperfect already says the past). Both now read the opener as a past claim's date, as "in
2019" or "until last year" are (the lead's standing decision): a quote that keeps a past tense
is ``exact``; one with a present, a habit's "would", an infinitive, or no verb these words can
tell is ``altered``. The openers rules 34 left unread are read only before a present.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("on écrivait des lettres", "Autrefois, on écrivait des lettres."),
    ("le maire soutenait le projet", "Autrefois, le maire soutenait le projet."),
    ("el alcalde apoyaba el plan", "Antes, el alcalde apoyaba el plan."),
    ("the mayor supported the plan", "Formerly, the mayor supported the plan."),
    ("people wrote letters", "Back then, people wrote letters."),
    ("unterstützte der Bürgermeister den Plan", "Früher unterstützte der Bürgermeister den Plan."),
    ("schrieb man Briefe", "Früher schrieb man Briefe."),
    ("hat man Briefe geschrieben", "Früher hat man Briefe geschrieben."),
    ("war alles besser", "Damals war alles besser."),
    ("iba al trabajo en bicicleta", "Antes iba al trabajo en bicicleta."),
    ("ia ao trabalho a pé", "Antigamente ia ao trabalho a pé."),
    ("as pessoas escreviam cartas", "Antigamente, as pessoas escreviam cartas."),
    ("il fiume era pulito", "Anticamente il fiume era pulito."),
    ("lavorava in fabbrica", "Una volta lavorava in fabbrica."),
    ("andavo al lavoro a piedi", "Un tempo andavo al lavoro a piedi."),
    ("employed 500 people", "The mill formerly employed 500 people."),
])
def test_a_past_tense_after_a_past_opener_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("les gens vivent à la campagne", "Autrefois, les gens vivent à la campagne, raconte le guide."),
    ("la policía vigila el barrio", "Antes, la policía vigila el barrio."),
    ("the people who lived there are gone", "Formerly, the people who lived there are gone."),
    ("they would fight", "In those days, they would fight every night."),
    ("the largest bank in town", "It was formerly the largest bank in town."),
])
def test_a_quote_without_a_past_tense_after_a_past_opener_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("les gens vivent à la campagne", "À l'époque, les gens vivent à la campagne."),
    ("la gente va a pie", "En aquellos tiempos, la gente va a pie."),
    ("the rent is 500 dollars", "In those days, the rent is 500 dollars."),
])
def test_a_present_after_an_opener_rules_34_left_unread_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("on allait à l'école à pied", "À l'époque, on allait à l'école à pied."),
    ("as pessoas andavam a pé", "Naquela época, as pessoas andavam a pé."),
    ("it cost 5 dollars", "Back then, it cost 5 dollars."),
    ("you could buy a house", "Back then, you could buy a house."),
])
def test_a_past_or_an_untold_verb_after_an_opener_rules_34_left_unread_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("la città ha due cinema", "Un tempo la città ha due cinema."),
    ("la città ha due cinema", "Una volta, la città ha due cinema."),
])
def test_a_present_after_un_tempo_or_una_volta_is_altered(quote, source):
    """Rules 30 and 32 read these openers before an imperfect only (red team q35, second batch)."""
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("lebten die Menschen vom Fischfang", "Damals lebten die Menschen vom Fischfang."),
    ("a cidade tinha dois cinemas", "Antigamente, a cidade tinha dois cinemas."),
    ("è andato a Roma", "Una volta è andato a Roma."),
])
def test_a_weak_german_past_or_a_past_after_a_portuguese_article_is_exact(quote, source):
    """"Damals" is German, so "lebten" is read as a German past in a source too short to guess
    its language; Portuguese "a" (the) is no French "a" (has) (red team q35, second batch)."""
    _exact(quote, source)
