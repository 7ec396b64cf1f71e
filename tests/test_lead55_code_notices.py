"""A code sample's lines are never a notice (extractor 195).

notices-blind23's first run reported a YAML line of a MediaWiki guide's code sample ("image: mailhog/mailhog ports: ...")
as a picture's credit: "image:" reads as a credit's label. Notices standing whole inside a ``<pre>`` or ``<code>`` are
dropped (archiver/extract/code_blocks.py); a credit under a picture on the same page is still reported.
"""

from __future__ import annotations

from archiver.extract import extract

_TEXT = "".join(f"<p>Step {i} of the guide explains how the local wiki is set up with Docker and a mail catcher.</p>"
                for i in range(5))


def _notices(code: str) -> list[tuple[str, str]]:
    page = ("<!doctype html><html><head><title>Setting up a local wiki</title></head><body><article>"
            "<h1>Setting up a local wiki</h1>" + _TEXT + code
            + "<figure><img src='wiki.png'><figcaption>Image: Jane Doe/WikiTeq</figcaption></figure>"
            "</article></body></html>").encode()
    article = extract(page, url="http://127.0.0.1:8000/wiki", content_type="text/html")
    return [(n.kind, n.text) for n in article.disclaimers]


def test_a_yaml_image_line_of_a_code_sample_is_no_picture_credit():
    code = ("<pre><code>version: '3.7'\nservices:\n  mail:\n    image: mailhog/mailhog\n    ports:\n"
            "    - \"8025:8025\"</code></pre>")
    assert not any("mailhog" in text for _, text in _notices(code))


def test_a_pictures_credit_beside_a_code_sample_is_still_reported():
    code = "<pre><code>image: mailhog/mailhog</code></pre>"
    assert ("image_credit", "Image: Jane Doe/WikiTeq") in _notices(code)


def _page_notices(sentence: str) -> list[tuple[str, str]]:
    page = ("<!doctype html><html><head><title>Language apps compared</title></head><body><article>"
            "<h1>Language apps compared</h1>" + _TEXT + f"<ul><li>{sentence}</li></ul>" + _TEXT
            + "</article></body></html>").encode()
    return [(n.kind, n.text) for n in extract(page, url="http://127.0.0.1:8000/apps", content_type="text/html").disclaimers]


def test_a_reviews_no_guarantee_of_an_outcome_is_no_disclaimer():
    # (notices-blind23: a language-app review's cons, extractor 196)
    assert _page_notices("No guarantee that lessons will be delivered by qualified teachers, as some apps may be "
                         "developed by people with minimal knowledge of the target language.") == []


def test_no_guarantee_that_the_information_is_accurate_is_still_a_disclaimer_cue():
    import re

    from archiver.extract import notice_cues, notices

    cues = [re.compile(notices._expand(p), re.IGNORECASE) for p in notice_cues.CUES["disclaimer"]["en"]]
    assert any(c.search("we make no guarantee that the information on this page is accurate") for c in cues)
    assert any(c.search("there is no guarantee that any particular asset allocation will meet your objectives")
               for c in cues)
    assert not any(c.search("no guarantee that lessons will be delivered by qualified teachers") for c in cues)
    assert any(c.search("we give no warranty that it is complete, current or correct") for c in cues)
