"""``archiver reextract``'s loose ends: a capture checked by these extractor versions and found
unchanged is up to date for them; the first extraction of a capture whose extraction failed
carries the note that the capture holds only the body's beginning.

Before, nothing marked such a capture: ``--all-outdated`` re-ran the extractor on it on every
call (a big store paid its whole extraction each time) and ``--dry-run`` listed it as outdated
for ever. Now the index (derived: ``reindex`` drops the mark, which costs one more re-run)
remembers the check, keyed by the capture's newest extraction entry and the extractor versions;
no log entry is written (nothing changed), and a dry run writes no mark.

The store is the one extractor 56 made (tests/test_reextract.py), brought by a first re-extraction
to today's text under another (the previous) version number, ``OTHER_VERSION``: today's extractor then finds the same text
and metadata under other logged versions.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from servers import HEAD_200
from stores import build_template, copy_store
from test_reextract import CAPTURE_ID, copy_old_store
from test_truncated_captures import BIG, EARLY_END, LATE, MAX_BODY, SMALL

from archiver.archive import Archive
from archiver.capture.fetch import FetchOptions
from archiver.core.canonical import canonical_json
from archiver.extract import EXTRACTOR_VERSION, extract, extractor_versions

#: A version number other than today's (the one before it: a literal collides once the real one reaches it)
OTHER_VERSION = str(int(EXTRACTOR_VERSION) - 1)


def _same_text_other_versions(body, *, url, content_type, **kw):
    """Today's extractor under another version number: the same text and metadata."""
    article = extract(body, url=url, content_type=content_type, **kw)
    versions = {**dict(article.extractor), "archiver-extract": OTHER_VERSION}
    return article._replace(extractor=tuple(sorted(versions.items())))


@pytest.fixture(scope="module")
def logged_by_99_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A template store (tests/stores.py) whose one capture's newest extraction has today's text,
    logged as extractor 99: re-extracted once for the module."""
    root = tmp_path_factory.mktemp("logged-by-99")
    (root / "keys").mkdir(mode=0o700)
    copy_old_store(root, root / "keys")
    counts = build_template(root, lambda arc: arc.reextract([CAPTURE_ID]).to_dict()["counts"],
                            extractor=_same_text_other_versions)
    assert counts["reextracted"] == 1
    return root


@pytest.fixture
def logged_by_99(logged_by_99_template: Path, tmp_path: Path, key_dir: Path) -> Path:
    """This test's own copy of that store (its key in ``key_dir``)."""
    store = tmp_path / "store"
    copy_store(logged_by_99_template, store, key_dir)
    return store


def _outdated(store: Path, *args: str) -> list[dict]:
    proc = run_cli("reextract", "--all-outdated", *args, "--json", store=store)
    assert proc.exit_code == 0, proc.output
    return json.loads(proc.stdout)


def _digests(store: Path, pattern: str) -> dict[str, str]:
    return {str(p.relative_to(store)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(store.glob(pattern)) if p.is_file()}


def test_an_unchanged_capture_under_other_versions_is_marked_checked(logged_by_99):
    [item] = _outdated(logged_by_99)
    assert item["status"] == "unchanged" and item["versions_differ"] is True and item["marked_checked"] is True


def test_all_outdated_does_not_re_run_a_capture_checked_by_these_versions(logged_by_99):
    _outdated(logged_by_99)
    [item] = _outdated(logged_by_99)
    assert item["capture_id"] == CAPTURE_ID and item["status"] == "checked"
    assert item["extractor"]["old"]["archiver-extract"] == OTHER_VERSION and "not re-run" in item["reason"]


def test_the_human_summary_counts_the_captures_checked_before(logged_by_99):
    _outdated(logged_by_99)
    proc = run_cli("reextract", "--all-outdated", store=logged_by_99)
    assert proc.exit_code == 0, proc.output
    assert "0 re-extracted, 0 unchanged, 1 checked unchanged by this extractor before (not re-run)" in proc.stdout
    assert f"{CAPTURE_ID}:" not in proc.stdout  # (counted, not listed: a big store has many)


def test_marking_a_capture_checked_writes_no_log_entry_and_no_record(logged_by_99):
    before = {**_digests(logged_by_99, "provenance/*"), **_digests(logged_by_99, "**/*.warc*")}
    _outdated(logged_by_99)
    assert {**_digests(logged_by_99, "provenance/*"), **_digests(logged_by_99, "**/*.warc*")} == before


def test_a_dry_run_writes_no_mark(logged_by_99):
    before = _digests(logged_by_99, "index.sqlite3*")
    for _ in range(2):
        [item] = _outdated(logged_by_99, "--dry-run")
        assert item["status"] == "unchanged" and item["marked_checked"] is False
    assert _digests(logged_by_99, "index.sqlite3*") == before
    [item] = _outdated(logged_by_99)  # so the next real run still checks it
    assert item["status"] == "unchanged" and item["marked_checked"] is True


def test_a_dry_run_after_the_mark_no_longer_lists_the_capture_as_outdated(logged_by_99):
    _outdated(logged_by_99)
    [item] = _outdated(logged_by_99, "--dry-run")
    assert item["status"] == "checked"
    proc = run_cli("reextract", "--all-outdated", "--dry-run", store=logged_by_99)
    assert "would re-extract" not in proc.stdout and "1 checked unchanged" in proc.stdout


def test_an_id_named_is_re_run_even_when_checked(logged_by_99):
    _outdated(logged_by_99)
    proc = run_cli("reextract", CAPTURE_ID, "--json", store=logged_by_99)
    assert proc.exit_code == 0, proc.output
    assert json.loads(proc.stdout)["status"] == "unchanged"


def test_reindex_drops_the_mark_and_the_next_run_checks_the_capture_again(logged_by_99):
    _outdated(logged_by_99)
    assert run_cli("reindex", store=logged_by_99).exit_code == 0
    [item] = _outdated(logged_by_99)
    assert item["status"] == "unchanged" and item["marked_checked"] is True
    [item] = _outdated(logged_by_99)
    assert item["status"] == "checked"


@pytest.mark.parametrize("stale", ["older_entry", "other_versions"])
def test_a_mark_for_another_extraction_entry_or_other_versions_is_not_followed(logged_by_99, stale):
    """The mark holds only for the extraction entry it checked and the versions that checked it
    (a later re-extraction, an upgraded extractor): otherwise the capture is checked again."""
    with Archive.open(logged_by_99) as arc:
        newest = max(e.seq for e in arc.log.entries() if e.type == "extraction")
        now = canonical_json(extractor_versions()).decode()
        arc.index.mark_checked(CAPTURE_ID, log_seq=newest - 1 if stale == "older_entry" else newest,
                               extractor=now if stale == "older_entry" else now.replace("}", ',"x":"1"}'))
    [item] = _outdated(logged_by_99)
    assert item["status"] == "unchanged" and item["marked_checked"] is True


# ------------------------------------------------------------------ the body-cut note on a first extraction
#
# A capture's commit notes in its extraction that the archived body is only the page's beginning
# (cut at --max-body, a content coding that ends early: archiver.store.commit.body_notes), and
# verify-quote then calls a quote it cannot find not conclusive (exit 3). A capture whose
# extraction FAILED when it was made got its first extraction from `reextract` without that note:
# a quote from past a gzip body's early end was then `not_found`, exit 1, as if the page had been
# read whole (a cut body still had the index's WARC-Truncated flag to fall back on).


def _broken(body, *, url, content_type):
    raise RuntimeError("the extractor broke on this page")


def _cut_body(serve_raw, kind: str) -> str:
    """A loopback URL serving a page whose capture holds only its beginning (``kind``: cut at
    MAX_BODY, or a gzip stream that ends early)."""
    if kind == "cut":
        return serve_raw(HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(BIG) + BIG)
    return serve_raw(EARLY_END["chunked"])


def _captured(store: Path, url: str, extractor=None) -> Any:
    with Archive.open(store, fetch_options=FetchOptions(max_body_bytes=MAX_BODY), extractor=extractor) as arc:
        [result] = arc.capture_many([url])
    assert result.ok, result.error
    return result


@pytest.mark.parametrize("kind", ["cut", "gzip"])
def test_the_first_extraction_reextract_makes_carries_the_note_the_capture_would_have(tmp_path, serve_raw, kind):
    expected = _captured(tmp_path / "whole", _cut_body(serve_raw, kind)).article["notes"]
    assert expected  # (what a capture whose extraction worked says)
    failed = _captured(tmp_path / "s", _cut_body(serve_raw, kind), extractor=_broken)
    assert failed.article is None and failed.extraction_error
    assert run_cli("reextract", failed.capture_id, store=tmp_path / "s").exit_code == 0
    shown = json.loads(run_cli("show", failed.capture_id, "--json", store=tmp_path / "s").stdout)
    assert shown["article"]["notes"] == expected  # a cut at --max-body keeps the same bytes twice
    with Archive.open(tmp_path / "s") as arc:  # and its count is the bytes its own record holds
        assert shown["article"]["notes"] == list(arc.body_notes(failed.capture_id))


def test_after_it_a_quote_from_past_a_gzip_bodys_early_end_is_not_conclusive(tmp_path, serve_raw):
    failed = _captured(tmp_path / "s", _cut_body(serve_raw, "gzip"), extractor=_broken)
    assert run_cli("reextract", failed.capture_id, store=tmp_path / "s").exit_code == 0
    proc = run_cli("verify-quote", LATE, "--capture", failed.capture_id, "--json", store=tmp_path / "s")
    doc = json.loads(proc.stdout)
    assert proc.exit_code == 3 and doc["verdict"] == "not_found", proc.output
    assert "the content coding ends early" in doc["capture_incomplete"]


def test_a_whole_body_first_extracted_by_reextract_has_no_note(tmp_path, serve_raw):
    raw = HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(SMALL) + SMALL
    failed = _captured(tmp_path / "s", serve_raw(raw), extractor=_broken)
    assert run_cli("reextract", failed.capture_id, store=tmp_path / "s").exit_code == 0
    shown = json.loads(run_cli("show", failed.capture_id, "--json", store=tmp_path / "s").stdout)
    assert shown["article"]["notes"] == []
