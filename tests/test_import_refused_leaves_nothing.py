"""An ``import`` that is refused leaves nothing behind: no store folder where there was none, an existing
store byte for byte as it was, and no log key made for a store that was never made.

Before, ``archiver import FILE --store NEW`` created NEW (its README, its log and a signing key recorded
for that folder in the key folder) before it looked at FILE: a refused file (malformed, exit 2; a bundle
that does not verify, exit 1; one signed by a key not pinned, exit 3) left a store behind, and once that
folder was deleted the next import into it was refused (exit 3, "that log is gone"). Every refusal is
now made before the store is created.

Real files: a bundle our own export made from a loopback server (tests/bundles.py), doctored copies
of it, WARC files written here; real CLI.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from bundles import HARBOUR_PAGE, reworded_bundle, with_member
from conftest import run_cli
from servers import html_page


def _snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file and folder under ``root`` by relative path, with each file's bytes."""
    return {str(p.relative_to(root)): (None if p.is_dir() else p.read_bytes()) for p in sorted(root.rglob("*"))}


def _warc(records: list[tuple[str, str]]) -> bytes:
    """A WARC of response records, (record id, target URI) each, with the harbour page as body."""
    out = b""
    for rid, uri in records:
        block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + HARBOUR_PAGE
        head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
                f"WARC-Date: 2026-11-30T10:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n")
        out += head.encode() + block + b"\r\n\r\n"
    return out


_ONE = "11111111-1111-4111-8111-111111111111"


@pytest.fixture
def refused_files(one_page_bundle, tmp_path: Path) -> dict[str, tuple[Path, int]]:
    """Each kind of refused file, with the exit code its refusal has."""
    bundle = one_page_bundle["bundle"]
    garbage = tmp_path / "garbage.warc"
    garbage.write_bytes(b"this is no WARC file\n")
    twice = tmp_path / "twice.warc"
    twice.write_bytes(_warc([(_ONE, "https://news.example.org/a"), (_ONE, "https://news.example.org/b")]))
    text = tmp_path / "notes.txt"
    text.write_text("not an archive\n")
    forged = reworded_bundle(bundle, tmp_path / "forged.wacz", b"41,000 containers", b"91,000 containers",
                             one_page_bundle["keys"], keep_digest=True)
    bad_json = with_member(bundle, tmp_path / "bad-json.wacz", "datapackage.json", b"{not json")
    return {"garbage": (garbage, 2), "record id twice": (twice, 2), "not a WARC": (text, 2),
            "malformed datapackage.json": (bad_json, 2), "missing": (tmp_path / "nowhere.warc", 2),
            "does not verify": (forged, 1), "key not pinned": (bundle, 3)}


KINDS = ["garbage", "record id twice", "not a WARC", "malformed datapackage.json", "missing", "does not verify",
         "key not pinned"]


def _pin(one_page_bundle, kind: str) -> None:
    if kind != "key not pinned":  # (the others are refused with the bundle's key trusted)
        assert run_cli("key", "pin", str(one_page_bundle["key"])).returncode == 0


def _import(store: Path, file: Path) -> tuple[int, str]:
    proc = run_cli("import", str(file), store=store)
    assert "Traceback" not in proc.stderr and proc.stdout == "", proc.stdout + proc.stderr
    return proc.returncode, proc.stderr


@pytest.mark.parametrize("kind", KINDS)
def test_a_refused_import_into_a_folder_that_does_not_exist_creates_nothing(
        one_page_bundle, refused_files, tmp_path, key_dir, kind):
    _pin(one_page_bundle, kind)
    file, code = refused_files[kind]
    keys_before = _snapshot(key_dir)
    store = tmp_path / "new" / "store"
    rc, stderr = _import(store, file)
    assert rc == code, stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert not (tmp_path / "new").exists()
    assert _snapshot(key_dir) == keys_before  # no log key made for a store that was never made


@pytest.mark.parametrize("kind", KINDS)
def test_a_refused_import_leaves_an_existing_store_byte_identical(
        one_page_bundle, refused_files, store, site, kind):
    site.routes["/news"] = html_page(b"<html><body><article><h1>Quay walls</h1><p>The quay walls will be "
                                     b"repaired in May, the council said on Tuesday evening.</p></article></body></html>")
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    _pin(one_page_bundle, kind)
    file, code = refused_files[kind]
    before = _snapshot(store)
    rc, stderr = _import(store, file)
    assert rc == code, stderr
    assert _snapshot(store) == before


def test_a_refused_import_into_an_empty_folder_leaves_it_empty(tmp_path, refused_files):
    store = tmp_path / "empty"
    store.mkdir()
    rc, _ = _import(store, refused_files["garbage"][0])
    assert rc == 2
    assert list(store.iterdir()) == []


def test_after_a_refused_import_into_a_new_folder_a_good_file_imports_there(refused_files, tmp_path):
    store = tmp_path / "store"
    assert _import(store, refused_files["garbage"][0])[0] == 2
    shutil.rmtree(store, ignore_errors=True)  # what a user did with the store a refused import left (a key recorded it)
    good = tmp_path / "good.warc"
    good.write_bytes(_warc([(_ONE, "https://news.example.org/harbour")]))
    proc = run_cli("import", str(good), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    assert [c["url"] for c in json.loads(proc.stdout)["captures"]] == ["https://news.example.org/harbour"]


def test_a_file_changed_after_its_check_is_refused_and_nothing_is_copied(tmp_path, key_dir):
    from archiver.archive import Archive
    from archiver.errors import UsageError
    from archiver.export.importer import check_file

    file = tmp_path / "pages.warc"
    file.write_bytes(_warc([(_ONE, "https://news.example.org/harbour")]))
    checked = check_file(file, key_dir)
    file.write_bytes(_warc([(_ONE, "https://news.example.org/harbour"),
                            ("22222222-2222-4222-8222-222222222222", "https://news.example.org/quay")]))
    with (Archive.open(tmp_path / "store", key_dir=key_dir) as arc,
          pytest.raises(UsageError, match="changed while it was being imported")):
        arc.import_file(file, checked)
    assert [p.name for p in (tmp_path / "store").rglob("*.warc*")] == []
