"""Readers follow only trusted extractions; the append journal vouches only beside its key; a
reader waits for a writer a bounded time (second review of ``archiver reextract``, N1-N5).

Runs on copies of tests/data/reextract/before_extractor_57 (the ``old_store`` fixture)."""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys

import test_reextract
from cli import run_cli_beside_fifos, run_cli_process
from conftest import run_cli
from test_reextract import CAPTURE_ID, HIDDEN_QUOTE, _verdict
from test_reextract_trust import FORGED, _append_by_hand

from archiver.archive import Archive
from archiver.capture.records import extraction_spec, written_with_warc
from archiver.capture.warc import warc_date
from archiver.core.canonical import canonical_json
from archiver.core.digests import sha256_label
from archiver.core.reextractions import carried_newest
from archiver.provenance.note import Signer
from archiver.reextract import newest_extractions
from archiver.store.commit import metadata_sha256

old_store = test_reextract.old_store  # the fixture: a copy of the store extractor 56 made


def _forge(store, *, supersedes: bool, point_index: bool = True):
    """A forger with write access to the store and no key: a WARC record of made-up text, an
    extraction entry chained at the end of the log naming it as its own ``record``, and (with
    ``point_index``) the index pointed at it. Returns the forged entry's seq."""
    with Archive.open(store) as arc:  # the WARC writer and the index need no key
        entry = newest_extractions(arc)[CAPTURE_ID]
        row, art = arc.index.get(CAPTURE_ID), dict(arc.index.extraction(CAPTURE_ID)["article"])
        art.update(text=FORGED, page_text=FORGED, text_sha256=sha256_label(FORGED.encode()))
        rid = arc.ids.record_id()
        name, written = arc.warc_writer().write([extraction_spec(
            url=row.final_url, date=warc_date(arc.clock.now()), record_id=rid,
            refers_to=row.response_record_id, body=canonical_json(art))], sync=True)
        [rec] = written_with_warc(name, written)
    event = {"capture_seq": entry.data["capture_seq"], "capture_id": CAPTURE_ID, "record_id": rid,
             "extractor": entry.data["extractor"], "text_sha256": art["text_sha256"],
             "metadata_sha256": metadata_sha256(art), "extraction_sha256": sha256_label(canonical_json(art)),
             "record": rec}
    if supersedes:
        event.update(supersedes=entry.data["record_id"], supersedes_seq=entry.seq)
    seq = _append_by_hand(store, event)
    if point_index:
        _forge_index_at(store, seq)
    return seq


def _forge_index_at(store, seq):
    """Point the index's extraction of the capture at forged log entry ``seq`` (as _forge wrote it)."""
    log = store / "provenance" / "log.jsonl"
    with open(log, "rb") as f:
        lines = f.read().split(b"\n")
    offset = sum(len(line) + 1 for line in lines[:seq])
    data = json.loads(lines[seq])["data"]
    with Archive.open(store) as arc:
        art = dict(arc.index.extraction(CAPTURE_ID)["article"])
        art.update(text=FORGED, page_text=FORGED, text_sha256=data["text_sha256"])
        arc.index.replace_extraction(CAPTURE_ID, record=data["record"], dropped=None, log_seq=seq,
                                     text_sha256=data["text_sha256"], article=art,
                                     log_place=(offset, len(lines[seq])))


def _shown(store, env=None):
    proc = run_cli("show", CAPTURE_ID, "--json", store=store, env=env)
    doc = json.loads(proc.stdout) if proc.stdout.strip() else {"evidence": None, "article": {}}
    return doc, proc


def _served_forged(doc):
    return doc["evidence"] == "present" and (doc.get("article") or {}).get("text") == FORGED


# N1: an extraction entry without supersedes_seq, listing its own record


def test_show_refuses_an_index_pointed_at_a_hand_written_extraction_entry_without_supersedes_seq(old_store):
    seq = _forge(old_store, supersedes=False)
    doc, proc = _shown(old_store)
    assert not _served_forged(doc)
    assert proc.exit_code == 1 and f"entry {seq}" in proc.output, proc.output


def test_show_text_and_cite_refuse_the_hand_written_extraction_entry_without_supersedes_seq(old_store):
    _forge(old_store, supersedes=False)
    text = run_cli("show", CAPTURE_ID, "--text", store=old_store)
    assert text.exit_code == 1 and FORGED not in text.stdout
    cite = run_cli("cite", CAPTURE_ID, store=old_store)
    assert cite.exit_code == 1 and FORGED not in cite.stdout


def test_another_machine_refuses_the_hand_written_extraction_entry_without_supersedes_seq(old_store, tmp_path):
    _forge(old_store, supersedes=False)
    other = tmp_path / "other-keys"
    other.mkdir(mode=0o700)
    doc, proc = _shown(old_store, env={"ARCHIVER_KEY_DIR": str(other)})
    assert not _served_forged(doc) and proc.exit_code == 1, proc.output


def test_reindex_does_not_serve_a_hand_written_extraction_entry_without_supersedes_seq(old_store):
    _forge(old_store, supersedes=False, point_index=False)
    run_cli("reindex", store=old_store)
    doc, _ = _shown(old_store)
    assert not _served_forged(doc)


def test_show_refuses_an_index_pointed_at_a_signed_extraction_entry_that_breaks_the_rule_naming_it(old_store):
    seq = _forge(old_store, supersedes=False, point_index=False)
    assert run_cli("log", "adopt", f"{seq}..{seq}", store=old_store).exit_code == 0  # signed, still a second
    _forge_index_at(old_store, seq)  # extraction entry superseding nothing
    doc, proc = _shown(old_store)
    assert not _served_forged(doc) and proc.exit_code == 1
    assert f"extraction entry {seq}, which breaks the log's rule" in proc.output, proc.output


def test_reindex_serves_the_original_extraction_when_a_later_entry_claims_its_record_against_the_rule(old_store):
    with Archive.open(old_store) as arc:
        entry = newest_extractions(arc)[CAPTURE_ID]
        original = arc.index.extraction(CAPTURE_ID)["article"]["text"]
    _append_by_hand(old_store, {**entry.data, "text_sha256": sha256_label(FORGED.encode())})  # a second, superseding nothing
    assert run_cli("reindex", store=old_store).exit_code == 0
    doc, _ = _shown(old_store)
    assert doc["evidence"] == "present" and doc["article"]["text"] == original


# N3: the append journal is this machine's word only beside the log's private key


def _claim_last_line_in_the_journal(store, key_dir, seq):
    """Add by hand a journal line claiming log line ``seq`` (the last) as this machine's append."""
    last = (store / "provenance" / "log.jsonl").read_bytes().rstrip(b"\n").split(b"\n")[-1]
    h = "sha256:" + hashlib.sha256(last).hexdigest()
    place = str((store / "provenance").resolve())
    [journal] = key_dir.glob("*.appends.jsonl")
    with open(journal, "a") as f:
        f.write(json.dumps({"appends": [{"from_seq": seq, "last_line_hash": h, "line_hashes": [h], "store": place,
                                         "to_seq": seq}], "store": place}) + "\n")


def test_a_journal_line_does_not_make_an_append_this_machines_own_when_the_key_is_elsewhere(old_store, key_dir,
                                                                                           tmp_path):
    seq = _forge(old_store, supersedes=True)
    [key] = key_dir.glob("*.key")
    key.rename(tmp_path / key.name)  # the key is kept offline
    _claim_last_line_in_the_journal(old_store, key_dir, seq)
    doc, proc = _shown(old_store)
    assert not _served_forged(doc) and proc.exit_code == 1, proc.output


def test_a_journal_line_does_not_make_an_append_this_machines_own_beside_a_key_log_pub_does_not_name(
        old_store, key_dir):
    seq = _forge(old_store, supersedes=True)
    [key] = key_dir.glob("*.key")
    origin = Signer.from_skey(key.read_bytes()).name
    key.write_text(Signer.generate(origin).skey + "\n")  # the log's name, another key
    _claim_last_line_in_the_journal(old_store, key_dir, seq)
    doc, _ = _shown(old_store)
    assert not _served_forged(doc)


# N2: export and verify-bundle follow the supersede rule, not the log's order


def test_export_carries_the_extraction_the_store_follows_not_the_last_logged(old_store, tmp_path):
    assert _verdict(old_store, HIDDEN_QUOTE)["verdict"] == "exact"
    assert run_cli("reextract", CAPTURE_ID, store=old_store).exit_code == 0
    seq = _forge(old_store, supersedes=False, point_index=False)
    assert run_cli("log", "adopt", f"{seq}..{seq}", store=old_store).exit_code == 0  # signed, still breaks the rule
    followed, _ = _shown(old_store)
    assert followed["evidence"] == "present" and followed["article"]["text"] != FORGED
    out = tmp_path / "b.wacz"
    assert run_cli("export", CAPTURE_ID, "--with-quotes", "all", "-o", str(out), store=old_store).exit_code == 0
    doc = json.loads(run_cli("verify-bundle", str(out), "--json", store=old_store).stdout)
    [cap] = doc["captures"]
    assert cap["extraction_log_seq"] == followed["extraction_log_seq"] != seq, doc


def _ext(cid, rid, supersedes=None, supersedes_seq=None):
    data = {"capture_id": cid, "record_id": rid}
    if supersedes is not None or supersedes_seq is not None:
        data.update(supersedes=supersedes, supersedes_seq=supersedes_seq)
    return data


def test_a_bundles_current_extraction_is_its_newest_carried_one_along_the_rule():
    newest, problems = carried_newest([(2, _ext("c", "r2")), (9, _ext("c", "r9", "r6", 6)), (4, _ext("d", "r4"))])
    assert {cid: seq for cid, (seq, _) in newest.items()} == {"c": 9, "d": 4} and problems == []


def test_a_carried_second_extraction_superseding_nothing_breaks_the_rule_and_is_not_current():
    newest, problems = carried_newest([(2, _ext("c", "r2")), (9, _ext("c", "r9", "r6", 6)), (11, _ext("c", "rx"))])
    assert newest["c"][0] == 9 and [seq for seq, _ in problems] == [11]


def test_carried_extractions_superseding_one_entry_twice_are_a_fork():
    newest, problems = carried_newest([(2, _ext("c", "r2")), (5, _ext("c", "r5", "r2", 2)), (7, _ext("c", "r7", "r2", 2))])
    assert newest["c"][0] == 5 and problems[0][0] == 7 and "fork" in problems[0][1]


def test_a_carried_extraction_naming_a_record_its_superseded_entry_does_not_hold_breaks_the_rule():
    _, problems = carried_newest([(2, _ext("c", "r2")), (5, _ext("c", "r5", "decoy", 2))])
    assert [seq for seq, _ in problems] == [5]


# N4: a reader that found the index behind the log waits for a writer a bounded time


def _index_behind_the_log(store, tmp_path):
    """An index restored from before a reextract: show looks again once writers are done."""
    before = tmp_path / "index-before.sqlite3"
    shutil.copy(store / "index.sqlite3", before)
    assert run_cli("reextract", CAPTURE_ID, store=store).exit_code == 0
    for p in store.glob("index.sqlite3*"):
        p.unlink()
    shutil.copy(before, store / "index.sqlite3")


def test_show_refuses_in_one_line_when_a_process_holds_the_store_lock_past_the_wait(old_store, tmp_path):
    _index_behind_the_log(old_store, tmp_path)
    fd = os.open(old_store / "store.lock", os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # any process that can read the store can take it
    try:
        proc = run_cli_process("show", CAPTURE_ID, store=old_store, timeout=120)
    finally:
        os.close(fd)
    assert proc.returncode == 3, proc.stderr
    assert f"a writer holds the store (pid {os.getpid()}): try again, or run 'archiver reindex'" in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_show_is_not_blocked_by_a_fifo_in_place_of_the_store_lock(old_store, tmp_path):
    _index_behind_the_log(old_store, tmp_path)
    (old_store / "store.lock").unlink(missing_ok=True)
    os.mkfifo(old_store / "store.lock")
    proc, waited = run_cli_beside_fifos([old_store / "store.lock"], "show", CAPTURE_ID, store=old_store, timeout=120)
    assert not waited, "show waited on the FIFO"
    assert proc.returncode == 1 and "reindex" in proc.stderr, proc.stderr


# N5: a thread's own hold is one hold whatever path reached the store


def test_a_thread_holding_its_store_through_a_symlink_does_not_wait_for_itself_reading_by_the_real_path(
        old_store, tmp_path):
    _index_behind_the_log(old_store, tmp_path)
    link = tmp_path / "link"
    link.symlink_to(old_store)
    code = (f"from archiver.archive import Archive\n"
            f"a = Archive.open({str(link)!r}); b = Archive.open({str(old_store)!r}, mode='read')\n"
            f"with a.locked(exclusive=True):\n"
            f"    try:\n        b.show({CAPTURE_ID!r})\n    except Exception as exc:\n        print(type(exc).__name__)\n"
            f"print('done')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "done" in proc.stdout and "IncompleteCheckError" not in proc.stdout, proc.stdout + proc.stderr
