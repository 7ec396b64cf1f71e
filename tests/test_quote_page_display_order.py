"""A bidi override the extractor drops from the article text still decides the verdict.

The second red-team pass made a passage governed by a bidirectional override (U+202D/U+202E:
stored in one order, shown in another) ``altered`` unless the quote carries the same controls.
But extraction drops format characters from the article text, so a page storing "would
\\u202enot\\u202c attack" (which a reader sees as "would ton attack") gave an article text "would
not attack" and the quote "would not attack" was ``exact``. The page's visible text keeps the
controls; a match in the article is now judged against what the page shows.
"""

from __future__ import annotations

import json

from conftest import run_cli
from servers import Site, html_page

from archiver.archive import Archive
from archiver.extract import extract
from archiver.quotes import verify_quote

PAGE = ("<html><head><title>Talks</title></head><body><article><h1>Talks</h1>"
        "<p>The minister said the army would \u202enot\u202c attack the town before the talks began in "
        "earnest on Monday morning, officials in the capital said.</p>"
        "<p>A second paragraph with more words, so that the extractor keeps the article as it is "
        "written and the reader can follow what was said.</p></article></body></html>")
QUOTE = "the army would not attack the town"


def _extracted():
    return extract(PAGE.encode(), url="http://example.test/talks", content_type="text/html")


def test_the_article_text_loses_the_override_the_page_text_keeps() -> None:
    article = _extracted()
    assert "\u202e" not in article.text and "\u202e" in (article.page_text or "")


def test_a_quote_matching_the_article_text_where_the_page_shows_other_words_is_altered() -> None:
    article = _extracted()
    result = verify_quote(QUOTE, article.text, page_text=article.page_text)
    assert result.verdict == "altered"
    assert "display_order" in {d.kind for d in result.differences}


def test_without_an_override_on_the_page_the_article_match_stands() -> None:
    plain = PAGE.replace("\u202e", "").replace("\u202c", "")
    article = extract(plain.encode(), url="http://example.test/talks", content_type="text/html")
    assert verify_quote(QUOTE, article.text, page_text=article.page_text).verdict == "exact"


def test_verify_quote_on_a_captured_page_with_an_override_says_altered(tmp_path) -> None:
    site = Site()
    site.routes["/talks"] = html_page(PAGE.encode())
    try:
        with Archive.open(tmp_path / "store", key_dir=tmp_path / "keys") as arc:
            capture = arc.capture(site.url("/talks"))
    finally:
        site.close()
    proc = run_cli("verify-quote", QUOTE, "--capture", capture.capture_id, "--json", store=tmp_path / "store",
                   env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["verdict"] == "altered"
