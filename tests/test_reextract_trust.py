"""``archiver reextract`` and trust: what a re-extraction may change, and who may write one.

A re-extraction changes what readers serve for a capture, so the log holds its entries to a
rule (each supersedes the capture's newest extraction, by record and entry: no fork, no decoy),
readers follow one only when it is signed (or this machine's own, not yet signed), and two
processes never both supersede the same extraction. From the review of merge f5661c8
(F1, F2, F4, F6, R1); each test works on a copy of tests/data/reextract/before_extractor_57.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading

import test_reextract
from conftest import run_cli
from test_reextract import CAPTURE_ID, _extraction_entries

from archiver.archive import Archive
from archiver.capture.records import extraction_spec, written_with_warc
from archiver.capture.warc import warc_date
from archiver.core.canonical import canonical_json
from archiver.core.digests import sha256_label
from archiver.reextract import _as_the_capture_made_it, newest_extractions
from archiver.store.commit import metadata_sha256

old_store = test_reextract.old_store  # the fixture: a copy of the store extractor 56 made

FORGED = "The mayor admitted on Tuesday that he took the bribe."


def _append_by_hand(store, event):
    """What a forger with write access and no key can do: a chained extraction line at the end."""
    log = store / "provenance" / "log.jsonl"
    last = log.read_bytes().rstrip(b"\n").split(b"\n")[-1]
    prev = json.loads(last)
    entry = {"data": event, "log": prev["log"], "prev": "sha256:" + hashlib.sha256(last).hexdigest(),
             "seq": prev["seq"] + 1, "time": "2026-12-01T03:30:00.000000Z", "tool": prev["tool"],
             "type": "extraction", "v": 1}
    with open(log, "ab") as f:
        f.write(canonical_json(entry) + b"\n")
    return entry["seq"]


def _write_record(store, article):
    """An extraction record for the capture in this process's WARC file (no key needed)."""
    with Archive.open(store) as arc:
        row = arc.index.get(CAPTURE_ID)
        rid = arc.ids.record_id()
        name, written = arc.warc_writer().write([extraction_spec(
            url=row.final_url, date=warc_date(arc.clock.now()), record_id=rid,
            refers_to=row.response_record_id, body=canonical_json(article))], sync=True)
        [rec] = written_with_warc(name, written)
    return rid, rec


def _event(article, rid, rec, *, supersedes, supersedes_seq, extractor=None):
    return {"capture_seq": 1, "capture_id": CAPTURE_ID, "record_id": rid,
            "extractor": extractor or article["extractor"], "text_sha256": article["text_sha256"],
            "metadata_sha256": metadata_sha256(article), "extraction_sha256": sha256_label(canonical_json(article)),
            "supersedes": supersedes, "supersedes_seq": supersedes_seq, "record": rec}


def _newest_and_current(store):
    """(the newest extraction entry, the current extractor's article for the capture)."""
    with Archive.open(store, mode="read") as arc:
        entry = newest_extractions(arc)[CAPTURE_ID]
        indexed = arc.index.extraction(CAPTURE_ID)
        body, url, ct, st = arc.extraction_input(CAPTURE_ID, entry.data)
        genuine = _as_the_capture_made_it(arc.extract(body, url=url, content_type=ct, http_status=st),
                                          indexed["article"]).to_dict()
    return entry, genuine


def _forged(article, extractor):
    return {**article, "text": FORGED, "page_text": FORGED, "text_sha256": sha256_label(FORGED.encode()),
            "extractor": extractor}


def _forge_decoy_pair(store):
    """Y: the genuine current text, `supersedes` X's record id; then X, the newest: forged text,
    claiming the old extractor (the reviewer's F1). Returns (y_seq, x_seq)."""
    entry, genuine = _newest_and_current(store)
    forged = _forged(genuine, entry.data["extractor"])
    y_rid, y_rec = _write_record(store, genuine)
    x_rid, x_rec = _write_record(store, forged)
    y = _append_by_hand(store, _event(genuine, y_rid, y_rec, supersedes=x_rid, supersedes_seq=entry.seq))
    x = _append_by_hand(store, _event(forged, x_rid, x_rec, supersedes=entry.data["record_id"],
                                      supersedes_seq=entry.seq))
    return y, x


def _forge_unsigned_reextraction(store):
    """One hand-written, well-chained extraction line superseding the signed newest (the reviewer's F6)."""
    entry, genuine = _newest_and_current(store)
    forged = _forged(genuine, entry.data["extractor"])
    rid, rec = _write_record(store, forged)
    return _append_by_hand(store, _event(forged, rid, rec, supersedes=entry.data["record_id"],
                                         supersedes_seq=entry.seq))


# F1: the supersede structure is a rule of the log


def test_plain_log_verify_names_a_decoy_that_supersedes_a_record_its_entry_does_not_hold(old_store):
    y, _x = _forge_decoy_pair(old_store)
    proc = run_cli("log", "verify", "--json", store=old_store)
    assert proc.exit_code == 1, proc.output
    found = [p for p in json.loads(proc.stdout)["problems"] if p["code"] == "E_SUPERSEDE"]
    assert [p["seq"] for p in found] == [y], found


def test_deep_verify_holds_the_adopted_forged_newest_extraction_to_the_bytes(old_store):
    y, x = _forge_decoy_pair(old_store)
    assert run_cli("log", "adopt", f"{y}..{x}", store=old_store).exit_code == 0
    proc = run_cli("log", "verify", "--deep", "--json", store=old_store)
    problems = json.loads(proc.stdout)["problems"]
    assert any(p["code"] == "E_ARTIFACT" and p["seq"] == x for p in problems), problems


def test_two_entries_superseding_the_same_extraction_are_a_fork_in_plain_verify(old_store):
    entry, genuine = _newest_and_current(old_store)
    first_rid, first_rec = _write_record(old_store, genuine)
    second_rid, second_rec = _write_record(old_store, genuine)
    _append_by_hand(old_store, _event(genuine, first_rid, first_rec, supersedes=entry.data["record_id"],
                                      supersedes_seq=entry.seq))
    second = _append_by_hand(old_store, _event(genuine, second_rid, second_rec,
                                               supersedes=entry.data["record_id"], supersedes_seq=entry.seq))
    proc = run_cli("log", "verify", "--json", store=old_store)
    [found] = [p for p in json.loads(proc.stdout)["problems"] if p["code"] == "E_SUPERSEDE"]
    assert found["seq"] == second and "superseded twice" in found["message"], found


def test_a_reextract_entry_follows_the_rule_plain_verify_holds(old_store):
    assert run_cli("reextract", CAPTURE_ID, store=old_store).exit_code == 0
    assert run_cli("log", "verify", store=old_store).exit_code == 0


# F6: an unsigned line never changes what a signed capture serves


def test_show_refuses_a_hand_written_unsigned_reextraction_of_a_signed_capture(old_store):
    seq = _forge_unsigned_reextraction(old_store)
    proc = run_cli("show", CAPTURE_ID, "--json", store=old_store)
    doc = json.loads(proc.stdout)
    assert doc["evidence"] == "altered", doc
    assert any(f"re-extraction at log entry {seq} is not signed" in p for p in doc["evidence_problems"]), doc


def test_reindex_does_not_serve_a_hand_written_unsigned_reextraction(old_store):
    seq = _forge_unsigned_reextraction(old_store)
    proc = run_cli("reindex", store=old_store)
    assert f"re-extraction at log entry {seq} is not signed" in proc.stderr, proc.stderr
    doc = json.loads(run_cli("show", CAPTURE_ID, "--json", store=old_store).stdout)
    assert (doc.get("article") or {}).get("text") != FORGED and doc["evidence"] != "present", doc


def test_cite_refuses_the_capture_whose_newest_extraction_is_unsigned(old_store):
    seq = _forge_unsigned_reextraction(old_store)
    proc = run_cli("cite", CAPTURE_ID, store=old_store)
    assert proc.exit_code == 1 and f"re-extraction at log entry {seq} is not signed" in proc.stderr, proc.stderr


def test_after_log_adopt_the_reextraction_is_served(old_store):
    seq = _forge_unsigned_reextraction(old_store)
    assert run_cli("log", "adopt", f"{seq}..{seq}", store=old_store).exit_code == 0
    assert run_cli("reindex", store=old_store).exit_code == 0
    doc = json.loads(run_cli("show", CAPTURE_ID, "--json", store=old_store).stdout)
    assert doc["evidence"] == "present" and doc["article"]["text"] == FORGED  # the owner accepted it


def test_a_line_of_another_capture_naming_this_ones_entry_does_not_alter_it(old_store):
    entry, genuine = _newest_and_current(old_store)
    rid, rec = _write_record(old_store, genuine)
    _append_by_hand(old_store, {**_event(genuine, rid, rec, supersedes=entry.data["record_id"],
                                         supersedes_seq=entry.seq), "capture_id": "01zzzzzzzzzzzzzzzz"})
    assert json.loads(run_cli("show", CAPTURE_ID, "--json", store=old_store).stdout)["evidence"] == "present"
    proc = run_cli("log", "verify", "--json", store=old_store)
    assert any(p["code"] == "E_SUPERSEDE" for p in json.loads(proc.stdout)["problems"]), proc.output


def test_reextract_leaves_its_entry_signed(old_store):
    assert run_cli("reextract", CAPTURE_ID, store=old_store).exit_code == 0
    proc = run_cli("log", "verify", "--json", store=old_store)
    assert not [p for p in json.loads(proc.stdout)["problems"] if p["code"] == "W_UNCHECKPOINTED"], proc.output


def test_this_machines_own_unsigned_reextraction_is_served_before_it_is_signed(old_store):
    with Archive.open(old_store) as arc:
        arc.reextract([CAPTURE_ID])
        verified = run_cli("log", "verify", "--json", store=old_store).stdout
        assert "W_UNCHECKPOINTED" in verified  # not signed yet: the key folder's journal records it
        proc = run_cli("show", CAPTURE_ID, "--json", store=old_store)  # before close() signs
        assert json.loads(proc.stdout)["evidence"] == "present", proc.output


# F4: a missing re-extraction record is not "evidence: present"


def _reextract_then_lose_its_warc(store, tmp_path):
    assert run_cli("reextract", CAPTURE_ID, store=store).exit_code == 0
    _, new = _extraction_entries(store)
    warc = store / new["data"]["record"]["warc"]
    warc.rename(tmp_path / warc.name)
    run_cli("reindex", store=store)  # exit 1: text not indexed
    return warc


def test_show_says_the_missing_reextraction_record_is_missing_exit_3(old_store, tmp_path):
    warc = _reextract_then_lose_its_warc(old_store, tmp_path)
    proc = run_cli("show", CAPTURE_ID, "--json", store=old_store)
    doc = json.loads(proc.stdout)
    assert doc["evidence"] == "missing" and proc.exit_code == 3, proc.output
    assert doc["missing_file"] == str(warc.relative_to(old_store)), doc


def test_export_of_a_capture_whose_reextraction_record_is_missing_exits_3(old_store, tmp_path):
    _reextract_then_lose_its_warc(old_store, tmp_path)
    proc = run_cli("export", CAPTURE_ID, "-o", str(tmp_path / "x.wacz"), store=old_store)
    assert proc.exit_code == 3, proc.output


def test_an_index_lacking_the_logged_reextraction_says_run_reindex(old_store):
    assert run_cli("reextract", CAPTURE_ID, store=old_store).exit_code == 0
    with sqlite3.connect(old_store / "index.sqlite3") as db:  # the index loses the row (a cache)
        db.execute("DELETE FROM extractions WHERE capture_id=?", (CAPTURE_ID,))
    proc = run_cli("show", CAPTURE_ID, "--json", store=old_store)
    doc = json.loads(proc.stdout)
    assert doc["evidence"] == "missing" and any("lacks the logged extraction" in p for p in doc["evidence_problems"])


def test_reextract_of_a_capture_whose_new_record_is_missing_says_missing_not_run_reindex(old_store, tmp_path):
    _reextract_then_lose_its_warc(old_store, tmp_path)
    proc = run_cli("reextract", CAPTURE_ID, store=old_store)
    assert proc.exit_code == 3 and "run `archiver reindex` first" not in proc.output, proc.output


# F2: two reextract processes never both supersede one extraction


def test_of_two_reextracts_at_once_the_second_writes_nothing(old_store, monkeypatch):
    """Both have re-extracted (past every check before the commit) when either commits."""
    barrier = threading.Barrier(2, timeout=60)
    original = Archive.extract

    def extract_then_meet(self, *args, **kwargs):
        article = original(self, *args, **kwargs)
        barrier.wait()
        return article

    monkeypatch.setattr(Archive, "extract", extract_then_meet)
    outcomes = []

    def run():
        with Archive.open(old_store) as arc:
            outcomes.append(arc.reextract([CAPTURE_ID]).to_dict()["captures"][0])

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(o["status"] for o in outcomes) == ["failed", "reextracted"], outcomes
    [refused] = [o for o in outcomes if o["status"] == "failed"]
    assert "re-extracted meanwhile" in refused["reason"] and "nothing written" in refused["reason"]
    superseding = [e["seq"] for e in _extraction_entries(old_store) if e["data"].get("supersedes_seq") is not None]
    assert len(superseding) == 1, superseding
    assert run_cli("log", "verify", store=old_store).exit_code == 0


# R1: no reader is told "altered" while a reextract commits


def test_a_reader_between_the_reextract_log_append_and_index_update_is_not_told_altered(old_store, monkeypatch):
    import archiver.evidence as evidence_module
    from archiver.store.index import SqliteIndex

    appended, reader_waits = threading.Event(), threading.Event()
    update, wait = SqliteIndex.replace_extraction, evidence_module.wait_for_writers

    def pause_before_index_update(self, *args, **kwargs):
        appended.set()  # the log holds the new entry; the index still points at the old one
        reader_waits.wait(60)
        return update(self, *args, **kwargs)

    def note_the_wait(root, *budget):
        reader_waits.set()
        wait(root, *budget)

    monkeypatch.setattr(SqliteIndex, "replace_extraction", pause_before_index_update)
    monkeypatch.setattr(evidence_module, "wait_for_writers", note_the_wait)

    def commit():
        with Archive.open(old_store) as arc:
            arc.reextract([CAPTURE_ID])

    writer = threading.Thread(target=commit)
    writer.start()
    assert appended.wait(60)
    with Archive.open(old_store, mode="read") as arc:
        found = arc.evidence(CAPTURE_ID)
    writer.join()
    assert found.status == "present", found.problems


def test_reindex_does_not_serve_the_older_text_when_the_newest_extraction_names_no_record(old_store):
    """An extraction entry that keeps the log's rule of re-extractions but names no record of its
    own (no writer of ours makes one; here written by hand and adopted by the owner) cannot be
    read: reindex said nothing and served the older extraction in its place."""
    entry, genuine = _newest_and_current(old_store)
    rid, rec = _write_record(old_store, genuine)
    event = _event(genuine, rid, rec, supersedes=entry.data["record_id"], supersedes_seq=entry.seq)
    del event["record"]
    seq = _append_by_hand(old_store, event)
    assert run_cli("log", "adopt", f"{seq}..{seq}", store=old_store).exit_code == 0
    proc = run_cli("reindex", "--json", store=old_store)
    [problem] = json.loads(proc.stdout)["unverified_extractions"]
    assert proc.exit_code == 1 and f"its newest extraction (log entry {seq}) names no record" in problem
