"""The evidence check reads what the index places, and trusts none of it (issue 10 §2, its cost).

Two additive format changes make the check cheap: the derived index keeps where each capture's
and extraction's log entry lies in log.jsonl (schema 2), and the log records each WARC record's
gzip member sha256 (``member_sha256``). These tests pin both on real stores: the places and
digests are right when written (capture, import, reindex), a wrong place is never taken for the
entry (into another entry, the middle of a line, past the end: ``altered``, never ``present``),
a member digest that does not match gives way to the full path, which answers as before, and
stores made before either change (a schema 1 index, log records without member digests) keep
working through the paths that were there.
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli
from test_evidence import (  # the store and the damage tests/test_evidence.py specifies
    arc,  # noqa: F401 - a fixture
    edit_index,
    flip_byte,
    log_lines,
    pristine,  # noqa: F401 - a fixture
    record_of,
)
from test_evidence_quick import both_paths, open_store

import archiver.capture.warc as warc_module
import archiver.evidence as evidence
from archiver.archive import Archive
from archiver.capture.warc import RecordSpec, WarcAppender, member_sha256_at
from archiver.evidence import ALTERED, PRESENT, LogReader, check_capture
from archiver.store.index import SCHEMA_VERSION, SqliteIndex

# ------------------------------------------------------------------ where the log entries lie


def log_bytes(store: dict) -> bytes:
    return (store["store"] / "provenance" / "log.jsonl").read_bytes()


def index_rows(store: dict, sql: str, params: tuple = ()) -> list[tuple]:
    db = sqlite3.connect(store["store"] / "index.sqlite3")
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def line_of(store: dict, seq: int) -> bytes:
    return log_bytes(store).splitlines()[seq]


def test_the_index_keeps_the_place_of_each_captures_log_entry_and_of_its_extractions(arc):  # noqa: F811
    data = log_bytes(arc)
    for capture in (arc["old"], arc["new"], arc["harbour"]):
        [(seq, offset, length)] = index_rows(
            arc, "SELECT log_seq, log_offset, log_length FROM captures WHERE capture_id=?", (capture["capture_id"],))
        [(ext_seq, ext_offset, ext_length)] = index_rows(
            arc, "SELECT log_seq, log_offset, log_length FROM extractions WHERE capture_id=?", (capture["capture_id"],))
        assert data[offset:offset + length] == line_of(arc, seq)
        assert data[ext_offset:ext_offset + ext_length] == line_of(arc, ext_seq)
        assert ext_offset == offset + length + 1  # side by side: one read gets both


def test_the_log_gives_each_entry_read_or_appended_its_byte_offset(arc):  # noqa: F811
    data = log_bytes(arc)
    with Archive.open(arc["store"], key_dir=Path(arc["env"]["ARCHIVER_KEY_DIR"])) as archive:
        for entry in archive.log.entries():
            assert data[entry.offset:entry.offset + len(entry.line)] == entry.line
        appended = archive.append_events([("correction", {"capture_id": arc["old"]["capture_id"], "fields": {}}),
                                          ("correction", {"capture_id": arc["new"]["capture_id"], "fields": {}})])
    grown = log_bytes(arc)
    assert [e.offset for e in appended] == [len(data), len(data) + len(appended[0].line) + 1]
    for entry in appended:
        assert grown[entry.offset:entry.offset + len(entry.line) + 1] == entry.line + b"\n"


def _place_of(store: dict, table: str) -> tuple[int, int]:
    [(offset, length)] = index_rows(store, f"SELECT log_offset, log_length FROM {table} WHERE capture_id=?",
                                    (store["old"]["capture_id"],))
    return offset, length


WRONG_PLACES = {
    "another entry's whole line": lambda store, offset, length: (
        _place_of({**store, "old": store["harbour"]}, "captures")),
    "the middle of its line": lambda store, offset, length: (offset + 7, length),
    "its line and the next": lambda store, offset, length: (
        offset, log_bytes(store).index(b"\n", offset + length + 1) - offset),
    "one byte short": lambda store, offset, length: (offset, length - 1),
    "past the end of the log": lambda store, offset, length: (len(log_bytes(store)) + 10, length),
    "a negative offset": lambda store, offset, length: (-1, length),
    "text instead of a number": lambda store, offset, length: ("x", length),
}


@pytest.mark.parametrize("table", ["captures", "extractions"])
@pytest.mark.parametrize("wrong", list(WRONG_PLACES), ids=list(WRONG_PLACES))
def test_an_index_placing_a_log_entry_wrongly_is_altered_never_present(arc, table, wrong):  # noqa: F811
    offset, length = _place_of(arc, table)
    bad = WRONG_PLACES[wrong](arc, offset, length)
    edit_index(arc, f"UPDATE {table} SET log_offset=?, log_length=? WHERE capture_id=?",
               (*bad, arc["old"]["capture_id"]))
    with open_store(arc) as archive:
        answer, quick, full = both_paths(archive, arc["old"]["capture_id"])
    assert quick is None  # the quick path never takes a wrong place for the entry
    assert answer == full and answer.status == ALTERED
    assert "the index disagrees with the provenance log" in answer.problems[0]
    assert "archiver reindex" in answer.problems[0]


def test_the_cli_refuses_to_cite_a_capture_whose_index_places_its_log_entry_wrongly(arc):  # noqa: F811
    offset, length = _place_of(arc, "captures")
    edit_index(arc, "UPDATE captures SET log_offset=? WHERE capture_id=?", (offset + 1, arc["old"]["capture_id"]))
    proc = run_cli("cite", arc["old"]["capture_id"], "--json", store=arc["store"], env=arc["env"])
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_log_entry_at_its_place_with_another_seq_is_not_taken(arc):  # noqa: F811
    # the index's seq and place must name the same entry: a seq pointing elsewhere is caught
    edit_index(arc, "UPDATE captures SET log_seq=log_seq+1 WHERE capture_id=?", (arc["old"]["capture_id"],))
    with open_store(arc) as archive:
        answer, quick, full = both_paths(archive, arc["old"]["capture_id"])
    assert quick is None and answer == full and answer.status == ALTERED


def test_the_log_reader_takes_only_a_whole_line_of_the_wanted_seq_at_a_place(tmp_path):
    lines = [json.dumps({"data": {"n": i}, "seq": i, "time": "t", "type": "capture"}, separators=(",", ":")).encode()
             for i in range(4)]
    path = tmp_path / "log.jsonl"
    path.write_bytes(b"".join(line + b"\n" for line in lines) + b'{"data":{},"seq":4')  # an incomplete last line
    at = [sum(len(x) + 1 for x in lines[:i]) for i in range(4)]
    with LogReader(path) as reader:
        assert reader.entries_at([(1, at[1], len(lines[1]))])[0].data == {"n": 1}
        assert reader.pair_at(0, at[0], len(lines[0]), 1, at[1], len(lines[1]))[1]["data"] == {"n": 1}
        assert reader.objects_at([(3, at[3], len(lines[3]))])[0]["seq"] == 3
        wrong = [(1, at[2], len(lines[2])),  # the whole line of another seq
                 (1, at[1] + 1, len(lines[1]) - 1),  # the middle of a line
                 (1, at[1], len(lines[1]) + 1 + len(lines[2])),  # two lines
                 (4, at[3] + len(lines[3]) + 1, 18),  # the incomplete last line
                 (1, len(path.read_bytes()) + 5, 10)]  # past the end
        for place in wrong:
            assert reader.entries_at([place]) == [None]
            assert reader.objects_at([place]) == [None]
            assert reader.pair_at(0, at[0], len(lines[0]), *place) == (json.loads(lines[0]), None)


# ------------------------------------------------------------------ member digests


def test_the_writer_records_the_sha256_of_each_records_gzip_member_as_stored(tmp_path):
    buf = io.BytesIO()
    written = WarcAppender(buf).write([
        RecordSpec("resource", "http://127.0.0.1/a", "2026-11-29T12:00:00Z",
                   "<urn:uuid:00000000-0000-4000-8000-000000000001>", b"first", "text/plain"),
        RecordSpec("resource", "http://127.0.0.1/b", "2026-11-29T12:00:00Z",
                   "<urn:uuid:00000000-0000-4000-8000-000000000002>", b"second", "text/plain")], sync=False)
    data = buf.getvalue()
    for rec in written:
        member = data[rec.offset:rec.offset + rec.length]
        assert rec.member_sha256 == "sha256:" + hashlib.sha256(member).hexdigest()
        assert rec.to_dict()["member_sha256"] == rec.member_sha256


def test_an_uncompressed_warc_records_no_member_digest(tmp_path):
    written = WarcAppender(io.BytesIO(), gzip=False).write([RecordSpec(
        "resource", "http://127.0.0.1/a", "2026-11-29T12:00:00Z",
        "<urn:uuid:00000000-0000-4000-8000-000000000001>", b"first", "text/plain")], sync=False)
    assert written[0].member_sha256 is None


def test_a_capture_logs_the_member_digest_of_each_of_its_records(arc):  # noqa: F811
    for rec in record_of_all(arc, arc["old"]):
        member = (arc["store"] / rec["warc"]).read_bytes()[rec["offset"]:rec["offset"] + rec["length"]]
        assert rec["member_sha256"] == "sha256:" + hashlib.sha256(member).hexdigest()


def record_of_all(store: dict, capture: dict) -> list[dict]:
    [entry] = [e for e in log_lines(store) if e["type"] == "capture" and e["data"]["capture_id"] == capture["capture_id"]]
    return entry["data"]["records"]


def test_the_quick_path_hashes_the_response_member_without_inflating_it(arc, monkeypatch):  # noqa: F811
    inflated: list[int] = []
    real = evidence._read_block_fast

    def counting(f, rec):
        inflated.append(rec["offset"])
        return real(f, rec)

    cid = arc["harbour"]["capture_id"]
    with open_store(arc) as archive:
        extraction = archive.index.extraction(cid)  # the look-up's read of the extraction record
        monkeypatch.setattr(evidence, "_read_block_fast", counting)
        readers = archive.evidence_readers
        quick = evidence._quick(archive, readers, readers.log(archive.log_path), archive.index.get(cid), True,
                                extraction, None)
    assert quick is not None and quick.status == PRESENT and quick.records_checked == 2
    assert inflated == []


def test_a_member_changed_where_its_record_is_not_is_altered_on_both_paths(arc):  # noqa: F811
    # the gzip header's MTIME (bytes 4..7 of the member) is no part of the record: the member's
    # digest no longer matches, so the quick path gives way, and the full path, which reads the
    # record itself and finds it intact, still holds the member to the logged digest (session 39:
    # it said present, and export copied the member into a bundle verify-bundle failed)
    rec = record_of(arc, arc["old"], "response")
    path = arc["store"] / rec["warc"]
    data = bytearray(path.read_bytes())
    data[rec["offset"] + 4] ^= 0x01
    path.write_bytes(bytes(data))
    with open_store(arc) as archive:
        answer, quick, full = both_paths(archive, arc["old"]["capture_id"])
    assert quick is None
    assert answer == full and answer.status == ALTERED
    assert any("gzip member" in p for p in answer.problems), answer.problems


def test_a_byte_flipped_in_the_compressed_record_is_altered(arc):  # noqa: F811
    flip_byte(arc, arc["old"], "response")
    with open_store(arc) as archive:
        answer, quick, full = both_paths(archive, arc["old"]["capture_id"])
    assert quick is None and answer == full and answer.status == ALTERED


def test_member_sha256_at_vouches_only_for_one_whole_member_holding_that_record(tmp_path):
    buf = io.BytesIO()
    first, second = WarcAppender(buf).write([
        RecordSpec("resource", "http://127.0.0.1/a", "2026-11-29T12:00:00Z",
                   "<urn:uuid:00000000-0000-4000-8000-000000000001>", b"first", "text/plain"),
        RecordSpec("resource", "http://127.0.0.1/b", "2026-11-29T12:00:00Z",
                   "<urn:uuid:00000000-0000-4000-8000-000000000002>", b"second", "text/plain")], sync=False)
    path = tmp_path / "a.warc.gz"
    path.write_bytes(buf.getvalue())
    import os

    fd = os.open(path, os.O_RDONLY)
    try:
        assert member_sha256_at(fd, first.offset, first.length, first.record_id, first.block_digest) == first.member_sha256
        assert member_sha256_at(fd, first.offset, first.length + second.length, first.record_id,
                                first.block_digest) is None  # two members
        assert member_sha256_at(fd, first.offset, first.length, second.record_id, first.block_digest) is None
        assert member_sha256_at(fd, first.offset, first.length, first.record_id, second.block_digest) is None
    finally:
        os.close(fd)
    plain = tmp_path / "plain.warc"
    plain_buf = io.BytesIO()
    [rec] = WarcAppender(plain_buf, gzip=False).write([RecordSpec(
        "resource", "http://127.0.0.1/a", "2026-11-29T12:00:00Z",
        "<urn:uuid:00000000-0000-4000-8000-000000000001>", b"first", "text/plain")], sync=False)
    plain.write_bytes(plain_buf.getvalue())
    fd = os.open(plain, os.O_RDONLY)
    try:
        assert member_sha256_at(fd, rec.offset, rec.length, rec.record_id, rec.block_digest) is None
    finally:
        os.close(fd)


# ------------------------------------------------------------------ imports


def _warcio_file(path: Path, *, gzip: bool) -> Path:
    """A page as another tool writes it (plain warcio, sha1 digests), one record per gzip member."""
    from test_import import _foreign_warc

    if gzip:
        return _foreign_warc(path)
    import gzip as gz

    compressed = _foreign_warc(path.with_suffix(".tmp.gz"))
    path.write_bytes(gz.decompress(compressed.read_bytes()))
    return path


@pytest.mark.parametrize("gzip", [True, False], ids=["gzip per record", "uncompressed"])
def test_an_import_logs_member_digests_where_each_record_is_its_own_member(tmp_path, gzip):
    source = _warcio_file(tmp_path / ("page.warc.gz" if gzip else "page.warc"), gzip=gzip)
    store = tmp_path / "store"
    proc = run_cli("import", str(source), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    [entry] = [json.loads(x) for x in (store / "provenance" / "log.jsonl").read_text().splitlines()
               if json.loads(x)["type"] == "import"]
    imported = {w["name"] for w in entry["data"]["warcs"]}
    records = [r for c in entry["data"]["captures"] for r in c["records"]]
    assert {r["type"] for r in records if r["warc"] in imported} == {"request", "response"}
    for rec in records:  # the imported file's records, and the extraction and manifest written here
        member = (store / rec["warc"]).read_bytes()[rec["offset"]:rec["offset"] + rec["length"]]
        expected = "sha256:" + hashlib.sha256(member).hexdigest() if gzip or rec["warc"] not in imported else None
        assert rec["member_sha256"] == expected
    capture_id = entry["data"]["captures"][0]["capture_id"]
    with Archive.open(store, mode="read") as archive:
        assert check_capture(archive, capture_id).status == PRESENT


# ------------------------------------------------------------------ stores made before


def _as_schema_1(store: dict) -> None:
    """Make the store's index as a version before schema 2 left it: no log place columns (nor
    the URL key columns of schema 3)."""
    db = sqlite3.connect(store["store"] / "index.sqlite3")
    try:
        db.execute("DROP INDEX captures_url_key")
        db.execute("DROP INDEX captures_final_url_key")
        db.execute("ALTER TABLE captures DROP COLUMN url_key")
        db.execute("ALTER TABLE captures DROP COLUMN final_url_key")
        for table in ("captures", "extractions"):
            db.execute(f"ALTER TABLE {table} DROP COLUMN log_offset")
            db.execute(f"ALTER TABLE {table} DROP COLUMN log_length")
        db.execute("UPDATE meta SET value='1' WHERE key='schema'")
        db.commit()
    finally:
        db.close()


def test_a_schema_1_index_is_read_as_it_is_and_checked_by_seq(arc):  # noqa: F811
    _as_schema_1(arc)
    with open_store(arc) as archive:  # read-only: nothing changed on disk
        assert archive.index.get(arc["old"]["capture_id"]).log_offset is None
        answer, quick, full = both_paths(archive, arc["old"]["capture_id"])
    assert quick is not None and answer == full and answer.status == PRESENT
    assert index_rows(arc, "SELECT value FROM meta WHERE key='schema'") == [("1",)]


def test_a_schema_1_index_opened_for_writing_gains_the_columns_and_reindex_fills_them(arc):  # noqa: F811
    _as_schema_1(arc)
    index = SqliteIndex(arc["store"] / "index.sqlite3")
    index.close()
    assert index_rows(arc, "SELECT value FROM meta WHERE key='schema'") == [(str(SCHEMA_VERSION),)]
    assert index_rows(arc, "SELECT log_offset FROM captures WHERE capture_id=?", (arc["old"]["capture_id"],)) == [(None,)]
    with Archive.open(arc["store"], key_dir=Path(arc["env"]["ARCHIVER_KEY_DIR"])) as archive:
        assert check_capture(archive, arc["old"]["capture_id"]).status == PRESENT
    proc = run_cli("reindex", store=arc["store"], env=arc["env"])
    assert proc.returncode == 0, proc.stderr
    [(seq, offset, length)] = index_rows(
        arc, "SELECT log_seq, log_offset, log_length FROM captures WHERE capture_id=?", (arc["old"]["capture_id"],))
    assert log_bytes(arc)[offset:offset + length] == line_of(arc, seq)
    with open_store(arc) as archive:
        answer, quick, _ = both_paths(archive, arc["old"]["capture_id"])
    assert quick is not None and answer.status == PRESENT


def test_records_logged_without_member_digests_are_checked_by_their_block_digest(tmp_path, monkeypatch):
    # a capture made before member digests were logged: the quick path reads and inflates the
    # record and compares its id and block digest, as before; damage is still caught
    from servers import Site, response
    from test_evidence import HARBOUR

    real = warc_module.WrittenRecord.to_dict
    monkeypatch.setattr(warc_module.WrittenRecord, "to_dict",
                        lambda self: {k: v for k, v in real(self).items() if k != "member_sha256"})
    site = Site()
    site.routes["/harbour"] = lambda h: response("200 OK", [("Content-Type", "text/html; charset=utf-8")], HARBOUR)
    try:
        with Archive.open(tmp_path / "store", key_dir=tmp_path / "keys") as archive:
            [result] = archive.capture_many([site.url("/harbour")])
    finally:
        site.close()
    store = {"store": tmp_path / "store", "env": {"ARCHIVER_KEY_DIR": str(tmp_path / "keys")},
             "old": {"capture_id": result.capture_id}}
    assert all("member_sha256" not in r for r in record_of_all(store, store["old"]))
    with open_store(store) as archive:
        answer, quick, full = both_paths(archive, result.capture_id)
    assert quick is not None and answer == full and answer.status == PRESENT
    flip_byte(store, store["old"], "response")
    with open_store(store) as archive:
        answer, quick, full = both_paths(archive, result.capture_id)
    assert quick is None and answer == full and answer.status == ALTERED


def test_an_index_without_the_place_columns_gains_them_whatever_its_version_says(arc):  # noqa: F811
    _as_schema_1(arc)
    edit_index(arc, "DELETE FROM meta WHERE key='schema'", ())  # no version at all: the columns decide
    SqliteIndex(arc["store"] / "index.sqlite3").close()
    assert index_rows(arc, "SELECT value FROM meta WHERE key='schema'") == [(str(SCHEMA_VERSION),)]
    with Archive.open(arc["store"], key_dir=Path(arc["env"]["ARCHIVER_KEY_DIR"])) as archive:
        assert check_capture(archive, arc["old"]["capture_id"]).status == PRESENT
