"""The log cannot be rewritten without the key, or replaced silently (issue 11 §2).

Each test is one attack on a real store (captured from a loopback site): delete the
checkpoints and rewrite history, delete ``provenance/``, swap in another log, roll the log
back to an older copy. The store alone, a colleague's machine and the owner's machine (whose
key directory records what its key signed) each see what they can; nothing starts over.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import rfc8785
from click.testing import CliRunner
from servers import Site, html_page
from stores import build_template, copy_store

from archiver.archive import Archive
from archiver.cli import cli
from archiver.provenance import ProvenanceLog
from archiver.provenance.chain import line_hash
from archiver.store.storage import LOG_ORIGIN_FIELD, warc_log_origin

PAGE = b"<html><head><title>Report</title></head><body><article><p>The harbour handled 41,000 containers.</p></article></body></html>"


@pytest.fixture
def site():
    s = Site()
    s.routes["/a"] = html_page(PAGE)
    yield s
    s.close()


@pytest.fixture(scope="module")
def archived_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with two captures and its key, made once for the module."""
    root, s = tmp_path_factory.mktemp("archived"), Site()
    s.routes["/a"] = html_page(PAGE)
    try:
        build_template(root, lambda arc: arc.capture_many([s.url("/a"), s.url("/a")]))
    finally:
        s.close()
    return root


@pytest.fixture
def archived(archived_once: Path, store: Path, key_dir: Path) -> Path:
    """This test's own store with two captures, signed by this test's key (ARCHIVER_KEY_DIR)."""
    copy_store(archived_once, store, key_dir)
    return store


def invoke(store: Path, *args: str, key_dir: Path | None = None):  # noqa: ANN201
    env = {"ARCHIVER_KEY_DIR": str(key_dir)} if key_dir is not None else {}
    return CliRunner().invoke(cli, ["--store", str(store), *args], env=env)


def rewrite_history(provenance: Path, seq: int) -> None:
    """The forger's edit: change one entry and recompute every later ``prev`` (a perfect chain)."""
    lines = (provenance / "log.jsonl").read_bytes().split(b"\n")[:-1]
    obj = json.loads(lines[seq])
    obj["data"]["url"] = "https://example.org/forged"
    lines[seq] = rfc8785.dumps(obj)
    for i in range(seq + 1, len(lines)):
        later = json.loads(lines[i])
        later["prev"] = line_hash(lines[i - 1])
        lines[i] = rfc8785.dumps(later)
    (provenance / "log.jsonl").write_bytes(b"".join(line + b"\n" for line in lines))


def strip_checkpoints(provenance: Path) -> None:
    (provenance / "checkpoint").unlink()
    shutil.rmtree(provenance / "checkpoints")
    (provenance / "tree.json").unlink()


def test_log_without_any_checkpoint_fails_verify_even_on_a_machine_without_the_key(archived, tmp_path):
    prov = archived / "provenance"
    strip_checkpoints(prov)
    rewrite_history(prov, 1)
    result = invoke(archived, "log", "verify", key_dir=tmp_path / "colleague")
    assert result.exit_code == 1, result.output
    assert "ERROR E_NO_CHECKPOINT" in result.stdout
    assert "no valid signed checkpoint: FAILED" in result.stdout


def test_writing_command_refuses_to_sign_a_log_whose_checkpoints_were_deleted(archived, site):
    prov = archived / "provenance"
    strip_checkpoints(prov)
    rewrite_history(prov, 1)
    before = (prov / "log.jsonl").read_bytes()
    result = invoke(archived, "archive", site.url("/a"))
    assert result.exit_code == 3, result.output
    assert "restore provenance/ from a backup" in result.stderr
    assert (prov / "log.jsonl").read_bytes() == before
    assert not (prov / "checkpoint").exists()


def test_log_without_checkpoint_is_refused_with_the_stolen_key_alone(archived, site, key_dir, tmp_path):
    """Without the owner's record (only the key file), entries without a checkpoint still refuse."""
    prov = archived / "provenance"
    strip_checkpoints(prov)
    rewrite_history(prov, 1)
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    for key in key_dir.glob("*.key"):
        shutil.copy(key, stolen / key.name)
    result = invoke(archived, "archive", site.url("/a"), key_dir=stolen)
    assert result.exit_code == 3, result.output
    assert "no valid signed checkpoint" in result.stderr


def test_owner_verify_sees_a_rewrite_whose_checkpoints_were_replaced(archived, key_dir, tmp_path):
    """Even a forger holding a stolen key, who re-signs the rewritten head, is caught by the
    checkpoint the owner's key directory recorded."""
    prov = archived / "provenance"
    strip_checkpoints(prov)
    rewrite_history(prov, 1)
    (prov / "log.jsonl").write_bytes(b"".join((prov / "log.jsonl").read_bytes().split(b"\n")[:1]) + b"\n")
    forger = tmp_path / "forger"
    forger.mkdir()
    for key in key_dir.glob("*.key"):
        shutil.copy(key, forger / key.name)
    ProvenanceLog.open(prov, key_dir=forger, create=False).checkpoint()  # one entry: signable
    assert invoke(archived, "log", "verify", key_dir=tmp_path / "colleague").exit_code == 0
    result = invoke(archived, "log", "verify")
    assert result.exit_code == 1
    assert "ERROR E_TRUNCATED" in result.stdout and "the checkpoint recorded in" in result.stdout


def test_deleted_provenance_is_refused_not_started_over(archived, site, key_dir):
    shutil.rmtree(archived / "provenance")
    keys_before = sorted(p.name for p in key_dir.iterdir())
    result = invoke(archived, "archive", site.url("/a"))
    assert result.exit_code == 3, result.output
    assert "restore provenance/ from a backup" in result.stderr
    assert not (archived / "provenance").exists()
    assert sorted(p.name for p in key_dir.iterdir()) == keys_before


def test_deleted_provenance_is_refused_on_a_machine_without_any_record(archived, site, tmp_path):
    """The WARC files alone (their warcinfo names the log) refuse a new log."""
    origin = ProvenanceLog.open(archived / "provenance", create=False).origin
    shutil.rmtree(archived / "provenance")
    result = invoke(archived, "archive", site.url("/a"), key_dir=tmp_path / "new-machine")
    assert result.exit_code == 3, result.output
    assert f"naming log {origin}" in result.stderr
    assert not (archived / "provenance").exists()
    assert not (tmp_path / "new-machine").exists()


def test_log_verify_of_a_store_that_lost_its_log_cannot_complete(archived):
    shutil.rmtree(archived / "provenance")
    result = invoke(archived, "log", "verify", "--deep")
    assert result.exit_code == 3
    assert "no provenance log" in result.stderr and "restore provenance/" in result.stderr


def test_deleted_store_contents_are_refused_by_the_key_directory_record(archived, site):
    """Everything gone but the folder: the owner's key directory remembers a log lived there."""
    for child in archived.iterdir():
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    result = invoke(archived, "archive", site.url("/a"))
    assert result.exit_code == 3, result.output
    assert "this machine's key signed log" in result.stderr
    assert not (archived / "provenance").exists()


def test_swapped_log_is_noticed_by_its_owner(archived, site, tmp_path):
    other = tmp_path / "other"
    with Archive.open(other) as arc:  # another store, another log, signed with the same machine
        arc.capture(site.url("/a"))
    shutil.rmtree(archived / "provenance")
    shutil.copytree(other / "provenance", archived / "provenance")
    verify = invoke(archived, "log", "verify")
    assert verify.exit_code == 1
    assert "ERROR E_LOG_REPLACED" in verify.stdout and "ERROR E_LOG_ORIGIN" in verify.stdout
    before = (archived / "provenance" / "log.jsonl").read_bytes()
    result = invoke(archived, "archive", site.url("/a"))
    assert result.exit_code == 3, result.output
    assert "swapped or replaced" in result.stderr
    assert (archived / "provenance" / "log.jsonl").read_bytes() == before


def test_swapped_log_is_noticed_from_the_warcs_on_a_machine_without_the_record(archived, site, tmp_path):
    other = tmp_path / "other"
    with Archive.open(other) as arc:
        arc.capture(site.url("/a"))
    shutil.rmtree(archived / "provenance")
    shutil.copytree(other / "provenance", archived / "provenance")
    result = invoke(archived, "log", "verify", key_dir=tmp_path / "colleague")
    assert result.exit_code == 1
    assert "ERROR E_LOG_ORIGIN" in result.stdout


def test_rolled_back_log_is_refused_by_its_owner(store, site, tmp_path):
    with Archive.open(store) as arc:
        arc.capture(site.url("/a"))
    old = tmp_path / "old-provenance"
    shutil.copytree(store / "provenance", old)
    with Archive.open(store) as arc:
        arc.capture(site.url("/a"))
    shutil.rmtree(store / "provenance")
    shutil.copytree(old, store / "provenance")  # an older copy put back: later entries vanish
    result = invoke(store, "archive", site.url("/a"))
    assert result.exit_code == 3, result.output
    assert "older copy of the log" in result.stderr
    verify = invoke(store, "log", "verify")
    assert verify.exit_code == 1 and "ERROR E_TRUNCATED" in verify.stdout


def test_warcinfo_names_the_log_origin(archived):
    origin = ProvenanceLog.open(archived / "provenance", create=False).origin
    warcs = sorted((archived / "warcs").iterdir())
    assert warcs and all(warc_log_origin(w) == origin for w in warcs)
    assert LOG_ORIGIN_FIELD == "archiver-log-origin"


def test_key_directory_records_the_store_and_the_newest_checkpoint(archived, key_dir):
    log = ProvenanceLog.open(archived / "provenance", create=False)
    records = list(key_dir.glob("*.log.json"))
    assert len(records) == 1
    doc = json.loads(records[0].read_text())
    assert doc["origin"] == log.origin
    assert doc["stores"] == [str((archived / "provenance").resolve())]
    assert doc["checkpoint"] == (archived / "provenance" / "checkpoint").read_text()
    assert records[0].stat().st_mode & 0o777 == 0o600


def test_a_crash_before_the_first_checkpoint_is_not_refused(store, key_dir):
    """A log holding only its key_created entry (a crash before the first signing) still works."""
    log = ProvenanceLog.open(store / "provenance")
    strip_checkpoints(store / "provenance")
    (key_dir / next(p.name for p in key_dir.glob("*.log.json"))).unlink()
    reopened = ProvenanceLog.open(store / "provenance", create=False)
    assert reopened.verify().ok
    reopened.append("capture_failed", {"url": "http://127.0.0.1/x", "error": "refused"})
    reopened.checkpoint()
    assert reopened.verify().ok and reopened.origin == log.origin
