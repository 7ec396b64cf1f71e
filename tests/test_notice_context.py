"""Notices decided from general evidence: the same words count as a notice where the page sets
them apart (a note box, italics, a caption, after the article) and not in the middle of the
article's own text; the page's DOM context is read without disturbing its text."""

from __future__ import annotations

from archiver.extract import extract
from archiver.extract.notices import classify_line
from archiver.extract.page_lines import (
    CTX_ASIDE,
    CTX_CAPTION,
    CTX_ITALIC,
    CTX_LINK,
    CTX_NAV,
    CTX_NOTE,
    visible_lines_with_context,
)
from archiver.extract.text import parse_html

URL = "https://harbordaily.example/news/council-budget"
UPDATE = "Update: the council added two benches to the plan."
BODY = [
    "The harbour council met on Tuesday evening to settle the budget for the coming year, after three "
    "sessions that ended without a vote and a public hearing that ran late into the night.",
    "Members agreed to repair the north pier first, to widen the cycle path along the quay and to "
    "postpone the new ferry terminal until the regional grant is confirmed by the ministry.",
    "Residents who spoke at the hearing asked for more benches, better lighting near the fish market "
    "and a clear timetable for the works, which the council promised to publish next month.",
    "The mayor said the pier could not wait another winter, and the treasurer warned that the ferry "
    "terminal would cost a third more if the grant came late, as it had twice before.",
    "Fishermen at the market said they had heard such promises before but would judge the council by "
    "the state of the pier next spring, when the boats come back from the winter moorings.",
    "The opposition voted against the plan, saying the cycle path could wait and the money should go "
    "to the school roof, which has leaked since the storms of the last two winters.",
]


def _page(inner: str) -> bytes:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Council budget</title>"
            f"</head><body><main><article><h1>Council approves harbour budget</h1>{inner}</article></main>"
            f"<footer><a href='/disclaimer'>Disclaimer</a></footer></body></html>").encode()


def _notices(inner: str) -> list[tuple[str, str]]:
    return [(n.kind, n.text) for n in extract(_page(inner), url=URL).disclaimers]


def test_update_line_in_an_italic_note_box_after_the_article_is_a_correction() -> None:
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    inner = paras + f"<aside class='editor-note'><p><em>{UPDATE}</em></p></aside>"
    assert ("correction", UPDATE) in _notices(inner)


def test_same_update_line_in_the_middle_of_the_article_is_text() -> None:
    paras = [f"<p>{p}</p>" for p in BODY]
    paras.insert(3, f"<p>{UPDATE}</p>")
    assert _notices("".join(paras)) == []


def test_context_evidence_moves_a_borderline_line_either_way() -> None:
    assert classify_line(UPDATE, ctx=CTX_ITALIC | CTX_NOTE, position="after_main") is not None
    assert classify_line(UPDATE, ctx=0, position="main_middle") is None
    assert classify_line(UPDATE, ctx=CTX_LINK | CTX_NAV, position="before_main") is None


def test_credit_without_a_marker_word_counts_in_a_caption_only() -> None:
    assert classify_line("Jane Doe / Harbor Archive", ctx=CTX_CAPTION, position="inside_main_span") is not None
    assert classify_line("Jane Doe / Harbor Archive", ctx=0, position="main_middle") is None


def test_caption_credit_on_a_page_is_reported() -> None:
    paras = [f"<p>{p}</p>" for p in BODY]
    paras.insert(2, "<figure><img src='pier.jpg' alt=''><figcaption>Jane Doe / Harbor Archive</figcaption></figure>")
    assert ("image_credit", "Jane Doe / Harbor Archive") in _notices("".join(paras))


def test_lines_carry_the_contexts_that_hold_all_their_words() -> None:
    html = ("<body><p>Story text <a href='x'>link</a>.</p><aside class='note'><p><em>Editor's note: "
            "italic</em></p></aside><figure><figcaption>Bridge. Photo: AP</figcaption></figure>"
            "<footer><a href='/d'>Disclaimer</a></footer></body>")
    lines, ctx = visible_lines_with_context(parse_html(html))
    assert lines == ["Story text link.", "Editor's note: italic", "Bridge. Photo: AP", "Disclaimer"]
    assert not ctx[0] & CTX_LINK  # only part of the line is a link
    assert ctx[1] & CTX_ASIDE and ctx[1] & CTX_ITALIC and ctx[1] & CTX_NOTE
    assert ctx[2] & CTX_CAPTION
    assert ctx[3] & CTX_LINK


def test_icon_font_characters_in_page_text_are_kept_and_break_nothing() -> None:
    icons = "\ue000\ue010\ue030\ue04f"  # private-use code points, as icon fonts put into pages
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    art = extract(_page(f"<p><span class='icon'>{icons}</span> Share</p>" + paras), url=URL)
    assert f"{icons} Share" in art.page_text
    assert BODY[0] in art.text
