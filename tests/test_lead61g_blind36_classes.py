"""Results said to vary, a post marked old, a picture given courtesy of its provider, two crafts' makers, a label with
"(s)", a sentence's colon after a picture word, the reader's own pay; a surname with a capital inside and a sentence
naming the writer with her titles (extractor 212).

notices-blind36's first run (held out of round lead61f) read "... landscape photos: the neutral density filter." as a
credit and a career guide's "how you may be compensated" as sponsored; it missed "Results may vary depending on your
particular facts ...", "This post is over 3 years old. ...", "This webcam image is provided courtesy of Yosemite
Conservancy.", "Illustration and motion by <name>." and a disclaimer under "Disclaimer(s):". authors-blind35's cited
"Mark Subba" for "Mark SubbaRao" and missed "This post was written by <name>, MD, gastroenterologist, <hospital>.". Each
test is one class, on a small page of our own.
"""

from __future__ import annotations

from made_articles import article, authors, notices, story
from made_articles import reported as _reported

_TEXT = story("A landscape picture needs a plan:",
              "hours at the spot before the light turns give time to find the frame, set the tripod and wait for "
              "the clouds to move.")


def _page(before: str = "", after: str = "", footer: str = "", h1: str = "Landscape photography tips",
          head: str = "") -> bytes:
    return article(_TEXT, title="Landscape photography tips", h1=h1, head=head, before=before, after=after, footer=footer)


def _notices(**kw: str) -> list[tuple[str, str]]:
    return notices(_page(**kw), "http://127.0.0.1:8000/tips")


def _authors(**kw: str) -> list[str]:
    return authors(_page(**kw), "http://127.0.0.1:8000/tips")


def test_results_said_to_vary_for_the_reader_are_a_disclaimer():
    assert _reported(_notices(after="<p>Individual results may vary.</p>"), "disclaimer", "results may vary")


def test_results_varying_in_a_study_are_the_storys():
    found = _notices(before="<p>Test results may vary between labs, the study found after a year of samples.</p>")
    assert not _reported(found, "disclaimer", "results may vary")


def test_a_post_marked_years_old_is_an_editors_note():
    before = "<p><em>This post is over 3 years old. I've probably changed my mind since it was written.</em></p>"
    assert _reported(_notices(before=before), "editors_note", "This post is over 3 years old")


def test_a_webcam_image_provided_courtesy_of_its_owner_is_a_credit():
    after = ("<p><img src='cam.jpg'></p><p>This webcam image is provided courtesy of Example Conservancy. For permission "
             "to feature its webcams, fill out our usage agreement.</p>")
    assert _reported(_notices(after=after), "image_credit", "provided courtesy of Example Conservancy")


def test_two_crafts_makers_named_on_their_own_line_are_a_credit():
    assert _reported(_notices(after="<p>Illustration and motion by Jon Poe.</p>"), "image_credit",
                     "Illustration and motion by Jon Poe")


def test_two_crafts_makers_closing_a_thanks_paragraph_are_a_credit():
    after = "<p>Shout out to Jane Roe for additional reporting. Illustration and motion by Jon Poe.</p>"
    found = _notices(after=after)
    assert _reported(found, "image_credit", "Illustration and motion by Jon Poe")
    assert not _reported(found, "image_credit", "Shout out")


def test_a_disclaimer_under_a_label_with_a_plural_s_is_read_with_it():
    after = "<h4>Disclaimer(s):</h4><p>12,800Pa: This data comes from the maker's laboratory. Suction may be lower at home.</p>"
    assert _reported(_notices(after=after), "disclaimer", "This data comes from the maker's laboratory")


def test_a_picture_words_colon_inside_a_sentence_is_no_credit():
    before = "<p>Tripods also allow us to use the secret weapon for creating great landscape photos: the neutral density filter.</p>"
    assert not _reported(_notices(before=before), "image_credit", "photos: the neutral")


def test_a_surname_with_a_capital_inside_is_cited_whole():
    head = "<meta name='author' content='Mark SubbaRao and Jonas Jaegermeyer'>"
    before = "<p>Visualizations by:</p><p>Mark SubbaRao</p><p>Scientific consulting by:</p><p>Jonas Jaegermeyer</p>"
    assert "Mark SubbaRao" in _authors(head=head, before=before)
    assert "Mark Subba" not in _authors(head=head, before=before)


def test_a_sentence_naming_the_writer_with_her_titles_names_her_alone():
    before = "<p>This post was written by Vanessa Mendez, MD, gastroenterologist, Parkview Health.</p>"
    assert _authors(before=before) == ["Vanessa Mendez"]


def test_the_readers_own_pay_is_no_sponsorship():
    before = ("<p>You may meet your employer with open ended questions to find out more about the role and how you may "
              "be compensated for it.</p>")
    assert not _reported(_notices(before=before), "sponsored", "compensated")


def test_the_page_compensated_for_its_links_is_sponsored():
    after = "<p>We may be compensated when you buy through links on this page.</p>"
    assert _reported(_notices(after=after), "sponsored", "We may be compensated")
