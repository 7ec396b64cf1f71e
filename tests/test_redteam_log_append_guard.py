"""Red team: a line appended to the log by hand is never signed by the owner's next command.

Appending a well-formed line with the right ``prev`` to ``log.jsonl`` needs no key, and the
owner's next writing command used to sign it (it could not tell it from the lines of a killed
process of its own); once signed, a forged ``correction`` was cited. Writers now record their
appends beside the key before writing them, and refuse to append or sign over lines no record
covers (archiver/provenance/log_appends.py). Real CLI, real store, loopback server.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import rfc8785
from cli import process_command
from conftest import run_cli
from servers import Site, html_page
from stores import capture_template, copy_store

PAGE = (b"<html><head><title>Harbour report</title><meta name='author' content='Jane Roe'></head><body>"
        b"<article><h1>Harbour report</h1><p>The harbour handled 41,000 containers in March, the port "
        b"authority said on Tuesday.</p></article></body></html>")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("redteam-append-guard")
    [cap] = capture_template(root, {"/news": PAGE})
    return root, cap.capture_id


@pytest.fixture
def stored(template, store: Path, key_dir: Path) -> tuple[Path, str]:
    root, cid = template
    copy_store(root, store, key_dir)
    return store, cid


@pytest.fixture(scope="module")
def unsigned_template(template, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The template with one unsigned line of the owner's appended by another (ended) process
    (:data:`UNSIGNED_APPEND`): made once for the three tests that start from it, each on a copy."""
    root, cid = template
    made = tmp_path_factory.mktemp("redteam-append-guard-unsigned")
    copy_store(root, made / "store", made / "keys")
    proc = subprocess.run([sys.executable, "-c", UNSIGNED_APPEND, str(made / "store")], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "ARCHIVER_KEY_DIR": str(made / "keys")})
    assert proc.returncode == 0, proc.stderr
    return made, cid


@pytest.fixture
def stored_unsigned(unsigned_template, store: Path, key_dir: Path) -> tuple[Path, str]:
    root, cid = unsigned_template
    copy_store(root, store, key_dir)
    return store, cid


@pytest.fixture
def later(site: Site) -> str:
    site.routes["/later"] = html_page(PAGE.replace(b"Harbour report", b"Later report"))
    site.routes["/other"] = html_page(PAGE.replace(b"Harbour report", b"Other report"))
    return site.url("/later")


def _log(store: Path) -> Path:
    return store / "provenance" / "log.jsonl"


def _forge_correction(store: Path, cid: str) -> int:
    """Append a correction to log.jsonl by hand, with the right prev; returns its seq."""
    lines = _log(store).read_bytes().split(b"\n")[:-1]
    prev_entry = json.loads(lines[-1])
    entry = {"data": {"capture_id": cid, "extraction_seq": None, "reason": "printed edition",
                      "key_fingerprint": json.loads(lines[0])["data"]["key_fingerprint"],
                      "fields": {"authors": {"old": ["Jane Roe"], "new": ["Mallory Forger"]}}},
             "log": prev_entry["log"], "prev": "sha256:" + hashlib.sha256(lines[-1]).hexdigest(),
             "seq": prev_entry["seq"] + 1, "time": "2026-11-30T06:00:00.000000Z", "tool": "archiver/0.1.0",
             "type": "correction", "v": 1}
    with open(_log(store), "ab") as f:
        f.write(rfc8785.dumps(entry) + b"\n")
    return int(entry["seq"])


def _signed_size(store: Path) -> int:
    return int((store / "provenance" / "checkpoint").read_text().splitlines()[1])


def test_a_command_after_a_hand_appended_correction_refuses_to_sign_it(stored, later):
    store, cid = stored
    seq = _forge_correction(store, cid)
    before = _log(store).read_bytes()
    proc = run_cli("archive", later, store=store)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and f"entry {seq}" in lines[0] and f"archiver log adopt {seq}..{seq}" in lines[0], lines
    assert _log(store).read_bytes() == before and _signed_size(store) == seq  # nothing appended, nothing signed


def test_a_hand_appended_correction_is_never_cited_after_the_owners_next_commands(stored, later):
    store, cid = stored
    _forge_correction(store, cid)
    run_cli("archive", later, store=store)
    run_cli("log", "checkpoint", store=store)
    proc = run_cli("cite", cid, "--json", store=store)
    assert "Mallory" not in proc.stdout and json.loads(proc.stdout)["corrected"] == {}


def test_log_checkpoint_refuses_to_sign_a_hand_appended_line(stored):
    store, cid = stored
    seq = _forge_correction(store, cid)
    proc = run_cli("log", "checkpoint", store=store)
    assert proc.returncode == 1 and f"entry {seq}" in proc.stderr and _signed_size(store) == seq


def test_a_hand_appended_line_adopted_by_the_owner_is_signed_and_logged(stored, later):
    store, cid = stored
    seq = _forge_correction(store, cid)
    proc = run_cli("log", "adopt", f"{seq}..{seq}", "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    shown = json.loads(run_cli("log", "show", "--type", "recovery", "--json", store=store).stdout)
    assert [e["data"]["reason"] for e in shown] == ["adopted"] and shown[0]["seq"] == doc["recovery_seq"]
    assert run_cli("archive", later, store=store).returncode == 0
    assert run_cli("log", "verify", store=store).returncode == 0


def test_a_line_appended_by_hand_between_two_of_the_owners_appends_stops_signing(stored_unsigned, later, site):
    store, cid = stored_unsigned
    # an unsigned line of ours (a capture whose signing never ran), then a forged one after it
    seq = _forge_correction(store, cid)
    proc = run_cli("archive", later, store=store)
    assert proc.returncode == 1 and f"entry {seq}" in proc.stderr, proc.stderr


UNSIGNED_APPEND = """
import sys
from pathlib import Path
from archiver.provenance import ProvenanceLog
log = ProvenanceLog.open(Path(sys.argv[1]) / "provenance", create=False)
log.append("capture_failed", {"url": "https://example.org/x", "error": "refused"})
"""

#: A real capture killed (os._exit) after its log lines were written, before they were signed.
KILLED_CAPTURE = """
import os, sys
from pathlib import Path
from archiver.archive import Archive
from archiver.provenance import log_append

def die(point):
    if sys.argv[3] == "torn":  # only part of the write reached the file: its last line is cut short
        log = Path(sys.argv[1]) / "provenance" / "log.jsonl"
        os.truncate(log, os.path.getsize(log) - 7)
    os._exit(17)

log_append.fault_injector = die
with Archive.open(Path(sys.argv[1])) as arc:
    arc.capture(sys.argv[2])
"""


@pytest.mark.parametrize("write", ["whole", "torn"])
def test_a_capture_killed_after_writing_its_lines_is_signed_by_the_next_command(stored, later, site, write):
    store, _ = stored
    proc = subprocess.run([sys.executable, "-c", KILLED_CAPTURE, str(store), site.url("/other"), write],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 17, proc.stderr
    size = len(_log(store).read_bytes().splitlines())
    assert _signed_size(store) < size  # the killed capture's lines are there, unsigned
    proc = run_cli("archive", later, store=store)
    assert proc.returncode == 0, proc.stderr
    assert _signed_size(store) == len(_log(store).read_bytes().splitlines()) > size
    assert run_cli("log", "verify", store=store).returncode == 0


def test_two_archive_processes_appending_at_once_both_sign(stored, site):
    """This (test) process and a real second one archive two pages each into the store at once:
    each one's first request is held until the other's has arrived, so their appends are made
    together (in this process, one Python start-up and its imports fewer than two real ones)."""
    store, _ = stored
    both = threading.Barrier(2, timeout=60)
    met: list[bool] = []

    def held(body: bytes):  # noqa: ANN202 - a route
        def route(handler):  # noqa: ANN001, ANN202
            try:
                both.wait()
                met.append(True)
            except threading.BrokenBarrierError:
                met.append(False)
            return html_page(body)(handler)
        return route

    for name in ("a", "b", "c", "d"):
        body = PAGE.replace(b"Harbour", name.encode())
        site.routes[f"/{name}"] = held(body) if name in ("a", "c") else html_page(body)
    other = subprocess.Popen(process_command("archive", site.url("/c"), site.url("/d"), store=store),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mine = run_cli("archive", site.url("/a"), site.url("/b"), store=store)
    outs = other.communicate(timeout=120)
    assert [mine.returncode, other.returncode] == [0, 0], (mine.stderr, outs)
    assert met == [True, True]  # the two first captures were in flight at the same time
    assert _signed_size(store) == len(_log(store).read_bytes().splitlines())
    assert run_cli("log", "verify", store=store).returncode == 0


def test_a_store_used_with_the_key_but_without_its_record_archives_as_before(stored, later, key_dir):
    store, _ = stored
    for record in key_dir.glob("*.log.json"):
        record.unlink()
    proc = run_cli("archive", later, store=store)
    assert proc.returncode == 0, proc.stderr
    assert _signed_size(store) == len(_log(store).read_bytes().splitlines())


def test_a_record_from_before_appends_were_recorded_still_signs_the_unsigned_lines(stored_unsigned, later, key_dir):
    store, _ = stored_unsigned
    # an unsigned line left by an older archiver, whose record has no "appends"
    for record in key_dir.glob("*.log.json"):
        doc = json.loads(record.read_text())
        doc.pop("appends", None)
        record.write_text(json.dumps(doc))
    proc = run_cli("archive", later, store=store)
    assert proc.returncode == 0, proc.stderr
    assert "appends" in json.loads(next(key_dir.glob("*.log.json")).read_text())  # strict from now on


def test_an_unsigned_line_of_the_owners_replaced_by_hand_stops_signing(stored_unsigned, later):
    store, cid = stored_unsigned
    lines = _log(store).read_bytes().split(b"\n")[:-1]
    _log(store).write_bytes(b"\n".join(lines[:-1]) + b"\n")  # the owner's line taken out ...
    seq = _forge_correction(store, cid)  # ... and a forged one put at its seq, with the right prev
    proc = run_cli("archive", later, store=store)
    assert proc.returncode == 1 and f"entry {seq} of log.jsonl is not the line" in proc.stderr, proc.stderr
    assert "Mallory" not in run_cli("cite", cid, "--json", store=store).stdout


def test_adopting_part_of_the_unrecorded_lines_is_refused_and_logs_nothing(stored):
    store, cid = stored
    first = _forge_correction(store, cid)
    second = _forge_correction(store, cid)
    before = _log(store).read_bytes()
    proc = run_cli("log", "adopt", f"{first}..{first}", store=store)
    assert proc.returncode == 1 and f"entry {second}" in proc.stderr, proc.stderr
    assert _log(store).read_bytes() == before


def test_adopt_refuses_a_range_that_is_not_unsigned_entries(stored):
    store, _ = stored
    proc = run_cli("log", "adopt", "0..1", store=store)
    assert proc.returncode == 2 and "not a range of unsigned entries" in proc.stderr, proc.stderr


def test_the_record_of_appends_is_cleared_once_a_checkpoint_covers_them(stored, later, key_dir):
    store, _ = stored
    assert run_cli("archive", later, store=store).returncode == 0
    (record,) = key_dir.glob("*.log.json")
    assert json.loads(record.read_text())["appends"] == []
