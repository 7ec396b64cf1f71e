"""Issue 15, the notices the last two rounds left (noticeleft48; bench/labels/README.md, "Round noticeleft48"), each in
general form and each beside a near neighbour that stays what it is:

- "Photographed by Jane Roe" alone right under a picture is its credit; a sentence under it saying so is not.
- A bare "Note:" saying what the editors did to the piece is an editor's note in the other six languages too.
- Every label word of a kind finds the line-level stems that make the line a candidate of that kind ("ATUALIZAÇÃO:"
  and "AGGIORNAMENTO:" were never tried as corrections).
- A product reviewed on loan from its maker is disclosed as a free sample is (sponsored), not an editor's note.
- "Photos: <a headline>" in a plain paragraph is a title, not a credit; names after the label stay a credit.
"""

from __future__ import annotations

import random
import re
from re import _parser  # type: ignore[attr-defined]

import pytest
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page
from test_notice_cue_prefilter import _sample

from archiver.extract.notice_cues import LABELS
from archiver.extract.notices import lines_with_stems

_IMG = "<p><img src='harbour.jpg' alt='The harbour at dusk'></p>"

# ----------------------------------------------------------------------------- who took the picture, under it


@pytest.mark.parametrize(("line", "lang"), [
    ("Photographed by Jane Roe", "en"),
    ("Shot by Jane Roe", "en"),
    ("Fotografiert von Anna Berg", "de"),
])
def test_who_took_the_picture_alone_right_under_it_is_its_credit(line: str, lang: str) -> None:
    assert _credits(_page(f"{_IMG}<p>{line}</p>", lang=lang)) == [line]


def test_a_sentence_under_a_picture_saying_who_photographed_the_place_is_no_credit() -> None:
    assert _credits(_page(f"{_IMG}<p>The harbour was photographed by Jane Roe in 1970 for a book on the coast.</p>")) == []


def test_who_took_a_picture_in_the_storys_paragraph_with_no_picture_above_is_no_credit() -> None:
    assert _credits(_page("<p>Photographed by Jane Roe</p>")) == []


# ----------------------------------------------------------------------------- "Note:": what the editors did, any language


@pytest.mark.parametrize(("line", "lang"), [
    ("Hinweis: Dieser Artikel ist Teil unserer Serie über die Häfen der Nordküste.", "de"),
    ("Note : Cet article fait partie de notre série sur les ports de la côte nord.", "fr"),
    ("Nota: Este artículo forma parte de nuestra serie sobre los puertos de la costa norte.", "es"),
    ("Nota: Questo articolo fa parte della nostra serie sui porti della costa settentrionale.", "it"),
    ("Nota: Este artigo faz parte da nossa série sobre os portos da costa norte.", "pt"),
    ("Примечание: Эта статья является частью нашей серии о портах северного побережья.", "ru"),
    ("Nota: Questa intervista è stata tradotta dall'inglese.", "it"),
])
def test_a_bare_note_saying_what_the_editors_did_is_an_editors_note_in_every_language(line: str, lang: str) -> None:
    assert _notices(_page(f"<p>{line}</p>", lang=lang)) == [("editors_note", line)]


@pytest.mark.parametrize(("line", "lang"), [
    ("Hinweis: Das Salz erst zugeben, wenn das Wasser kocht.", "de"),
    ("Nota: Il sale va aggiunto quando l'acqua bolle.", "it"),
    ("Nota: O sal deve ser adicionado quando a água ferver.", "pt"),
    ("Примечание: Соль добавляют, когда вода закипит.", "ru"),
])
def test_a_bare_note_on_the_texts_own_step_stays_none_in_every_language(line: str, lang: str) -> None:
    assert _notices(_page(f"<p>{line}</p>", lang=lang)) == []


# ----------------------------------------------------------------------------- a kind's label words and the stems


#: Label forms no stem of their kind needs to find: "Editor's note" is a correction's label only after an update's
#: words, whose stems make the line its candidate; the French abbreviation with its dots misplaced is no one's form.
_LABELS_LEFT = re.compile(r"editor'?s note|n\.?d\.?l\.?r\.?")


@pytest.mark.parametrize("kind", sorted(LABELS))
def test_every_label_word_of_a_kind_makes_its_line_a_candidate_of_that_kind(kind: str) -> None:
    for lang, pattern in LABELS[kind].items():
        source = pattern.replace("APOS", "'")
        parsed, rnd = _parser.parse(source, re.IGNORECASE), random.Random(f"{kind}:{lang}")
        for _ in range(60):
            label = _sample(parsed, rnd)
            if not re.fullmatch(source, label, re.IGNORECASE) or _LABELS_LEFT.fullmatch(label):
                continue
            for line in (f"{label.upper()}: the ferry leaves at nine in the morning.", f"{label}: the ferry leaves at nine."):
                assert kind in lines_with_stems([line]).get(0, set()), (kind, lang, line)


@pytest.mark.parametrize(("line", "lang"), [
    ("ATUALIZAÇÃO: A empresa respondeu após a publicação desta reportagem e negou as acusações.", "pt"),
    ("AGGIORNAMENTO: L'azienda ha risposto dopo la pubblicazione di questo articolo e ha negato le accuse.", "it"),
    ("ACTUALIZACIÓN: La empresa respondió tras la publicación de este reportaje y negó las acusaciones.", "es"),
    ("ОБНОВЛЕНИЕ: Компания ответила после публикации этой статьи и отвергла обвинения.", "ru"),
])
def test_an_update_label_in_capitals_is_a_correction_in_every_language(line: str, lang: str) -> None:
    assert _notices(_page(f"<p>{line}</p>", lang=lang)) == [("correction", line)]


# ----------------------------------------------------------------------------- a loan from the maker


@pytest.mark.parametrize(("line", "lang"), [
    ("Note: The review was written after two weeks with the camera on loan from the maker.", "en"),
    ("The phone was lent to us by the manufacturer for this review.", "en"),
    ("Hinweis: Das Testgerät ist eine Leihgabe des Herstellers.", "de"),
    ("Nota: La cámara fue prestada por el fabricante para esta prueba.", "es"),
])
def test_a_product_on_loan_from_its_maker_is_disclosed_as_sponsored(line: str, lang: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>", lang=lang)) == [("sponsored", line)]


@pytest.mark.parametrize("line", [
    "Note: The painting is on loan from the city library until the spring.",
    "The bank lent the company two million euros last year to build the new ferry terminal.",
])
def test_a_loan_from_no_maker_is_no_disclosure(line: str) -> None:
    assert [kind for kind, _ in _notices(_page(f"<p>{line}</p>"))] != ["sponsored"]


# ----------------------------------------------------------------------------- "Photos: <words>" in a plain paragraph


@pytest.mark.parametrize("line", [
    "Photos: Earthquake shakes the northeastern U.S. as residents flee",
    "PHOTOS: Inside the battle for the old harbour",
])
def test_a_picture_label_before_a_title_in_a_plain_paragraph_is_no_credit(line: str) -> None:
    assert _credits(_page(f"<p>{line}</p>")) == []


@pytest.mark.parametrize("line", [
    "Photos: Jane Roe and John Smith",
    "Photos: Jane Roe / Example Agency",
])
def test_a_picture_label_before_names_in_a_plain_paragraph_is_still_a_credit(line: str) -> None:
    assert _credits(_page(f"{_IMG}<p>{line}</p>")) == [line]
