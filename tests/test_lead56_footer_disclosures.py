"""A site's footer disclosures under labels of their own are reported (extractor 197).

notices-blind23 (a card-rewards site's review, labelled blind) held three statements in its footer, each under a
label element ("Disclaimer:", "Advertiser Disclosure:", "Editorial Disclosure:"); its first run missed two: the
disclaimer's second paragraph (the care taken with the information: "uses reasonable efforts to maintain accurate
information") and the editorial disclosure (the content "has not been influenced, provided, or reviewed by" the
advertisers; its authors' responsibility). The wordings are read as the forms they are, not as the site's sentences;
a story's own sentences of the same shape stay unreported.
"""

from __future__ import annotations

from archiver.extract import extract

_TEXT = "".join(f"<p>Paragraph {i} compares the rental companies' fees, fleets and loyalty programmes in detail.</p>"
                for i in range(6))


def _notices(footer: str, story: str = "") -> list[tuple[str, str]]:
    page = ("<!doctype html><html><head><title>The best car rental companies</title></head><body><article>"
            "<h1>The best car rental companies</h1>" + _TEXT + story + _TEXT + "</article><footer>"
            + footer + "</footer></body></html>").encode()
    article = extract(page, url="http://127.0.0.1:8000/rentals", content_type="text/html")
    return [(n.kind, n.text) for n in article.disclaimers]


_DISCLAIMER = ('<div class="footer-disclaimer"><div><span class="footer-disclaimer__title">Disclaimer:</span> '
               "<p>Example Points, LLC provides information on credit cards and travel. The information provided is "
               "for informational purposes only and should not be considered financial, tax or legal advice.</p>"
               "<p>Example Points, LLC uses reasonable efforts to maintain accurate information on the site — and "
               "prior to applying for any credit card offers, all visitors should review other features of such "
               "credit cards.</p></div>")
_EDITORIAL = ('<div><span class="footer-disclaimer__title">Editorial Disclosure:</span> <p>The content featured on '
              "ExamplePoints.com has not been influenced, provided, or reviewed by the credit card companies "
              "mentioned. Any and all opinions, reviews, comments and analyses are the responsibility of the "
              "author(s) and not any Advertiser or credit card issuer.</p></div></div>")


def test_a_disclaimers_paragraph_on_the_care_taken_with_the_information_is_reported():
    found = _notices(_DISCLAIMER + _EDITORIAL)
    assert any(kind == "disclaimer" and "uses reasonable efforts to maintain accurate information" in text
               for kind, text in found)


def test_an_editorial_disclosure_under_its_label_is_a_disclaimer():
    found = _notices(_DISCLAIMER + _EDITORIAL)
    assert any(kind == "disclaimer" and text.startswith("Editorial Disclosure:")
               and "has not been influenced, provided, or reviewed by" in text for kind, text in found)


def test_the_first_paragraph_under_the_disclaimer_label_is_still_reported():
    found = _notices(_DISCLAIMER + _EDITORIAL)
    assert any(kind == "disclaimer" and "for informational purposes only" in text for kind, text in found)


def test_a_storys_every_effort_to_finish_repairs_is_no_disclaimer():
    story = "<p>Engineers made every effort to ensure the bridge repairs were complete before the holiday traffic.</p>"
    assert not any("bridge repairs" in text for _, text in _notices("", story))


def test_a_storys_records_kept_accurate_with_reasonable_care_is_no_disclaimer():
    story = "<p>The mayor said the city takes reasonable care to keep its records accurate, but admitted errors.</p>"
    assert not any("records accurate" in text for _, text in _notices("", story))


def test_a_plan_not_yet_approved_in_the_storys_text_is_no_disclaimer():
    story = "<p>The plan has not been drafted, costed or approved by the treasury, officials said on Monday.</p>"
    assert not any("treasury" in text for _, text in _notices("", story))
