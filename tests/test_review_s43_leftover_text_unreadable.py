"""A batch's left-over text whose extraction record cannot be read stays lacking; it is never
indexed empty (review of store43: a resumed batch whose leftovers fail to index).

A batch indexes the texts its workers left unindexed (a killed run's, when it resumes; a
worker's held slice; its own captures at its end) by reading each back from the capture index
(:func:`archiver.batch.index_missing_texts`). When the extraction record could not be read (its
WARC file damaged or gone), the index's reader gives empty texts and says why; those empty texts
were indexed, with the logged text digest as what they were made from, so the text index held
the capture as if its text were searchable: a whole-archive search no longer said it could not
see that text (``INCOMPLETE``, exit 3) and concluded from part of the archive. ``reindex``
leaves such a text out; so does the batch now.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stores import capture_template, copy_store

from archiver.archive import Archive
from archiver.batch import index_missing_texts
from archiver.quotes.service import QuoteRequest, QuoteService

HARBOUR = (b"<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
           b"<p>The harbour council approved plan number 2 for the ferry on Tuesday, the mayor said.</p>"
           b"</article></body></html>")
FEES = (b"<html><head><title>Harbour fees</title></head><body><article><h1>Harbour fees</h1>"
        b"<p>The harbour council approved plan number 0 for the ferry on Tuesday, the mayor said.</p>"
        b"</article></body></html>")
QUOTE = "The harbour council approved plan number 2 for the ferry on Tuesday"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("leftover_unreadable")
    results = capture_template(root, {"/fees": FEES, "/harbour": HARBOUR})
    return root, [str(r.capture_id) for r in results]


def damage_extraction_record(store: Path, capture_id: str) -> None:
    """Flip one byte inside the capture's extraction record (a gzip member) in its WARC file."""
    entries = [json.loads(x) for x in (store / "provenance" / "log.jsonl").read_text().splitlines()]
    [ext] = [e for e in entries if e["type"] == "extraction" and e["data"]["capture_id"] == capture_id]
    [cap] = [e for e in entries if e["type"] == "capture" and e["data"]["capture_id"] == capture_id]
    [rec] = [r for r in cap["data"]["records"] if r["record_id"] == ext["data"]["record_id"]]
    path = store / rec["warc"]
    data = bytearray(path.read_bytes())
    data[rec["offset"] + rec["length"] // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def left_over(template, tmp_path: Path, key_dir: Path) -> tuple[Path, str]:
    """A store whose harbour text a killed batch left unindexed, its extraction record since damaged."""
    root, (_, harbour) = template
    store = tmp_path / "store"
    copy_store(root, store, key_dir)
    with Archive.open(store) as arc:
        arc.text_index.remove(harbour)
    damage_extraction_record(store, harbour)
    return store, harbour


def test_a_leftover_whose_extraction_record_cannot_be_read_stays_lacking(left_over) -> None:
    store, harbour = left_over
    with Archive.open(store) as arc:
        assert index_missing_texts(arc, [harbour]) == 0
        assert arc.texts_not_indexed() == 1


def test_a_whole_archive_search_still_says_it_could_not_see_that_text(left_over) -> None:
    store, harbour = left_over
    with Archive.open(store) as arc:
        index_missing_texts(arc, [harbour])
        report = QuoteService(arc).verify(QuoteRequest(QUOTE))
    assert report.primary.result.verdict != "exact"
    assert report.incomplete and "lacks 1 archived text(s)" in report.incomplete
