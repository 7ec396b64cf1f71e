"""A share bar's label over a disclosure, the short "Pic:" label, a programme's sponsor, a review marked out of date,
and bylines the first run read short (extractor 210).

notices-blind34's first run (held out of round lead61d) read a scholarship list's "Sponsored by the Bureau of ...
State, the Benjamin A. Gilman International Scholarship program offers grants" as the page's sponsorship; it missed an
"Affiliate Disclaimer:" under a share bar's "Share this post:", a travel blog's "Pic: by Unsplash" and "Pic: Provided by
<name>", and a review's "no longer meets our current testing and review standards". authors-blind33's missed a second
writer after a byline's closing "&" and a writer of his own site whose meta line glued two dates before "by". Each test
is one class, on a small page of our own.
"""

from __future__ import annotations

from made_articles import article, authors, notices, story
from made_articles import reported as _reported

_TEXT = story("A travel plan made in the off season costs less:",
              "weeks in a small town give time to work, to walk and to meet the people who live there all year.")


def _page(before: str = "", after: str = "", footer: str = "", h1: str = "Travel slow, stay longer",
          head: str = "") -> bytes:
    return article(_TEXT, title="Travel slow, stay longer", h1=h1, head=head, before=before, after=after, footer=footer)


def _notices(**kw: str) -> list[tuple[str, str]]:
    return notices(_page(**kw), "http://127.0.0.1:8000/travel")


def _authors(url: str = "http://127.0.0.1:8000/travel", **kw: str) -> list[str]:
    return authors(_page(**kw), url)


def test_a_disclaimer_under_a_share_bars_label_is_read_on_its_own():
    after = ("<div class='share'><span>Share this post:</span></div><p>Affiliate Disclaimer: Some of the links used on "
             "this blog are affiliate links, which means I earn a small commission when you purchase after clicking my "
             "link.</p>")
    found = _notices(after=after)
    assert _reported(found, "sponsored", "Affiliate Disclaimer: Some of the links")
    assert not _reported(found, "sponsored", "Share this post")


def test_a_pic_label_before_by_is_a_picture_credit():
    found = _notices(before="<p><img src='a.jpg'></p><p>Pic: by Jane Roe</p>")
    assert _reported(found, "image_credit", "Pic: by Jane Roe")


def test_a_pic_label_before_provided_by_is_a_picture_credit():
    found = _notices(before="<p><img src='a.jpg'></p><p>Pic: Provided by Nomad Ambassador Jane Roe – volunteering while "
                            "working remotely</p>")
    assert _reported(found, "image_credit", "Pic: Provided by Nomad Ambassador Jane Roe")


def test_a_topic_label_is_no_picture_credit():
    assert not _reported(_notices(before="<p>Topic: by the sea</p>"), "image_credit", "Topic")


def test_a_programmes_sponsor_opening_its_sentence_is_no_notice():
    line = ("Sponsored by the Bureau of Educational and Cultural Affairs of the U.S. Department of State, the Jane Roe "
            "International Scholarship program offers grants to U.S. undergraduates with limited financial means.")
    assert not _reported(_notices(before=f"<h2>1. Jane Roe Scholarship</h2><p>{line}</p>"), "sponsored", "Sponsored by")


def test_a_post_sponsored_by_a_named_sponsor_is_still_sponsored():
    found = _notices(before="<p><em>Sponsored by Example Travel. This post was paid for by our partner.</em></p>")
    assert _reported(found, "sponsored", "Sponsored by Example Travel")


def test_a_review_below_the_sites_standards_is_an_editors_note():
    before = ("<div class='notice'><p>This VPN is no longer actively maintained or reviewed</p><p>This VPN service is "
              "either no longer operational or no longer meets our current testing and review standards.</p></div>")
    assert _reported(_notices(before=before), "editors_note", "no longer meets our current testing and review standards")


def test_a_library_no_longer_maintained_is_the_stories_subject():
    found = _notices(after="<p>This library is no longer maintained, so the team moved to a fork.</p>")
    assert not _reported(found, "editors_note", "no longer maintained")


def test_a_second_writer_after_a_closing_ampersand_is_an_author():
    before = ("<div class='byline'><span>By</span><span>Jane Roe, Privacy and Digital Security Expert &amp;</span>"
              "<span>Gene Petrino, Home Security Expert Last Updated on Mar 11, 2026</span></div>")
    assert _authors(before=before) == ["Jane Roe", "Gene Petrino"]


def test_a_byline_after_two_glued_dates_names_its_writer():
    before = "<div class='entry-meta'>July 13, 2024October 10, 2020 by Jane Roe</div>"
    assert _authors(before=before) == ["Jane Roe"]


def test_a_writer_of_his_own_site_with_an_indian_given_name_is_a_person():
    before = "<div class='entry-meta'>October 10, 2020 by Rishabh Dev</div>"
    assert _authors(url="http://rishabhdev.example/fitness-journey/", before=before) == ["Rishabh Dev"]


def test_a_plural_pics_kicker_over_a_gallerys_title_is_no_credit():
    found = _notices(after="<ul><li><a href='/g'>PICS: Famous people who have tested positive for the flu</a></li></ul>")
    assert not _reported(found, "image_credit", "PICS")
