"""No verdict, citation or statement about a capture without its evidence (issue 10 §2, 11 §1).

Specifications, on real stores: pages served from 127.0.0.1 are archived with the real CLI, then
the evidence is damaged the way a user or an attacker would (a WARC file deleted, a byte flipped
in it, the SQLite index edited with sqlite3) and the real CLI is run (in-process). Whatever is
damaged, nothing may vouch for it: a missing file is exit 3 naming it, altered bytes or an index
that disagrees with the log are exit 1 with ``evidence: "altered"``, and nothing is logged.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page, response
from stores import copy_store

from archiver.archive import Archive
from archiver.evidence import (
    ALTERED,
    MISSING,
    PRESENT,
    EvidenceMissingError,
    LogReader,
    read_entry,
    require_evidence,
)
from archiver.provenance.chain import LogEntry

SENTENCE = "The council approved a budget of $12 million on Tuesday by seven votes to two."
INVENTED = "The mayor admitted the budget was a fraud."


def page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta name='author' content='Jon Reed'><meta property='og:site_name' content='Valley Times'>"
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>").encode()


BUDGET_1 = page("Council passes budget", [SENTENCE, "Opponents said the plan would not fund road repairs."])
BUDGET_2 = page("Council passes budget", [SENTENCE.replace("$12", "$14"),
                                          "Opponents said the plan would not fund road repairs."])
HARBOUR = page("Harbour report", ["The harbour handled 41,000 containers in March, the port authority said."])


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A store with /budget captured twice (the figure changed) and /harbour once; copied per test."""
    site = Site()
    pages = {"/budget": BUDGET_1, "/harbour": HARBOUR}
    for path in pages:
        site.routes[path] = (lambda p: lambda h: response(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], pages[p]))(path)
    root = tmp_path_factory.mktemp("pristine")
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    try:
        first = run_cli("archive", site.url("/budget"), site.url("/harbour"), "--json", store=root / "store", env=env)
        assert first.returncode == 0, first.stderr
        pages["/budget"] = BUDGET_2
        second = run_cli("archive", site.url("/budget"), "--json", store=root / "store", env=env)
        assert second.returncode == 0, second.stderr
    finally:
        site.close()
    old, harbour = json.loads(first.stdout)
    new = json.loads(second.stdout)
    return {"root": root, "old": old, "new": new, "harbour": harbour, "other_url": site.url("/harbour")}


@pytest.fixture
def arc(pristine: dict, tmp_path: Path) -> dict:
    """A private copy of the pristine store (and its key), safe to damage."""
    root = tmp_path / "copy"
    copy_store(pristine["root"], root / "store", root / "keys")
    return {**pristine, "store": root / "store", "env": {"ARCHIVER_KEY_DIR": str(root / "keys")}}


def cli(arc: dict, *args: str):
    return run_cli(*args, store=arc["store"], env=arc["env"])


def log_lines(arc: dict) -> list[dict]:
    return [json.loads(x) for x in (arc["store"] / "provenance" / "log.jsonl").read_text().splitlines()]


def quote_entries(arc: dict) -> list[dict]:
    return [e for e in log_lines(arc) if e["type"] == "quote_verification"]


def record_of(arc: dict, capture: dict, rec_type: str) -> dict:
    """Where the capture's record of ``rec_type`` lives, as the log lists it."""
    [entry] = [e for e in log_lines(arc) if e["type"] == "capture" and e["data"]["capture_id"] == capture["capture_id"]]
    return next(r for r in entry["data"]["records"] if r["type"] == rec_type)


def delete_warc(arc: dict, capture: dict) -> str:
    name = record_of(arc, capture, "response")["warc"]
    (arc["store"] / name).unlink()
    return name


def flip_byte(arc: dict, capture: dict, rec_type: str = "response") -> str:
    """Flip one byte in the middle of the capture's record (a gzip member) in its WARC file."""
    rec = record_of(arc, capture, rec_type)
    path = arc["store"] / rec["warc"]
    data = bytearray(path.read_bytes())
    data[rec["offset"] + rec["length"] // 2] ^= 0x01
    path.write_bytes(bytes(data))
    return rec["warc"]


def edit_index(arc: dict, sql: str, params: tuple) -> None:
    db = sqlite3.connect(arc["store"] / "index.sqlite3")
    with db:
        db.execute(sql, params)
    db.close()


def append_to_extracted_text(arc: dict, capture: dict, sentence: str) -> None:
    """What an attacker with write access to the index does: add a sentence to the cached text."""
    db = sqlite3.connect(arc["store"] / "index.sqlite3")
    [raw] = db.execute("SELECT article FROM extractions WHERE capture_id=?", (capture["capture_id"],)).fetchone()
    article = json.loads(raw)
    if "text" not in article:  # the index keeps texts in the WARC only: the attacker adds one to the row
        from archiver.archive import Archive

        with Archive.open(arc["store"], mode="read") as archive:
            article["text"] = archive.index.extraction(capture["capture_id"])["article"]["text"]
    article["text"] += "\n" + sentence
    with db:
        db.execute("UPDATE extractions SET article=? WHERE capture_id=?",
                   (json.dumps(article), capture["capture_id"]))
    db.close()
    from archiver.store.textindex import SqliteTextIndex

    SqliteTextIndex(arc["store"] / "text-index.sqlite3").add(capture["capture_id"], article["text"])


def one_line_error(proc) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


# ----------------------------------------------------------------- A. a WARC file missing or altered


def test_verify_quote_says_evidence_present_when_records_match_the_log(arc):
    proc = cli(arc, "verify-quote", SENTENCE, "--capture", arc["old"]["capture_id"], "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["verdict"] == "exact"
    assert doc["evidence"] == PRESENT
    assert doc["evidence_error"] is None


def test_verify_quote_capture_with_its_warc_deleted_is_exit_3_naming_the_file(arc):
    name = delete_warc(arc, arc["old"])
    before = len(quote_entries(arc))
    proc = cli(arc, "verify-quote", SENTENCE, "--capture", arc["old"]["capture_id"])
    assert proc.returncode == 3
    assert name in one_line_error(proc)
    assert "exact" not in proc.stdout
    assert len(quote_entries(arc)) == before  # no verdict logged


def test_verify_quote_json_refusal_says_evidence_missing(arc):
    delete_warc(arc, arc["old"])
    proc = cli(arc, "verify-quote", SENTENCE, "--capture", arc["old"]["capture_id"], "--json")
    assert proc.returncode == 3
    doc = json.loads(proc.stdout)
    assert doc["evidence"] == MISSING
    assert doc["verdict"] is None
    assert doc["capture"] == arc["old"]["capture_id"]


def test_verify_quote_with_a_flipped_byte_in_the_response_is_exit_1_altered(arc):
    flip_byte(arc, arc["old"], "response")
    proc = cli(arc, "verify-quote", SENTENCE, "--capture", arc["old"]["capture_id"], "--json")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["evidence"] == ALTERED
    assert "altered" in one_line_error(proc)
    assert quote_entries(arc) == []


def test_receipt_is_not_written_when_the_warc_is_missing(arc, tmp_path):
    delete_warc(arc, arc["old"])
    receipt = tmp_path / "receipt.zip"
    proc = cli(arc, "verify-quote", SENTENCE, "--capture", arc["old"]["capture_id"], "--receipt", str(receipt))
    assert proc.returncode == 3
    assert not receipt.exists()


def test_verify_quote_by_url_refuses_when_the_newest_capture_warc_is_missing(arc):
    delete_warc(arc, arc["new"])
    proc = cli(arc, "verify-quote", "a budget of $14 million", "--url", arc["new"]["url"])
    assert proc.returncode == 3
    one_line_error(proc)


def test_verify_quote_as_of_refuses_when_that_capture_is_altered(arc):
    flip_byte(arc, arc["old"], "response")
    as_of = arc["old"]["capture_time"]
    proc = cli(arc, "verify-quote", SENTENCE, "--url", arc["old"]["url"], "--as-of", as_of)
    assert proc.returncode == 1
    assert "altered" in one_line_error(proc)


def test_whole_archive_search_checks_the_capture_it_cites(arc):
    delete_warc(arc, arc["harbour"])
    proc = cli(arc, "verify-quote", "The harbour handled 41,000 containers in March")
    assert proc.returncode == 3
    assert arc["harbour"]["capture_id"] in one_line_error(proc)


def test_whole_archive_search_does_not_check_captures_it_does_not_cite(arc):
    # the harbour capture's WARC is another file (archived in the same run as the old budget page,
    # so damage the one the new budget page lives in): a budget quote still verifies on the new one
    delete_warc(arc, arc["new"])
    proc = cli(arc, "verify-quote", "The harbour handled 41,000 containers in March", "--json")
    assert record_of(arc, arc["harbour"], "response")["warc"] != record_of(arc, arc["new"], "response")["warc"]
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["evidence"] == PRESENT


def test_batch_reports_each_refused_quote_and_goes_on(arc, tmp_path):
    delete_warc(arc, arc["new"])
    batch = tmp_path / "quotes.csv"
    batch.write_text("quote,capture\n"
                     f"\"{SENTENCE}\",{arc['old']['capture_id']}\n"
                     f"a budget of $14 million,{arc['new']['capture_id']}\n")
    proc = cli(arc, "verify-quote", "--batch", str(batch), "--nl")
    rows = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [r["evidence"] for r in rows] == [PRESENT, MISSING]
    assert rows[0]["verdict"] == "exact"
    assert rows[1]["verdict"] is None
    assert proc.returncode == 3
    assert len(quote_entries(arc)) == 1  # only the checked one was logged


def test_show_says_evidence_present(arc):
    proc = cli(arc, "show", arc["old"]["capture_id"], "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["evidence"] == PRESENT
    assert doc["evidence_problems"] == []


def test_show_with_the_warc_deleted_is_exit_3_naming_the_file(arc):
    name = delete_warc(arc, arc["old"])
    proc = cli(arc, "show", arc["old"]["capture_id"])
    assert proc.returncode == 3
    assert name in one_line_error(proc)


def test_show_with_an_altered_request_record_is_exit_1(arc):
    flip_byte(arc, arc["old"], "request")  # show states every record, so checks every one
    proc = cli(arc, "show", arc["old"]["capture_id"], "--json")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["evidence"] == ALTERED


def test_cite_with_the_warc_deleted_is_exit_3(arc):
    name = delete_warc(arc, arc["old"])
    proc = cli(arc, "cite", arc["old"]["capture_id"])
    assert proc.returncode == 3
    assert name in one_line_error(proc)
    assert proc.stdout == ""


def test_cite_json_says_evidence_present(arc):
    proc = cli(arc, "cite", arc["old"]["capture_id"], "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["evidence"] == PRESENT


def test_diff_with_one_side_missing_is_exit_3(arc):
    name = delete_warc(arc, arc["new"])
    proc = cli(arc, "diff", arc["old"]["capture_id"], arc["new"]["capture_id"])
    assert proc.returncode == 3
    assert name in one_line_error(proc)


def test_diff_json_says_evidence_present_on_both_sides(arc):
    proc = cli(arc, "diff", arc["old"]["capture_id"], arc["new"]["capture_id"], "--json")
    doc = json.loads(proc.stdout)
    assert (doc["a"]["evidence"], doc["b"]["evidence"]) == (PRESENT, PRESENT)


def test_history_with_an_altered_capture_is_exit_1(arc):
    flip_byte(arc, arc["old"], "response")
    proc = cli(arc, "history", arc["old"]["url"], "--json")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["evidence"] == ALTERED


def test_export_check_refuses_a_capture_whose_warc_is_missing(arc, monkeypatch):
    delete_warc(arc, arc["old"])
    monkeypatch.setenv("ARCHIVER_KEY_DIR", arc["env"]["ARCHIVER_KEY_DIR"])
    with Archive.open(arc["store"]) as store, pytest.raises(EvidenceMissingError) as caught:
        require_evidence(store, [arc["harbour"]["capture_id"], arc["old"]["capture_id"]])
    assert caught.value.exit_code == 3
    assert caught.value.evidence.missing_file is not None


def test_export_of_a_capture_whose_warc_is_missing_is_exit_3_and_writes_nothing(arc, tmp_path):
    delete_warc(arc, arc["old"])
    out = tmp_path / "bundle.wacz"
    proc = cli(arc, "export", arc["old"]["capture_id"], "-o", str(out))
    assert proc.returncode == 3, proc.stderr
    assert not out.exists()


def test_export_of_an_altered_capture_is_exit_1_and_writes_nothing(arc, tmp_path):
    flip_byte(arc, arc["old"])
    out = tmp_path / "bundle.wacz"
    proc = cli(arc, "export", arc["old"]["capture_id"], "-o", str(out))
    assert proc.returncode == 1, proc.stderr
    assert not out.exists()


# ----------------------------------------------------------------- B. the index is a cache


def test_a_sentence_appended_to_the_indexed_text_is_refused_not_verified(arc, tmp_path):
    append_to_extracted_text(arc, arc["old"], INVENTED)
    receipt = tmp_path / "r.zip"
    proc = cli(arc, "verify-quote", INVENTED, "--capture", arc["old"]["capture_id"], "--json",
               "--receipt", str(receipt))
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    assert doc["evidence"] == ALTERED
    assert doc["verdict"] is None
    message = one_line_error(proc)
    assert "index disagrees" in message and "archiver reindex" in message
    assert not receipt.exists()
    assert quote_entries(arc) == []


def test_an_appended_sentence_is_refused_in_a_whole_archive_search(arc):
    append_to_extracted_text(arc, arc["old"], INVENTED)
    proc = cli(arc, "verify-quote", INVENTED)
    assert proc.returncode == 1
    assert "archiver reindex" in one_line_error(proc)
    assert quote_entries(arc) == []


def test_an_edited_capture_url_does_not_vouch_for_another_site(arc):
    other = "https://other.example/news"  # the URLs and the keys they are looked up by (index schema 3)
    edit_index(arc, "UPDATE captures SET url=?, final_url=?, url_key=?, final_url_key=? WHERE capture_id=?",
               (other, other, other, other, arc["harbour"]["capture_id"]))
    proc = cli(arc, "verify-quote", "The harbour handled 41,000 containers", "--url", "https://other.example/news",
               "--json")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["evidence"] == ALTERED
    assert "index disagrees" in one_line_error(proc)


def test_cite_refuses_an_edited_capture_url(arc):
    edit_index(arc, "UPDATE captures SET final_url=? WHERE capture_id=?",
               ("https://other.example/news", arc["harbour"]["capture_id"]))
    proc = cli(arc, "cite", arc["harbour"]["capture_id"], "--style", "bibtex")
    assert proc.returncode == 1
    assert "other.example" not in proc.stdout
    assert "archiver reindex" in one_line_error(proc)


def test_an_index_pointing_at_another_captures_log_entry_is_refused(arc):
    harbour_seq = arc["harbour"]["log_seq"]
    edit_index(arc, "UPDATE captures SET log_seq=? WHERE capture_id=?", (harbour_seq, arc["old"]["capture_id"]))
    proc = cli(arc, "verify-quote", SENTENCE, "--capture", arc["old"]["capture_id"])
    assert proc.returncode == 1
    assert "index" in one_line_error(proc)


def test_reindex_after_an_index_edit_restores_the_logged_answer(arc):
    append_to_extracted_text(arc, arc["old"], INVENTED)
    assert cli(arc, "reindex").returncode == 0
    proc = cli(arc, "verify-quote", SENTENCE, "--capture", arc["old"]["capture_id"], "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["evidence"] == PRESENT
    invented = cli(arc, "verify-quote", INVENTED, "--capture", arc["old"]["capture_id"], "--json")
    assert json.loads(invented.stdout)["verdict"] == "not_found"


# ----------------------------------------------------------------- reading one log entry by seq


def test_read_entry_finds_every_entry_by_seq(pristine):
    path = pristine["root"] / "store" / "provenance" / "log.jsonl"
    lines = path.read_bytes().splitlines()
    for seq, line in enumerate(lines):
        entry = read_entry(path, seq)
        assert entry is not None
        assert entry == LogEntry.from_line(line)


def test_read_entry_is_none_past_the_end_and_for_an_incomplete_last_line(tmp_path, pristine):
    path = tmp_path / "log.jsonl"
    lines = (pristine["root"] / "store" / "provenance" / "log.jsonl").read_bytes().splitlines()
    path.write_bytes(b"\n".join(lines[:-1]) + b"\n" + lines[-1][:40])  # the last line torn
    assert read_entry(path, len(lines)) is None
    assert read_entry(path, len(lines) - 1) is None
    assert read_entry(path, len(lines) - 2) is not None


def _synthetic_log(path: Path, sizes: list[int]) -> list[bytes]:
    """Canonical-looking entry lines of very different lengths (a capture entry is long, a quote short)."""
    import rfc8785

    lines = []
    for seq, size in enumerate(sizes):
        data = {"pad": "x" * size, "nested": {"seq": 10**6 - seq}, "capture_seq": seq}
        lines.append(rfc8785.dumps({"data": data, "log": "t/prov/1", "prev": None, "seq": seq,
                                    "time": "2026-01-01T00:00:00.000000Z", "tool": "t", "type": "capture", "v": 1}))
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return lines


def test_log_reader_finds_every_entry_among_lines_of_very_different_lengths(tmp_path):
    import random

    rng = random.Random(3)
    sizes = [rng.choice([5, 50, 400, 3000, 40000, 150000]) for _ in range(400)]
    path = tmp_path / "log.jsonl"
    lines = _synthetic_log(path, sizes)
    with LogReader(path) as reader:
        for seq in rng.sample(range(len(lines)), 120) + [0, len(lines) - 1]:
            entry = reader.entry(seq)
            assert entry is not None and entry.line == lines[seq]
        assert reader.entry(len(lines)) is None
        assert reader.entry(-1) is None


def test_log_reader_ends_on_a_log_whose_lines_are_out_of_order(tmp_path):
    path = tmp_path / "log.jsonl"
    lines = _synthetic_log(path, [100] * 50)
    path.write_bytes(b"".join(line + b"\n" for line in reversed(lines)))
    with LogReader(path) as reader:
        for seq in range(50):
            entry = reader.entry(seq)
            assert entry is None or entry.seq == seq  # never the wrong entry, never a hang


def test_show_refuses_an_index_that_moved_a_record(arc):
    edit_index(arc, "UPDATE records SET offset=offset+1 WHERE capture_id=? AND type='response'",
               (arc["old"]["capture_id"],))
    proc = cli(arc, "show", arc["old"]["capture_id"])
    assert proc.returncode == 1
    assert "archiver reindex" in one_line_error(proc)


def test_recapture_keeps_the_new_capture_and_refuses_the_comparison_with_a_missing_one(arc, tmp_path):
    site = Site()
    site.routes["/budget"] = html_page(BUDGET_2)
    try:
        first = cli(arc, "archive", site.url("/budget"), "--json")
        old = json.loads(first.stdout)
        delete_warc(arc, old)
        proc = cli(arc, "recapture", old["capture_id"], "--json")
    finally:
        site.close()
    assert proc.returncode == 3
    doc = json.loads(proc.stdout)
    assert doc["capture"]["ok"] and doc["diff"] is None
    assert "missing" in one_line_error(proc)


def test_recapture_without_json_reports_a_refused_comparison_in_one_line(arc, tmp_path):
    """The readable output path: the new capture is shown and the refusal is one line, exit 3
    (it used to hand the missing comparison to the diff renderer and end in a traceback)."""
    site = Site()
    site.routes["/budget"] = html_page(BUDGET_2)
    try:
        first = cli(arc, "archive", site.url("/budget"), "--json")
        old = json.loads(first.stdout)
        delete_warc(arc, old)
        proc = cli(arc, "recapture", old["capture_id"])
    finally:
        site.close()
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "missing" in one_line_error(proc)


def test_the_check_reuses_the_extraction_record_the_look_up_just_read(arc, monkeypatch):
    # The look-up reads the extraction record for its texts; the check then reads only the
    # response from the WARC, and still compares everything against the log.
    import archiver.evidence as evidence
    from archiver.archive import Archive

    read: list[int] = []  # the offsets of the records read

    def counting(real):
        def read_one(f, *where):
            read.append(where[0]["offset"] if isinstance(where[0], dict) else where[0])
            return real(f, *where)
        return read_one

    # a record is read as its block (inflated) or, with a logged member digest, as its member bytes
    monkeypatch.setattr(evidence, "_read_block_fast", counting(evidence._read_block_fast))
    monkeypatch.setattr(evidence, "_read_member_bytes", counting(evidence._read_member_bytes))
    cid = arc["harbour"]["capture_id"]
    with Archive.open(arc["store"], mode="read", key_dir=Path(arc["env"]["ARCHIVER_KEY_DIR"])) as archive:
        extraction = archive.index.extraction(cid)
        found = evidence.check_capture(archive, cid, extraction=extraction)
    assert found.status == evidence.PRESENT
    assert read == [record_of(arc, arc["harbour"], "response")["offset"]]


def test_an_edited_index_row_is_caught_also_when_the_look_up_read_the_record(arc):
    from archiver.archive import Archive
    from archiver.evidence import ALTERED, check_capture

    append_to_extracted_text(arc, arc["harbour"], "A sentence the source never had.")
    cid = arc["harbour"]["capture_id"]
    with Archive.open(arc["store"], mode="read", key_dir=Path(arc["env"]["ARCHIVER_KEY_DIR"])) as archive:
        extraction = archive.index.extraction(cid)
        assert extraction["read_from_warc"] is not None  # the shared read is what is being checked
        found = check_capture(archive, cid, extraction=extraction)
    assert found.status == ALTERED


# -- handles held open between checks: never trusted past a change of the file -------------


def _check(archive: Archive, capture: dict):
    return archive.evidence(capture["capture_id"])


def test_a_warc_deleted_after_an_earlier_check_in_the_same_session_is_missing(arc):
    with Archive.open(arc["store"], mode="read") as archive:
        assert _check(archive, arc["old"]).status == PRESENT  # the WARC is now held open
        name = delete_warc(arc, arc["old"])
        again = _check(archive, arc["old"])
    assert again.status == MISSING and again.missing_file == name


def test_a_warc_replaced_by_an_altered_copy_after_an_earlier_check_is_altered(arc, tmp_path):
    with Archive.open(arc["store"], mode="read") as archive:
        assert _check(archive, arc["old"]).status == PRESENT
        rec = record_of(arc, arc["old"], "response")
        path = arc["store"] / rec["warc"]
        data = bytearray(path.read_bytes())
        data[rec["offset"] + rec["length"] // 2] ^= 0x01
        path.unlink()  # a new file under the old name: another inode than the held handle's
        path.write_bytes(bytes(data))
        assert _check(archive, arc["old"]).status == ALTERED


def test_a_byte_flipped_in_place_after_an_earlier_check_is_altered(arc):
    with Archive.open(arc["store"], mode="read") as archive:
        assert _check(archive, arc["old"]).status == PRESENT
        flip_byte(arc, arc["old"])
        assert _check(archive, arc["old"]).status == ALTERED


def test_a_log_deleted_after_an_earlier_check_is_missing(arc):
    with Archive.open(arc["store"], mode="read") as archive:
        assert _check(archive, arc["old"]).status == PRESENT
        (arc["store"] / "provenance" / "log.jsonl").unlink()
        assert _check(archive, arc["old"]).status == MISSING


def test_a_log_rewritten_after_an_earlier_check_is_read_anew(arc):
    log = arc["store"] / "provenance" / "log.jsonl"
    with Archive.open(arc["store"], mode="read") as archive:
        assert _check(archive, arc["old"]).status == PRESENT
        lines = log.read_bytes().split(b"\n")
        target = next(i for i, x in enumerate(lines) if arc["old"]["capture_id"].encode() in x
                      and b'"type":"capture"' in x)
        lines[target] = lines[target].replace(b'"http_status":200', b'"http_status":201')
        log.write_bytes(b"\n".join(lines))  # same inode, same length: rewritten in place
        again = _check(archive, arc["old"])
    assert again.status == ALTERED and "says 201" in " ".join(again.problems)


def test_entries_appended_after_an_earlier_check_are_found_by_the_held_log_reader(arc):
    with Archive.open(arc["store"], mode="read") as archive:
        assert _check(archive, arc["old"]).status == PRESENT
        result = cli(arc, "verify-quote", SENTENCE, "--capture", arc["harbour"]["capture_id"])  # appends an entry
        assert result.returncode != 2, result.stderr
        entries = log_lines(arc)
        reader = archive.evidence_readers.log(archive.log_path)
        assert reader.entry(entries[-1]["seq"]) is not None


def test_closing_the_archive_closes_the_held_log_and_warc_handles(arc):
    import os

    def open_files() -> set[str]:
        fds = Path(f"/proc/{os.getpid()}/fd")
        return {os.readlink(fd) for fd in fds.iterdir() if fd.exists()} if fds.exists() else set()

    with Archive.open(arc["store"], mode="read") as archive:
        _check(archive, arc["old"])
        held = {p for p in open_files() if str(arc["store"]) in p}
        assert any(p.endswith("log.jsonl") for p in held) and any("/warcs/" in p for p in held)
    assert not {p for p in open_files() if str(arc["store"]) in p}


def test_a_remembered_log_position_that_no_longer_holds_its_entry_is_searched_again(tmp_path):
    path = tmp_path / "log.jsonl"
    lines = _synthetic_log(path, [300] * 40)
    with LogReader(path) as reader:
        assert reader.entry(20).line == lines[20]  # position remembered
        shorter = _synthetic_log(tmp_path / "other.jsonl", [30] * 10 + [300] * 30)
        path.write_bytes(b"".join(line + b"\n" for line in shorter))  # everything moved
        reader.refresh()
        assert reader.entry(20).line == shorter[20]
