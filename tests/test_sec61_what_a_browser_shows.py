"""Every statement about a capture's text says what a browser shows (task sec61, what sec60 left).

sec60 made ``verify-quote`` decide at read time that a capture an older extractor read as text, whose
bytes a browser downloads, has no text. The other statements about such a capture's text did not yet:
``cite`` stated the old text's digest as the text cited, ``verify-bundle``'s warning on its extraction
said only that extractor versions differ, a body that inflates past the limit kept its logged reading
unasked, and a capture whose extraction failed was "invalid input" (exit 2) to ``verify-quote``.

The stores are made by the real commands (``captures.archived_as_read_before``: an older extractor's
reading of a binary body sent as ``text/plain; charset=utf-8``).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from captures import archived_as_read_before, archived_served
from cli import run_cli
from old_download import BODY, FIELDS, WORDS, archived_failed
from test_reextract import _extraction_entries

from archiver.archive import Archive


@pytest.fixture
def old(tmp_path: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str, dict]:
    """(store, capture id, its logged extraction entry) of the body as extractor 127 read it: text, not
    yet re-extracted."""
    store = tmp_path / "store"
    cid = archived_as_read_before(store, FIELDS, BODY, monkeypatch)
    [extraction] = _extraction_entries(store)
    return store, cid, extraction


def _quote_entries(store: Path) -> list[dict]:
    lines = (store / "provenance" / "log.jsonl").read_text().splitlines()
    return [e for e in map(json.loads, lines) if e["type"] == "quote_verification"]


# ----------------------------------------------------------------------------- cite (item 1)

def _cited(store: Path, cid: str, style: str) -> tuple[str, str]:
    proc = run_cli("cite", cid, "--style", style, store=store)
    assert proc.exit_code == 0, proc.output
    return " ".join(proc.stdout.split()), proc.stderr


@pytest.mark.parametrize("style", ["csl-json", "bibtex", "ris"])
def test_a_citation_of_an_old_text_no_browser_shows_states_no_text_not_the_old_digest(old, style):
    """Every style whose note carries the text's digest: the text cited is none a browser shows; the
    logged extraction is named for what it is, an older extractor's reading, and reextract to bring it
    up to date."""
    store, cid, extraction = old
    said, _ = _cited(store, cid, style)
    old_text = extraction["data"]["text_sha256"]
    assert f"text {old_text}" not in said, said
    assert "no text a browser shows (download)" in said, said
    assert f"log entry {extraction['seq']}" in said and old_text in said and f"archiver reextract {cid}" in said


def test_cite_says_on_stderr_that_the_logged_text_is_no_text_a_browser_shows(old):
    store, cid, extraction = old
    _, stderr = _cited(store, cid, "text")
    said = " ".join(stderr.split())
    assert f"capture {cid}: today's reading of the archived bytes shows no text (download" in said, said
    assert f"log entry {extraction['seq']}" in said and f"archiver reextract {cid}" in said


def test_cite_json_says_no_text_and_names_the_logged_extraction(old):
    store, cid, extraction = old
    doc = json.loads(run_cli("cite", cid, "--json", store=store).stdout)
    assert (doc["no_text_now"], doc["text_sha256"]) == ("download", None)
    assert doc["logged_extraction"] == {"log_seq": extraction["seq"], "text_sha256": extraction["data"]["text_sha256"]}


def test_cite_of_a_page_a_browser_shows_names_its_text_as_before(tmp_path, key_dir):
    store = tmp_path / "store"
    cid = archived_served(store, FIELDS, f"{WORDS}.\n".encode())
    [extraction] = _extraction_entries(store)
    said, stderr = _cited(store, cid, "csl-json")
    assert f"text {extraction['data']['text_sha256']}" in said and "no text" not in said and not stderr
    doc = json.loads(run_cli("cite", cid, "--json", store=store).stdout)
    assert (doc["no_text_now"], doc["text_sha256"], doc["logged_extraction"]) == (
        None, extraction["data"]["text_sha256"], None)


# --------------------------------------------------------------------- verify-bundle (items 2, 3)

def test_a_bundle_of_an_old_text_capture_warns_that_todays_reading_is_no_text(old, tmp_path):
    """Still not concluded (exit 3: the logged text's extractor is not installed here), but the warning
    says what today's reading of the bytes is, not only that the digests and versions differ."""
    store, cid, extraction = old
    out = tmp_path / "b.wacz"
    assert run_cli("export", cid, "-o", str(out), store=store).exit_code == 0
    checked = run_cli("verify-bundle", str(out), "--json", store=store)
    assert checked.exit_code == 3, checked.output
    doc = json.loads(checked.stdout)
    said = " ".join(json.dumps(w) for w in doc["warnings"] if "re-extraction" in json.dumps(w))
    assert "no text a browser shows (download" in said, doc["warnings"]
    assert extraction["data"]["text_sha256"] in said and "reextract" in said


def test_a_bundle_whose_no_text_check_is_over_bytes_that_read_as_text_fails(tmp_path, key_dir, monkeypatch):
    """A signed entry saying its verdict was made on no text (``logged_text_not_shown``), over a page a
    browser shows as text (a forged or mistaken reading): the bundle decides again from its own bytes
    and fails it, whatever key signed it."""
    store = tmp_path / "store"
    cid = archived_served(store, FIELDS, f"{WORDS}.\n".encode())
    with monkeypatch.context() as lying:
        lying.setattr(Archive, "shown_no_text", lambda self, capture_id: "download")
        proc = run_cli("verify-quote", WORDS, "--capture", cid, "--json", store=store)
    assert (proc.exit_code, json.loads(proc.stdout)["logged_text_not_shown"]) == (1, True), proc.output
    out = tmp_path / "b.wacz"
    assert run_cli("export", cid, "--with-quotes", "all", "-o", str(out), store=store).exit_code == 0
    checked = run_cli("verify-bundle", str(out), "--json", store=store)
    assert checked.exit_code == 1, checked.output
    problems = json.dumps(json.loads(checked.stdout)["problems"])
    assert "was made on no text" in problems and "read as a page or text a browser shows" in problems, problems


# ----------------------------------------------------------------- past the inflate limit (item 4)

@pytest.fixture
def gzipped_old(tmp_path: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """(store, capture id) of the body sent gzipped, as extractor 127 read it (text)."""
    store = tmp_path / "store"
    fields = [*FIELDS, ("Content-Encoding", "gzip")]
    return store, archived_as_read_before(store, fields, gzip.compress(BODY), monkeypatch)


#: an inflate limit the body passes (it inflates to len(BODY) bytes)
SMALL_LIMIT = {"ARCHIVER_LIMIT_MAX_INFLATED_BYTES": str(len(BODY) // 2)}


def test_verify_quote_could_not_decide_past_the_inflate_limit_exit_3(gzipped_old):
    """Whether a browser shows the logged text cannot be decided from bytes that inflate past the
    limit: no verdict on the old text (it said ``exact``), a check not completed (exit 3), nothing logged."""
    store, cid = gzipped_old
    proc = run_cli("verify-quote", WORDS, "--capture", cid, env=SMALL_LIMIT, store=store)
    assert proc.exit_code == 3, proc.output
    said = " ".join(proc.stderr.split())
    assert "could not decide whether a browser shows any text" in said and "ARCHIVER_LIMIT_MAX_INFLATED_BYTES" in said
    assert "Traceback" not in proc.stderr and not _quote_entries(store)


def test_show_says_it_could_not_decide_past_the_inflate_limit(gzipped_old):
    store, cid = gzipped_old
    proc = run_cli("show", cid, "--json", env=SMALL_LIMIT, store=store)
    assert proc.exit_code == 0, proc.output
    assert json.loads(proc.stdout)["no_text_now"] == "undecided"
    plain = " ".join(run_cli("show", cid, env=SMALL_LIMIT, store=store).stdout.split())
    assert "could not decide whether a browser shows any text" in plain, plain


def test_cite_says_it_could_not_decide_past_the_inflate_limit(gzipped_old):
    store, cid = gzipped_old
    proc = run_cli("cite", cid, "--style", "csl-json", env=SMALL_LIMIT, store=store)
    assert proc.exit_code == 0, proc.output
    said = " ".join(proc.stdout.split())
    assert "whether a browser shows any text of these bytes could not be decided" in said, said


def test_history_could_not_decide_past_the_inflate_limit_exit_3(gzipped_old, monkeypatch):
    """history rechecks the newest capture's quotes on what a browser shows of it: undecided, not the old text.
    (The quote is one an archiver before sec60 logged exact on the old text: a quote history must recheck.
    Until sec62 a not_found one stood here, and history decided what no quote needed: tests/test_sec62_*.)"""
    store, cid = gzipped_old
    url = json.loads(run_cli("show", cid, "--json", store=store).stdout)["url"]
    with monkeypatch.context() as before_sec60:
        before_sec60.setattr(Archive, "shown_no_text", lambda self, capture_id: None)
        assert run_cli("verify-quote", WORDS, "--capture", cid, store=store).exit_code == 0
    proc = run_cli("history", url, env=SMALL_LIMIT, store=store)
    assert proc.exit_code == 3 and "could not decide whether a browser shows any text" in proc.stderr, proc.output
    assert "Traceback" not in proc.stderr


def test_within_the_limit_the_gzipped_old_text_is_decided_as_before(gzipped_old):
    store, cid = gzipped_old
    proc = run_cli("verify-quote", WORDS, "--capture", cid, "--json", store=store)
    assert (proc.exit_code, json.loads(proc.stdout)["no_text"]) == (1, "download"), proc.output


# --------------------------------------------------------- a capture with no usable extraction (item 5)

@pytest.fixture
def failed(tmp_path: Path, key_dir: Path) -> tuple[Path, str]:
    """(store, capture id) of a text page whose extraction failed when it was captured."""
    store = tmp_path / "store"
    cid = archived_failed(store)
    return store, cid


def test_a_capture_whose_extraction_failed_is_a_check_not_completed_exit_3(failed):
    """conventions.md: exit 2 is invalid input, nothing done; the capture id is valid and the quote too,
    but the text to check it against is not there to read: the check could not be completed (exit 3),
    and 'archiver reextract ID' is what to do. Nothing is logged (no verdict was made)."""
    store, cid = failed
    proc = run_cli("verify-quote", WORDS, "--capture", cid, store=store)
    assert proc.exit_code == 3, proc.output
    assert f"capture {cid} has no extracted text" in proc.stderr and f"archiver reextract {cid}" in proc.stderr
    assert not _quote_entries(store)


def test_url_scope_of_only_failed_extractions_is_exit_3_too(failed):
    store, cid = failed
    url = json.loads(run_cli("show", cid, "--json", store=store).stdout)["url"]
    proc = run_cli("verify-quote", WORDS, "--url", url, store=store)
    assert proc.exit_code == 3 and "has extracted text" in proc.stderr, proc.output


def test_a_batch_row_citing_a_failed_extraction_is_exit_3_and_skip_invalid_sets_it_aside(failed, tmp_path):
    store, cid = failed
    batch = tmp_path / "q.csv"
    batch.write_text(f"quote,capture\n{WORDS},{cid}\n")
    proc = run_cli("verify-quote", "--batch", str(batch), store=store)
    assert proc.exit_code == 3 and "row 1:" in proc.stderr and "has no extracted text" in proc.stderr, proc.output
    assert not _quote_entries(store)
    good = archived_served(store, FIELDS, f"{WORDS}.\n".encode())
    batch.write_text(f"quote,capture\n{WORDS},{cid}\n{WORDS},{good}\n")
    proc = run_cli("verify-quote", "--batch", str(batch), "--skip-invalid", "--json", store=store)
    rows = {r["capture"]: r for r in json.loads(proc.stdout)}
    assert rows[good]["verdict"] == "exact", proc.output
    assert rows[cid]["verdict"] is None and "has no extracted text" in rows[cid]["explanation"]


def test_a_manuscript_citing_only_a_failed_extraction_is_not_concluded_exit_3(failed, tmp_path):
    """``check`` meets the same capture through ``verify-quote --url``: the source is unavailable and the
    check not completed (exit 3), where the exit 2 it was turned into a plain failed quotation (exit 1)."""
    store, cid = failed
    url = json.loads(run_cli("show", cid, "--json", store=store).stdout)["url"]
    paper = tmp_path / "paper.md"
    paper.write_text(f"The minutes say “{WORDS}” ({url}).\n", encoding="utf-8")
    proc = run_cli("check", str(paper), "--json", store=store)
    assert proc.exit_code == 3, proc.output
    [q] = json.loads(proc.stdout)["quotes"]
    assert q["status"] == "source_unavailable" and "has extracted text" in q["message"], q
