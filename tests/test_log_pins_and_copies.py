"""Which key and which record ``log verify`` (and ``show``) trust for a log found in a folder.

A review found:

- a key pinned with ``archiver key pin`` (README: colleagues pin the owner's key) was ignored
  by ``log verify``: a copy re-keyed by a forger (a new key under the same origin, the chain
  recomputed, the checkpoints re-signed, ``log.pub`` replaced) verified OK, and ``show`` said
  ``present``. Only ``--key`` caught it. The pins are now consulted by origin: a log whose
  origin has a pinned key and whose ``log.pub`` is not one is the key-mismatch error (E_KEY);
- on the owner's machine, an honest older copy of a store at another path (a backup) was
  reported as ``E_TRUNCATED`` "the log was truncated or replaced" (exit 1), checked against the
  checkpoint the key record holds for the store's own folder, while ``show`` said ``present``.
  The record's checkpoint is held against the folders it lists; elsewhere a log behind it is
  "an older copy", a warning.

Real CLI in this process, real stores, loopback server.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
import rfc8785
from conftest import run_cli
from servers import Site, html_page
from stores import build_template, copy_store

from archiver.provenance import key_pins
from archiver.provenance.merkle import leaf_hash, root
from archiver.provenance.note import Checkpoint, Signer, Verifier, sign_checkpoint

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
        b"</article></body></html>")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root_dir = tmp_path_factory.mktemp("pins-and-copies")
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    try:
        cap = build_template(root_dir, lambda arc: arc.capture(site.url("/news")))
    finally:
        site.close()
    return root_dir, cap.capture_id


@pytest.fixture
def stored(template: tuple[Path, str], store: Path, key_dir: Path) -> tuple[Path, str]:
    root_dir, cid = template
    copy_store(root_dir, store, key_dir)
    return store, cid


@pytest.fixture
def colleague(stored: tuple[Path, str], tmp_path: Path) -> dict[str, str]:
    """A colleague's key folder in which the owner's published key is pinned (README's workflow)."""
    store, _ = stored
    env = {"ARCHIVER_KEY_DIR": str(tmp_path / "colleague-keys")}
    assert run_cli("key", "pin", str(store / "provenance" / "log.pub"), env=env).returncode == 0
    return env


def _rekey(store: Path) -> None:
    """The forger's re-keying (no owner key): a new key under the same origin, entry 0 naming it,
    the chain recomputed, every checkpoint re-signed, log.pub replaced."""
    prov = store / "provenance"
    lines = (prov / "log.jsonl").read_bytes().split(b"\n")[:-1]
    first = json.loads(lines[0])
    signer = Signer.generate(first["log"])
    first["data"].update(vkey=signer.verifier.vkey, key_fingerprint=signer.verifier.fingerprint)
    lines[0] = rfc8785.dumps(first)
    for i in range(1, len(lines)):
        entry = json.loads(lines[i])
        entry["prev"] = "sha256:" + hashlib.sha256(lines[i - 1]).hexdigest()
        lines[i] = rfc8785.dumps(entry)
    (prov / "log.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    leaves = [leaf_hash(line) for line in lines]
    for p in (prov / "checkpoints").glob("*.checkpoint"):
        n = int(p.name.split(".")[0])
        p.write_text(sign_checkpoint(Checkpoint(first["log"], n, root(leaves[:n])), signer))
    (prov / "checkpoint").write_text((prov / "checkpoints" / f"{len(lines)}.checkpoint").read_text())
    (prov / "log.pub").write_text(signer.verifier.vkey + "\n")
    (prov / "tree.json").unlink(missing_ok=True)


@pytest.fixture
def rekeyed(stored: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    store, cid = stored
    copy = tmp_path / "copy"
    shutil.copytree(store, copy)
    _rekey(copy)
    return copy, cid


# ------------------------------------------------------------------ F9: pinned keys


def test_log_verify_refuses_a_rekeyed_copy_whose_origin_has_a_pinned_key(
        rekeyed: tuple[Path, str], colleague: dict[str, str]) -> None:
    copy, _ = rekeyed
    proc = run_cli("log", "verify", store=copy, env=colleague)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    key_errors = [line for line in proc.stdout.splitlines() if line.startswith("ERROR E_KEY")]
    assert key_errors and "pinned" in key_errors[0], proc.stdout


def test_log_verify_checks_a_rekeyed_copy_with_the_pinned_key_not_log_pub(
        rekeyed: tuple[Path, str], colleague: dict[str, str]) -> None:
    copy, _ = rekeyed
    doc = json.loads(run_cli("log", "verify", "--json", store=copy, env=colleague).stdout)
    pinned = [line for line in Path(colleague["ARCHIVER_KEY_DIR"], "pinned-keys.txt").read_text().splitlines()]
    assert doc["vkey"] == pinned[0]
    assert "E_CKPT_SIG" in {p["code"] for p in doc["problems"]}  # the forger's checkpoints do not verify


def test_show_refuses_a_rekeyed_copy_whose_origin_has_a_pinned_key(
        rekeyed: tuple[Path, str], colleague: dict[str, str]) -> None:
    copy, cid = rekeyed
    proc = run_cli("show", cid, store=copy, env=colleague)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "pinned" in proc.stderr


def test_an_honest_copy_verifies_and_says_its_key_is_pinned(
        stored: tuple[Path, str], colleague: dict[str, str], tmp_path: Path) -> None:
    store, cid = stored
    copy = tmp_path / "copy"
    shutil.copytree(store, copy)
    proc = run_cli("log", "verify", store=copy, env=colleague)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "pinned with `archiver key pin`" in proc.stdout.splitlines()[1]
    assert run_cli("show", cid, store=copy, env=colleague).returncode == 0


def test_a_pin_for_another_origin_leaves_log_pub_trusted_and_unpinned(
        rekeyed: tuple[Path, str], tmp_path: Path) -> None:
    copy, _ = rekeyed
    other = tmp_path / "other.pub"
    other.write_text(Signer.generate("archiver/prov/0badc0de").verifier.vkey + "\n")
    env = {"ARCHIVER_KEY_DIR": str(tmp_path / "third-keys")}
    assert run_cli("key", "pin", str(other), env=env).returncode == 0
    proc = run_cli("log", "verify", store=copy, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "not pinned" in proc.stdout


def test_pin_mismatch_names_the_pinned_key_of_the_origin(
        stored: tuple[Path, str], colleague: dict[str, str]) -> None:
    store, _ = stored
    owner = Verifier.from_vkey((store / "provenance" / "log.pub").read_bytes())
    forger = Signer.generate(owner.name).verifier
    key_dir = Path(colleague["ARCHIVER_KEY_DIR"])
    assert key_pins.pin_mismatch(owner, key_dir) is None
    problem = key_pins.pin_mismatch(forger, key_dir)
    assert problem is not None and owner.fingerprint in problem and forger.fingerprint in problem


# ------------------------------------------------------------------ F3: copies elsewhere


@pytest.fixture
def backup(stored: tuple[Path, str], tmp_path: Path, site: Site) -> tuple[Path, Path, str]:
    """(store, an older copy of it at another path, the copy's capture id): the owner captured
    more in the store after copying it."""
    store, cid = stored
    copy = tmp_path / "backup"
    shutil.copytree(store, copy)
    site.routes["/later"] = html_page(PAGE.replace(b"Harbour report", b"Later report"))
    assert run_cli("archive", site.url("/later"), store=store).returncode == 0
    return store, copy, cid


def test_an_older_copy_elsewhere_is_not_called_truncated(backup: tuple[Path, Path, str]) -> None:
    _, copy, _ = backup
    proc = run_cli("log", "verify", store=copy)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "E_TRUNCATED" not in proc.stdout


def test_an_older_copy_elsewhere_is_said_to_be_one_and_where_the_log_was_signed(
        backup: tuple[Path, Path, str]) -> None:
    store, copy, _ = backup
    doc = json.loads(run_cli("log", "verify", "--json", store=copy).stdout)
    older = [p for p in doc["problems"] if p["code"] == "W_OLDER_COPY"]
    assert older and older[0]["severity"] == "warning"
    assert "an older copy of the log signed at" in older[0]["message"]
    assert str(store.resolve()) in older[0]["message"]


def test_show_and_log_verify_agree_on_an_older_copy(backup: tuple[Path, Path, str]) -> None:
    _, copy, cid = backup
    assert run_cli("show", cid, store=copy).returncode == 0
    assert run_cli("log", "verify", store=copy).returncode == 0


def test_the_store_rolled_back_in_its_own_folder_is_still_truncated(backup: tuple[Path, Path, str]) -> None:
    store, copy, _ = backup
    shutil.rmtree(store / "provenance")
    shutil.copytree(copy / "provenance", store / "provenance")
    proc = run_cli("log", "verify", store=store)
    assert proc.returncode == 1
    assert "E_TRUNCATED" in proc.stdout and "W_OLDER_COPY" not in proc.stdout


def test_a_copy_elsewhere_that_forks_from_what_the_key_signed_is_still_an_error(
        backup: tuple[Path, Path, str], key_dir: Path) -> None:
    """The record's checkpoint is still held against a copy that has as many entries: it must
    hash to the signed root (a copy elsewhere does not escape what the key signed)."""
    store, copy, _ = backup
    shutil.rmtree(copy)
    shutil.copytree(store, copy)
    log = copy / "provenance" / "log.jsonl"
    lines = log.read_bytes().split(b"\n")
    lines[1] = lines[1].replace(b"/news", b"/NEWS", 1)
    log.write_bytes(b"\n".join(lines))
    proc = run_cli("log", "verify", store=copy)
    assert proc.returncode == 1
    assert "the checkpoint recorded in" in proc.stdout


def test_a_log_cut_back_and_moved_away_from_every_folder_the_key_signed_is_still_truncated(
        backup: tuple[Path, Path, str]) -> None:
    """Review 16 F4: with the store the key signed gone (moved, or deleted after its log was cut
    back and renamed), no newer log stands beside the copy: it is not an older copy but the log
    cut back, E_TRUNCATED as before W_OLDER_COPY."""
    store, copy, _ = backup
    shutil.rmtree(store)
    proc = run_cli("log", "verify", store=copy)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "E_TRUNCATED" in proc.stdout and "W_OLDER_COPY" not in proc.stdout


# ------------------------------------------------------------------ statements on a log cut back and moved


def test_show_refuses_a_capture_of_a_log_cut_back_and_moved_away_from_every_folder_the_key_signed(
        backup: tuple[Path, Path, str]) -> None:
    """``show`` holds the copy to the checkpoint the key record keeps by the same rule as ``log
    verify`` (it read the record only for its own folder, and called the capture present)."""
    store, copy, cid = backup
    shutil.rmtree(store)
    proc = run_cli("show", cid, "--json", store=copy)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["evidence"] == "altered"
    assert "entries were removed" in " ".join(doc["evidence_problems"])


def test_cite_refuses_a_capture_of_a_log_cut_back_and_moved_away(backup: tuple[Path, Path, str]) -> None:
    store, copy, cid = backup
    shutil.rmtree(store)
    proc = run_cli("cite", cid, "--style", "text", store=copy)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "evidence present" not in proc.stdout and "Traceback" not in proc.stderr


def test_show_states_a_capture_of_an_older_copy_while_the_signed_log_still_stands(
        backup: tuple[Path, Path, str]) -> None:
    _, copy, cid = backup
    proc = run_cli("show", cid, "--json", store=copy)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["evidence"] == "present"
