"""A damaged index of a capture's extraction or records says the index is damaged, not that the
capture has no extracted text.

The ``extractions`` table is looked up by capture id through its primary key's index: an entry
of that index whose key bytes changed still sorts in place, so the look-up finds nothing and no
statement fails. ``verify-quote`` then said "capture ... has no extracted text to verify against",
``show`` printed no article under "evidence: present", and ``cite`` cited the page by its URL for
want of a title: a capture whose extraction the store holds, said to have none. The look-up
that finds nothing now runs SQLite's integrity check of the table it read (as a capture's
look-up does: tests/test_store_left39_index_miss_damage.py), once per state of the index; the
same holds for the look-up of an extraction's record by its id.

Damage is a real byte edit of one capture's store: a key in an index's page changed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from stores import one_capture_fixtures
from test_store_left39_index_miss_damage import _change_key, _damage_line

PAGE = (b"<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>"
        b"<p>The morning ferry leaves at 7:40 from the north pier, the operator said.</p>"
        b"<p>Evening sailings are unchanged.</p></article></body></html>")
QUOTE = "The morning ferry leaves at 7:40 from the north pier"

template, captured = one_capture_fixtures("extraction_miss_damage", "/ferry", PAGE)


def _extraction_record_id(store: Path, cid: str) -> str:
    for line in (store / "provenance" / "log.jsonl").read_text().splitlines():
        entry = json.loads(line)
        if entry["type"] == "extraction" and entry["data"]["capture_id"] == cid:
            return str(entry["data"]["record_id"])
    raise AssertionError(cid)


@pytest.mark.parametrize("command", [
    ("verify-quote", QUOTE, "--capture", "{cid}"),
    ("show", "{cid}"),
    ("cite", "{cid}"),
])
def test_an_extraction_the_damaged_extractions_index_hides_is_said_to_be_damage(captured, command):
    store, cid = captured
    _change_key(store, "sqlite_autoindex_extractions_1", cid)
    line = _damage_line(run_cli(*(part.format(cid=cid) for part in command), store=store), store)
    assert "no extracted text" not in line, line


def test_an_extraction_record_the_damaged_records_index_hides_is_said_to_be_damage(captured):
    store, cid = captured
    _change_key(store, "sqlite_autoindex_records_1", _extraction_record_id(store, cid))
    line = _damage_line(run_cli("verify-quote", QUOTE, "--capture", cid, store=store), store)
    assert "lists no record" not in line, line


def test_reindex_brings_back_the_extraction_the_damaged_index_hid(captured):
    store, cid = captured
    _change_key(store, "sqlite_autoindex_extractions_1", cid)
    assert run_cli("reindex", store=store).returncode == 0
    proc = run_cli("verify-quote", QUOTE, "--capture", cid, store=store)
    assert proc.returncode == 0, proc.stderr
    assert "exact" in proc.stdout, proc.stdout


@pytest.fixture(scope="module")
def image_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    from servers import Site, response
    from stores import build_template

    root = tmp_path_factory.mktemp("extraction_miss_image")
    site = Site()
    site.routes["/chart.png"] = lambda h: response("200 OK", [("Content-Type", "image/png")],
                                                   b"\x89PNG\r\n\x1a\n" + bytes(64))
    try:
        result = build_template(root, lambda arc: arc.capture(site.url("/chart.png")))
    finally:
        site.close()
    return root, result.capture_id


def test_a_capture_without_extracted_text_on_a_healthy_index_still_says_so(image_template, tmp_path, key_dir):
    from stores import copy_store

    root, cid = image_template
    store = tmp_path / "store"
    copy_store(root, store, key_dir)
    proc = run_cli("verify-quote", QUOTE, "--capture", cid, store=store)
    # (since sec60 one answer for a capture with no text a browser shows: not_found, exit 1, logged)
    assert proc.returncode == 1, proc.stderr
    assert "no text a browser shows (not_shown" in proc.stdout
