"""A plural author label left on trafilatura's guess (issue 15, session 64): "Authors Julie Weisenhorn; Natalie Hoidal".

A university extension page prints "Authors: Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators"
under the story; trafilatura's guess keeps the label without its colon on the first name, "Authors Julie Weisenhorn",
and only the singular label ("Author Jane Doe") was taken off a credit, so the first writer was no person's name and only
the second was reported (authors-blind20). The plural labels ("Authors", "Autoren", "Autores", "Auteurs") are taken off
as the singular ones are.
"""

from __future__ import annotations

import pytest
from author_pages import HEADLINE, PARAGRAPHS, page, resolve_with_guess

from archiver.extract.signals import clean_authors


@pytest.mark.parametrize("credit", ["Authors Julie Weisenhorn", "Authors: Julie Weisenhorn", "Autoren Julie Weisenhorn",
                                    "Autores: Julie Weisenhorn", "Auteurs Julie Weisenhorn"])
def test_a_plural_label_is_taken_off_the_name_it_leads(credit: str) -> None:
    assert clean_authors(credit) == ["Julie Weisenhorn"]


def test_a_guess_led_by_the_plural_label_reports_both_writers() -> None:
    credit = "Authors: Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators"
    lines = ["Harbor Daily", HEADLINE, *PARAGRAPHS, credit, "Reviewed in 2024", "About us"]
    meta = resolve_with_guess(page(), guess="Authors Julie Weisenhorn; Natalie Hoidal; Extension horticulture educators",
                              lines=lines)
    assert meta.authors == ("Julie Weisenhorn", "Natalie Hoidal")
