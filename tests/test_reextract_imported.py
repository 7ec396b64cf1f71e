"""``archiver reextract`` on captures an older extractor made that are not native fetches of a
page with hidden words: imported captures (their extraction names the ``import`` entry) and a
capture whose text is the same and only its metadata differs.

The older extractor is this store's extractor replaced for the capture or import (``Archive``'s
``extractor``): it records other versions and gives other output, as an older release did; the
re-extraction then runs the installed one, through the command line.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import DATA, run_cli
from servers import Site, html_page

from archiver.archive import Archive
from archiver.extract import extract

PAGE = (b"<html><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>"
        b"<p>The council approved the budget by nine votes to four on Monday evening after a long "
        b"debate about the library.</p></article></body></html>")


def _older(body, *, url, content_type):
    """What an older release made: its own version number, and every text in capitals."""
    article = extract(body, url=url, content_type=content_type)
    versions = {**dict(article.extractor), "archiver-extract": "1"}
    return article._replace(text=article.text.upper(), extractor=tuple(sorted(versions.items())))


def _older_title(body, *, url, content_type):
    """An older release that read the title otherwise: the same text."""
    article = extract(body, url=url, content_type=content_type)
    versions = {**dict(article.extractor), "archiver-extract": "1"}
    return article._replace(title="Budget", extractor=tuple(sorted(versions.items())))


def test_imported_captures_are_re_extracted_and_still_verify(store, key_dir):
    with Archive.open(store, key_dir=key_dir, extractor=_older) as arc:
        imported = arc.import_file(DATA / "import" / "wget-3-pages.warc")
    ids = [c["capture_id"] for c in imported.captures]
    assert ids
    proc = run_cli("reextract", "--all-outdated", "--json", store=store)
    assert proc.exit_code == 0, proc.output
    doc = json.loads(proc.stdout)
    assert {i["capture_id"] for i in doc if i["status"] == "reextracted"} == set(ids)
    assert run_cli("log", "verify", "--deep", store=store).exit_code == 0
    for cid in ids:
        shown = json.loads(run_cli("show", cid, "--json", store=store).stdout)
        assert shown["evidence"] == "present", shown["evidence_problems"]
        assert shown["article"]["text"] == extract_text(store, cid)
    reindexed = json.loads(run_cli("reindex", "--json", store=store).stdout)
    assert reindexed["ok"] and reindexed["recovered"] == [] and reindexed["extractions"] >= len(ids)


def extract_text(store: Path, capture_id: str) -> str:
    """The text the installed extractor gives for the capture, as ``extract`` of its bytes."""
    with Archive.open(store, mode="read") as arc:
        entry = arc.log.entry(arc.index.extraction(capture_id)["log_seq"])
        body, url, content_type, status = arc.extraction_input(capture_id, entry.data)
        return str(extract(body, url=url, content_type=content_type, http_status=status).text)


def test_a_metadata_difference_alone_is_re_extracted_and_named(store, key_dir):
    cid = _captured_by(store, key_dir, _older_title)
    proc = run_cli("reextract", cid, store=store)
    assert proc.exit_code == 0, proc.output
    assert "text unchanged; changed: title" in proc.stdout
    shown = json.loads(run_cli("show", cid, "--json", store=store).stdout)
    assert shown["article"]["title"] == "Budget vote" and shown["evidence"] == "present"


LONG = (b"<html><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>"
        + b"".join(b"<p>Paragraph %d: the council approved the budget by nine votes to four on Monday "
                   b"evening after a long debate about the library.</p>" % i for i in range(400))
        + b"</article></body></html>")


def test_a_capture_cut_at_max_body_keeps_saying_so_after_reextract(store, key_dir):
    """The note that the capture holds only the body's beginning is the capture's, not the
    extractor's: the re-extraction keeps it, so verify-quote still says the text may lack the rest."""
    from archiver.capture.fetch import FetchOptions

    site = Site()
    site.routes["/long"] = html_page(LONG)
    try:
        with Archive.open(store, key_dir=key_dir, extractor=_older,
                          fetch_options=FetchOptions(max_body_bytes=4096)) as arc:
            result = arc.capture(site.url("/long"))
    finally:
        site.close()
    assert result.truncated
    before = json.loads(run_cli("show", result.capture_id, "--json", store=store).stdout)["article"]["notes"]
    [cut] = [n for n in before if n.startswith("the capture holds only the first")]
    assert run_cli("reextract", result.capture_id, store=store).exit_code == 0
    after = json.loads(run_cli("show", result.capture_id, "--json", store=store).stdout)["article"]
    assert after["extractor"]["archiver-extract"] != "1" and cut in after["notes"]


def _broken(body, *, url, content_type):
    raise RuntimeError("the extractor broke on this page")


def test_a_page_that_breaks_the_extractor_fails_alone_and_nothing_is_written(store, key_dir):
    cid = _captured_by(store, key_dir, _older)
    log = (store / "provenance" / "log.jsonl").read_bytes()
    with Archive.open(store, key_dir=key_dir, extractor=_broken) as arc:
        report = arc.reextract([cid])
    [item] = report.items
    assert item.status == "failed" and "RuntimeError: the extractor broke on this page" in (item.reason or "")
    assert (store / "provenance" / "log.jsonl").read_bytes() == log


def _captured_by(store, key_dir, extractor) -> str:
    """The id of a capture of PAGE (served from 127.0.0.1) whose text ``extractor`` made."""
    site = Site()
    site.routes["/vote"] = html_page(PAGE)
    try:
        with Archive.open(store, key_dir=key_dir, extractor=extractor) as arc:
            return arc.capture(site.url("/vote")).capture_id
    finally:
        site.close()
