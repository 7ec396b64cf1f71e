"""A site's account as a byline, a newsletter's sponsor thanked, the pictures' maker said of them all, and readings that
were no notice (extractor 209).

notices-blind33's first run (held out of round lead61c) reported a press release's "Webmaster" as a person, read a
post's headline "Docker Hardened Images: Security Independently Validated by SRLabs" as a picture credit from its picture
word and a shop's "Unit price / per" as a slash credit; it missed "Thanks again to Opik for sponsoring the series", "If
not otherwise stated, all images are created by the author.", "This article was originally written by Jamie Johnson.",
a list "offered as an informational resource. Inclusion does not constitute endorsement", and an insurer's "holds a
minority equity interest". Each test is one class, on a small page of our own.
"""

from __future__ import annotations

from made_articles import article, notices, story
from made_articles import reported as _reported

from archiver.extract import extract

_TEXT = story("Agents and workflows sit on one slider:",
              "steps of fixed code give control, an open loop gives autonomy, and most useful systems land "
              "somewhere between the two.")


def _page(before: str = "", after: str = "", footer: str = "", h1: str = "Workflows versus agents",
          head: str = "") -> bytes:
    return article(_TEXT, title="Workflows versus agents", h1=h1, head=head, before=before, after=after, footer=footer)


def _notices(**kw: str) -> list[tuple[str, str]]:
    return notices(_page(**kw), "http://127.0.0.1:8000/agents")


def test_a_webmaster_account_as_the_byline_is_no_person():
    head = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", \"name\": \"Webmaster\"}}</script>"
    article = extract(_page(before="<div class='author'>Webmaster</div>", head=head), url="http://127.0.0.1:8000/agents",
                      content_type="text/html")
    assert "Webmaster" not in [getattr(a, "name", a) for a in article.authors]


def test_thanks_for_sponsoring_the_series_is_a_sponsored_notice():
    found = _notices(after="<p>Thanks again to Opik for sponsoring the series and keeping it free!</p>")
    assert _reported(found, "sponsored", "for sponsoring the series")


def test_all_images_said_to_be_made_by_the_author_is_a_credit():
    found = _notices(after="<h3>Images</h3><p>If not otherwise stated, all images are created by the author.</p>")
    assert _reported(found, "image_credit", "all images are created by the author")


def test_an_earlier_writer_named_is_an_editors_note():
    found = _notices(after="<p><em>This article was originally written by Jane Roe.</em></p>")
    assert _reported(found, "editors_note", "originally written by Jane Roe")


def test_a_list_whose_inclusion_is_no_endorsement_is_a_disclaimer():
    line = ("Please note that Example University offers this list as an informational resource. Inclusion does not "
            "constitute endorsement of the listed providers.")
    assert _reported(_notices(before=f"<p>{line}</p>"), "disclaimer", "does not constitute endorsement")


def test_a_disclosed_equity_interest_is_a_disclaimer():
    line = ("ExampleCredit is a credit card offered by Example Bank. Example does not own or administer ExampleCredit. "
            "An affiliate of Example Bank holds a minority equity interest in an affiliate of Example.")
    assert _reported(_notices(footer=f"<p>{line}</p>"), "disclaimer", "minority equity interest")


def test_a_headline_holding_a_picture_word_is_no_credit():
    found = _notices(h1="Example Hardened Images: Security Independently Validated by Example Labs")
    assert not _reported(found, "image_credit", "Validated by")


def test_a_shops_column_labels_with_a_preposition_are_no_credit():
    found = _notices(after="<figure><img src='p.jpg'><figcaption>Unit price / per</figcaption></figure>")
    assert not _reported(found, "image_credit", "Unit price")
