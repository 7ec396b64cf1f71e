"""``archiver reextract`` on a capture whose extraction FAILED when it was captured: its bytes are
archived, its text was not (the ``capture`` entry's ``extraction_error``). Re-extracting it gives
it its first extraction: a record and an ``extraction`` entry superseding nothing, served by
every reader and checked like any re-extraction.

The failure at capture is a page that broke the extractor (``Archive``'s ``extractor`` replaced
by one that raises, as an older release's bug did); the re-extraction runs the installed one,
through the command line. A failure that lasts is a gzip bomb past ``ARCHIVER_LIMIT_MAX_INFLATED_BYTES``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page, response
from stores import build_template, copy_store
from test_reextract import bundle_checked
from test_reextract_trust import _append_by_hand

from archiver.archive import Archive

PAGE = (b"<html><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>"
        b"<p>The council approved the budget by nine votes to four on Monday evening after a long "
        b"debate about the library.</p></article></body></html>")
QUOTE = "The council approved the budget by nine votes to four on Monday evening"


def _broken(body, *, url, content_type):
    raise RuntimeError("the extractor broke on this page")


@pytest.fixture(scope="module")
def failed_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A template store (tests/stores.py) holding one capture whose extraction failed (the
    extractor broke on the page), and that capture's id: captured once for the module."""
    root = tmp_path_factory.mktemp("reextract-failed")
    site = Site()
    site.routes["/vote"] = html_page(PAGE)
    try:
        result = build_template(root, lambda arc: arc.capture(site.url("/vote")), extractor=_broken)
    finally:
        site.close()
    assert result.article is None and "RuntimeError: the extractor broke" in (result.extraction_error or "")
    return root, str(result.capture_id)


@pytest.fixture
def failed(failed_template: tuple[Path, str], store: Path, key_dir: Path) -> str:
    """The id of a capture whose extraction failed, in this test's own copy of the template
    store (``store``, its key in ``key_dir``)."""
    root, cid = failed_template
    copy_store(root, store, key_dir)
    return cid


def _files(store: Path) -> dict[str, str]:
    """Every file of the store and its sha256 (the lock files aside)."""
    return {str(p.relative_to(store)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(store.rglob("*")) if p.is_file() and not p.name.endswith(".lock")}


def _show(store: Path, cid: str) -> dict:
    return json.loads(run_cli("show", cid, "--json", store=store).stdout)


def _extraction_entries(store: Path) -> list[dict]:
    lines = (store / "provenance" / "log.jsonl").read_text().splitlines()
    return [e for e in map(json.loads, lines) if e["type"] == "extraction"]


def test_before_reextract_a_failed_extraction_has_no_text_to_quote(store, failed):
    shown = _show(store, failed)
    assert shown["article"] is None and "the extractor broke" in shown["extraction_error"]
    assert _extraction_entries(store) == []
    proc = run_cli("verify-quote", QUOTE, "--capture", failed, store=store)
    # (a check not completed, exit 3 since sec61: it was exit 2, invalid input, which the id is not)
    assert proc.exit_code == 3 and f"'archiver reextract {failed}' tries again" in proc.stderr


def test_reextract_gives_a_failed_capture_its_first_extraction_superseding_nothing(store, failed):
    proc = run_cli("reextract", failed, store=store)
    assert proc.exit_code == 0, proc.output
    assert f"{failed}: extracted (extractor " in proc.stdout
    assert "its extraction failed when it was captured: extraction failed: RuntimeError" in proc.stdout
    [entry] = _extraction_entries(store)
    data = entry["data"]
    assert data["capture_id"] == failed and data["supersedes"] is None and data["supersedes_seq"] is None
    assert data["record"]["record_id"] == data["record_id"]
    [capture] = [json.loads(line) for line in (store / "provenance" / "log.jsonl").read_text().splitlines()
                 if json.loads(line)["type"] == "capture"]
    assert data["capture_seq"] == capture["seq"] < entry["seq"]


def test_after_reextract_show_serves_the_text_and_says_it_was_extracted_later(store, failed):
    assert run_cli("reextract", failed, store=store).exit_code == 0
    shown = _show(store, failed)
    assert shown["evidence"] == "present", shown["evidence_problems"]
    assert QUOTE in shown["article"]["text"]
    [later] = shown["reextractions"]
    assert later["supersedes_seq"] is None and later["extractor_version"] == shown["article"]["extractor"]["archiver-extract"]
    assert "the extractor broke" in shown["extraction_error"]  # the capture's failure is still its own
    human = run_cli("show", failed, store=store).stdout
    assert f"re-extracted {later['time'][:19]}Z by extractor {later['extractor_version']}" in human
    assert "its first extraction: the one when it was captured had failed" in human
    assert "extraction when captured: extraction failed: RuntimeError" in human


def test_after_reextract_a_quote_is_exact_on_the_capture_and_in_the_whole_archive(store, failed):
    assert run_cli("reextract", failed, store=store).exit_code == 0
    on_capture = run_cli("verify-quote", QUOTE, "--capture", failed, "--json", store=store)
    assert on_capture.exit_code == 0, on_capture.output
    assert json.loads(on_capture.stdout)["verdict"] == "exact"
    searched = run_cli("verify-quote", QUOTE, "--json", store=store)
    assert searched.exit_code == 0, searched.output
    doc = json.loads(searched.stdout)
    assert doc["capture"] == failed and doc["scope"] == "archive" and doc["verdict"] == "exact"


def test_after_reextract_cite_names_the_extracted_title(store, failed):
    assert run_cli("reextract", failed, store=store).exit_code == 0
    proc = run_cli("cite", failed, store=store)
    assert proc.exit_code == 0, proc.output
    assert "Budget vote" in proc.stdout


def test_after_reextract_the_log_verifies_deep(store, failed):
    assert run_cli("reextract", failed, store=store).exit_code == 0
    plain = run_cli("log", "verify", store=store)
    assert plain.exit_code == 0, plain.output
    deep = run_cli("log", "verify", "--deep", store=store)
    assert deep.exit_code == 0, deep.output


def test_after_reextract_an_export_verifies(store, failed, tmp_path):
    assert run_cli("reextract", failed, store=store).exit_code == 0
    assert run_cli("verify-quote", QUOTE, "--capture", failed, store=store).exit_code == 0
    doc = bundle_checked(store, tmp_path, failed)
    assert doc["exit"] == 0 and doc["verdict"] == "verified", doc["problems"]
    assert doc["extractions_checked"] >= 1  # the later extraction re-made from the bundled bytes


def test_reindex_keeps_the_later_extraction(store, failed):
    assert run_cli("reextract", failed, store=store).exit_code == 0
    before = _show(store, failed)
    (store / "index.sqlite3").unlink()  # rebuilt from the log and the WARC files
    reindexed = run_cli("reindex", "--json", store=store)
    assert reindexed.exit_code == 0, reindexed.output
    doc = json.loads(reindexed.stdout)
    assert doc["ok"] and doc["recovered"] == []
    after = _show(store, failed)
    assert after["evidence"] == "present", after["evidence_problems"]
    assert after["extraction_log_seq"] == before["extraction_log_seq"]
    assert after["article"]["text"] == before["article"]["text"]
    assert run_cli("verify-quote", QUOTE, "--json", store=store).exit_code == 0


def test_a_second_reextract_is_unchanged_and_writes_nothing(store, failed):
    assert run_cli("reextract", failed, store=store).exit_code == 0
    files = _files(store)
    proc = run_cli("reextract", failed, store=store)
    assert proc.exit_code == 0, proc.output
    assert f"{failed}: unchanged" in proc.stdout
    assert _files(store) == files


def test_a_dry_run_lists_it_as_would_be_extracted_and_writes_nothing(store, failed):
    files = _files(store)
    proc = run_cli("reextract", failed, "--dry-run", store=store)
    assert proc.exit_code == 0, proc.output
    assert f"{failed}: would extract (extractor " in proc.stdout
    assert "1 would be re-extracted" in proc.stdout
    assert _files(store) == files


def test_failed_selects_the_captures_whose_extraction_failed_and_no_other(store, key_dir, failed):
    site = Site()
    site.routes["/fine"] = html_page(PAGE.replace(b"Budget vote", b"Library hours"))
    try:
        with Archive.open(store, key_dir=key_dir) as arc:
            fine = arc.capture(site.url("/fine")).capture_id
    finally:
        site.close()
    proc = run_cli("reextract", "--failed", "--json", store=store)
    assert proc.exit_code == 0, proc.output
    [item] = json.loads(proc.stdout)
    assert item["capture_id"] == failed and item["status"] == "reextracted" and fine != failed
    assert "the extractor broke" in item["failed_at_capture"]
    again = run_cli("reextract", "--failed", "--json", store=store)  # extracted now: no longer selected
    assert again.exit_code == 0 and json.loads(again.stdout) == []


def test_an_extraction_that_fails_again_is_said_and_nothing_is_written(store, site, monkeypatch):
    monkeypatch.setenv("ARCHIVER_LIMIT_MAX_INFLATED_BYTES", str(1024 * 1024))
    body = gzip.compress(b"<html><body><p>" + b" " * (8 * 1024 * 1024) + b"</p></body></html>", 1)
    site.routes["/bomb"] = lambda h: response("200 OK", [("Content-Type", "text/html"),
                                                         ("Content-Encoding", "gzip")], body)
    with Archive.open(store) as arc:
        cid = arc.capture(site.url("/bomb")).capture_id
    files = _files(store)
    proc = run_cli("reextract", cid, store=store)
    assert proc.exit_code == 1, proc.output
    assert f"{cid}: failed: extraction failed again: body inflates past 1 MiB" in proc.stderr
    assert "Traceback" not in proc.output
    assert _files(store) == files


FORGED = "The mayor admitted on Tuesday that he took the bribe."


def _forge_first_extraction(store: Path, cid: str, *, keys: bool) -> int:
    """What a forger with write access and no key can do to a capture whose extraction failed: an
    extraction record of their text, and a well-chained extraction line naming it (``keys``: with
    ``supersedes``/``supersedes_seq`` null, as reextract writes; else without them)."""
    from archiver.capture.records import extraction_spec, written_with_warc
    from archiver.capture.warc import warc_date
    from archiver.core.canonical import canonical_json
    from archiver.core.digests import sha256_label
    from archiver.extract import extract
    from archiver.store.commit import metadata_sha256

    with Archive.open(store) as arc:
        row = arc.index.get(cid)
        body, url, ct, st = arc.extraction_input(cid, {"capture_seq": row.log_seq, "capture_id": cid})
        real = extract(body, url=url, content_type=ct, http_status=st).to_dict()
        article = {**real, "text": FORGED, "page_text": FORGED, "text_sha256": sha256_label(FORGED.encode())}
        rid = arc.ids.record_id()
        name, written = arc.warc_writer().write([extraction_spec(
            url=row.final_url, date=warc_date(arc.clock.now()), record_id=rid,
            refers_to=row.response_record_id, body=canonical_json(article))], sync=True)
        [rec] = written_with_warc(name, written)
        capture_seq = row.log_seq
    event = {"capture_seq": capture_seq, "capture_id": cid, "record_id": rid, "extractor": article["extractor"],
             "text_sha256": article["text_sha256"], "metadata_sha256": metadata_sha256(article),
             "extraction_sha256": sha256_label(canonical_json(article)), "record": rec,
             **({"supersedes": None, "supersedes_seq": None} if keys else {})}
    return int(_append_by_hand(store, event))


@pytest.mark.parametrize("keys", [True, False], ids=["supersedes-null", "no-supersedes-keys"])
def test_a_hand_written_unsigned_first_extraction_is_never_served(store, failed, keys):
    seq = _forge_first_extraction(store, failed, keys=keys)
    reindexed = run_cli("reindex", store=store)
    assert reindexed.exit_code != 0 and f"re-extraction at log entry {seq} is not signed" in reindexed.stderr
    doc = _show(store, failed)
    assert (doc.get("article") or {}).get("text") != FORGED, doc
    assert run_cli("verify-quote", FORGED, "--capture", failed, store=store).exit_code != 0


def test_show_says_a_hand_written_unsigned_first_extraction_is_not_signed(store, failed):
    seq = _forge_first_extraction(store, failed, keys=True)
    doc = _show(store, failed)
    assert doc["evidence"] == "altered", doc
    assert any(f"re-extraction at log entry {seq} is not signed" in p for p in doc["evidence_problems"]), doc


def test_a_capture_past_the_extraction_memory_limit_is_extracted_once_the_limit_is_raised(store, site, monkeypatch):
    """The user's case: the extraction ran out of its memory limit when the page was captured;
    with the limit raised (here: back to its default), reextract gives the capture its text."""
    table = (b"<html><head><title>Council votes</title></head><body><p>The council approved the budget.</p><table>"
             + b"<tr><td>cell</td><td>x</td></tr>" * 10_000 + b"</table></body></html>")
    site.routes["/table"] = lambda h: response("200 OK", [("Content-Type", "text/html")], table)
    monkeypatch.setenv("ARCHIVER_LIMIT_EXTRACT_MEMORY_BYTES", str(1024 * 1024))
    with Archive.open(store) as arc:
        result = arc.capture(site.url("/table"))
    assert result.article is None and "memory" in (result.extraction_error or "")
    monkeypatch.delenv("ARCHIVER_LIMIT_EXTRACT_MEMORY_BYTES")
    proc = run_cli("reextract", "--failed", store=store)
    assert proc.exit_code == 0, proc.output
    assert f"{result.capture_id}: extracted (extractor " in proc.stdout
    quoted = run_cli("verify-quote", "The council approved the budget.", "--capture", str(result.capture_id),
                     "--json", store=store)
    assert quoted.exit_code == 0 and json.loads(quoted.stdout)["verdict"] == "exact", quoted.output
