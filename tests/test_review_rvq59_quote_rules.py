"""Quote rules 60 (review rvq59 of rules 58 and 59, red team tests/data/quotes/redteam-rvq59.tsv).

A word of evidence in the infinitive after a failing word or a negated "could" is denied as
"failed to show" is ("konnten nicht belegen, dass", "n'ont pas pu prouver que", "unable to prove
that", "отказалась подтвердить, что"); "Nothing suggests that", "Nichts deutet darauf hin, dass",
"Ничто не указывает на то, что" deny it too. A label of doubt that is a verb's form too needs no
article when it opens a sentence ("Alleged Thief Arrested"), and German "angeblicher" is no verb's
form. German "wenn" after a speaker's tag bounds a future claim; "when asked" after one dates the
saying. "С завтрашнего дня" and a clock time after "ab" are starting points. "[Anne Martin]" for
"Anne-Sophie Martin" names either woman on a page naming "Anne-Laure Martin" too.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered

from archiver.quotes import verify_quote


def _verdict(quote: str, source: str) -> str:
    return verify_quote(quote, source).verdict


# 1. an infinitive of evidence after a failing word or a negated "could"

@pytest.mark.parametrize(("quote", "source"), [
    ("die Zahlungen legal waren", "Die Prüfer konnten nicht belegen, dass die Zahlungen legal waren."),
    ("der Impfstoff wirkt", "Die Studie konnte nicht nachweisen, dass der Impfstoff wirkt."),
    ("le maire a menti", "Les enquêteurs n'ont pas pu prouver que le maire a menti."),
    ("el alcalde mintió", "Los fiscales no lograron demostrar que el alcalde mintió."),
    ("il sindaco ha mentito", "Gli inquirenti non sono riusciti a dimostrare che il sindaco ha mentito."),
    ("o prefeito mentiu", "Os investigadores não conseguiram provar que o prefeito mentiu."),
    ("мэр лгал", "Следствие не смогло доказать, что мэр лгал."),
])
def test_a_negated_could_before_an_infinitive_of_evidence_denies_it(quote: str, source: str) -> None:
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the mayor lied", "Investigators were unable to prove that the mayor lied."),
    ("the water is safe", "The company has yet to prove that the water is safe."),
    ("le directeur a démissionné", "La société a refusé de confirmer que le directeur a démissionné."),
    ("el director dimitió", "La empresa se negó a confirmar que el director dimitió."),
    ("il direttore si è dimesso", "L'azienda si è rifiutata di confermare che il direttore si è dimesso."),
    ("o diretor se demitiu", "A empresa recusou-se a confirmar que o diretor se demitiu."),
    ("der Direktor zurückgetreten ist", "Die Firma weigerte sich zu bestätigen, dass der Direktor zurückgetreten ist."),
    ("директор ушёл в отставку", "Компания отказалась подтвердить, что директор ушёл в отставку."),
    ("el director mintió", "La empresa rehusó confirmar que el director mintió."),
])
def test_a_failing_word_before_an_infinitive_of_evidence_denies_it(quote: str, source: str) -> None:
    assert_altered(quote, source, "leading_qualifier")


def test_a_negation_not_to_prove_that_no_one_aims_at_is_a_denial() -> None:
    assert_altered("der Bürgermeister gelogen hat",
                   "Es gelang den Ermittlern nicht zu beweisen, dass der Bürgermeister gelogen hat.", "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("das Mittel wirkt", "Die Forscher konnten belegen, dass das Mittel wirkt."),
    ("das Mittel wirkt", "Den Forschern gelang es zu beweisen, dass das Mittel wirkt."),
    ("the drug is safe", "Researchers who failed to show up last year now show that the drug is safe."),
    ("the mayor said the bridge is safe", "The contractor failed to show up, but the mayor said the bridge is safe."),
    ("ich schwul bin", "Ich habe versucht, nicht zu zeigen, dass ich schwul bin."),
])
def test_an_infinitive_of_evidence_no_failing_word_governs_stays_exact(quote: str, source: str) -> None:
    assert _verdict(quote, source) == "exact"


# 2. verbs of pointing to: "suggests" (a verb of saying too), German and Russian past their links

@pytest.mark.parametrize(("quote", "source"), [
    ("the mayor lied", "Nothing suggests that the mayor lied."),
    ("der Bürgermeister gelogen hat", "Nichts deutet darauf hin, dass der Bürgermeister gelogen hat."),
    ("мэр лгал", "Ничто не указывает на то, что мэр лгал."),
    ("die Zahlen falsch sind", "Nichts weist darauf hin, dass die Zahlen falsch sind."),
])
def test_a_denied_verb_of_pointing_to_denies_the_clause_after_its_links(quote: str, source: str) -> None:
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("der Bürgermeister gelogen hat", "Kein Wunder: Alles deutet darauf hin, dass der Bürgermeister gelogen hat."),
    ("мэр лгал", "Всё указывает на то, что мэр лгал."),
    ("the plan works", "Officials suggest that the plan works."),
])
def test_a_verb_of_pointing_to_with_no_negation_stays_exact(quote: str, source: str) -> None:
    assert _verdict(quote, source) == "exact"


# 3. a label of doubt opening a sentence, German "angeblicher" with no article

@pytest.mark.parametrize(("quote", "source"), [
    ("Thief Arrested in Leeds", "Alleged Thief Arrested in Leeds"),
    ("tueur arrêté à Lyon", "Présumé tueur arrêté à Lyon."),
    ("ladrón detenido en Madrid", "Presunto ladrón detenido en Madrid."),
    ("ladrão é preso em Lisboa", "Suposto ladrão é preso em Lisboa."),
    ("Dieb festgenommen", "Angeblicher Dieb festgenommen."),
])
def test_a_label_of_doubt_opening_a_sentence_needs_no_article(quote: str, source: str) -> None:
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("thief arrested in Leeds", "Known thief arrested in Leeds."),
    ("Täter flohen", "Bewaffnete Täter flohen."),
    ("the killer had fled", "Police presumed the killer had fled."),
])
def test_no_label_of_doubt_opening_the_sentence_stays_exact(quote: str, source: str) -> None:
    assert _verdict(quote, source) == "exact"


# 4. after a speaker's tag: German "wenn" bounds, "when asked" dates the saying

def test_wenn_after_a_speakers_tag_bounds_the_future_claim() -> None:
    assert_altered("Die Preise werden sinken",
                   "Die Preise werden sinken, sagte die Ministerin, wenn das Werk öffnet.", "trailing_word")


@pytest.mark.parametrize("source", [
    "Prices will rise, the minister said, when asked about the plant.",
    "Prices will rise, the minister said, when pressed by reporters.",
])
def test_when_asked_after_a_speakers_tag_dates_the_saying(source: str) -> None:
    assert _verdict("Prices will rise", source) == "exact"


def test_when_and_a_clause_after_a_speakers_tag_still_bounds() -> None:
    assert_altered("Prices will rise", "Prices will rise, the minister said, when the plant reopens.", "trailing_word")


# 5. starting points: Russian "с завтрашнего дня", a clock time after "ab"

@pytest.mark.parametrize(("quote", "source"), [
    ("мост будет закрыт", "С завтрашнего дня мост будет закрыт."),
    ("Die Brücke wird gesperrt", "Ab 10:30 Uhr: Die Brücke wird gesperrt."),
    ("Die Brücke wird gesperrt", "Ab 10 Uhr: Die Brücke wird gesperrt."),
])
def test_tomorrow_in_russian_and_a_clock_time_are_starting_points(quote: str, source: str) -> None:
    assert_altered(quote, source, "leading_qualifier")


def test_a_clock_time_in_a_clause_before_a_colon_bounds_nothing() -> None:
    assert _verdict("the mayor will speak first", "The meeting starts at 10:30: the mayor will speak first.") == "exact"


# 6. the first part of a double given name, on a page naming another double name so

def test_a_first_part_shared_by_two_double_given_names_is_no_one_person() -> None:
    assert_altered("[Anne Martin] a signé le décret",
                   "Anne-Sophie Martin et Anne-Laure Martin siègent au conseil. Anne-Sophie Martin a signé le décret.",
                   "bracket_alteration")


def test_a_first_part_beside_another_given_name_of_the_surname_stays_one_person() -> None:
    assert _verdict("[Anne Martin] a signé le décret",
                    "Anne-Sophie Martin et Pierre Martin siègent au conseil. "
                    "Anne-Sophie Martin a signé le décret.") == "normalized"
