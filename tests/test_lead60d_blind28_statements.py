"""Footer disclaimers of three forms, a collaboration's disclosure, and a notice a page repeats in a code block (extractor
203).

notices-blind28's first run missed "Humans featured are exceptional examples and do not guarantee individual success",
"This is not an offer to buy or sell any security or interest. All investing involves risk", "Any advice should be taken
as general information and not a personalized plan", and "Disclaimer: This blog was created in collaboration with
FlowCandy ..." (read, then dropped: the page repeats the whole post in a "Copy as Markdown" code block, and a notice
standing whole in a code sample was dropped even where the page also prints it). Each test is one class, on a small page
of our own.
"""

from __future__ import annotations

from archiver.extract import extract

_TEXT = "".join(f"<p>A routine works when it fits your week: {i} short sessions beat one long one for most people, and "
                "the habit matters more than the plan you start with.</p>" for i in range(5))


def _notices(before: str = "", after: str = "", footer: str = "") -> list[tuple[str, str]]:
    page = ("<!doctype html><html lang='en'><head><title>Build a routine</title></head><body><article>"
            "<h1>How to build your own workout routine</h1>" + before + _TEXT + after + "</article><footer>" + footer
            + "</footer></body></html>").encode()
    return [(n.kind, n.text) for n in extract(page, url="http://127.0.0.1:8000/routine", content_type="text/html").disclaimers]


def test_results_said_not_to_be_guaranteed_for_the_reader_is_a_disclaimer():
    line = "Humans featured are exceptional examples and do not guarantee individual success. Your experience and results may vary."
    assert ("disclaimer", line) in _notices(footer=f"<p>{line}</p>")


def test_no_offer_of_securities_is_a_disclaimer():
    line = "This is not an offer to buy or sell any security or interest. All investing involves risk, including loss of principal."
    assert ("disclaimer", line) in _notices(footer=f"<p>{line}</p>")


def test_advice_said_to_be_general_information_is_a_disclaimer():
    found = _notices(footer="<p>Website written by Jane Roe, a certified coach. Any advice should be taken as general "
                            "information and not a personalized plan.</p>")
    assert any(kind == "disclaimer" and "general information" in text for kind, text in found)


def test_a_post_created_in_collaboration_with_a_firm_is_a_sponsored_notice():
    found = _notices(before="<p><em>Disclaimer: This blog was created in collaboration with Example Co. No compensation "
                            "was exchanged for this collaboration.</em></p>")
    assert any(kind == "sponsored" and "in collaboration with Example Co" in text for kind, text in found)


def test_a_museum_wing_made_in_collaboration_with_artists_is_no_notice():
    assert _notices(after="<p>The museum's new wing was created in collaboration with local artists and opened on "
                          "Monday, the city said.</p>") == []


def test_a_notice_the_page_prints_and_repeats_in_a_markdown_code_block_is_kept():
    line = "Disclaimer: This blog was created in collaboration with Example Co. No compensation was exchanged."
    copy = f"<pre><code># How to build your own workout routine _{line}_ A routine works when it fits.</code></pre>"
    found = _notices(before=f"<p><em>{line}</em></p>", footer=copy)
    assert any("in collaboration with Example Co" in text for _, text in found)


def test_a_notice_standing_only_in_a_code_sample_is_still_dropped():
    code = "<pre><code>services:\n  mail:\n    image: mailhog/mailhog\n    ports: # expose the HTTP service</code></pre>"
    assert not any("mailhog" in text for _, text in _notices(after=code))
