"""Red team, review 21 (F7): number words of the other covered languages read as typos.

The number words were English and some French and German, so "девять" for "десять" (9 for 10),
"двадцать" for "двенадцать", "dezessete" for "dezesseis", "settanta" for "sessanta" and
"setenta" for "sesenta" were one or two letters apart in words of no known kind: a typo, and the
quote ``approximate``. The cardinals 0-20, the tens, hundred, thousand, million and billion of
German, Spanish, Italian, Portuguese and Russian (and the rest of French) are number words now,
so each such change is a ``number`` difference and the quote ``altered``.
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("source", "quote"), [
    ("Агентство наймёт десять новых инспекторов в этом году.", "Агентство наймёт девять новых инспекторов в этом году"),
    ("Агентство наймёт двенадцать новых инспекторов в этом году.",
     "Агентство наймёт двадцать новых инспекторов в этом году"),
    ("A agência vai contratar dezesseis novos inspetores este ano.",
     "A agência vai contratar dezessete novos inspetores este ano"),
    ("L'agenzia assumerà sessanta nuovi ispettori quest'anno.", "L'agenzia assumerà settanta nuovi ispettori quest'anno"),
    ("La agencia contratará sesenta nuevos inspectores este año.",
     "La agencia contratará setenta nuevos inspectores este año"),
    ("Die Behörde will sechzehn neue Prüfer in diesem Jahr einstellen.",
     "Die Behörde will sechzig neue Prüfer in diesem Jahr einstellen"),
    ("L'agence va recruter treize nouveaux inspecteurs cette année.",
     "L'agence va recruter trente nouveaux inspecteurs cette année"),
])
def test_a_changed_number_word_of_a_covered_language_is_a_number_difference(source, quote):
    result = verify_quote(quote, source)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "number" and d.material for d in result.differences)


@pytest.mark.parametrize(("source", "quote"), [
    ("La agencia contratará una nueva inspectora este año.", "La agencia contratará la nueva inspectora este año"),
    ("Die Behörde will eine neue Prüferin in diesem Jahr einstellen.",
     "Die Behörde will die neue Prüferin in diesem Jahr einstellen"),
])
def test_an_article_that_also_means_one_is_still_an_article(source, quote):
    result = verify_quote(quote, source)
    assert not any(d.kind == "number" for d in result.differences)


REVIEW_PAGE = (
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Инспекторы</title></head><body><article>"
    "<h1>Инспекторы</h1><p>Агентство наймёт десять новых инспекторов в этом году, сообщил директор в "
    "понедельник.</p><p>La agencia contratará sesenta nuevos inspectores este año, dijo el director."
    "</p></article></body></html>"
)


def test_verify_quote_of_a_captured_page_refuses_a_changed_number_word(store):
    altered = ("Агентство наймёт девять новых инспекторов в этом году",
              "La agencia contratará setenta nuevos inspectores este año")
    got = verdicts_on_archived_page(store, REVIEW_PAGE, "/inspectors", [*altered,
         "Агентство наймёт десять новых инспекторов"])
    assert {q: got[q] for q in altered} == dict.fromkeys(altered, (1, "altered"))
    assert got["Агентство наймёт десять новых инспекторов"] == (0, "exact")
