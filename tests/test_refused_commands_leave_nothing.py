"""A command that adds captures and is refused before it has anything to store leaves nothing behind:
no store folder where there was none (nor a log, nor a signing key in the key folder), and an existing
store byte for byte as it was.

Before, ``Archive.open`` made the store (its folder and README) as it opened it, before any check the
command makes afterwards: ``archive notaurl --store NEW`` left NEW/README.md (exit 2); with
``ARCHIVER_KEY_DIR`` naming a file, ``archive``/``recapture``/``check --archive-missing`` left
NEW/README.md and NEW/provenance/log.lock, ``batch`` a batches/ lock besides (exit 3, also in an
existing store); ``recapture ID`` left an empty index.sqlite3 ("no capture with id", exit 2); a folder a
deleted store's log was recorded for got a README before "that log is gone" (exit 3), as did a folder of
WARC files without a log before "no provenance log" (exit 3), and a store whose README was gone before
"made by a newer archiver" (exit 2). The store is now made at the first write, after every check that
needs no store (``Archive.make_store``). A capture that fails (connection refused) is not a refusal: the
command ran, and its failure is logged as ``capture_failed`` in the store it makes (conventions.md:
failures are never silent; only input refused as invalid is not logged).

Real CLI runs in this process (a read-only mount needs a process of its own), real loopback servers,
stores copied from one template (tests/stores.py).
"""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page
from stores import capture_template, copy_store

from archiver.archive import Archive
from archiver.errors import IncompleteCheckError, UsageError
from archiver.provenance import ProvenanceLog

PAGE = (b"<html><head><title>Quay walls</title></head><body><article><h1>Quay walls</h1><p>The quay walls "
        b"will be repaired in May, the council said on Tuesday evening.</p></article></body></html>")


def _snapshot(root: Path) -> dict[str, bytes | None] | None:
    """Every file and folder under ``root`` by relative path, with each file's bytes (None: no ``root``)."""
    if not root.exists():
        return None
    if not root.is_dir():
        return {"": root.read_bytes()}
    return {str(p.relative_to(root)): (None if p.is_dir() else p.read_bytes()) for p in sorted(root.rglob("*"))}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("refused-leave-nothing")
    capture_template(root, {"/news": PAGE})
    return root


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    s.routes["/news"] = html_page(PAGE)
    s.routes["/other"] = html_page(PAGE.replace(b"May", b"June"))
    yield s
    s.close()


@pytest.fixture
def inputs(tmp_path: Path, site: Site) -> dict[str, str]:
    """What the commands are given, by placeholder: a live page, URL lists, a WARC, a manuscript, a file."""
    good, bad = tmp_path / "urls.txt", tmp_path / "bad-urls.txt"
    good.write_text(site.url("/other") + "\n")
    bad.write_text(site.url("/other") + "\nnotaurl\n")
    warc = tmp_path / "pages.warc"
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE
    warc.write_bytes(b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:11111111-1111-4111-8111-111111111111>\r\n"
                     b"WARC-Date: 2026-11-30T10:00:00Z\r\nWARC-Target-URI: https://news.example.org/quay\r\n"
                     b"Content-Type: application/http; msgtype=response\r\n"
                     + f"Content-Length: {len(block)}\r\n\r\n".encode() + block + b"\r\n\r\n")
    manuscript = tmp_path / "draft.md"
    manuscript.write_text(f'The council said "the quay walls will be repaired in June" ([source]({site.url("/other")})).\n')
    a_file = tmp_path / "keys-file"
    a_file.write_text("not a folder\n")
    not_a_browser = tmp_path / "not-chromium"  # (exits at once, as a wrong --chromium does)
    not_a_browser.write_text("#!/bin/sh\necho 'this is not a browser' >&2\nexit 1\n")
    not_a_browser.chmod(0o755)
    return {"NOT_A_BROWSER": str(not_a_browser), "URL": site.url("/other"), "URLS": str(good), "BAD_URLS": str(bad), "WARC": str(warc),
            "MANUSCRIPT": str(manuscript), "NO_FOLDER": str(tmp_path / "no-such-folder"), "A_FILE": str(a_file)}


#: (id, arguments with placeholders, exit code, the key folder is a file): every refusal checked both
#: into a folder that does not exist and into an existing store.
REFUSALS = [
    ("archive, a URL that is not one", ("archive", "notaurl"), 2, False),
    ("archive, an ftp URL", ("archive", "ftp://example.org/quay"), 2, False),
    ("archive, a key folder that is a file", ("archive", "URL"), 3, True),
    ("archive --browser, a Chromium that exits at launch", ("archive", "--browser", "--chromium", "NOT_A_BROWSER", "URL"),
     2, False),
    ("batch, a line that is not a URL", ("batch", "BAD_URLS"), 2, False),
    ("batch, --jobs 0", ("batch", "--jobs", "0", "URLS"), 2, False),
    ("batch, a key folder that is a file", ("batch", "URLS"), 3, True),
    ("batch --threads, a key folder that is a file", ("batch", "--threads", "URLS"), 3, True),
    ("batch --browser, a Chromium that exits at launch", ("batch", "--browser", "--chromium", "NOT_A_BROWSER", "URLS"),
     2, False),
    ("batch --browser --threads, a Chromium that exits at launch",
     ("batch", "--browser", "--threads", "--chromium", "NOT_A_BROWSER", "URLS"), 2, False),
    ("recapture, an unknown capture id", ("recapture", "0123456789abcdef"), 2, False),
    ("recapture, an ftp URL", ("recapture", "ftp://example.org/quay"), 2, False),
    ("recapture, a key folder that is a file", ("recapture", "URL"), 3, True),
    ("recapture --browser, a Chromium that exits at launch",
     ("recapture", "--browser", "--chromium", "NOT_A_BROWSER", "URL"), 2, False),
    ("import, a key folder that is a file", ("import", "WARC"), 3, True),
    ("check --archive-missing, a key folder that is a file", ("check", "--archive-missing", "MANUSCRIPT"), 3, True),
    ("check --archive-missing, a date that is not one",
     ("check", "--archive-missing", "--as-of", "last spring", "MANUSCRIPT"), 2, False),
    ("check --archive-missing, no receipts folder",
     ("check", "--archive-missing", "--receipts", "NO_FOLDER", "MANUSCRIPT"), 2, False),
]
IDS = [r[0] for r in REFUSALS]


def _run(store: Path, args: tuple[str, ...], inputs: dict[str, str], key_file: bool) -> tuple[int, str]:
    env = {"ARCHIVER_KEY_DIR": inputs["A_FILE"]} if key_file else None
    proc = run_cli(*[inputs.get(a, a) for a in args], store=store, env=env)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, proc.stderr


@pytest.mark.parametrize(("name", "args", "code", "key_file"), REFUSALS, ids=IDS)
def test_a_refused_command_into_a_folder_that_does_not_exist_creates_nothing(
        tmp_path, key_dir, site, inputs, name, args, code, key_file):
    keys_before, key_file_before = _snapshot(key_dir), _snapshot(Path(inputs["A_FILE"]))
    rc, stderr = _run(tmp_path / "new" / "store", args, inputs, key_file)
    assert rc == code, stderr
    assert not (tmp_path / "new").exists()
    assert _snapshot(key_dir) == keys_before  # no log key made for a store that was never made
    assert _snapshot(Path(inputs["A_FILE"])) == key_file_before
    assert site.requests == []  # (refused before any request)


@pytest.mark.parametrize(("name", "args", "code", "key_file"), REFUSALS, ids=IDS)
def test_a_refused_command_leaves_an_existing_store_byte_identical(
        template, tmp_path, key_dir, site, inputs, name, args, code, key_file):
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    before, keys_before = _snapshot(store), _snapshot(key_dir)
    rc, stderr = _run(store, args, inputs, key_file)
    assert rc == code, stderr
    assert _snapshot(store) == before
    assert _snapshot(key_dir) == keys_before
    assert site.requests == []


@pytest.mark.parametrize("command", [("archive", "URL"), ("batch", "URLS"), ("recapture", "URL"), ("import", "WARC")],
                         ids=lambda c: c[0])
def test_a_store_whose_key_is_not_on_this_machine_stays_byte_identical(
        template, tmp_path, key_dir, site, inputs, command):
    store = tmp_path / "store"
    copy_store(template, store, tmp_path / "the-other-machines-keys")
    before = _snapshot(store)
    rc, stderr = _run(store, command, inputs, key_file=False)
    assert rc == 3 and "is not on this machine" in stderr, stderr
    assert _snapshot(store) == before
    assert list(key_dir.iterdir()) == []
    assert site.requests == []


@pytest.mark.parametrize("command", [("archive", "URL"), ("batch", "URLS"), ("recapture", "URL"), ("import", "WARC")],
                         ids=lambda c: c[0])
def test_a_store_whose_index_a_newer_archiver_made_stays_byte_identical_without_its_readme(
        template, tmp_path, key_dir, site, inputs, command):
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    (store / "README.md").unlink()  # (a store the README was removed from got it back, then was refused)
    with contextlib.closing(sqlite3.connect(store / "index.sqlite3")) as db, db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    before = _snapshot(store)
    rc, stderr = _run(store, command, inputs, key_file=False)
    assert rc == 2 and "made by a newer archiver" in stderr, stderr
    assert _snapshot(store) == before


def test_a_folder_of_warc_files_without_a_log_gets_no_readme(template, tmp_path, key_dir, site, inputs):
    store = tmp_path / "store"
    (store / "warcs").mkdir(parents=True)
    for warc in (template / "store" / "warcs").iterdir():
        shutil.copy2(warc, store / "warcs" / warc.name)
    before = _snapshot(store)
    rc, stderr = _run(store, ("archive", "URL"), inputs, key_file=False)
    assert rc == 3 and "no provenance log" in stderr, stderr
    assert _snapshot(store) == before
    assert list(key_dir.iterdir()) == []


@pytest.mark.parametrize("command", [("archive", "URL"), ("batch", "URLS"), ("recapture", "URL")], ids=lambda c: c[0])
def test_a_folder_whose_deleted_log_the_key_folder_records_stays_absent(
        template, tmp_path, key_dir, site, inputs, command):
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    shutil.rmtree(store)  # (the key folder still records the log that was there)
    keys_before = _snapshot(key_dir)
    rc, stderr = _run(store, command, inputs, key_file=False)
    assert rc == 3 and "that log is gone" in stderr, stderr
    assert not store.exists()
    assert _snapshot(key_dir) == keys_before


@pytest.mark.parametrize(("name", "args", "code", "key_file"), [REFUSALS[0], REFUSALS[2], REFUSALS[8]],
                         ids=[IDS[0], IDS[2], IDS[8]])
def test_a_refused_command_leaves_an_empty_folder_empty(tmp_path, key_dir, inputs, name, args, code, key_file):
    store = tmp_path / "empty"
    store.mkdir()
    rc, stderr = _run(store, args, inputs, key_file)
    assert rc == code, stderr
    assert list(store.iterdir()) == []


def test_a_store_in_a_read_only_folder_is_refused_and_nothing_is_made(tmp_path, key_dir, site):
    from cli import run_cli_on_read_only_mount

    parent = tmp_path / "read-only"
    parent.mkdir()
    # (the mount's --store comes first; the one given after it is the store asked for)
    [proc] = run_cli_on_read_only_mount(parent, [("--store", str(parent / "store"), "archive", site.url("/other"))])
    assert proc.returncode == 3, proc.stderr  # (the machine's refusal, not bad input: conventions.md, README)
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith(f"error: cannot create store directory {parent / 'store'}: ") and "read-only file system" in line
    assert list(parent.iterdir()) == []
    assert list(key_dir.iterdir()) == []
    assert site.requests == []


def test_a_failed_capture_into_a_new_folder_makes_the_store_and_logs_the_failure(tmp_path, key_dir):
    store = tmp_path / "new" / "store"
    with socket.socket() as s:  # bound, never listened on: refused
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}/gone"
        proc = run_cli("archive", url, store=store)
    assert proc.returncode == 1 and "connection refused" in proc.stderr, proc.stderr
    shown = run_cli("log", "show", "--json", "--type", "capture_failed", store=store)
    assert [e["data"]["url"] for e in json.loads(shown.stdout)] == [url]
    assert [p.suffix for p in key_dir.iterdir() if p.suffix == ".key"] == [".key"]


def test_opening_a_new_store_makes_nothing_until_its_first_write(tmp_path, key_dir, site):
    store = tmp_path / "new" / "store"
    with Archive.open(store, key_dir=key_dir) as arc:
        assert arc.list_captures() == []
        with pytest.raises(UsageError):
            arc.capture_many([site.url("/news"), "notaurl"])
        assert not (tmp_path / "new").exists()
        result = arc.capture(site.url("/news"))
    assert result.ok, result.error
    assert (store / "README.md").is_file() and [c.capture_id for c in Archive.open(store).list_captures()] == [
        result.capture_id]


def test_a_new_log_whose_key_folder_is_a_file_makes_no_folder(tmp_path):
    key_file = tmp_path / "keys"
    key_file.write_text("not a folder\n")
    with pytest.raises(IncompleteCheckError, match="is a file, not a folder"):
        ProvenanceLog.open(tmp_path / "store" / "provenance", key_dir=key_file)
    assert not (tmp_path / "store").exists()
