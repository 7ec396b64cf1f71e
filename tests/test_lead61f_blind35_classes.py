"""A site supported by commissions, a piece based on the publisher's other work, a pricing note, a licensed picture,
and readings that were no notice; an interviewer's and two first-named writers' bylines (extractor 211).

notices-blind35's first run (held out of round lead61e) read a newsroom's "This story is funded by readers like you" as
sponsorship, a terms line "Updated January 2023: By searching, you agree ..." as a correction, a heading "When to Seek
Professional Financial Advice" as a disclaimer, a menu's "Photographers: beautiful websites" and the publisher's own
"Reuters" menu heading as credits; it missed "<site> is supported by commissions from providers listed on our site.",
"This article is based upon the Practice Note, ...", "Note: Plans and pricing ... can vary by location." and "Image used
under license from Shutterstock". authors-blind34's missed "Interview by <name>" and "By Cai & Inka" over the two full
names. Each test is one class, on a small page of our own.
"""

from __future__ import annotations

from made_articles import article, authors, notices, story
from made_articles import reported as _reported

_TEXT = story("A small business needs a plan for its money:",
              "months of costs put aside, debts paid down in order and a budget read every week keep a bad season "
              "from becoming the last one.")


def _page(before: str = "", after: str = "", footer: str = "", nav: str = "", h1: str = "Money tips for a small shop",
          head: str = "") -> bytes:
    return article(_TEXT, title="Money tips for a small shop", h1=h1, head=head, top=f"<nav>{nav}</nav>", before=before,
                   after=after, footer=footer)


def _notices(url: str = "http://127.0.0.1:8000/money", **kw: str) -> list[tuple[str, str]]:
    return notices(_page(**kw), url)


def _authors(**kw: str) -> list[str]:
    return authors(_page(**kw), "http://127.0.0.1:8000/money")


def test_a_site_supported_by_commissions_is_sponsored():
    before = "<p>Example.org is supported by commissions from providers listed on our site. Read our guidelines</p>"
    assert _reported(_notices(before=before), "sponsored", "supported by commissions")


def test_a_piece_based_on_the_publishers_practice_note_is_republished():
    before = ("<p>This article is based upon the Practice Note, “Saving Costs in House,” one of the resources available in "
              "Example Law.</p>")
    assert _reported(_notices(before=before), "republished_from", "based upon the Practice Note")


def test_a_story_based_on_a_study_is_no_republication():
    found = _notices(before="<p>This article is based on a study published in a journal of economics last week.</p>")
    assert not _reported(found, "republished_from", "based on a study")


def test_a_note_that_plans_and_pricing_vary_is_a_disclaimer():
    after = "<p>Note: Plans and pricing for each platform can vary by location. See our pricing page for details.</p>"
    assert _reported(_notices(after=after), "disclaimer", "Plans and pricing for each platform can vary")


def test_an_image_used_under_licence_from_an_agency_is_a_credit():
    assert _reported(_notices(after="<p>Image used under license from Shutterstock</p>"), "image_credit",
                     "Image used under license from Shutterstock")


def test_a_story_funded_by_its_readers_is_no_sponsorship():
    after = "<h3>This story is funded by readers like you</h3><p>Your donations keep our newsroom independent.</p>"
    assert not _reported(_notices(after=after), "sponsored", "funded by readers")


def test_a_search_forms_terms_after_their_date_are_no_correction():
    footer = "<p>Updated January 2023: By searching, you agree to the Terms of Use, and Privacy Policy.</p>"
    assert not _notices(footer=footer)


def test_a_heading_about_seeking_advice_is_no_disclaimer():
    after = ("<h2>When to Seek Professional Financial Advice</h2><p>A planner helps once your savings outgrow a simple "
             "account.</p>")
    assert not _reported(_notices(after=after), "disclaimer", "When to Seek")


def test_a_menu_items_lower_case_blurb_is_no_credit():
    nav = "<ul><li><a href='/p'>Photographers: beautiful websites</a></li><li><a href='/a'>Authors: fine pages</a></li></ul>"
    assert not _reported(_notices(nav=nav), "image_credit", "Photographers")


def test_the_publishers_own_agency_name_in_its_menu_is_no_credit():
    footer = "<nav><ul><li><a href='/r'>Reuters</a></li><li><a href='/n'>Reuters News &amp; Media</a></li></ul></nav>"
    assert not _reported(_notices(url="https://legal.thomsonreuters.example/money", footer=footer), "image_credit", "Reuters")


def test_an_interviewers_credit_under_the_headline_is_the_author():
    assert _authors(before="<p class='credit'>Interview by Jane Roe</p>") == ["Jane Roe"]


def test_two_first_names_in_a_byline_are_filled_from_the_author_rows():
    before = "<p class='byline'>By Cai &amp; Inka</p>"
    after = ("<h3>The authors</h3><h4>Cai Ellis</h4><p>Hi! My name is Cai. I build shops.</p>"
             "<h4>Inka Wibowo</h4><p>Hi, I'm Inka! I write about site builders.</p>")
    head = "<meta name='author' content='Cai Ellis'>"  # (the page declares its first writer, as the one read did)
    assert _authors(before=before, after=after, head=head) == ["Cai Ellis", "Inka Wibowo"]


def test_a_note_closing_a_list_of_labelled_plans_is_the_lists_note():
    after = ("<ul><li>Plus: Core plan features and lower fees on card transactions and digital sales</li>"
             "<li>Advanced: Plus plan features and the lowest fees on card transactions and digital sales</li>"
             "<li>Note: Plans and pricing for each platform can vary by location. See our pricing page for details.</li>"
             "</ul>")
    assert _reported(_notices(after=after), "disclaimer", "Plans and pricing for each platform can vary")
