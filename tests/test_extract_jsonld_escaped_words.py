"""JSON-LD whose words a CMS escaped for HTML: a ``<script>``'s text is not HTML-decoded by the parser,
so "Wohngew&#x00E4;chshaus&#x20;selber&#x20;bauen" stood as the title of a page whose ``<h1>`` reads
"Wohngewächshaus selber bauen" (the metadata set's dev page selbermachen.de; 151 of the set's 1,424 page
files hold such a reference in a JSON "name", "headline" or "description"). The item's words (headline, name, description,
publisher, the site it is part of) are decoded as the authors' names already were; its URLs and
body are left as written."""

from __future__ import annotations

import json

import pytest
from author_pages import HEADLINE, URL, page

from archiver.extract import extract


def _ld(item: dict[str, object]) -> str:
    return f"<script type='application/ld+json'>{json.dumps(item)}</script>"


def _extracted(item: dict[str, object], *, headline: str = HEADLINE) -> dict[str, object]:
    return extract(page(_ld({"@context": "https://schema.org", **item}), headline=headline), url=URL).to_dict()


def test_a_json_ld_headline_escaped_for_html_is_the_title_decoded() -> None:
    doc = _extracted({"@type": "NewsArticle", "headline": "Wohngew&#x00E4;chshaus&#x20;selber&#x20;bauen"},
                     headline="Wohngewächshaus selber bauen")
    assert doc["title"] == "Wohngewächshaus selber bauen"
    assert doc["sources"]["title"] == "json-ld"  # type: ignore[index]


def test_a_json_ld_headline_with_named_references_reads_as_its_words() -> None:
    doc = _extracted({"@type": "NewsArticle", "headline": "Harbour budget: &quot;a long debate&quot; &amp; a vote"})
    assert doc["title"] == 'Harbour budget: "a long debate" & a vote'


def test_an_escaped_json_ld_headline_of_the_pages_own_story_keeps_its_date() -> None:
    # the item's url is not the page's, so its headline alone says whether it is this story (not a teaser's)
    doc = _extracted({"@type": "NewsArticle", "url": "https://harbordaily.example/?p=1",
                      "headline": "Council approves harbour budget after long debate &#8211; live",
                      "datePublished": "2024-03-05T10:00:00Z"},
                     headline="Council approves harbour budget after long debate – live")
    assert str(doc["published"]).startswith("2024-03-05")
    assert doc["sources"]["published"] == "json-ld"  # type: ignore[index]


def test_a_json_ld_publisher_escaped_for_html_is_named_decoded() -> None:
    doc = _extracted({"@type": "NewsArticle", "headline": HEADLINE,
                      "publisher": {"@type": "Organization", "name": "Harbor &amp; Quay Media"}})
    assert doc["publisher"] == "Harbor & Quay Media"


DESCRIPTIONS = {
    "escaped for HTML": ("The council&#8217;s budget &#8211; repairs first", "The council’s budget – repairs first"),
    "written as markup": ("<p>The council&#x27;s <i>budget</i>.</p><p>Repairs first.</p>",
                          "The council's budget. Repairs first."),
    "markup escaped twice": ("&lt;p&gt;Here&amp;#x27;s what we know &amp;amp; what we don&amp;#x27;t&lt;/p&gt;",
                             "Here's what we know & what we don't"),
    # Korean, Chinese and Japanese texts set a work's title so: no HTML element, even where it opens as one
    "a work named in angle brackets": ("<p>Visitors came to watch <The Palace: Tale of Jang Noksu> and <A Quiet Place>.</p>",
                                       "Visitors came to watch <The Palace: Tale of Jang Noksu> and <A Quiet Place>."),
    "angle brackets comparing": ("Costs rose where 3 < 5 and AT&T > rivals", "Costs rose where 3 < 5 and AT&T > rivals"),
}


@pytest.mark.parametrize("written,shown", DESCRIPTIONS.values(), ids=DESCRIPTIONS.keys())
def test_a_json_ld_description_reads_as_the_words_it_shows(written: str, shown: str) -> None:
    assert _extracted({"@type": "NewsArticle", "headline": HEADLINE, "description": written})["description"] == shown
