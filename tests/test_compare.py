"""Comparing captures, specified: paragraphs added/removed/changed with the changed words
marked, metadata fields, identical payloads recognised by digest, and the history of a URL
with the logged quotes that no longer verify against its newest capture."""

from __future__ import annotations

from pathlib import Path

import pytest
from servers import Site, response

from archiver.archive import Archive
from archiver.compare import (
    ADDED,
    CHANGED,
    EQUAL,
    REMOVED,
    compare_captures,
    diff_metadata,
    diff_texts,
    paragraphs_of,
    word_diff,
)
from archiver.errors import UnknownCaptureError
from archiver.history import history

INTRO = "The council met on Tuesday evening to debate the budget for the coming year in full."
BODY = "The mayor said 1,000 jobs would be created by the new plan within three years."
EDITED = "The mayor said a few hundred jobs would be created by the new plan within three years."
CLOSING = "Opponents said the plan would not fund the library, and promised to vote against it."


def html(*paragraphs: str, title: str = "Budget vote", author: str = "Jane Roe", extra: str = "") -> bytes:
    ps = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta name='author' content='{author}'>{extra}</head>"
            f"<body><article><h1>{title}</h1>{ps}</article></body></html>").encode()


class Page:
    """A route whose content a test changes between captures."""

    def __init__(self, site: Site, path: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.body = body
        self.content_type = content_type
        self.url = site.url(path)
        site.routes[path] = lambda h: response("200 OK", [("Content-Type", self.content_type)], self.body)


@pytest.fixture
def arc(store: Path):
    a = Archive.open(store)
    yield a
    a.close()


# ---------------------------------------------------------------------- pure diffs


def test_changed_words_are_marked_and_the_rest_kept() -> None:
    ops = word_diff(BODY, EDITED)
    assert [(o.op, o.text) for o in ops] == [
        (EQUAL, "The mayor said "), (REMOVED, "1,000"), (ADDED, "a few hundred"),
        (EQUAL, " jobs would be created by the new plan within three years.")]


def test_paragraphs_are_lines_with_whitespace_normalised() -> None:
    assert paragraphs_of("  One   two \n\n\nThree\n") == ["One two", "Three"]


def test_unchanged_texts_have_no_paragraph_changes() -> None:
    text = "\n".join([INTRO, BODY, CLOSING])
    assert diff_texts(text, text) == ()


def test_added_removed_and_changed_paragraphs_with_positions() -> None:
    old = "\n".join([INTRO, BODY, "A paragraph about the weather that was later cut from the page.", CLOSING])
    new = "\n".join([INTRO, EDITED, CLOSING, "Correction: an earlier version misstated the number of jobs."])
    changes = diff_texts(old, new)
    assert [(c.kind, c.index_a, c.index_b) for c in changes] == [
        (CHANGED, 1, 1), (REMOVED, 2, None), (ADDED, None, 3)]
    assert changes[0].text_a == BODY and changes[0].text_b == EDITED
    assert any(w.op == REMOVED and w.text == "1,000" for w in changes[0].words)


def test_a_rewritten_paragraph_is_removed_plus_added_not_changed() -> None:
    changes = diff_texts("\n".join([INTRO, BODY]), "\n".join([INTRO, "Entirely different words here."]))
    assert [c.kind for c in changes] == [REMOVED, ADDED]


def test_metadata_changes_name_the_field_and_list_items() -> None:
    a = {"title": "Budget vote", "authors": ["Jane Roe"], "published": "2026-01-02", "disclaimers": []}
    b = {"title": "Budget vote (updated)", "authors": ["Jane Roe", "John Doe"], "published": "2026-01-02",
         "disclaimers": [{"kind": "correction", "text": "An earlier version misstated the jobs."}]}
    changes = {c.field: c for c in diff_metadata(a, b)}
    assert set(changes) == {"title", "authors", "disclaimers"}
    assert (changes["title"].a, changes["title"].b) == ("Budget vote", "Budget vote (updated)")
    assert changes["authors"].added == ("John Doe",) and changes["authors"].removed == ()
    assert changes["disclaimers"].added[0]["kind"] == "correction"


# ---------------------------------------------------------------------- captures


def test_identical_payloads_are_recognised_by_digest(site: Site, arc: Archive) -> None:
    page = Page(site, "/a", html(INTRO, BODY, CLOSING))
    first, second = arc.capture(page.url), arc.capture(page.url)
    d = compare_captures(arc, first.capture_id, second.capture_id)
    assert d.identical and d.identical_payload
    assert d.a.payload_digest == d.b.payload_digest == first.payload_digest
    assert d.paragraphs == () and d.metadata == ()


def test_an_edited_article_shows_the_changed_paragraph_and_words(site: Site, arc: Archive) -> None:
    page = Page(site, "/a", html(INTRO, BODY, CLOSING))
    first = arc.capture(page.url)
    page.body = html(INTRO, EDITED, CLOSING, title="Budget vote passes")
    second = arc.capture(page.url)
    d = compare_captures(arc, first.capture_id[:10], second.capture_id[:10])
    assert not d.identical and not d.identical_payload and not d.identical_text
    # The body paragraph changed (and the heading too, if the extractor keeps it in the text).
    assert (CHANGED, BODY, EDITED) in [(p.kind, p.text_a, p.text_b) for p in d.paragraphs]
    assert {p.kind for p in d.paragraphs} == {CHANGED}
    assert [m.field for m in d.metadata] == ["title"]
    doc = d.to_dict()
    assert doc["paragraph_counts"]["changed"] == len(d.paragraphs) and doc["paragraph_counts"]["added"] == 0
    assert doc["a"]["capture_id"] == first.capture_id and doc["b"]["text_sha256"] != doc["a"]["text_sha256"]


def test_same_text_in_different_bytes_counts_as_identical(site: Site, arc: Archive) -> None:
    page = Page(site, "/a", html(INTRO, BODY, extra="<script>var nonce='a1';</script>"))
    first = arc.capture(page.url)
    page.body = html(INTRO, BODY, extra="<script>var nonce='b2';</script>")
    second = arc.capture(page.url)
    d = compare_captures(arc, first.capture_id, second.capture_id)
    assert not d.identical_payload and d.identical_text and d.identical


def test_captures_without_text_compare_by_digest_only(site: Site, arc: Archive) -> None:
    page = Page(site, "/img", b"\x89PNG\r\n\x1a\n one", content_type="image/png")
    first = arc.capture(page.url)
    page.body = b"\x89PNG\r\n\x1a\n two"
    second = arc.capture(page.url)
    d = compare_captures(arc, first.capture_id, second.capture_id)
    assert not d.text_compared and not d.identical


def test_unknown_capture_is_a_usage_error(arc: Archive) -> None:
    with pytest.raises(UnknownCaptureError):
        compare_captures(arc, "zzzz", "yyyy")


# ---------------------------------------------------------------------- history


def log_quote(arc: Archive, capture_id: str, quote: str, verdict: str) -> int:
    """A quote verification as ``verify-quote`` logs it (the fields history relies on)."""
    return arc.log.append("quote_verification", {"capture_id": capture_id, "quote": quote,
                                                 "verdict": verdict}).seq


def test_history_marks_which_captures_differ(site: Site, arc: Archive) -> None:
    page = Page(site, "/a", html(INTRO, BODY, CLOSING))
    c1 = arc.capture(page.url)
    c2 = arc.capture(page.url)
    page.body = html(INTRO, EDITED, CLOSING)
    c3 = arc.capture(page.url)
    h = history(arc, page.url)
    assert [c.capture_id for c in h.captures] == [c1.capture_id, c2.capture_id, c3.capture_id]
    rows = h.to_dict()["captures"]
    assert [r["changed"] for r in rows] == [None, False, True]
    assert [r["payload_changed"] for r in rows] == [None, False, True]
    assert rows[2]["text_changed"] and rows[2]["paragraph_counts"]["changed"] == 1
    assert rows[2]["previous_capture_id"] == c2.capture_id


def test_history_finds_quotes_that_no_longer_verify_on_the_newest_capture(site: Site, arc: Archive) -> None:
    page = Page(site, "/a", html(INTRO, BODY, CLOSING))
    old = arc.capture(page.url)
    broken_seq = log_quote(arc, old.capture_id, BODY, "exact")
    log_quote(arc, old.capture_id, "the plan would not fund the library", "normalized")
    log_quote(arc, old.capture_id, "Something never said on the page at all.", "not_found")
    page.body = html(INTRO, EDITED, CLOSING)
    arc.capture(page.url)
    h = history(arc, page.url)
    assert h.quotes_checked == 2  # only quotes that verified then
    assert [(q.quote, q.capture_id, q.log_seq, q.verdict_then) for q in h.broken_quotes] == [
        (BODY, old.capture_id, broken_seq, "exact")]
    assert h.broken_quotes[0].verdict_now in ("altered", "approximate", "not_found")


def test_history_of_an_unchanged_url_breaks_no_quote(site: Site, arc: Archive) -> None:
    page = Page(site, "/a", html(INTRO, BODY, CLOSING))
    old = arc.capture(page.url)
    log_quote(arc, old.capture_id, BODY, "exact")
    arc.capture(page.url)
    h = history(arc, page.url)
    assert (h.quotes_checked, h.broken_quotes) == (1, ())


def test_history_of_an_unknown_url_is_a_usage_error(arc: Archive) -> None:
    with pytest.raises(UnknownCaptureError):
        history(arc, "https://never.example/")


def test_a_quote_broken_by_the_page_says_the_page_changed(site: Site, arc: Archive) -> None:
    page = Page(site, "/a", html(INTRO, BODY, CLOSING))
    old = arc.capture(page.url)
    log_quote(arc, old.capture_id, BODY, "exact")
    page.body = html(INTRO, EDITED, CLOSING)
    arc.capture(page.url)
    assert [q.cause for q in history(arc, page.url).broken_quotes] == ["page"]


def test_a_quote_todays_rules_refuse_on_its_own_capture_too_says_the_rules_changed(site: Site, arc: Archive) -> None:
    # logged as verified by an older archiver, refused by today's rules on that same capture
    page = Page(site, "/a", html(INTRO, BODY, CLOSING))
    old = arc.capture(page.url)
    stricter = "The mayor said 1,000 jobs would be created by the new plan ... years."  # leaves out "within three"
    seq = log_quote(arc, old.capture_id, stricter, "normalized")
    arc.capture(page.url)
    broken = history(arc, page.url).broken_quotes
    assert [(q.log_seq, q.cause) for q in broken] == [(seq, "rules")]
