"""A title the page's own markup cut at a quotation mark: ``<meta property="og:title" content="... de
"incapacitado"">`` ends the attribute at the quote inside the headline (the metadata set's dev page
eluniversal.com: og:title, twitter:title and the description all read "Senador republicano califica a
Biden de"). The ``<title>`` and ``<h1>`` are element text, which no quote ends: where one of them goes on
from the declared value with a space and a quote mark, the declared value is that cut and gives way."""

from __future__ import annotations

from author_pages import URL, page

from archiver.extract import extract

WHOLE = 'Council calls the harbour budget "unworkable"'


def _title(head: str, headline: str = WHOLE) -> tuple[object, object]:
    doc = extract(page(head, headline=headline), url=URL).to_dict()
    return doc["title"], doc["sources"]["title"]  # type: ignore[index]


def test_a_social_title_cut_at_a_quote_gives_way_to_the_whole_headline() -> None:
    head = f'<meta property="og:title" content="{WHOLE}"><meta name="twitter:title" content="{WHOLE}">'
    assert _title(head) == (WHOLE, "h1")


def test_a_social_title_cut_at_a_single_quote_attribute_gives_way_too() -> None:
    whole = "Council calls the harbour budget 'unworkable'"
    assert _title(f"<meta property='og:title' content='{whole}'>", headline=whole)[0] == whole


def test_a_social_title_that_is_the_headline_without_its_subtitle_is_still_taken() -> None:
    # a beginning that ends at a word, followed by more words and no quote: a subtitle, not a cut
    head = '<meta property="og:title" content="Council calls the harbour budget unworkable">'
    assert _title(head, headline="Council calls the harbour budget unworkable after a long debate") == (
        "Council calls the harbour budget unworkable", "opengraph")
