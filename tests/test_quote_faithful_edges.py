"""Faithful quotes the edge rules of quote rules 17 must not refuse.

Quote rules 17 refuse a verbatim run cut right beside a word that negates, limits, hedges or
bounds it. Journalists and scholars quote whole clauses, a sentence's first half before "but",
a noun phrase: each quote here is cut where such a quote is cut, beside a word that only looks
like one of those (French "mais" is "but", not Portuguese "more"; a hedge after a comma that
opens a phrase of its own hedges that phrase; ", at least 35 years old" bounds a number, not
the words before it; "but if" opens a new clause). Each was ``altered`` on texts from the edge
bench and the metadata pages (bench/quote_edge_alarms.py and a scratch survey of clause-shaped
quotes); each is ``exact``.
"""

from __future__ import annotations

from archiver.quotes import verify_quote


def _exact(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "exact", (result.verdict, result.explanation)


def test_a_quote_starting_after_french_mais_after_a_negation_is_exact():
    # "pas cadrée mais contrée": "mais" is "but" in French, not the adverb "more" a negation governs
    _exact("contrée, elle offre un corner aux Bretons",
           "La frappe n'est pas cadrée mais contrée, elle offre un corner aux Bretons.")
