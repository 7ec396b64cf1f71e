"""Quote verification against the archive (``archiver.quotes.service``), specified on real captures.

Pages are served from 127.0.0.1 and archived with :class:`Archive`; every verdict then comes
from the archived, extracted text, and every verification must leave a log entry that links
back to the capture and its extraction.
"""

from __future__ import annotations

import datetime as dt
import html
import zipfile
from pathlib import Path

import pytest
from servers import Site, response
from stores import build_template, copy_store

from archiver.archive import Archive
from archiver.core.fixed_clocks import FixedClock
from archiver.errors import KeyMissingError, UnknownCaptureError, UsageError
from archiver.provenance import verify_proof
from archiver.quotes import QuoteResult
from archiver.quotes.service import (
    QuoteRequest,
    QuoteService,
    SourceInfo,
    Verification,
    parse_as_of,
    read_batch,
)

DATA = Path(__file__).parent / "data" / "quotes"


def page(title: str, paragraphs: list[str], *, author: str, outlet: str, published: str,
         aside: str = "", footer: str = "") -> bytes:
    """A realistic news page: navigation, byline, article body, an aside and a footer."""
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | {html.escape(outlet)}</title>
<meta name="author" content="{html.escape(author)}">
<meta property="og:site_name" content="{html.escape(outlet)}">
<meta property="article:published_time" content="{published}"></head><body>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/subscribe">Subscribe</a></nav>
<article><h1>{html.escape(title)}</h1><p class="byline">By {html.escape(author)}</p>
{body}</article>
<aside><p>{html.escape(aside)}</p></aside>
<footer><p>{html.escape(footer)}</p></footer></body></html>""".encode()


COUNCIL = page(
    "City Council Approves $4.2 Million Flood Plan",
    [
        "RIVERTON — The City Council voted 7–2 on Tuesday night to approve a $4.2 million "
        "flood-protection plan, ending nearly two years of debate over how to shield the "
        "low-lying Eastside neighborhood from the Mill River.",
        "“This is not a perfect plan, but it is the plan we can afford,” said Council President "
        "Daniel Reyes, who cast the deciding vote on the committee last month. “Doing nothing "
        "would cost us far more.”",
        "Councilwoman Grace Liu, one of the two members who voted against the measure, said the "
        "city had underestimated the cost of maintenance. “We are being asked to sign a check "
        "without knowing how large it will be,” she said. “Most residents I spoke with support "
        "flood protection. None of them support a blank check.”",
    ],
    author="Maria Okonkwo", outlet="Riverton Ledger", published="2023-03-15",
    aside="Editor’s note: Daniel Reyes is a former board member of the Riverton Ledger Foundation.",
    footer="Comments are moderated. The Riverton Ledger is not responsible for the opinions of its readers.",
)


def seed_page() -> bytes:
    """The project's seed article (Global Research print page) as an HTML page."""
    text = (DATA / "seed-globalresearch.txt").read_text(encoding="utf-8")
    body = text.split("greatly exaggerated. See below.", 1)[0].rsplit("\n\n", 1)[1] + \
        "greatly exaggerated. See below." + text.split("greatly exaggerated. See below.", 1)[1]
    body, _, rest = body.partition("\n*\n")
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    return page("Dubious Report on Russia Withdrawing Defense Support to Venezuela", paragraphs,
                author="Stephen Lendman", outlet="Global Research", published="2019-06-04",
                footer=rest.strip().split("\n\n")[-1])


def harbour(containers: str) -> bytes:
    return page(
        "Harbour Traffic Rises",
        [f"The harbour handled {containers} containers in March, the port authority said.",
         "Dock workers did not strike, and the night shift was not cancelled.",
         "“We expect a record year if the canal stays open,” said harbour master Ines Alvarez."],
        author="Tom Berg", outlet="Coastal Post", published="2024-04-02",
    )


def _site() -> Site:
    s = Site()
    pages = {"/council": COUNCIL, "/seed": seed_page(), "/harbour": harbour("41,000")}
    s.pages = pages  # type: ignore[attr-defined]
    for path in pages:
        s.routes[path] = (lambda p: lambda h: response(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], s.pages[p]))(path)
    return s


@pytest.fixture
def site():
    """The three pages, served for this test alone (tests edit them and capture again)."""
    s = _site()
    yield s
    s.close()


def capture(store: Path, url: str, *, clock: FixedClock | None = None) -> str:
    with Archive.open(store, clock=clock) as arc:
        return capture_in(arc, url)


def capture_in(arc: Archive, url: str) -> str:
    [result] = arc.capture_many([url])
    assert result.capture_id, result.error
    return result.capture_id


@pytest.fixture(scope="module")
def archived_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The three pages archived once each, once for the module: (folder, name -> capture id)."""
    root, s = tmp_path_factory.mktemp("archived"), _site()
    try:
        ids = build_template(root, lambda arc: {name: capture_in(arc, s.url(f"/{name}"))
                                                for name in ("council", "seed", "harbour")})
    finally:
        s.close()
    return root, ids


@pytest.fixture
def archived(archived_once: tuple[Path, dict[str, str]], store: Path, key_dir: Path) -> dict[str, str]:
    """This test's own store with the three pages archived once each: name -> capture id."""
    root, ids = archived_once
    copy_store(root, store, key_dir)
    return ids


def verify(store: Path, quote: str, **kwargs) -> tuple:
    receipt = kwargs.pop("receipt", None)
    with Archive.open(store) as arc:
        report = QuoteService(arc).verify(QuoteRequest(quote=quote, **kwargs), receipt=receipt)
        entry = arc.log.entry(report.primary.log_seq) if report.primary.log_seq is not None else None
        text = arc.index.extraction(report.primary.source.capture_id)["article"] \
            if report.primary.source else None
    return report, entry, text


def log_size(store: Path) -> int:
    with Archive.open(store) as arc:
        return arc.log.size


# --------------------------------------------------------------------------- verdicts, logged


@pytest.mark.parametrize(("quote", "verdict"), [
    ("None of them support a blank check.", "exact"),
    ("we are being asked to sign a check without knowing how large it will be", "normalized"),
    ("it will be,\" she said. \"Most residents I spoke with support", "normalized"),
    ("Most residents I spoke with suport flood protection.", "approximate"),
    ("Most residents I spoke with oppose flood protection.", "altered"),
    ("The City Council voted 7–3 on Tuesday night to approve a $4.2 million flood-protection plan",
     "altered"),
    ("The mayor announced a new stadium for the football club downtown.", "not_found"),
])
def test_every_verdict_against_a_capture_is_logged_with_offsets_and_links(store, archived, quote, verdict):
    report, entry, article = verify(store, quote, capture=archived["council"])
    r = report.primary.result
    assert r.verdict == verdict
    assert entry.type == "quote_verification"
    d = entry.data
    assert d["verdict"] == verdict and d["quote"] == quote and d["capture_id"] == archived["council"]
    assert d["quote_sha256"].startswith("sha256:")
    assert d["text_sha256"] == article["text_sha256"]
    assert (d["start"], d["end"]) == (r.start, r.end)
    assert d["differences"] == [x.to_dict() for x in r.differences]
    assert d["normalizations"] == list(r.normalizations)
    with Archive.open(store) as arc:
        shown = arc.show(archived["council"])
    assert d["capture_seq"] == shown["log_seq"] and d["extraction_seq"] == shown["extraction_log_seq"]
    assert report.exit_code == (0 if verdict in ("exact", "normalized") else 1)


def test_offsets_point_into_the_original_archived_text_not_a_normalised_copy(store, archived):
    quote = "“We will oppose them. Venezuela and Cuba are our allies . . . in the region.”"
    report, entry, article = verify(store, quote, capture=archived["seed"])
    r = report.primary.result
    assert r.verdict == "normalized" and "ellipsis" in r.normalizations
    text = article["text"]
    assert text[r.start:r.end] == r.source_passage
    assert len(r.parts) == 2
    assert text[r.parts[0].start:r.parts[0].end].startswith("We will oppose them")
    assert text[r.parts[1].start:r.parts[1].end].rstrip(".") .endswith("in the region")
    assert entry.data["parts"] == [{"start": p.start, "end": p.end} for p in r.parts]


def test_source_editorial_parentheses_of_the_seed_article_verify_as_normalized(store, archived):
    report, _, _ = verify(store, "We are concerned over the continuing actions by the United States",
                          capture=archived["seed"])
    assert report.primary.result.verdict == "normalized"
    assert "brackets" in report.primary.result.normalizations


def test_material_number_change_in_the_seed_article_is_altered_never_approximate(store, archived):
    report, _, _ = verify(store, "cut its staff in (the country) to just a few dozen from about 10,000",
                          capture=archived["seed"])
    assert report.primary.result.verdict == "altered"
    assert any(d.material and d.kind == "number" for d in report.primary.result.differences)


def test_quote_only_in_the_page_outside_the_article_is_reported_as_page_text(store, archived):
    report, entry, article = verify(store, "Comments are moderated.", capture=archived["council"])
    r = report.primary.result
    assert r.where == "page_text"
    assert "outside the article body" in r.explanation
    assert article["page_text"][r.start:r.end] == "Comments are moderated."
    # the entry links to the extraction by the article text's digest, and names the page text's
    assert entry.data["where"] == "page_text"
    assert entry.data["text_sha256"] == article["text_sha256"]
    assert entry.data["verified_text_sha256"] == r.text_sha256 != article["text_sha256"]
    assert report.to_dict()["only_outside_article"] is True


def test_capture_prefix_is_accepted_and_unknown_capture_is_a_usage_error(store, archived):
    report, _, _ = verify(store, "None of them support a blank check.", capture=archived["council"][:12])
    assert report.primary.source.capture_id == archived["council"]
    with pytest.raises(UnknownCaptureError):
        verify(store, "None of them support a blank check.", capture="zzzzzzzz")


def test_a_request_naming_two_targets_is_a_usage_error(store, archived, site):
    with pytest.raises(UsageError, match="at most one"):
        verify(store, "None of them support a blank check.", capture=archived["council"],
               url=site.url("/council"))


def test_empty_quote_is_a_usage_error_and_logs_nothing(store, archived):
    before = log_size(store)
    with pytest.raises(UsageError, match="empty"):
        verify(store, " “ ” ", capture=archived["council"])
    assert log_size(store) == before


def test_json_document_has_every_field_the_issue_lists(store, archived):
    report, _, _ = verify(store, "None of them support a blank check.", capture=archived["council"])
    doc = report.to_dict()
    for key in ("verdict", "capture", "url", "paragraph", "start", "end", "parts", "context",
                "differences", "normalizations", "text_sha256", "selectors", "log_seq",
                "captured_at", "outlet", "author", "versions", "where"):
        assert key in doc, key
    assert doc["outlet"] == "Riverton Ledger" and doc["author"] == "Maria Okonkwo"
    quote_sel, pos_sel = doc["selectors"]
    assert quote_sel["type"] == "TextQuoteSelector" and quote_sel["exact"] == "None of them support a blank check."
    assert pos_sel == {"type": "TextPositionSelector", "start": doc["start"], "end": doc["end"]}
    assert doc["versions"] == [] and doc["receipt"] is None


# --------------------------------------------------------------------------- --url and --as-of


def test_url_with_an_edited_article_shows_every_capture_when_verdicts_differ(store, site):
    url = site.url("/harbour")
    old = capture(store, url)
    site.pages["/harbour"] = harbour("14,000")  # the outlet corrected the figure
    new = capture(store, url)
    before = log_size(store)
    report, _, _ = verify(store, "The harbour handled 41,000 containers in March", url=url)
    assert report.primary.source.capture_id == new  # the newest decides
    assert report.primary.result.verdict == "altered"
    assert [v.source.capture_id for v in report.versions] == [new, old]
    assert [v.result.verdict for v in report.versions] == ["altered", "exact"]
    assert all(v.log_seq is not None for v in report.versions)
    assert log_size(store) == before + 2  # each verdict shown is logged
    assert report.exit_code == 1


def test_url_whose_captures_agree_reports_the_newest_only(store, site):
    url = site.url("/harbour")
    capture(store, url)
    newest = capture(store, url)
    before = log_size(store)
    report, _, _ = verify(store, "Dock workers did not strike", url=url)
    assert report.primary.source.capture_id == newest and report.versions == ()
    assert log_size(store) == before + 1


def test_as_of_picks_the_newest_capture_at_or_before_that_date(store, site):
    url = site.url("/harbour")
    june = capture(store, url, clock=FixedClock(start=dt.datetime(2019, 6, 1, 12, tzinfo=dt.UTC)))
    site.pages["/harbour"] = harbour("14,000")
    capture(store, url, clock=FixedClock(start=dt.datetime(2019, 6, 20, 12, tzinfo=dt.UTC)))
    report, _, _ = verify(store, "The harbour handled 41,000 containers in March", url=url,
                          as_of="2019-06-10")
    assert report.primary.source.capture_id == june
    assert report.primary.result.verdict == "exact" and report.versions == ()
    report, _, _ = verify(store, "The harbour handled 41,000 containers in March", url=url,
                          as_of="2019-06-20")  # a date covers its whole day
    assert report.primary.result.verdict == "altered" and len(report.versions) == 2
    with pytest.raises(UsageError, match="at or before"):
        verify(store, "The harbour handled", url=url, as_of="2019-05-31")


def test_url_with_or_without_a_trailing_slash_finds_the_capture(store, site):
    cid = capture(store, site.url("/harbour"))
    report, _, _ = verify(store, "Dock workers did not strike", url=site.url("/harbour") + "/")
    assert report.primary.source.capture_id == cid


def test_as_of_accepts_dates_and_iso_times_and_refuses_anything_else():
    assert parse_as_of("2019-06-10") == dt.datetime(2019, 6, 10, 23, 59, 59, 999999, tzinfo=dt.UTC)
    assert parse_as_of("2019-06-10T08:00:00Z") == dt.datetime(2019, 6, 10, 8, tzinfo=dt.UTC)
    assert parse_as_of("2019-06-10T10:00:00+02:00") == dt.datetime(2019, 6, 10, 8, tzinfo=dt.UTC)
    with pytest.raises(UsageError, match="not a date"):
        parse_as_of("last tuesday")


def test_as_of_at_the_ends_of_the_calendar_is_the_first_or_last_instant_not_a_traceback():
    # before: "9999-12-31" overflowed adding its day (OverflowError, a traceback at the CLI)
    last, first = dt.datetime.max.replace(tzinfo=dt.UTC), dt.datetime.min.replace(tzinfo=dt.UTC)
    assert parse_as_of("9999-12-31") == last
    assert parse_as_of("9999-12-31T23:00:00-05:00") == last
    assert parse_as_of("0001-01-01T00:00:00+05:00") == first


def test_as_of_without_url_and_url_never_captured_are_usage_errors(store, archived, site):
    with pytest.raises(UsageError, match="--as-of needs --url"):
        verify(store, "None of them support a blank check.", as_of="2020-01-01")
    with pytest.raises(UsageError, match="no capture of"):
        verify(store, "None of them support a blank check.", url=site.url("/never"))


# --------------------------------------------------------------------------- whole archive


def test_whole_archive_search_finds_the_right_capture_among_several(store, archived):
    report, entry, _ = verify(store, "Dock workers did not strike, and the night shift was not cancelled.")
    assert report.primary.source.capture_id == archived["harbour"]
    assert report.primary.result.verdict == "exact"
    assert report.primary.scope == "archive" and entry.data["scope"] == "archive"
    report, _, _ = verify(store, "Russia has informed us that they have removed most of their people")
    assert report.primary.source.capture_id == archived["seed"]


def test_whole_archive_search_reports_an_altered_quote_against_its_source(store, archived):
    report, _, _ = verify(store, "Dock workers did strike, and the night shift was not cancelled.")
    assert report.primary.source.capture_id == archived["harbour"]
    assert report.primary.result.verdict == "altered"


def test_whole_archive_hit_in_an_edited_article_shows_every_capture_of_that_url(store, site):
    url = site.url("/harbour")
    old = capture(store, url)
    site.pages["/harbour"] = harbour("14,000")
    new = capture(store, url)
    before = log_size(store)
    report, entry, _ = verify(store, "The harbour handled 41,000 containers in March")
    assert report.primary.source.capture_id == old and report.primary.result.verdict == "exact"
    assert [(v.source.capture_id, v.result.verdict) for v in report.versions] == [
        (new, "altered"), (old, "exact")]
    assert entry.data["capture_id"] == old and log_size(store) == before + 2
    assert report.primary.log_seq in {v.log_seq for v in report.versions}


def test_whole_archive_not_found_is_logged_without_a_capture(store, archived):
    before = log_size(store)
    report, entry, _ = verify(store, "The quick brown fox jumps over the lazy dog by the river.")
    assert report.primary.result.verdict == "not_found" and report.primary.source is None
    assert entry.data["capture_id"] is None and entry.data["verdict"] == "not_found"
    assert log_size(store) == before + 1


def test_whole_archive_skips_indexed_texts_whose_capture_is_gone(store, archived):
    with Archive.open(store) as arc:
        arc.text_index.add("0000000000stale0", "Dock workers did not strike, and the night shift was not cancelled.")
    report, _, _ = verify(store, "Dock workers did not strike, and the night shift was not cancelled.")
    assert report.primary.source.capture_id == archived["harbour"]


def test_whole_archive_not_found_names_the_archived_texts_the_text_index_lacks(store, archived):
    """A batch indexes texts a slice at a time: a killed one leaves captures unsearchable."""
    with Archive.open(store) as arc:
        arc.text_index.remove(archived["harbour"])
    report, _, _ = verify(store, "Dock workers did not strike, and the night shift was not cancelled.")
    assert report.primary.result.verdict == "not_found"
    assert "1 archived text(s) are not in the text index yet" in report.primary.result.explanation
    assert "archiver reindex" in report.primary.result.explanation


def test_a_stale_text_of_a_capture_gone_from_the_index_does_not_hide_a_missing_text(store, archived):
    """Counted id by id: as many texts indexed as archived, yet one archived text is missing."""
    with Archive.open(store) as arc:
        arc.text_index.remove(archived["harbour"])
        arc.text_index.add("0000000000stale0", "A text whose capture the capture index does not hold.")
    report, _, _ = verify(store, "Dock workers did not strike, and the night shift was not cancelled.")
    assert report.primary.result.verdict == "not_found"
    assert "1 archived text(s) are not in the text index yet" in report.primary.result.explanation


def test_whole_archive_not_found_in_a_fully_indexed_store_claims_no_missing_texts(store, archived):
    report, _, _ = verify(store, "The quick brown fox jumps over the lazy dog by the river.")
    assert report.primary.result.verdict == "not_found"
    assert "not in the text index" not in report.primary.result.explanation


def test_whole_archive_search_of_an_empty_store_is_a_usage_error(store):
    with pytest.raises(UsageError, match="no archived texts"):
        verify(store, "anything at all to look for")


# --------------------------------------------------------------------------- text file, batches


def test_text_file_verification_is_not_logged_and_needs_no_store(tmp_path):
    text = "Intro.\n\n“Nous ne reculerons pas”, a déclaré la maire.\n"
    report = QuoteService(None).verify(QuoteRequest(quote="\"Nous ne reculerons pas\"", text=text,
                                                    text_name="x.txt"))
    r = report.primary.result
    assert r.verdict in ("exact", "normalized") and report.primary.log_seq is None
    assert text[r.start:r.end] == r.source_passage and r.paragraph == 1
    assert report.to_dict()["capture"] is None and report.to_dict()["text_file"] == "x.txt"


def test_receipt_for_a_text_file_is_refused(tmp_path):
    with pytest.raises(UsageError, match="--receipt needs an archived capture"):
        QuoteService(None).verify(QuoteRequest(quote="a few words here", text="a few words here"),
                                  receipt=tmp_path / "r.zip")


def test_batch_loads_each_archived_text_once(store, archived):
    quotes = ["None of them support a blank check.", "Doing nothing would cost us far more.",
              "Most residents I spoke with oppose flood protection.", "voted 7-2 on Tuesday night"] * 3
    with Archive.open(store) as arc:
        calls: list[str] = []
        real = arc.index.extraction

        def counting(capture_id: str):
            calls.append(capture_id)
            return real(capture_id)

        arc.index.extraction = counting  # count the real index's reads
        reports = QuoteService(arc).verify_batch(
            [QuoteRequest(quote=q, capture=archived["council"], row=i + 1) for i, q in enumerate(quotes)])
    assert calls == [archived["council"]]
    assert [r.primary.result.verdict for r in reports[:4]] == ["exact", "exact", "altered", "normalized"]
    assert [r.to_dict()["row"] for r in reports] == list(range(1, 13))


def test_batch_with_one_bad_row_does_nothing_and_names_the_row(store, archived):
    before = log_size(store)
    requests = [QuoteRequest(quote="None of them support a blank check.", capture=archived["council"], row=1),
                QuoteRequest(quote="Doing nothing would cost us far more.", capture="zzzzzz", row=2)]
    with Archive.open(store) as arc, pytest.raises(UsageError, match="row 2"):
        QuoteService(arc).verify_batch(requests)
    assert log_size(store) == before


def test_read_batch_reads_quote_url_capture_columns(tmp_path):
    f = tmp_path / "q.csv"
    f.write_text("\ufeffQuote,URL,capture\n"
                 "\"Doing nothing, she said, would cost us far more.\",https://example.org/a,\n"
                 "None of them support a blank check.,,01abc\n"
                 "Anywhere in the archive,,\n", encoding="utf-8")
    rows = read_batch(f)
    assert [(r.quote, r.url, r.capture, r.row) for r in rows] == [
        ("Doing nothing, she said, would cost us far more.", "https://example.org/a", None, 1),
        ("None of them support a blank check.", None, "01abc", 2),
        ("Anywhere in the archive", None, None, 3),
    ]


@pytest.mark.parametrize(("content", "message"), [
    ("text,url\nhello,\n", "needs a 'quote' column"),
    ("quote,url\n,https://example.org/\n", "row 1: the quote is empty"),
    ("quote,url,capture\nwords here,https://example.org/,01abc\n", "not both"),
    ("quote,url\n\"unterminated,https://example.org/\n", "not valid CSV"),
    ("quote,url\nwords,https://example.org/,extra\n", "more cells"),
    ("quote\n", "no quotes"),
    ("quote,capture,as_of\nwords here,01abc,2020-01-01\n", "as_of needs a url"),
])
def test_read_batch_refuses_malformed_files(tmp_path, content, message):
    f = tmp_path / "q.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        read_batch(f)


def test_read_batch_refuses_unreadable_and_non_utf8_files(tmp_path):
    with pytest.raises(UsageError, match="cannot read"):
        read_batch(tmp_path / "missing.csv")
    (tmp_path / "latin.csv").write_bytes("quote\nd\xe9j\xe0 vu\n".encode("latin-1"))
    with pytest.raises(UsageError, match="not UTF-8"):
        read_batch(tmp_path / "latin.csv")


# --------------------------------------------------------------------------- receipts and keys


def test_receipt_holds_citation_proof_and_key_and_the_proof_verifies(store, archived, tmp_path):
    path = tmp_path / "footnote.zip"
    report, entry, article = verify(store, "Doing nothing would cost us far more.",
                                    capture=archived["council"], receipt=path)
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        citation = zf.read("citation.txt").decode()
        proof = zf.read("quote.tlog-proof")
        (tmp_path / "log.pub").write_bytes(zf.read("log.pub"))
    assert {"citation.txt", "quote.tlog-proof", "log.pub", "verification.json", "README.txt"} <= names
    assert citation.count("\n") == 1 and citation == report.citation + "\n"
    for part in (report.primary.source.url, report.primary.source.captured_at, article["text_sha256"],
                 f"entry {entry.seq}"):
        assert part in citation
    checked = verify_proof(proof, public_key_file=tmp_path / "log.pub")
    assert checked.ok, checked.problems
    assert [e["type"] for e in checked.entries] == ["quote_verification", "capture", "extraction"]
    tampered = proof.replace(b"index 1\n", b"index 2\n", 1) if b"index 1\n" in proof else proof[:-40]
    assert not verify_proof(tampered, public_key_file=tmp_path / "log.pub").ok


def test_receipt_into_a_missing_folder_is_refused_before_anything_is_logged(store, archived, tmp_path):
    before = log_size(store)
    with pytest.raises(UsageError, match="does not exist"):
        verify(store, "Doing nothing would cost us far more.", capture=archived["council"],
               receipt=tmp_path / "nope" / "r.zip")
    assert log_size(store) == before


def test_verifying_without_the_signing_key_raises_key_missing(store, archived, tmp_path):
    with Archive.open(store, key_dir=tmp_path / "other-keys") as arc, pytest.raises(KeyMissingError):
        QuoteService(arc).verify(QuoteRequest(quote="Doing nothing would cost us far more.",
                                              capture=archived["council"]))


def test_imported_capture_is_said_plainly():
    from archiver.cli.quote_cmds import render_report
    from archiver.quotes.service import QuoteReport

    source = SourceInfo(capture_id="01abc", url="https://example.org/a", final_url="https://example.org/a",
                        captured_at="2019-06-04T10:00:00.000000Z", title="T", outlet=None, authors=(),
                        published=None, origin="imported", capture_seq=3, extraction_seq=4,
                        text_sha256="sha256:00")
    v = Verification(QuoteResult(verdict="not_found", quote="x y z"), source, "capture", log_seq=9)
    text = render_report(QuoteReport(QuoteRequest(quote="x y z"), v))
    assert "IMPORTED" in text and v.to_dict()["imported"] is True


def test_prepared_text_cache_is_bounded_and_results_stay_right(store, archived):
    with Archive.open(store) as arc:
        service = QuoteService(arc, cache_size=1)
        reports = service.verify_batch([
            QuoteRequest(quote="None of them support a blank check.", capture=archived["council"]),
            QuoteRequest(quote="Dock workers did not strike", capture=archived["harbour"]),
            QuoteRequest(quote="Doing nothing would cost us far more.", capture=archived["council"]),
        ])
        assert len(service._loaded) == 1
    assert [r.primary.result.verdict for r in reports] == ["exact", "exact", "exact"]
    assert [r.primary.source.capture_id for r in reports] == [
        archived["council"], archived["harbour"], archived["council"]]


def test_citation_and_human_source_name_the_final_url_after_a_redirect(store, site, tmp_path):
    from archiver.cli.quote_cmds import render_report

    site.routes["/short"] = lambda h: response("301 Moved Permanently", [("Location", "/harbour")])
    cid = capture(store, site.url("/short"))
    report, _, _ = verify(store, "Dock workers did not strike", capture=cid, receipt=tmp_path / "r.zip")
    assert report.primary.source.url == site.url("/short")
    assert report.citation.startswith(site.url("/harbour") + ", captured ")
    assert f"{site.url('/harbour')} (requested {site.url('/short')})" in render_report(report)


def test_a_quote_found_on_an_error_page_says_so(store, site):
    from archiver.cli.quote_cmds import render_report

    gone = page("Page not found", ["Sorry, the story you are looking for has been removed by the editors."],
                author="Staff", outlet="Coastal Post", published="2024-04-03")
    site.routes["/gone"] = lambda h: response("404 Not Found", [("Content-Type", "text/html; charset=utf-8")], gone)
    cid = capture(store, site.url("/gone"))
    report, _, _ = verify(store, "the story you are looking for has been removed", capture=cid)
    assert report.to_dict()["http_status"] == 404
    assert "HTTP 404 response, not the article" in render_report(report)
