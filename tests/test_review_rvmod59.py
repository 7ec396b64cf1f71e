"""Review rvmod59: session 49's notice modules and the notice leftovers, as a user who quotes what a notice says.

- a notice is reported as the page text prints it: a label and the line under it keep the page's line break, so every
  notice is a substring of the page text a quote check reads (it was joined by a space);
- a notice whose words the page's markup hides says so (``hidden``), in ``--json`` and in ``extract``/``show``'s text;
- an article's disclaimer that names reader comments in another sentence is a disclaimer: only a sentence about the
  comments makes the comments' rules;
- a class name holding "credit" (or "editor") inside another word ("accredited", "creditor") is no caption, no note
  and no picture's credit element;
- a news wire's tag closing the story in forms other than round brackets ("[dpa]", "— dpa", "... merece». EFE") is no
  picture credit (pins: the dev pages print only the round form and the bare name; see the report).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli import run_cli
from notice_articles import caption, credits, line_contexts, notices, page

from archiver.extract import extract
from archiver.extract.model import Notice
from archiver.extract.page_lines import CTX_CAPTION, CTX_CREDIT, CTX_NOTE

_URL = "https://news.example.org/story"
_DISCLAIMER = "Disclaimer: This article is for informational purposes only and does not constitute financial advice."


def _reported(html: bytes) -> list[Notice]:
    return list(extract(html, url=_URL).disclaimers)


# ----------------------------------------------------------------------------- a notice as the page text prints it


@pytest.mark.parametrize(("html", "lang"), [
    (caption("<div>Фото:</div><div>личный архив Анны Петровой</div>"), "ru"),
    (caption("<div>Photo:</div><div>Jane Doe / Reuters</div>"), "en"),
])
def test_a_label_over_its_credit_is_reported_with_the_pages_line_break(html: str, lang: str) -> None:
    article = extract(page(html, lang=lang), url=_URL)
    assert [n.kind for n in article.disclaimers] == ["image_credit"]
    assert "\n" in article.disclaimers[0].text
    assert article.disclaimers[0].text in article.page_text


def test_an_editors_label_over_its_note_is_a_substring_of_the_page_text() -> None:
    html = page(tail="<p>Editor's note:</p><p>This story was first published by the Harbour Courier on May 3, 2026.</p>")
    article = extract(html, url=_URL)
    assert article.disclaimers
    assert all(n.text in article.page_text for n in article.disclaimers)


_OWN_PAGES = sorted([*(Path(__file__).parent / "data" / "extract").glob("*.html"),
                     *(Path(__file__).parents[1] / "archiver" / "samples").glob("*.html")])


@pytest.mark.parametrize("path", _OWN_PAGES, ids=lambda p: p.name)
def test_every_notice_on_the_projects_own_pages_is_a_substring_of_the_page_text(path: Path) -> None:
    article = extract(path.read_bytes(), url="https://example.org/" + path.stem)
    assert [n.text for n in article.disclaimers if n.text not in article.page_text] == []


# ----------------------------------------------------------------------------- hidden notices


def test_a_credit_the_markup_hides_is_reported_hidden() -> None:
    html = page(caption("The harbour at dusk. <span style='display:none'>Photo: Jane Doe/Reuters</span>"))
    assert _reported(html) == [Notice("image_credit", "Photo: Jane Doe/Reuters", True)]


def test_a_disclaimer_in_a_hidden_element_is_reported_hidden() -> None:
    assert [n.hidden for n in _reported(page(tail=f"<div hidden><p>{_DISCLAIMER}</p></div>"))] == [True]


def test_a_shown_notice_says_it_is_not_hidden() -> None:
    notice = _reported(page(tail=f"<p>{_DISCLAIMER}</p>"))[0]
    assert notice.to_dict() == {"kind": "disclaimer", "text": _DISCLAIMER, "hidden": False}


def test_a_record_written_before_the_key_reads_as_not_known() -> None:
    assert Notice.from_dict({"kind": "disclaimer", "text": _DISCLAIMER}).hidden is None


def test_compare_reads_a_notice_without_the_key_as_the_same_shown_notice() -> None:
    from archiver.compare import diff_metadata

    old = {"disclaimers": [{"kind": "disclaimer", "text": _DISCLAIMER}]}
    assert diff_metadata(old, {"disclaimers": [{"kind": "disclaimer", "text": _DISCLAIMER, "hidden": False}]}) == ()
    assert diff_metadata(old, {"disclaimers": [{"kind": "disclaimer", "text": _DISCLAIMER, "hidden": True}]})


def test_extract_prints_a_hidden_notice_as_hidden_in_text_and_json(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page(tail=f"<div hidden><p>{_DISCLAIMER}</p></div>"))
    shown = run_cli("extract", str(path), "--url", _URL)
    assert shown.exit_code == 0, shown.output
    assert f"[disclaimer] {_DISCLAIMER}  (hidden: the page's markup hides it from its readers)" in shown.stdout
    as_json = run_cli("extract", str(path), "--url", _URL, "--json")
    assert json.loads(as_json.stdout)["disclaimers"] == [{"kind": "disclaimer", "text": _DISCLAIMER, "hidden": True}]


# ----------------------------------------------------------------------------- disclaimers that name comments


@pytest.mark.parametrize(("line", "lang"), [
    ("The views expressed in this article are the author's own and do not necessarily reflect those of Harbour News. "
     "Comments are welcome below.", "en"),
    ("This article is for informational purposes only and does not constitute financial advice. Leave your comments "
     "below.", "en"),
    ("Dieser Artikel stellt keine Anlageberatung dar. Kommentare sind willkommen.", "de"),
])
def test_an_articles_disclaimer_naming_comments_in_another_sentence_is_reported(line: str, lang: str) -> None:
    assert [kind for kind, _ in notices(page(tail=f"<p><em>{line}</em></p>", lang=lang))] == ["disclaimer"]


@pytest.mark.parametrize(("line", "lang"), [
    ("Die Kommentare der User geben nicht die Meinung der Redaktion wieder.", "de"),
    ("Comments do not necessarily reflect the views of the editors.", "en"),
])
def test_the_rules_for_reader_comments_are_still_no_disclaimer(line: str, lang: str) -> None:
    assert notices(page(tail=f"<p><em>{line}</em></p>", lang=lang)) == []


# ----------------------------------------------------------------------------- class names holding another word


@pytest.mark.parametrize("cls", ["creditor-list", "accredited-partner", "content-header__accreditation", "discredited"])
def test_a_class_holding_credit_inside_another_word_sets_no_caption_note_or_credit(cls: str) -> None:
    html = page(f"<div class='{cls}'><p>Jane Doe, Associated Press</p></div>").decode()
    assert line_contexts(html, "Jane Doe, Associated Press") & (CTX_CAPTION | CTX_NOTE | CTX_CREDIT) == 0


def test_a_name_and_agency_in_an_accredited_members_box_is_no_picture_credit() -> None:
    assert credits(page("<p class='accredited-partner'>Jane Doe, Associated Press</p>")) == []


def test_a_credit_class_beside_an_accredited_one_stays_the_pictures_credit() -> None:
    html = page("<figure><img src='harbour.jpg'><span class='accredited image-credit'>Jane Doe</span></figure>").decode()
    assert line_contexts(html, "Jane Doe") & CTX_CREDIT


# ----------------------------------------------------------------------------- a wire's tag in other forms


_CLOSE = "Der Hafen soll im Mai wieder öffnen, sagte die Sprecherin."


@pytest.mark.parametrize("tail", [
    f"<p>{_CLOSE} [dpa]</p>", f"<p>{_CLOSE} — dpa</p>", f"<p>{_CLOSE}</p><p>[dpa]</p>",
    "<p>El puerto reabrirá en mayo, para superarla como merece». EFE</p>",
    "<p>They were deported for illegally entering the country to sneak into the US. PTI</p>",
])
def test_a_wire_closing_the_story_outside_round_brackets_is_no_picture_credit(tail: str) -> None:
    assert credits(page(tail=tail, lang="de")) == []


# ----------------------------------------------------------------------------- the page's own statements, every form reached


@pytest.mark.parametrize("line", [
    "Harbour Guide is able to offer our comparisons for free to you because the marinas listed here support the site.",
    "Harbour Guide can offer our reviews at no cost to you because the marinas listed here support the site.",
])
def test_a_revenue_model_offered_free_to_you_is_sponsored(line: str) -> None:
    assert notices(page(f"<p>{line}</p>")) == [("sponsored", line)]


@pytest.mark.parametrize("links", ["Partner-Links", "Partnerlinks"])
def test_a_first_person_german_partner_link_tie_is_sponsored(links: str) -> None:
    line = (f"Wir testen jedes Boot selbst auf dem Wasser, und wir haben {links} zu einigen Werften in der Liste unten, "
            "doch die Reihenfolge legen allein wir fest.")
    assert notices(page(f"<p>{line}</p>", lang="de")) == [("sponsored", line)]
