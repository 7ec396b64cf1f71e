"""Quote rules 62 (red team rvq61 of rules 61): the wrong passes its pairs found, read at their class.

Each case failed at rules 61 (a cut that changes the claim passed ``exact`` or ``normalized``);
beside each, the faithful neighbour that must stay verified. The pairs are
tests/data/quotes/redteam-rvq61.tsv's classes; redteam-rvq61-held.tsv holds others, never tuned on.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

PASSING = ("exact", "normalized")


def _altered(quote: str, source: str) -> bool:
    return verify_quote(quote, source).verdict not in PASSING


# ---------------------------------------------------------------- a clause of time before the claim


@pytest.mark.parametrize(("quote", "source"), [
    ("prices will have doubled", "By the time the plant opens, prices will have doubled."),
    ("tariffs will drop", "The moment the deal is signed, tariffs will drop."),
    ("wird die Stadt entscheiden", "Erst wenn das Gutachten vorliegt, wird die Stadt entscheiden."),
    ("la mine restera fermée", "Jusqu'à ce que l'enquête soit terminée, la mine restera fermée."),
    ("la mina seguirá cerrada", "Hasta que termine la investigación, la mina seguirá cerrada."),
    ("la calle permanecerá cerrada", "Mientras dure la obra, la calle permanecerá cerrada."),
    ("la miniera resterà chiusa", "Finché l'indagine non sarà conclusa, la miniera resterà chiusa."),
    ("il ponte sarà pronto", "Prima che finisca l'anno, il ponte sarà pronto."),
    ("шахта останется закрытой", "Пока не закончится расследование, шахта останется закрытой."),
    ("мост будет готов", "До того как закончится год, мост будет готов."),
])
def test_a_future_claim_cut_from_a_clause_of_time_before_it_is_altered(quote, source):
    assert _altered(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    # seven words before the comma: past the bound's six (a conjunction tells where the clause starts)
    ("los aranceles bajarán", "Después de que se firme el acuerdo, los aranceles bajarán."),
    ("les tarifs resteront gelés", "Avant que la réforme n'entre en vigueur, les tarifs resteront gelés."),
    # "a" after "Até que" is an article, not "once a year"'s
    ("a mina continuará fechada", "Até que a investigação termine, a mina continuará fechada."),
])
def test_a_long_clause_of_time_or_one_opening_with_an_article_still_bounds(quote, source):
    assert _altered(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("los aranceles bajaron", "Después de que se firmó el acuerdo, los aranceles bajaron."),
    ("the mayor will not budge", "When it comes to taxes, the mayor will not budge."),
    ("le maire ne cédera pas", "Quand il s'agit d'impôts, le maire ne cédera pas."),
    ("aranceles bajaron", "Hasta que se firmó el acuerdo, los aranceles bajaron."),
])
def test_a_past_claim_or_a_set_phrase_before_it_stays_verified(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


# ---------------------------------------------------------------- a clause of time after the claim


@pytest.mark.parametrize(("quote", "source"), [
    ("The mine will not reopen", "The mine will not reopen before the inquiry ends."),
    ("Аренда подешевеет", "Аренда подешевеет после того, как откроется трамвай."),
    ("La mine restera fermée", "La mine restera fermée jusqu'à ce que l'enquête soit terminée."),
    ("La miniera resterà chiusa", "La miniera resterà chiusa finché l'indagine non sarà conclusa."),
])
def test_a_future_claim_cut_from_a_clause_of_time_after_it_is_altered(quote, source):
    assert _altered(quote, source)


def test_a_claim_of_every_time_a_clause_says_is_altered_whatever_its_tense():
    assert _altered("The road closes", "The road closes whenever the river floods.")
    assert _altered("The road closed", "The road closed every time the river flooded.")


@pytest.mark.parametrize(("quote", "source"), [
    ("The mine reopened", "The mine reopened before the inquiry ended."),
    ("La mine a rouvert", "La mine a rouvert avant que l'enquête soit terminée."),
    ("The road closed", "The road closed before the river flooded."),
])
def test_a_past_claim_a_clause_of_time_after_it_dates_stays_exact(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


# ---------------------------------------------------------------- a bracket for "they"


def test_one_name_for_they_on_a_page_naming_two_is_altered():
    result = verify_quote("[Anna Weber] sold it in 2020",
                          "Anna Weber and Tom Baker founded the firm. They sold it in 2020.")
    assert result.verdict == "altered"
    assert any("Tom Baker" in (d.note or "") for d in result.differences)


def test_both_names_for_they_stay_normalized():
    source = "Anna Weber and Tom Baker founded the firm. They sold it in 2020."
    assert verify_quote("[Anna Weber and Tom Baker] sold it in 2020", source).verdict == "normalized"


def test_one_name_for_a_singular_they_on_a_page_naming_one_person_stays_normalized():
    source = "Alex Kim founded the firm in 2012. They sold it in 2020."
    assert verify_quote("[Alex Kim] sold it in 2020", source).verdict == "normalized"


# ---------------------------------------------------------------- a doubt after the claim


@pytest.mark.parametrize(("quote", "source"), [
    ("Les prix vont augmenter", "Les prix vont augmenter, une prévision contestée par les économistes."),
    ("Los precios subirán", "Los precios subirán, una previsión cuestionada por los economistas."),
    ("I prezzi saliranno", "I prezzi saliranno, una previsione contestata dagli economisti."),
    ("Цены вырастут", "Цены вырастут, — прогноз, который оспаривают экономисты."),
])
def test_a_claim_cut_from_the_doubt_after_it_is_altered(quote, source):
    assert _altered(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Os preços vão subir", "Os preços vão subir, disse o ministro quando questionado."),
    ("Los precios subirán", "Los precios subirán, dijo el ministro cuando fue cuestionado."),
    ("Prices will rise", "Prices will rise, the minister said when questioned by reporters."),
])
def test_a_speaker_questioned_is_a_tag_not_a_doubt(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


# ---------------------------------------------------------------- ability denied by other words


@pytest.mark.parametrize(("quote", "source"), [
    ("the fire was set deliberately", "Investigators had no way of proving that the fire was set deliberately."),
    ("the funds were misused", "The audit was incapable of proving that the funds were misused."),
    ("he was at the scene", "Police lacked the evidence to show that he was at the scene."),
    ("die Zahlungen legal waren", "Die Prüfer waren außerstande nachzuweisen, dass die Zahlungen legal waren."),
    ("l'incendie était criminel", "Les enquêteurs ont été incapables de prouver que l'incendie était criminel."),
    ("l'incendie était criminel",
     "Les enquêteurs sont dans l'impossibilité de prouver que l'incendie était criminel."),
    ("los pagos eran legales", "Los auditores fueron incapaces de demostrar que los pagos eran legales."),
    ("i pagamenti erano legali", "I revisori sono stati incapaci di dimostrare che i pagamenti erano legali."),
    ("os pagamentos eram legais", "Os auditores foram incapazes de provar que os pagamentos eram legais."),
])
def test_ability_denied_by_another_word_denies_the_showing(quote, source):
    assert _altered(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("the payments were legal", "Auditors had no difficulty proving that the payments were legal."),
    ("the payments were legal", "Auditors had the evidence to show that the payments were legal."),
    ("the payments were legal", "The report lacked detail but showed that the payments were legal."),
    ("the fire was set deliberately", "Investigators found a way of proving that the fire was set deliberately."),
])
def test_ability_affirmed_or_a_lack_of_something_else_stays_exact(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


@pytest.mark.parametrize(("quote", "source"), [
    # the faithful-quote survey's: "before" after a claim it does not deny says when, not whether
    ("Es wird erstarren", "Es wird erstarren, bevor es zum nächsten Kontaktpunkt gelangt."),
    ("Prices will rise", "Prices will rise before the election is held."),
    # "every time" after a comma opens the next clause, no bound of the words before it
    ("Depuis je ne sais quand", "« Depuis je ne sais quand, chaque fois que je repense à ce jour, je pleure."),
])
def test_a_clause_of_before_or_of_every_time_that_bounds_nothing_stays_exact(quote, source):
    assert verify_quote(quote, source).verdict == "exact"
