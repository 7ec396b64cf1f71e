"""``archiver reextract``: an old capture gets the current extractor's text, logged, and the old
extraction is never edited.

The store in ``tests/data/reextract/before_extractor_57`` was made by archiver at commit e173d15
(extractor 56; see ``make_before_extractor_57.py`` beside it): one page whose first paragraph
carries "unless the mayor objects" in a ``font-size:0.01px`` span. Extractor 56 took those words
for article text; extractor 57 hides them (no reader sees them). Each test works on its own copy
of that store and its signing key.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import run_cli

from archiver.extract import EXTRACTOR_VERSION

OLD = Path(__file__).parent / "data" / "reextract" / "before_extractor_57"
MADE = json.loads((OLD / "made.json").read_text())
CAPTURE_ID = MADE["capture_id"]
HIDDEN_QUOTE = "the harbour tax will be abolished next spring unless the mayor objects"
SHOWN_QUOTE = "the harbour tax will be abolished next spring, after the vote of the county council"


@pytest.fixture
def old_store(tmp_path: Path, key_dir: Path) -> Path:
    """This test's copy of the store extractor 56 made, with its signing key."""
    return copy_old_store(tmp_path, key_dir)


def copy_old_store(tmp_path: Path, key_dir: Path) -> Path:
    """A copy of the store extractor 56 made, with its signing key (whose records name the
    folder the store was made in: renamed to the copy's)."""
    store = tmp_path / "store"
    shutil.copytree(OLD / "store", store)
    for src in (OLD / "keys").iterdir():
        data = src.read_bytes()
        if src.suffix != ".key":
            data = data.replace(MADE["store"].encode(), str(store.resolve()).encode())
        (key_dir / src.name).write_bytes(data)
        (key_dir / src.name).chmod(0o600)
    return store


def _files(store: Path) -> dict[str, str]:
    """Every file of the store and its sha256 (the lock files aside)."""
    return {str(p.relative_to(store)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(store.rglob("*")) if p.is_file() and not p.name.endswith(".lock")}


def _verdict(store: Path, quote: str) -> dict:
    proc = run_cli("verify-quote", quote, "--capture", CAPTURE_ID, "--json", store=store)
    return json.loads(proc.stdout)


def _extraction_entries(store: Path) -> list[dict]:
    lines = (store / "provenance" / "log.jsonl").read_text().splitlines()
    return [e for e in map(json.loads, lines) if e["type"] == "extraction"]


def test_before_reextract_the_old_extraction_vouches_for_words_no_reader_saw(old_store):
    assert _verdict(old_store, HIDDEN_QUOTE)["verdict"] == "exact"
    [entry] = _extraction_entries(old_store)
    assert entry["data"]["extractor"]["archiver-extract"] == "56"


def test_after_reextract_the_hidden_words_are_no_longer_verified(old_store):
    proc = run_cli("reextract", CAPTURE_ID, store=old_store)
    assert proc.exit_code == 0, proc.output
    assert f"{CAPTURE_ID}: re-extracted (extractor 56 -> {EXTRACTOR_VERSION})" in proc.stdout
    assert _verdict(old_store, HIDDEN_QUOTE)["verdict"] == "altered"
    assert _verdict(old_store, SHOWN_QUOTE)["verdict"] == "exact"


def test_the_new_extraction_entry_supersedes_the_old_one_which_stays_in_the_log(old_store):
    [old] = _extraction_entries(old_store)
    log_before = (old_store / "provenance" / "log.jsonl").read_bytes()
    run_cli("reextract", CAPTURE_ID, store=old_store)
    assert (old_store / "provenance" / "log.jsonl").read_bytes().startswith(log_before)
    first, new = _extraction_entries(old_store)
    assert first == old
    data = new["data"]
    assert data["capture_id"] == CAPTURE_ID and data["capture_seq"] == old["data"]["capture_seq"]
    assert data["supersedes"] == old["data"]["record_id"] and data["supersedes_seq"] == old["seq"]
    assert data["record"]["record_id"] == data["record_id"] != old["data"]["record_id"]
    assert data["extractor"]["archiver-extract"] == EXTRACTOR_VERSION
    assert data["text_sha256"] != old["data"]["text_sha256"]


def test_verify_quote_names_the_new_extraction_entry_it_answered_from(old_store):
    run_cli("reextract", CAPTURE_ID, store=old_store)
    _, new = _extraction_entries(old_store)
    doc = _verdict(old_store, SHOWN_QUOTE)
    assert doc["extraction_seq"] == new["seq"] and doc["extraction_record_id"] == new["data"]["record_id"]
    assert doc["text_sha256"] == new["data"]["text_sha256"]


def test_show_serves_the_new_extraction_and_lists_its_record(old_store):
    run_cli("reextract", CAPTURE_ID, store=old_store)
    _, new = _extraction_entries(old_store)
    doc = json.loads(run_cli("show", CAPTURE_ID, "--json", store=old_store).stdout)
    assert doc["evidence"] == "present", doc["evidence_problems"]
    assert doc["extraction_log_seq"] == new["seq"] and doc["extraction_record_id"] == new["data"]["record_id"]
    assert "unless the mayor objects" not in doc["article"]["text"]
    assert new["data"]["record_id"] in [r["record_id"] for r in doc["records"]]


def test_log_verify_and_deep_verify_pass_after_reextract(old_store):
    run_cli("reextract", CAPTURE_ID, store=old_store)
    assert run_cli("log", "verify", store=old_store).exit_code == 0
    proc = run_cli("log", "verify", "--deep", store=old_store)
    assert proc.exit_code == 0, proc.output


def test_deep_verify_still_holds_the_newest_extraction_to_the_archived_bytes(old_store):
    """An older extraction made by other versions is superseded, not tampering; the newest is held."""
    before = run_cli("log", "verify", "--deep", store=old_store)
    assert before.exit_code == 1 and "extractor versions differ" in before.output  # as before reextract
    assert f"`archiver reextract {CAPTURE_ID}` brings it up to date" in before.output
    run_cli("reextract", CAPTURE_ID, store=old_store)
    _, new = _extraction_entries(old_store)
    record = new["data"]["record"]
    warc = old_store / record["warc"]
    data = bytearray(warc.read_bytes())
    data[record["offset"] + record["length"] // 2] ^= 0xFF  # damage the new extraction record
    warc.write_bytes(bytes(data))
    proc = run_cli("log", "verify", "--deep", store=old_store)
    assert proc.exit_code == 1 and f"seq {new['seq']}:" in proc.output


def test_export_and_verify_bundle_pass_and_the_bundle_carries_the_new_entry(old_store, tmp_path):
    run_cli("reextract", CAPTURE_ID, store=old_store)
    _, new = _extraction_entries(old_store)
    out = tmp_path / "bundle.wacz"
    proc = run_cli("export", CAPTURE_ID, "-o", str(out), store=old_store)
    assert proc.exit_code == 0, proc.output
    checked = run_cli("verify-bundle", str(out), "--json", store=old_store)
    doc = json.loads(checked.stdout)
    assert checked.exit_code == 0 and doc["verdict"] == "verified", doc["problems"]
    [capture] = doc["captures"]
    assert capture["extraction_log_seq"] == new["seq"]
    assert capture["text_sha256"] == new["data"]["text_sha256"]
    with zipfile.ZipFile(out) as z:
        pages = [json.loads(line) for line in z.read("pages/pages.jsonl").splitlines()[1:]]
    assert "unless the mayor objects" not in pages[0]["text"]


def test_reindex_after_reextract_keeps_the_new_text(old_store):
    run_cli("reextract", CAPTURE_ID, store=old_store)
    proc = run_cli("reindex", "--json", store=old_store)
    doc = json.loads(proc.stdout)
    assert proc.exit_code == 0 and doc["recovered"] == [] and doc["extractions"] == 1, proc.output
    assert _verdict(old_store, HIDDEN_QUOTE)["verdict"] == "altered"
    assert json.loads(run_cli("show", CAPTURE_ID, "--json", store=old_store).stdout)["evidence"] == "present"


def test_reindex_says_so_when_the_newest_extraction_record_is_damaged(old_store):
    new = _reextract_and_damage_its_record(old_store)
    proc = run_cli("reindex", "--json", store=old_store)
    doc = json.loads(proc.stdout)
    assert proc.exit_code == 1
    [problem] = doc["unverified_extractions"]
    assert f"its newest extraction (log entry {new['seq']}" in problem and "not served in its place" in problem
    proc = run_cli("verify-quote", HIDDEN_QUOTE, "--capture", CAPTURE_ID, store=old_store)
    assert proc.exit_code != 0 and "exact" not in proc.stdout  # the old text is not served instead


def test_reextract_twice_the_second_is_unchanged_and_writes_nothing(old_store):
    run_cli("reextract", CAPTURE_ID, store=old_store)
    before = _files(old_store)
    proc = run_cli("reextract", CAPTURE_ID, "--json", store=old_store)
    assert proc.exit_code == 0
    item = json.loads(proc.stdout)  # (one id: one object)
    assert item["status"] == "unchanged" and item["record_id"] is None
    assert _files(old_store) == before


def test_all_outdated_finds_the_old_capture_and_then_nothing(old_store):
    doc = json.loads(run_cli("reextract", "--all-outdated", "--json", store=old_store).stdout)
    assert [(i["capture_id"], i["status"]) for i in doc] == [(CAPTURE_ID, "reextracted")]
    doc = json.loads(run_cli("reextract", "--all-outdated", "--json", store=old_store).stdout)
    assert doc == []


def test_dry_run_says_what_would_change_and_writes_nothing(old_store):
    before = _files(old_store)
    proc = run_cli("reextract", "--all-outdated", "--dry-run", "--json", store=old_store)
    assert proc.exit_code == 0
    [item] = json.loads(proc.stdout)
    assert item["status"] == "would_reextract" and "text" in item["changed"]
    assert item["extractor"]["old"]["archiver-extract"] == "56" and item["extractor"]["new"]["archiver-extract"] == EXTRACTOR_VERSION
    assert _files(old_store) == before


def test_an_unknown_id_exits_2_and_writes_nothing(old_store):
    before = _files(old_store)
    proc = run_cli("reextract", CAPTURE_ID, "zzzzzz", store=old_store)
    assert proc.exit_code == 2 and "no capture with id 'zzzzzz'" in proc.stderr
    assert _files(old_store) == before


def test_without_the_signing_key_it_refuses_before_writing(old_store, tmp_path):
    before = _files(old_store)
    proc = run_cli("reextract", CAPTURE_ID, store=old_store, env={"ARCHIVER_KEY_DIR": str(tmp_path / "no-keys")})
    assert proc.exit_code == 3, proc.output
    assert "Traceback" not in proc.stderr
    assert _files(old_store) == before


def test_no_ids_and_no_all_outdated_is_a_usage_error(old_store):
    proc = run_cli("reextract", store=old_store)
    assert proc.exit_code == 2 and "--all-outdated" in proc.stderr



def test_a_quote_check_made_before_reextract_travels_with_the_extraction_it_was_made_on(old_store, tmp_path):
    """A quote of words that hold on both texts (a quote of the hidden words, which does not hold
    on the current text, leaves the bundle not VERIFIED: tests/test_reextract_bundles.py). The whole
    sentence: cut before ", the committee added, until the next election" the quote drops its time
    limit, which quote rules read past a speaker's tag since review s41 (altered)."""
    quote = "The roads budget of the county stays as it was, the committee added, until the next election."
    assert _verdict(old_store, quote)["verdict"] == "exact"
    [old] = _extraction_entries(old_store)
    run_cli("reextract", CAPTURE_ID, store=old_store)
    doc = bundle_checked(old_store, tmp_path)
    assert doc["exit"] == 0 and doc["verdict"] == "verified", doc["problems"]
    assert doc["warnings"] == [] and doc["quotes_checked"] == 1  # re-run on the text it was made on
    assert old["seq"] in doc["entries"]["by_type"]["extraction"]  # that text's entry is proven too


def test_show_says_when_and_by_which_version_the_text_was_re_extracted(old_store):
    run_cli("reextract", CAPTURE_ID, store=old_store)
    old, new = _extraction_entries(old_store)
    [again] = json.loads(run_cli("show", CAPTURE_ID, "--json", store=old_store).stdout)["reextractions"]
    assert again == {"log_seq": new["seq"], "time": new["time"], "record_id": new["data"]["record_id"],
                     "extractor_version": EXTRACTOR_VERSION, "supersedes": old["data"]["record_id"],
                     "supersedes_seq": old["seq"], "superseded_version": "56"}
    shown = run_cli("show", CAPTURE_ID, store=old_store).stdout
    assert (f"re-extracted {new['time'][:19]}Z by extractor {EXTRACTOR_VERSION} (log entry {new['seq']}; supersedes entry "
            f"{old['seq']}, extractor 56)") in shown


def test_history_marks_a_re_extracted_capture(old_store):
    run_cli("reextract", CAPTURE_ID, store=old_store)
    url = json.loads(run_cli("show", CAPTURE_ID, "--json", store=old_store).stdout)["url"]
    doc = json.loads(run_cli("history", url, "--json", store=old_store).stdout)
    [row] = doc["captures"]
    assert [x["extractor_version"] for x in row["reextractions"]] == [EXTRACTOR_VERSION]
    assert f"(text re-extracted by extractor {EXTRACTOR_VERSION})" in run_cli("history", url, store=old_store).stdout


def test_a_capture_never_re_extracted_lists_no_re_extractions(old_store):
    assert json.loads(run_cli("show", CAPTURE_ID, "--json", store=old_store).stdout)["reextractions"] == []


def test_an_index_older_than_the_reextract_is_refused_not_served(old_store, tmp_path):
    """An index.sqlite3 restored from before the reextract points at the superseded extraction: the
    evidence check says the index is older than the log, and verify-quote does not answer from it."""
    saved = tmp_path / "index-before.sqlite3"
    shutil.copy2(old_store / "index.sqlite3", saved)
    run_cli("reextract", CAPTURE_ID, store=old_store)
    _, new = _extraction_entries(old_store)
    shutil.copy2(saved, old_store / "index.sqlite3")
    proc = run_cli("verify-quote", HIDDEN_QUOTE, "--capture", CAPTURE_ID, store=old_store)
    assert proc.exit_code == 1 and "verdict: exact" not in proc.stdout
    assert f"which log entry {new['seq']} supersedes" in proc.stdout + proc.stderr
    shown = json.loads(run_cli("show", CAPTURE_ID, "--json", store=old_store).stdout)
    assert shown["evidence"] == "altered"
    assert run_cli("reindex", store=old_store).exit_code == 0
    assert _verdict(old_store, HIDDEN_QUOTE)["verdict"] == "altered"


def test_on_a_read_only_store_it_refuses_in_one_line_and_changes_nothing(old_store):
    from cli import run_cli_on_read_only_mount

    before = _files(old_store)
    [run, dry] = run_cli_on_read_only_mount(old_store, [["reextract", CAPTURE_ID],
                                                        ["reextract", "--all-outdated", "--dry-run"]])
    assert run.returncode == 3 and "read-only" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert dry.returncode == 0 and "1 would be re-extracted" in dry.stdout, dry.stderr  # a dry run only reads
    assert _files(old_store) == before


def test_log_show_lists_the_re_extraction_and_what_it_supersedes(old_store):
    run_cli("reextract", CAPTURE_ID, store=old_store)
    old, new = _extraction_entries(old_store)
    shown = run_cli("log", "show", "--type", "extraction", store=old_store).stdout.splitlines()
    assert len(shown) == 2
    assert shown[1].endswith(f"{CAPTURE_ID}  re-extracted by extractor {EXTRACTOR_VERSION}, supersedes entry {old['seq']}")


def test_show_without_the_log_says_the_log_is_missing(old_store):
    run_cli("reextract", CAPTURE_ID, store=old_store)
    (old_store / "provenance" / "log.jsonl").unlink()
    proc = run_cli("show", CAPTURE_ID, store=old_store)
    assert proc.exit_code == 3 and "provenance/log.jsonl is missing" in proc.stderr


def test_with_the_log_gone_even_a_dry_run_says_so_and_exits_3(old_store):
    (old_store / "provenance" / "log.jsonl").unlink()
    before = _files(old_store)
    proc = run_cli("reextract", "--all-outdated", "--dry-run", store=old_store)
    assert proc.exit_code == 3 and "no provenance log" in proc.stderr
    assert _files(old_store) == before


def test_a_damaged_re_extraction_record_is_altered_evidence(old_store):
    new = _reextract_and_damage_its_record(old_store)
    proc = run_cli("verify-quote", SHOWN_QUOTE, "--capture", CAPTURE_ID, store=old_store)
    assert proc.exit_code == 1 and "verdict: exact" not in proc.stdout
    shown = json.loads(run_cli("show", CAPTURE_ID, "--json", store=old_store).stdout)
    assert shown["evidence"] == "altered"
    assert any(new["data"]["record_id"] in p for p in shown["evidence_problems"]), shown["evidence_problems"]


def test_a_whole_archive_search_finds_the_new_text_not_the_old(old_store):
    before = json.loads(run_cli("verify-quote", HIDDEN_QUOTE, "--json", store=old_store).stdout)
    assert before["verdict"] == "exact" and before["capture"] == CAPTURE_ID
    run_cli("reextract", CAPTURE_ID, store=old_store)
    after = json.loads(run_cli("verify-quote", HIDDEN_QUOTE, "--json", store=old_store).stdout)
    assert after["verdict"] != "exact"
    found = json.loads(run_cli("verify-quote", SHOWN_QUOTE, "--json", store=old_store).stdout)
    assert found["verdict"] == "exact" and found["capture"] == CAPTURE_ID


def _reextract_and_damage_its_record(store):
    """Re-extract the fixture's capture, then flip a byte in the middle of the new extraction
    record; returns the new extraction's log entry."""
    run_cli("reextract", CAPTURE_ID, store=store)
    _, new = _extraction_entries(store)
    record = new["data"]["record"]
    warc = store / record["warc"]
    data = bytearray(warc.read_bytes())
    data[record["offset"] + record["length"] // 2] ^= 0xFF
    warc.write_bytes(bytes(data))
    return new


def bundle_checked(store, tmp_path, *ids: str) -> dict:
    """Export ``ids`` (the fixture's capture by default) with all their quote checks, then
    verify-bundle --json it: its report, with ``exit`` (the exit code) and ``path``."""
    out = tmp_path / "bundle.wacz"
    proc = run_cli("export", *(ids or (CAPTURE_ID,)), "--with-quotes", "all", "-o", str(out), store=store)
    assert proc.exit_code == 0, proc.output
    checked = run_cli("verify-bundle", str(out), "--json", store=store)
    return {"exit": checked.exit_code, "path": out, **json.loads(checked.stdout)}
