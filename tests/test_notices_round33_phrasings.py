"""Round 33, class (a) of the blind first runs (dev13-dev16): phrasings the lexicon lacked, widened by
kind over the languages (bench/labels/README.md, "notices-dev16.jsonl"; the new KIND x LANGUAGE cells are
held to bench/notice_kinds.py by tests/test_notices_round29_kinds.py). Small fixtures of our own: the
reader acting at their own risk, declared interests of the author, "(Body via Agency, File)" closing a
caption, an Arabic picture word."""

from __future__ import annotations

import pytest
from notice_pages import after, between

from archiver.extract.page_lines import CTX_CAPTION


@pytest.mark.parametrize("line", [
    "You use the information on this page at your own risk.",
    "Der Leser handelt auf eigenes Risiko und auf eigene Gefahr.",
    "Le lecteur agit à ses risques et périls.",
    "El lector actúa bajo su propia responsabilidad.",
    "O leitor age por sua conta e risco.",
    "Il lettore agisce a proprio rischio e pericolo.",
    "Читатель действует на свой страх и риск.",
    "Beleggen doe je op eigen risico.",
])
def test_the_reader_acting_at_their_own_risk_is_a_disclaimer(line: str) -> None:
    assert [k for k, _ in after(line, 0)] == ["disclaimer"]


@pytest.mark.parametrize("line", [
    "Offenlegung wegen möglicher Interessenkonflikte: Der Autor ist in den besprochenen Wertpapieren derzeit nicht investiert.",
    "Disclosure: The author has no positions in any of the stocks mentioned.",
])
def test_a_declaration_of_the_authors_interests_is_an_editors_note(line: str) -> None:
    assert [k for k, _ in after(line, 0)] == ["editors_note"]


def test_a_body_and_the_agency_distributing_its_picture_close_a_caption() -> None:
    caption = "Astronauts work outside the station during its construction. (NASA via AP, File)"
    assert between(caption, CTX_CAPTION) == [("image_credit", "(NASA via AP, File)")]


@pytest.mark.parametrize("credit", ["صورة: رويترز", "تصوير: أحمد علي"])
def test_an_arabic_picture_word_before_a_colon_credits(credit: str) -> None:
    assert [k for k, _ in between(credit, CTX_CAPTION)] == ["image_credit"]
