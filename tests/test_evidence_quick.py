"""The evidence check's quick path proves what the full path proves (issue 10 §2, its cost).

Every look-up is followed by a check of the capture it cites, so the common case (everything
present and matching) takes a short path, and anything else falls back to the full check,
which names the problem. These tests pin that the two never disagree, on real stores damaged
the ways tests/test_evidence.py damages them: the quick path answers only ``present``, with
the very Evidence the full path gives, and gives way (``None``) wherever something is off. The
pieces it rests on are pinned too: the look-up's text digest is used only for the same ``str``
object, the extraction entry after its capture's is read without a search, the held log reader
takes the log's size from the ``stat`` of its path, entries decode without their hash.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_evidence import (  # the store and the damage tests/test_evidence.py specifies
    _synthetic_log,
    append_to_extracted_text,
    arc,  # noqa: F401 - a fixture
    delete_warc,
    edit_index,
    flip_byte,
    pristine,  # noqa: F401 - a fixture
    record_of,
)

import archiver.evidence as evidence
from archiver.archive import Archive
from archiver.core.digests import sha256_label
from archiver.evidence import ALTERED, MISSING, PRESENT, LogReader, check_capture
from archiver.provenance.chain import decode_entry


@pytest.fixture
def store(arc: dict) -> dict:  # noqa: F811 - arc is tests/test_evidence.py's fixture
    """A private copy of tests/test_evidence.py's store, safe to damage."""
    return arc


@pytest.fixture
def built(pristine: dict) -> dict:  # noqa: F811 - pristine is tests/test_evidence.py's fixture
    return pristine


def open_store(store: dict) -> Archive:
    return Archive.open(store["store"], mode="read", key_dir=Path(store["env"]["ARCHIVER_KEY_DIR"]))


def both_paths(archive: Archive, capture_id: str, **kw):
    """(what check_capture answers, what the quick path alone answers, what the full path answers)."""
    extraction = archive.index.extraction(capture_id)
    answer = check_capture(archive, capture_id, extraction=extraction, **kw)
    readers = archive.evidence_readers
    log = readers.log(archive.log_path)
    row = archive.index.get(capture_id)
    quick = evidence._quick(archive, readers, log, row, True, extraction, kw.get("text_digest"))
    full = evidence._check_with(archive, readers, log, row, evidence._Check(capture_id), full=False,
                                with_text=True, extraction=extraction)
    return answer, quick, full


def test_the_quick_path_gives_the_full_paths_answer_for_a_capture_whose_evidence_is_present(store):
    with open_store(store) as archive:
        answer, quick, full = both_paths(archive, store["old"]["capture_id"])
    assert quick is not None  # the common case is answered by the quick path
    assert answer == quick == full
    assert (answer.status, answer.records_checked, answer.problems) == (PRESENT, 2, ())
    assert quick.article == full.article  # not compared by ==: the archived extraction itself


def flip_extraction_record(store: dict) -> None:
    """Flip one byte in the middle of the old capture's extraction record."""
    entries = [json.loads(x) for x in (store["store"] / "provenance" / "log.jsonl").read_text().splitlines()]
    [ext] = [e for e in entries if e["type"] == "extraction" and e["data"]["capture_id"] == store["old"]["capture_id"]]
    rec = next(r for r in record_of_all(store, store["old"]) if r["record_id"] == ext["data"]["record_id"])
    path = store["store"] / rec["warc"]
    data = bytearray(path.read_bytes())
    data[rec["offset"] + rec["length"] // 2] ^= 0x01
    path.write_bytes(bytes(data))


def record_of_all(store: dict, capture: dict) -> list[dict]:
    entries = [json.loads(x) for x in (store["store"] / "provenance" / "log.jsonl").read_text().splitlines()]
    [entry] = [e for e in entries if e["type"] == "capture" and e["data"]["capture_id"] == capture["capture_id"]]
    return entry["data"]["records"]


def _log_url_of_old_capture_edited(store: dict) -> None:
    path = store["store"] / "provenance" / "log.jsonl"
    lines = path.read_bytes().splitlines()
    seq = store["old"]["log_seq"]
    lines[seq] = lines[seq].replace(b"/budget", b"/budgeT", 1)
    path.write_bytes(b"".join(line + b"\n" for line in lines))


DAMAGE = {
    "its WARC deleted": (lambda store: delete_warc(store, store["old"]), MISSING),
    "a byte flipped in its response": (lambda store: flip_byte(store, store["old"], "response"), ALTERED),
    "a byte flipped in its extraction record": (lambda store: flip_extraction_record(store), ALTERED),
    "its URL edited in the index": (lambda store: edit_index(
        store, "UPDATE captures SET url=? WHERE capture_id=?", ("https://other.example/", store["old"]["capture_id"])),
        ALTERED),
    "a sentence appended to its indexed text": (
        lambda store: append_to_extracted_text(store, store["old"], "The mayor admitted the budget was a fraud."), ALTERED),
    "the index pointing at another capture's entry": (lambda store: edit_index(
        store, "UPDATE captures SET log_seq=? WHERE capture_id=?", (store["harbour"]["log_seq"], store["old"]["capture_id"])),
        ALTERED),
    "the index pointing at another extraction entry": (lambda store: edit_index(
        store, "UPDATE extractions SET log_seq=log_seq+2 WHERE capture_id=?", (store["old"]["capture_id"],)), ALTERED),
    "its URL edited in the log": (_log_url_of_old_capture_edited, ALTERED),
}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_the_quick_path_gives_way_and_the_answer_is_the_full_paths_when_evidence_is_damaged(store, damage):
    do, expected = DAMAGE[damage]
    do(store)
    with open_store(store) as archive:
        answer, quick, full = both_paths(archive, store["old"]["capture_id"])
    assert quick is None
    assert answer == full
    assert answer.status == expected and answer.problems


def test_a_text_digest_for_another_object_than_the_archived_text_is_not_used(store):
    # equal text, but not the object the check read: the handed digest (wrong here) is ignored
    with open_store(store) as archive:
        text = archive.index.extraction(store["old"]["capture_id"])["article"]["text"]
        copy = "".join(list(text))
        assert copy == text and copy is not text
        answer, quick, _ = both_paths(archive, store["old"]["capture_id"], text_digest=(copy, "sha256:" + "0" * 64))
    assert quick is not None and answer.status == PRESENT


def test_a_text_digest_cannot_vouch_for_a_text_the_index_altered(store):
    append_to_extracted_text(store, store["old"], "The mayor admitted the budget was a fraud.")
    with open_store(store) as archive:
        text = archive.index.extraction(store["old"]["capture_id"])["article"]["text"]
        answer, quick, _ = both_paths(archive, store["old"]["capture_id"],
                                      text_digest=(text, sha256_label(text.encode("utf-8"))))
    assert quick is None and answer.status == ALTERED


def test_a_look_up_and_its_check_hash_the_archived_text_once(store, monkeypatch):
    # the verdict hashed the text it checked; the check compares that digest with the log's
    # rather than hashing the same str object again
    from archiver.quotes.service import QuoteRequest, QuoteService

    hashed: list[int] = []
    real = evidence.sha256_label

    def counting(data: bytes) -> str:
        hashed.append(len(data))
        return real(data)

    monkeypatch.setattr(evidence, "sha256_label", counting)
    with Archive.open(store["store"], key_dir=Path(store["env"]["ARCHIVER_KEY_DIR"])) as archive:
        report = QuoteService(archive).verify(QuoteRequest(
            quote="The harbour handled 41,000 containers", capture=store["harbour"]["capture_id"]))
    assert report.refused is None and report.primary.evidence == PRESENT
    assert hashed == []


def test_the_service_keeps_no_archived_extraction_with_a_checked_capture(store):
    from archiver.quotes.service import QuoteService

    with open_store(store) as archive:
        service = QuoteService(archive)
        service._load(store["old"]["capture_id"])
        found = service.evidence(store["old"]["capture_id"])
    assert found.status == PRESENT and found.article is None


# ------------------------------------------------------------------ the pieces it rests on


def test_the_entry_after_a_found_one_is_read_without_a_search(tmp_path, monkeypatch):
    path = tmp_path / "log.jsonl"
    lines = _synthetic_log(path, [2500, 700] * 30)
    searches: list[int] = []
    real = LogReader._find

    def counting(self, seq):
        searches.append(seq)
        return real(self, seq)

    monkeypatch.setattr(LogReader, "_find", counting)
    with LogReader(path) as reader:
        assert reader.entry(31).line == lines[31]
        assert reader.entry(32).line == lines[32]
    assert searches == [31]


def test_a_guessed_position_that_holds_another_entry_is_searched(tmp_path):
    path = tmp_path / "log.jsonl"
    lines = _synthetic_log(path, [300] * 40)
    with LogReader(path) as reader:
        assert reader.entry(20).line == lines[20]  # guesses 21 right after it
        moved = _synthetic_log(tmp_path / "other.jsonl", [300] * 21 + [50] + [300] * 18)
        path.write_bytes(b"".join(line + b"\n" for line in moved[:21] + [moved[22]] + moved[22:]))
        reader.refresh()
        assert reader.entry(21) is None  # the line guessed for 21 holds 22, and no line holds 21
        assert reader.entry(22).line == moved[22]


def test_the_held_log_reader_reads_the_log_as_large_as_the_given_size(tmp_path):
    path = tmp_path / "log.jsonl"
    lines = _synthetic_log(path, [300] * 10)
    with LogReader(path) as reader:
        reader.refresh(sum(len(line) + 1 for line in lines[:5]))  # as a stat before 5..9 were written
        assert reader.entry(4).line == lines[4]
        assert reader.entry(5) is None
        reader.refresh(path.stat().st_size)
        assert reader.entry(9).line == lines[9]


def test_the_held_log_handle_comes_with_the_size_its_stat_gave(store):
    with open_store(store) as archive:
        held = archive.evidence_readers
        first, size = held._logs.get_sized(str(archive.log_path))
        assert size == archive.log_path.stat().st_size
        with archive.log_path.open("ab") as f:
            f.write(b"{}\n")
        again, grown = held._logs.get_sized(str(archive.log_path))
    assert again is first and grown == size + 3


def test_an_entry_decoded_without_its_hash_has_the_same_values(built):
    line = (built["root"] / "store" / "provenance" / "log.jsonl").read_bytes().splitlines()[1]
    hashed, plain = decode_entry(line), decode_entry(line, hashed=False)
    assert (plain.seq, plain.type, plain.time, plain.data, plain.line) == (
        hashed.seq, hashed.type, hashed.time, hashed.data, hashed.line)
    assert hashed.entry_hash.startswith("sha256:") and plain.entry_hash == ""


def test_the_check_reads_the_response_where_the_log_places_it(store):
    # the quick path reads the logged place, not the index's: an index row pointing elsewhere
    # changes nothing the check reads
    rec = record_of(store, store["old"], "response")
    edit_index(store, "UPDATE records SET offset=0 WHERE record_id=?", (rec["record_id"],))
    with open_store(store) as archive:
        answer, quick, _ = both_paths(archive, store["old"]["capture_id"])
    assert quick is not None and answer.status == PRESENT
    assert json.loads(json.dumps(answer.to_dict()))["evidence"] == PRESENT
