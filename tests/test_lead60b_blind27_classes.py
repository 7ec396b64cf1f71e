"""The US statement on supplements and cosmetics, a bank's investment disclosure and a call to look at a photo (extractor
201).

notices-blind27 (30 English pages held out of round lead60) scored .714 / .833 on its blind first run
(bench/labels/README.md, "notices-blind27"): it missed a shop's "These statements have not been evaluated by the Food and
Drug Administration ..." and a bank's "... are not insured by the FDIC ... possible loss of the principal invested", and
read a teaser's "Click to see this photo: <headline>" as a picture's credit. Each test is one of those classes, on a small
page of our own.
"""

from __future__ import annotations

from archiver.extract import extract

_TEXT = "".join(f"<p>Saving early matters: a worker who puts aside {i} per cent of each pay cheque for ten years builds a "
                "cushion that covers most emergencies and some of the next home's deposit.</p>" for i in range(5))


def _notices(after: str = "", footer: str = "") -> list[tuple[str, str]]:
    page = ("<!doctype html><html lang='en'><head><title>Financial tips</title></head><body><article>"
            "<h1>Nine financial tips for working adults</h1>" + _TEXT + after + "</article><footer>" + footer
            + "</footer></body></html>").encode()
    return [(n.kind, n.text) for n in extract(page, url="http://127.0.0.1:8000/tips", content_type="text/html").disclaimers]


def test_the_us_statement_that_products_were_not_evaluated_by_the_fda_is_a_disclaimer():
    line = ("These statements have not been evaluated by the Food and Drug Administration. These products are not "
            "intended to diagnose, treat, cure or prevent any disease.")
    assert ("disclaimer", line) in _notices(footer=f"<p>{line}</p>")


def test_investment_products_not_insured_by_the_fdic_is_a_disclaimer():
    line = ("*Disclosure: Non-deposit investment products offered through Example Bank are not insured by the FDIC, are "
            "not deposits of the bank and are subject to investment risks, including possible loss of the principal "
            "invested.")
    assert any(kind == "disclaimer" and "not insured by the FDIC" in text for kind, text in _notices(after=f"<p>{line}</p>"))


def test_a_story_saying_a_drug_was_approved_by_the_fda_is_no_disclaimer():
    assert _notices(after="<p>The drug has been approved by the FDA for adults, and the first doses ship in May, the "
                          "company said on Monday.</p>") == []


def test_a_call_to_see_a_photo_before_a_headline_is_no_credit():
    teaser = ("<aside><ul><li><a href='/scam'>Click to see this photo: A pairing scam may be quietly taking over your "
              "chats</a></li></ul></aside>")
    assert _notices(after=teaser) == []


def test_a_photo_marker_before_a_name_is_still_a_credit():
    figure = "<figure><img src='/bank.jpg' alt=''><figcaption>Photo: Jane Doe</figcaption></figure>"
    assert ("image_credit", "Photo: Jane Doe") in _notices(after=figure)


def test_a_breadcrumb_trail_through_a_photography_section_is_no_credit():
    # notices-blind29's first run: "Photography / <the page's title>" read off a breadcrumb (extractor 204)
    crumbs = ("<div><p>Home / Technique / Improve Your Photography / Beginner's guide to different camera types</p>"
              "</div>")
    assert _notices(after=crumbs) == []


def test_a_figure_caption_that_is_only_a_source_link_is_a_credit():
    # notices-blind29's first run: "<figcaption><a href=...><em>Source</em></a></figcaption>" under each picture (205)
    figure = ("<figure><img src='/aws.jpg' alt=''><figcaption><a href='https://example.com/ml'><em>Source</em></a>"
              "</figcaption></figure>")
    assert ("image_credit", "Source") in _notices(after=figure)


def test_a_source_word_alone_as_a_tables_label_is_still_no_credit():
    assert _notices(after="<table><caption>Source</caption><tr><td>2024</td><td>12</td></tr></table>") == []
