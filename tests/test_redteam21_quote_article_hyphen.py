"""Red team, review 21 (F8): an article or a hyphen that changes the word it touches.

"A few officers" for "Few officers" and "A little evidence" for "Little evidence" added an
article (noise), and "re-signed" for "resigned", "re-formed" for "reformed" differed by a hyphen
(punctuation): ``approximate``. "Few" says hardly any, "a few" says some; "re-signed" is signed
again. An article added or dropped before the quantity word it changes
(:data:`archiver.quotes.lexicon.ARTICLE_QUANTITIES`) is a ``quantity`` difference, and a hyphen
that makes another word (:data:`archiver.quotes.lexicon.HYPHEN_STEMS`) a ``content_word`` one:
``altered``. Other hyphens ("flood-protection", "e-mail") are still spelling.
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page

from archiver.quotes import verify_quote

SOURCE = (
    "Few officers wear body cameras at all on duty today.\n\n"
    "Little evidence supports the claim made by the ministry.\n\n"
    "Officials said on Tuesday that the minister resigned after a long meeting with the council.\n\n"
    "Officials said on Tuesday that the minister reformed the party after a long meeting.\n\n"
    "The council said the harbour will recover after the storm this year.\n\n"
    "The members of the co-op voted on Monday to keep the old harbour shop.\n\n"
    "Il y a peu de preuves que le plan fonctionne, selon le ministère.\n\n"
    "The flood-protection plan was approved on Monday by the council.\n\n"
)


@pytest.mark.parametrize(("quote", "kind"), [
    ("A few officers wear body cameras at all on duty today", "quantity"),
    ("A little evidence supports the claim made by the ministry", "quantity"),
    ("Il y a un peu de preuves que le plan fonctionne", "quantity"),
    ("Officials said on Tuesday that the minister re-signed after a long meeting with the council", "content_word"),
    ("Officials said on Tuesday that the minister re-formed the party after a long meeting", "content_word"),
    ("The council said the harbour will re-cover after the storm this year", "content_word"),
    ("The members of the coop voted on Monday to keep the old harbour shop", "content_word"),
])
def test_an_article_or_hyphen_that_makes_another_word_is_altered(quote, kind):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == kind and d.material for d in result.differences)


@pytest.mark.parametrize("quote", [
    "The flood protection plan was approved on Monday by the council",
    "the minister resigned after a long meeting",
])
def test_a_hyphen_that_only_spells_a_compound_is_no_material_difference(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict in ("exact", "approximate") and not any(d.material for d in result.differences)


REVIEW_PAGE = (
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Ministry</title></head><body><article>"
    "<h1>Ministry</h1><p>Few officers wear body cameras at all on duty today, the ministry said.</p>"
    "<p>Officials said on Tuesday that the minister resigned after a long meeting with the council."
    "</p></article></body></html>"
)


def test_verify_quote_of_a_captured_page_refuses_a_meaning_changing_article_or_hyphen(store):
    altered = ("A few officers wear body cameras at all on duty today",
              "the minister re-signed after a long meeting with the council")
    got = verdicts_on_archived_page(store, REVIEW_PAGE, "/ministry", [*altered,
         "the minister resigned after a long meeting"])
    assert {q: got[q] for q in altered} == dict.fromkeys(altered, (1, "altered"))
    assert got["the minister resigned after a long meeting"] == (0, "exact")
