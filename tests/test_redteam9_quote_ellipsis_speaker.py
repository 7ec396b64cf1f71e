"""Red team, ninth pass (F7): an ellipsis that leaves out who speaks, or the word that disputes.

An ellipsis was refused when it left out a negation, a bound or hedge right beside the quoted
words, or a sentence end. "Critics said the plan was ... a success" (leaving out "a disaster,
while the mayor said it was"), "It is ... that the council approved" (leaving out "false") and
"The mayor ... the harbour needs the repairs" (leaving out "questioned whether") were
``normalized``. A reporting verb or a disputing word in the clause the quoted words stand in is
now material; a clause left out whole (an aside, an attribution between commas, a sentence)
is still an ordinary omission.
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page

from archiver.quotes import verify_quote

SOURCE = (
    "Critics said the plan was a disaster, while the mayor said it was a success for the city.\n\n"
    "It is false that the council approved the demolition of the harbour wall.\n\n"
    "The mayor questioned whether the harbour needs the repairs at all.\n\n"
    "Engineers denied that the wall is safe for heavy lorries, the report said.\n\n"
    "The harbour will stay open, according to the mayor, until the works begin in spring.\n\n"
    "Kritiker sagten, der Plan sei ein Desaster, während der Bürgermeister sagte, er sei ein Erfolg.\n\n"
    "Les critiques ont dit que le plan était un désastre, tandis que selon le maire il est un succès.\n\n"
    "Критики сказали, что план провальный, а мэр заявил, что это успех для города.\n\n"
    "Es falso que el ayuntamiento aprobó la demolición del muro del puerto.\n\n"
)


def _kinds(result) -> set[str]:
    return {d.kind for d in result.differences if d.material}


@pytest.mark.parametrize("quote", [
    "Critics said the plan was ... a success for the city",
    "Kritiker sagten, der Plan sei ... ein Erfolg",
    "Les critiques ont dit que le plan était ... un succès",
    "Критики сказали, что план ... это успех для города",
])
def test_an_ellipsis_leaving_out_another_speakers_reporting_verb_is_altered(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and "ellipsis_attribution" in _kinds(result)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("It is ... that the council approved the demolition of the harbour wall", "false"),
    ("The mayor ... the harbour needs the repairs", "questioned"),
    ("Engineers ... the wall is safe for heavy lorries", "denied"),
    ("Es ... que el ayuntamiento aprobó la demolición del muro", "falso"),
])
def test_an_ellipsis_leaving_out_a_word_that_disputes_the_quoted_words_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and "ellipsis_qualifier" in _kinds(result)
    assert any(left_out in (d.note or "") for d in result.differences)


NEIGHBOURS = (
    "The wall, Weller said on Monday, will hold for decades without repairs.\n\n"
    "The plan, which the council approved in the spring after a long debate, will cost more.\n\n"
    "The wall is old. Engineers said it needs repairs. It will hold for a decade, they added.\n\n"
    "The mayor said the harbour, which was built by fishermen, needs the repairs.\n\n"
    "Il sindaco ha detto che il porto, ha aggiunto l'assessore, resterà aperto.\n\n"
)


@pytest.mark.parametrize("quote", [
    "The wall ... will hold for decades without repairs",                # an attribution between commas
    "The plan ... will cost more",                                       # a clause of detail
    "The wall is old. ... It will hold for a decade",                    # a sentence left out whole
    "The mayor said the harbour ... needs the repairs",                  # an aside of detail
    "Il sindaco ha detto che il porto ... resterà aperto",              # an attribution between commas
])
def test_an_ellipsis_leaving_out_an_aside_or_a_whole_sentence_still_verifies(quote):
    assert verify_quote(quote, NEIGHBOURS).verdict == "normalized"


#: The review's page (rv9 art2), served from 127.0.0.1 and archived: the verdicts above hold
#: through ``archiver verify-quote`` on a real capture, not only through the library.
REVIEW_PAGE = (
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Harbour debate: what was said</title></head>"
    "<body><article><h1>Harbour debate: what was said</h1><p class=\"byline\">By Jane Doe, 6 March 2025</p>"
    "<p>Critics said the plan was a disaster, while the mayor said it was a success for the city and its "
    "fishermen.</p><p>It is false that the council approved the demolition of the harbour wall, the clerk told "
    "reporters on Thursday.</p><p>Opposition leader Tom Weller said the plan was too expensive and that the "
    "council had failed to consult residents before the vote.</p><p>Il sindaco ha detto che il porto non "
    "chiuderà durante i lavori di riparazione del vecchio muro.</p><p>«Правительство никогда не повышало "
    "налоги», сказал министр на пресс-конференции в Москве в среду.</p><p>We will keep the harbour open to "
    "every fishing boat during the works, the mayor told the fishermen's union.</p></article></body></html>"
)


def test_verify_quote_of_a_captured_page_refuses_the_reviews_quotes(store):
    altered = ("Critics said the plan was ... a success for the city",
              "It is ... that the council approved the demolition of the harbour wall",
              "Il sindaco ha detto che il porto ... chiuderà durante i lavori",
              "Правительство [всегда] не повышало налоги",
              "Tom Weller said the plan was too [cheap]",
              "We will keep the harbour [closed] to every fishing boat",
              "the council had failed to consult [the mayor] before the vote")
    got = verdicts_on_archived_page(store, REVIEW_PAGE, "/art2", [*altered,
         "Critics said the plan was a disaster"])
    assert {q: got[q] for q in altered} == dict.fromkeys(altered, (1, "altered"))
    assert got["Critics said the plan was a disaster"] == (0, "exact")
