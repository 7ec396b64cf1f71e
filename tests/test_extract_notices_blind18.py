"""notices-blind18's classes (bench/labels/README.md, "notices-blind18" and its "Where the misses ... came from"), each
in general form, with a neighbour that must stay as it is. Fixtures of our own.

Found now:
- a guest or community post's note under the byline ("This is a guest post by ...", "Gastbeitrag von ...", "Article
  invité", "Artículo de opinión de un colaborador", "This community-written post ..."): an editor's note;
- a cross-posting note near the top ("This article is being cross-posted on ...", "Cross-posted from ..."): a
  republication;
- the writer's own organisation funded by named backers ("..., my maintenance organization, is funded by A, B and
  C."), also where the post goes on to the backers' words: a sponsorship disclosure.
No longer reported:
- a feature list's item whose "without providing legal advice" says how the feature works;
- a heading in capitals over a sponsored list's note, besides the note;
- the site's copyright with the credit of the agency that made the website, in the footer;
- a menu's link titles opening "<Genre> Photography: ...".
"""

from __future__ import annotations

import pytest
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page


def _under_headline(line: str, lang: str = "en") -> bytes:
    """A page with ``line`` as the paragraph under the headline and its byline."""
    html = _page(lang=lang).replace(b"<h1>Harbour story</h1>",
                                    f"<h1>Harbour story</h1><p>By Jane Doe</p><p>{line}</p>".encode())
    return html


# ----------------------------------------------------------------------------- a guest or community post's note


@pytest.mark.parametrize(("line", "lang"), [
    ("This is a guest post by Maria Rossi, a travel blogger.", "en"),
    ("Guest post by Maria Rossi, who sails the northern coast every summer.", "en"),
    ("This community-written post highlights the best of what the sailing world has to offer.", "en"),
    ("Ein Gastbeitrag von Maria Rossi, die jeden Sommer an der Nordküste segelt.", "de"),
    ("Article invité : Maria Rossi raconte ses étés sur la côte nord.", "fr"),
    ("Artículo de opinión de un colaborador sobre la costa norte.", "es"),
])
def test_a_guest_or_community_posts_note_under_the_byline_is_an_editors_note(line: str, lang: str) -> None:
    assert _notices(_under_headline(line, lang)) == [("editors_note", line)]


@pytest.mark.parametrize("line", [
    "Our guest this week, Maria Rossi, wrote a post about the harbour and its boats for the local paper.",
    "She wrote a guest post for the harbour blog last year, and the readers asked for more of her stories.",
])
def test_a_guest_named_inside_the_storys_text_is_no_notice(line: str) -> None:
    assert _notices(_page(f"<p>{line}</p>")) == []


def test_a_blogs_list_of_guest_posts_titled_gastbeitrag_is_no_notice() -> None:
    teasers = "".join(f"<li><a href='/post-{i}'>Gastbeitrag: {title}</a> 14. Mai 2019</li>" for i, title in
                      enumerate(("Die Kamera am Hafen – wie konnte mir das passieren", "Ohne Belichtungsmesser am Kai")))
    assert _notices(_page(tail=f"<aside><ul>{teasers}</ul></aside>", lang="de")) == []


def test_a_post_written_by_its_head_of_community_is_no_editors_note() -> None:
    line = "This post was written by Maria Rossi, head of marketing and community development at Example Harbour."
    assert _notices(_page(tail=f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- a cross-posting note


@pytest.mark.parametrize("line", [
    "This article is being cross-posted on the Example Community Blog.",
    "Cross-posted from the Example Harbour Blog.",
])
def test_a_cross_posting_note_near_the_top_is_a_republication(line: str) -> None:
    assert _notices(_under_headline(line)) == [("republished_from", line)]


def test_a_notice_cross_posted_on_boards_inside_the_story_is_no_republication() -> None:
    line = ("The warning was cross-posted on every board in the harbour, and the fishermen read it before they "
            "sailed out on Monday morning with the tide.")
    assert _notices(_page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- the writer's own organisation funded


FUNDED = "Harbour Labs, my open source maintenance organization, is funded by Alpha, Beta Systems, and Gamma."


def test_the_writers_own_organisation_funded_by_named_backers_is_a_sponsorship_disclosure() -> None:
    line = f"{FUNDED} Through our retainer contracts they get access to our team."
    html = _page(f"<p>{line}</p><p>Here are a few words from some of them!</p>")
    assert _notices(html) == [("sponsored", FUNDED)]


@pytest.mark.parametrize("line", [
    "“Our company is funded by investors from abroad,” the founder said at the harbour on Monday morning.",
    "The startup is funded by three banks and a shipping firm from the northern coast, the council said.",
])
def test_a_funding_said_by_someone_else_or_of_a_third_party_is_no_notice(line: str) -> None:
    assert _notices(_page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- a feature list's item


def test_a_feature_list_item_without_legal_advice_is_no_disclaimer() -> None:
    items = ("<ul><li>Scheduling Tools: Prevents scheduling conflicts and helps control costs.</li>"
             "<li>Compliance Tools: Notifies employers of changes to laws and regulations, empowering informed "
             "decision-making without providing legal advice.</li></ul>")
    assert _notices(_page(tail=f"<aside>{items}</aside>")) == []


def test_a_disclaimer_that_the_article_is_no_legal_advice_stays() -> None:
    line = "Disclaimer: This article does not provide legal advice and should not be relied on as such."
    assert _notices(_page(tail=f"<p>{line}</p>")) == [("disclaimer", line)]


# ----------------------------------------------------------------------------- a heading over a sponsored note


NOTE = ("The above sponsored list includes harbour companies that Example News believes provide good services; "
        "companies listed pay listing fees or commissions which affect their ranking position.")


def test_a_heading_in_capitals_over_a_sponsored_note_is_not_reported_beside_it() -> None:
    html = _page(tail=f"<p><strong>WHY THIS SPONSORED LIST IS FREE TO READ</strong></p><p>{NOTE}</p>")
    assert _notices(html) == [("sponsored", NOTE)]


def test_the_sponsored_note_without_a_heading_is_still_reported() -> None:
    assert _notices(_page(tail=f"<p>{NOTE}</p>")) == [("sponsored", NOTE)]


# ----------------------------------------------------------------------------- the site's copyright and web agency


#: The footer's lines after the copyright line (a policy sentence, the site's menu): the copyright is not among the
#: page's last few lines, where the site's own "© Name" is read as such already.
_FOOTER_AFTER = ("<p>No mobile information will be shared with third parties.</p><ul>"
                 + "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in
                           ("Home", "About", "Services", "Patients", "Forms", "Policies", "Billing", "Contact"))
                 + "</ul>")


@pytest.mark.parametrize("line", [
    "© Northern Pediatric Partners | Created by the team at Rinard Studio.",
    "© 2025 Tidewater Shop | Website by Rinard Studio",
])
def test_the_sites_copyright_with_its_web_agencys_credit_is_no_picture_credit(line: str) -> None:
    assert _credits(_page(footer=f"<p>{line}</p>{_FOOTER_AFTER}")) == []


def test_a_copyright_credit_under_a_picture_stays_a_credit() -> None:
    assert _credits(_page(_caption("The harbour at dawn. © Jane Doe"))) == ["© Jane Doe"]


# ----------------------------------------------------------------------------- a menu's "<Genre> Photography:" links


def test_menu_links_titled_genre_photography_are_no_credits() -> None:
    menu = ("<nav><ul><li><a href='/still-life'>Still Life Photography: The Ultimate Guide (+ 9 Tips)</a></li>"
            "<li><a href='/candid'>Candid Photography: The Essential Guide (+34 Expert Tips)</a></li></ul></nav>")
    html = _page().replace(b"<nav><a href='/'>Home</a></nav>", menu.encode())
    assert _credits(html) == []


def test_a_photography_credit_in_a_caption_stays_a_credit() -> None:
    assert _credits(_page(_caption("The harbour at dawn. Photography: Jane Doe"))) == ["Photography: Jane Doe"]
