"""Review a45 of authblind11's rules (issue 15): the Dutch "Gemaakt door" ("made by") credits a cook or a writer by
a listed given name ("Gemaakt door Sandra de Vries"); a firm or a studio it credits as often is no person."""

from __future__ import annotations

import pytest
from author_pages import authors, page


@pytest.mark.parametrize("maker", ["Philips Nederland", "Studio Noord", "Webbureau Amsterdam", "Pixelhaven"])
def test_made_by_a_firm_or_a_studio_credits_no_person(maker: str) -> None:
    html = page(below_headline=f"<p>Gemaakt door {maker}</p>", lang="nl")
    assert authors(html) == []
