"""Patterns behind a ``Folding`` guard (cue_match.Folding) give their own answers, compiled only
for a text holding a string their matches need (issue 13: each cost 0.2-0.6 ms of one
``archive URL`` to compile, for pages none of them matches)."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from archiver.extract import (
    account_ui,
    authors,
    cue_needs,
    guest_post,
    notice_credits,
    notice_features,
    notice_inline,
    notice_picture_lines,
    notice_source_closing,
    notices,
    signals,
)
from archiver.extract import text as text_module
from archiver.extract.cue_match import Folding, cue_fold

SAMPLES = Path(__file__).resolve().parents[1] / "archiver" / "samples"

FOLDING = {f"{m.__name__}.{n}": v for m in (authors, signals, notice_credits, notices, notice_features, text_module,
                                                account_ui, notice_picture_lines, guest_post, notice_inline,
                                                notice_source_closing)
           for n, v in vars(m).items() if isinstance(v, Folding)}

#: Texts each pattern matches, in several cases and with characters the regex engine folds as
#: other letters under IGNORECASE ("ſ" as "s", "K" (Kelvin sign) as "k"), and near misses.
MADE = [
    "Redakce Harbor", "Pressestelle Stadt", "Stadtpressestelle", "Biuro   prasowe Gminy", "REDAKTIONEN", "Kurierová",
    "Fotos: Tom Berg", "Photoſ by Jane Smith", "Translated by Ana Ruiz", "Übersetzung: Ana Ruiz", "Фото: Иван Петров",
    "More from The Times", "Related articles", "RELATED", "Lesen Sie auch", "you might also like these", "Newsletter",
    "Recueilli par Patrick ANGEVIN", "Words by Jane Smith", "interview réalisée par Anne Roy", "as told to Jo Lee",
    "Ein Gastbeitrag von Max Muster", "Caritasverband", "Tagesschau-Redaktion", "Stadtkasse", "Ärzteteam",
    "Guido Santner und Redaktion SimplyScience.ch", "Marie Dupont et la rédaction", "Jane Doe and the editorial team",
    "Jane Doe and staff", "Jane Doe and Staff Writers", "Stephen Lendman", "", "by", "\u212aurier", "Redaktion",
    "(taken by Jane Doe)", "PHOTO TAKEN BY Jane Doe", "Foto aufgenommen von Jana Roth", "Foto tomada del Instagram",
    "Shot on the pier", "Aufgenommen am 3. Mai", "снято в Москве", "Abbildung 2: Vergleich der",
    "Figure 3: Sales by region", "Рис. 1: схема", "TABLE: results", "Grafik: Jane Doe", "Figures 3: none",
    "The mayor spoke (UPDATE, 8.12.2018: Es gibt inzwischen eine Antwort der Stadt) today",
    "[Correction: an earlier version misnamed the bridge.]", "(Mise à jour : la mairie a répondu depuis.)",
    "(Updated: 2021.09.14)",
    "Rechtsanwalt Dennis Tölle", "Avv. Mario Rossi", "Maître Eolas", "MA\u00ceTRE Eolas", "RA Max Muster", "ra Max Muster",
    "Note: this article was updated", "N.B.: foo", "Hinweis: Der Text", "please note — we", "Note:", "Nota bene: x",
    "Related: more", "URL of this article:", "Url of this article: https://x.org", "Read more about it", "  » See also",
    "January 17, 2017 at 6:08 PM ET by Kori Schulman", "June 4, 2019 von Max Muster", "4 juin 2019 par jean",
    "Review by Jane Smith", "Analyse von Max Muster", "Journaliste Anne Roy", "Reverend  Jane Doe", "Rev.Jane Doe",
    "Embedded post pic.twitter.com/AbC123", "HTTPS://T.CO/x1", "via t.co/abc", "pic.twitter.com", "a t.co link",
    "Par Claire Martin avec AFP", "Jane Doe with Reuters", "Jane with", "Ana Ruiz con la EFE",
    "Logged in as Max Mustermann", "Hi Max, you are SIGNED IN AS max", "Sie sind angemeldet als Max", "Written by you",
    "Vous êtes connectée en tant que Anne", "Max Mustermann · Log out", "Abmelden", "Log Out!", "Sign out.",
    "Edit your profile", "Se déconnecter", "Выйти", "/account/logout?next=/", "?action=LOG_OFF", "/sign-out#",
    "the logout page explains", "Catalog outline", "a login form", "Profil bearbeiten", "Max · Abmelden ›",
    "Next story", "» Up next: Politics", "MOST READ", "More in US News", "More in store for residents", "Lo más leído",
    "Images courtesy of the coast guard showed the ship listing badly in the storm.", "Photo courtesy of the family.",
    "Fotos cedidas por la guardia costera mostraban el barco en la tormenta.", "Maps courtesy of the county were "
    "handed out at the meeting on Monday.", "(image taken from https://www.example.com)", "Bild von www.example.org",
    "Quelle: http://de.example.com/objektive", "SOURCE: HTTPS://Example.gov/moon", "Fuente: www.example.es",
    "(Foto: https://x.org)", "Photo from HTTPS://Example.com/a.jpg", "Imagen de referencia", "FOTO DE REFERÊNCIA.",
    "Photo of reference material", "Tous droits réservés Captures d'écran sur X", "All rights reserved. Screenshot: X",
    "All rights reserved", "© 2024 Example News",
    "Publisher: Harbour Press, 312 pages", "ISBN 978-3-16-148410-0", "Taschenbuch, 240 SEITEN", "Éditions du Port",
    "Produced by George Martin", "Music: Lennon", "RECORDED 1965", "Produziert von Max", "Written by Paul",
    "The above image comes from Jane Doe.", "THIS PHOTO IS COURTESY OF Example Museum", "Featured image is from X",
    "If not otherwise stated, all images are created by the author.", "ALL PHOTOS WERE TAKEN BY JANE DOE.",
    "Image used under license from Shutterstock", "PHOTOS USED UNDER LICENCE FROM EXAMPLE IMAGES",
    "Illustration and motion by Jon Poe.", "PHOTOGRAPHY AND STYLING BY JANE ROE",
    "L’image ci-dessus provient de Jane Doe", "Изображение выше взято из Архива", "the photo is from a friend",
    "This is a GUEST POST by Annelies, a travel blogger.", "Un article invité par Anne Roy", "A guest appeared by Jo",
    "Source: La Presse", "QUELLE: Die Presse, Wien", "Fuente: fotografía de archivo", "Source of the data: none",
    "Buy it here (Affiliate-Link) today", "Ein Gerät (Werbung) im Test", "(Anzeige)", "our affiliate links",
]


def _page_lines() -> list[str]:
    """Every line of text of the shipped sample pages, tags dropped (most texts a pattern meets)."""
    out = []
    for page in sorted(SAMPLES.glob("*.html")):
        text = re.sub(r"<[^>]*>", "\n", page.read_text(encoding="utf-8", errors="replace"))
        out += [html.unescape(x).strip() for x in text.splitlines() if x.strip()]
    return out


TEXTS = MADE + _page_lines()


def _spans(found: Any) -> Any:
    return None if found is None else (found.span(), found.groups())


@pytest.mark.parametrize("name", sorted(FOLDING))
def test_a_folding_pattern_answers_search_match_fullmatch_and_finditer_as_its_pattern_does(name: str) -> None:
    guarded = FOLDING[name]
    pattern = re.compile(guarded.pattern.pattern, guarded.pattern.flags)
    for text in TEXTS:
        assert _spans(guarded.search(text)) == _spans(pattern.search(text)), (name, text)
        assert _spans(guarded.match(text)) == _spans(pattern.match(text)), (name, text)
        assert _spans(guarded.fullmatch(text)) == _spans(pattern.fullmatch(text)), (name, text)
        assert [_spans(m) for m in guarded.finditer(text)] == [_spans(m) for m in pattern.finditer(text)], (name, text)


@pytest.mark.parametrize("name", sorted(FOLDING))
def test_a_text_a_folding_pattern_refuses_holds_no_match_of_it(name: str) -> None:
    # admits(text, folded), as a caller that has the line's fold asks it (a notice label's run)
    guarded = FOLDING[name]
    pattern = re.compile(guarded.pattern.pattern, guarded.pattern.flags)
    find = pattern.match if guarded.start is not None else pattern.search
    refused = [text for text in TEXTS if not guarded.admits(text, cue_fold(text))]
    assert refused and all(find(text) is None for text in refused), name
    assert refused == [text for text in TEXTS if not guarded.admits(text)]  # as when it folds the text itself


def test_the_made_texts_match_every_folding_pattern_somewhere() -> None:
    # the comparison above is not between two patterns that never match
    for name, guarded in FOLDING.items():
        assert any(guarded.search(t) for t in MADE), name


@pytest.mark.skipif(unicodedata.unidata_version not in cue_needs.UNIDATA_VERSIONS,
                    reason="the shipped tables do not hold for this Python's Unicode tables: not read here")
def test_the_seed_article_compiles_none_of_the_folding_patterns(fresh_extraction: dict[str, Any]) -> None:
    # its "Newsletter" line holds "news", a string a related-stories heading needs, but opens as
    # none does; its "Latin America & Caribbean" opens as "Latest stories" does, but holds none
    assert fresh_extraction["seed"]["authors"] == ["Stephen Lendman"]
    assert fresh_extraction["seed"]["folding_compiled"] == []


def test_the_seed_article_compiles_none_of_the_patterns_behind_a_plain_check_of_their_strings(
        fresh_extraction: dict[str, Any]) -> None:
    # a bio line's words, a CJK note's labels, a caption's slash or bar, a sentence's stop: the seed's
    # tail paragraphs and its one caption ("Featured image is from Moscow Times") hold none (issue 13)
    assert fresh_extraction["seed"]["plain_guards_compiled"] == []


def test_the_related_stories_heading_is_asked_how_a_text_opens_and_answers_as_its_pattern_does() -> None:
    heading = authors._RELATED_HEADING
    pattern = re.compile(heading.pattern.pattern, heading.pattern.flags)
    assert heading.start is not None and not heading.start.admits("Newsletter")
    assert heading.match("Related articles") and heading.match("— Lesen Sie auch:") and heading.match("à lire aussi")
    for text in TEXTS:
        assert _spans(heading.match(text)) == _spans(pattern.match(text)), text



def test_a_profession_is_cut_off_a_name_as_the_patterns_own_sub_cuts_it() -> None:
    # _without_profession asks the guarded pattern for its match where it used to call ``sub``
    pattern = re.compile(authors._PROFESSION.pattern.pattern, authors._PROFESSION.pattern.flags)
    for text in TEXTS:
        rest = pattern.sub("", text, count=1)
        assert authors._without_profession(text) == (rest if rest != text and len(rest.split()) >= 2 else text), text


def test_a_captions_closing_names_are_read_only_from_a_caption_holding_a_slash_or_a_bar() -> None:
    # _names_closing returns at once for a caption with neither (both of _NAMES_CLOSING's forms need one),
    # before compiling it or the sentence-end patterns: the same answers as reading every caption (issue 13)
    pattern = re.compile(notice_credits._NAMES_CLOSING.pattern, notice_credits._NAMES_CLOSING.flags)
    last = re.compile(notice_credits._LAST_SENTENCE_END.pattern, notice_credits._LAST_SENTENCE_END.flags)
    glued = re.compile(notice_credits._GLUED.pattern, notice_credits._GLUED.flags)
    lines = TEXTS + ["A storm hit the coast. Cliff Welch/Icon SMI", "... to the basket.Cliff Welch/Icon SMI",
                     "en Managua. Carlos Herrera | Archivo | Confidencial.", "Maria Silva / Arquivo / Jornal Exemplo"]
    for line in lines:
        m = last.search(line)
        seg = line[max([m.end() if m else 0, *(g.end() for g in glued.finditer(line))]):].strip()
        assert notice_credits._names_closing(line) == (seg if seg and pattern.match(seg) else None), line
    assert notice_credits._names_closing("Maria Silva / Arquivo / Jornal Exemplo") == "Maria Silva / Arquivo / Jornal Exemplo"


def test_a_bracketed_cjk_note_is_tried_only_on_a_line_holding_one_of_its_labels() -> None:
    pattern = re.compile(notices._CJK_NOTE.pattern, notices._CJK_NOTE.flags)
    note = "（追記 2019/4/14：記事の一部を修正しました）"
    for line in [*TEXTS, note, "【訂正】記事を訂正しました", "（修正案は来週審議される）"]:
        guarded = notices._whole_form(line, {"correction"}, 0)
        expected = line.strip() if len(line) <= notices._WHOLE_FORM_LINE and pattern.match(line) else None
        assert (guarded.text if guarded else None) == expected, line
    assert notices._whole_form(note, {"correction"}, 0) is not None


def test_an_agency_tail_is_read_only_from_a_caption_holding_a_stop() -> None:
    # _agency_tail returns at once for a caption without ".", "!" or "?" (its sentence-end and glued patterns
    # need one): the same answers as reading every caption, on captions with and without one (issue 13)
    lines = TEXTS + ["Die Halle in Berlin. dpa/Jane Doe", "The crowd in New York.Reuters", "Foto dpa",
                     "자리하고 있다. 뉴시스", "Reuters", "Jane Doe/Reuters"]
    stopless = [line for line in lines if not any(c in line for c in ".!?")]
    assert stopless and all(notice_credits._agency_tail(line) is None for line in stopless)
    assert notice_credits._agency_tail("Die Halle in Berlin. dpa/Jane Doe") is not None


def test_a_bio_line_is_tried_only_on_a_paragraph_holding_a_string_each_of_its_matches_needs() -> None:
    # text._BIO (case-sensitive) is asked only of a paragraph holding one of _BIO_NEEDS (issue 13)
    pattern = re.compile(text_module._BIO.pattern, text_module._BIO.flags)
    bios = ["She can be reached at jane@example.org", "He is a research associate at the centre.",
            "Visit his blog or visit her website today", "Follow them on X", "Read her latest book now",
            "She lives and works in New York.", "He lives in Berlin. ", "she Can Be Reached At noon", "Lives in Paris."]
    for para in [*TEXTS, *bios]:
        guarded = any(s in para for s in text_module._BIO_NEEDS) and pattern.search(para) is not None
        assert guarded == (pattern.search(para) is not None), para
    assert sum(pattern.search(b) is not None for b in bios) == 6
