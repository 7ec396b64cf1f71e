"""Round 29 (notices24): the KIND x LANGUAGE matrix of bench/notice_kinds.py, cell by cell, and the
classes dev15's blind run missed or reported wrongly (bench/labels/README.md, "notices-dev15.jsonl"),
each as small pages of our own:

1. every cell of the matrix: the standard phrasings written for a kind in a language are found, with
   the kind the detector should give them; story sentences with the same words are not;
2. dev15's classes: a translation's bare label, "n'engagent pas la rédaction", a Vietnamese picture
   word, a screenshot label before a channel's name, a photographer's initials after a ©; and the
   lines that only looked like notices: a menu's tags holding "Partnerprogramme", a feed link after a
   section's "Photo:" label, an agency's own site naming itself.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from notice_pages import after as _after
from notice_pages import between as _between

from archiver.extract.notices import find_notices
from archiver.extract.page_lines import CTX_CAPTION, CTX_NAV, CTX_NOTE

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _kinds_table() -> ModuleType:
    """bench/notice_kinds.py, loaded as a module (the bench directory is no package)."""
    spec = importlib.util.spec_from_file_location("notice_kinds", BENCH / "notice_kinds.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


KT = _kinds_table()
#: The one phrasing the detector misses on purpose: two words after the main text are read as a
#: widget's label ("Sponsored", "Anzeige"), and a translation's bare label of two words is one too.
KNOWN_MISSES = {("ai_translation", "it"): ("Tradotto dall'inglese",)}


# ----------------------------------------------------------------------------- 1. the matrix, cell by cell


@pytest.mark.parametrize(("kind", "lang"), sorted(KT.PHRASINGS), ids=[f"{k}-{lang}" for k, lang in sorted(KT.PHRASINGS)])
def test_standard_phrasings_of_a_kind_in_a_language_are_found_with_their_kind(kind: str, lang: str) -> None:
    missed = [p for expected, p in KT.PHRASINGS[kind, lang]
              if not KT.found(kind, expected, p) and p not in KNOWN_MISSES.get((kind, lang), ())]
    assert missed == []


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "ru", "pt", "it"])
def test_every_kind_the_issue_names_has_phrasings_in_each_of_the_seven_languages(lang: str) -> None:
    assert [k for k in KT.KINDS if len(KT.PHRASINGS.get((k, lang), ())) < 2] == []


@pytest.mark.parametrize("sentence", [
    "The company corrected its forecast on Monday after a weak quarter.",
    "Das Turnier wird von mehreren Firmen aus der Region gesponsert, sagte der Veranstalter.",
    "The doctor said the patient had ignored medical advice for years before the operation.",
    "Il romanzo è stato pubblicato per la prima volta nel 1954 da un piccolo editore.",
    "The book was translated from Spanish into twenty languages.",
    "A reader sent us a photo of the flooded street on Tuesday morning.",
])
def test_a_story_sentence_with_a_kinds_words_is_no_notice(sentence: str) -> None:
    assert KT.negative_reports(sentence) == []


# ----------------------------------------------------------------------------- 2. dev15's classes, found


@pytest.mark.parametrize("label", [
    "Traduit de l’anglais", "Translated from the Spanish", "Aus dem Englischen übersetzt", "Traducido del inglés",
    "Перевод с английского", "Traduzido do inglês",
])
def test_a_translations_bare_label_is_an_editors_note(label: str) -> None:
    assert _after(label, 0) == [("editors_note", label)]


def test_a_translators_credit_is_still_no_notice() -> None:
    assert _after("Traduit de l'anglais par Jane Doe", 0) == []


@pytest.mark.parametrize("line", [
    "Le Club est l'espace de libre expression des abonnés. Ses contenus n'engagent pas la rédaction.",
    "Cette tribune n'engage en rien la responsabilité du journal.",
])
def test_content_not_binding_the_newsroom_is_a_disclaimer(line: str) -> None:
    assert _after(line, 0) == [("disclaimer", line)]


@pytest.mark.parametrize(("caption", "credit"), [
    ("Ông Nguyễn Văn An, Bộ trưởng. Ảnh: Hoàng Phong", "Ảnh: Hoàng Phong"),
    ("Tangkapan Layar TVRI", "Tangkapan Layar TVRI"),
    ("Slogan sur un rideau des Champs-Élysées - Paris - 16 mars 2019 © E.B", "© E.B"),
    ("Imagem: Reprodução/Instagram", "Imagem: Reprodução/Instagram"),
])
def test_picture_credits_of_dev15s_forms_are_found_in_a_caption(caption: str, credit: str) -> None:
    assert _between(caption, CTX_CAPTION) == [("image_credit", credit)]


def test_initials_outside_a_caption_credit_nobody() -> None:
    assert _after("Bordeaux © E.B", 0) == []


# ----------------------------------------------------------------------------- 2. dev15's classes, refused


def test_a_menus_tags_holding_partnerprogramme_are_no_disclosure() -> None:
    line = "ANGESAGT: News Arbeitgeber Partnerprogramme Personas Telekom Tech Data"
    lines = [line, "Erster Absatz über die Arbeitswelt von morgen und die Berufe, die Zukunft haben.",
             "Zweiter Absatz über die Fachkräfte, die in der IT-Sicherheit gesucht werden, und ihre Chancen."]
    assert find_notices(lines, [CTX_NAV | CTX_NOTE, 0, 0], lines[1:]) == ()


def test_an_affiliate_programme_in_a_sentence_is_still_a_disclosure() -> None:
    line = "Wir sind Teilnehmer des Partnerprogramms von Example und erhalten für Käufe über unsere Links eine Provision."
    assert _after(line, 0) == [("sponsored", line)]


def test_a_feed_link_after_a_sections_photo_label_is_no_credit() -> None:
    assert _between("Photo: RSS (photowire)", 0) == []


def test_an_agencys_own_site_naming_itself_credits_no_picture() -> None:
    body = ["First paragraph of the agency's story about the harbour and its long history.",
            "Second paragraph of the agency's story about the ships and the people who sail them."]
    lines = ["Sputnik", *body]
    assert find_notices(lines, [0, 0, 0], body, site=frozenset({"sputniknews"})) == ()


def test_the_agency_alone_on_another_site_is_still_read_as_a_credit() -> None:
    body = ["First paragraph of the story about the harbour and its long history in the region.",
            "Second paragraph of the story about the ships and the people who sail them."]
    lines = ["Sputnik", *body]
    assert [n.kind for n in find_notices(lines, [0, 0, 0], body, site=frozenset({"example"}))] == ["image_credit"]
