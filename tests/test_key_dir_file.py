"""``ARCHIVER_KEY_DIR`` naming a file, not a folder (review 22 F5).

The review found that a key folder that is a file was answered with signing advice that does not
fit: "the signing key of log ... is not on this machine; copy the key file ... into <the file>"
for a store that has a log, and a traceback (``FileExistsError``) for a new store. Every command
that needs the key folder now says plainly that it is a file, not a folder, in one line, with
exit 3 (the key folder's problems: a check or an append that could not be done).

Real CLI in this process, a real store (tests/stores.py), a loopback server.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page
from stores import build_template, copy_store


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with its log, nothing captured."""
    root = tmp_path_factory.mktemp("key-dir-file")
    build_template(root, lambda arc: arc.log)
    return root


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "keys.txt"
    path.write_text("my notes, not a key folder\n")
    return path


def _said_plainly(proc, key_dir: Path) -> str:  # noqa: ANN001
    assert proc.returncode == 3, proc.stdout + proc.stderr
    [line] = proc.stderr.splitlines()
    assert line.startswith("error: ARCHIVER_KEY_DIR") and "is a file, not a folder" in line and str(key_dir) in line
    assert "copy the key file" not in line and "Traceback" not in proc.stderr
    return line


def test_appending_to_a_stores_log_with_a_key_dir_that_is_a_file_says_so(template, store, key_dir, key_file):
    copy_store(template, store, key_dir)
    proc = run_cli("log", "checkpoint", store=store, env={"ARCHIVER_KEY_DIR": str(key_file)})
    _said_plainly(proc, key_file)
    assert key_file.read_text() == "my notes, not a key folder\n"


def test_a_new_store_with_a_key_dir_that_is_a_file_says_so_before_any_request(site: Site, store, key_file):
    asked: list[str] = []
    page = html_page(b"<html><body><p>The harbour reopens in March.</p></body></html>")
    site.routes["/news"] = lambda h: (asked.append(h.path), page(h))[1]
    proc = run_cli("archive", site.url("/news"), store=store, env={"ARCHIVER_KEY_DIR": str(key_file)})
    _said_plainly(proc, key_file)
    assert asked == [] and key_file.read_text() == "my notes, not a key folder\n"


def test_a_key_dir_under_a_file_says_which_file(store, key_file):
    proc = run_cli("archive", "http://127.0.0.1:9/never-fetched", store=store,
                   env={"ARCHIVER_KEY_DIR": str(key_file / "keys")})
    line = _said_plainly(proc, key_file / "keys")
    assert f"under {key_file}, which is a file, not a folder" in line


def test_key_pin_with_a_key_dir_that_is_a_file_says_so(template, key_file):
    proc = run_cli("key", "pin", str(template / "store" / "provenance" / "log.pub"),
                   env={"ARCHIVER_KEY_DIR": str(key_file)})
    _said_plainly(proc, key_file)


@pytest.mark.parametrize("command", ["verify-bundle", "log verify", "key list"])
def test_commands_that_read_the_key_folder_say_so_too(template, store, key_dir, key_file, command):
    """(before: verify-bundle said the bundle's key was "not pinned", as if the folder were empty)"""
    copy_store(template, store, key_dir)
    old_bundle = Path(__file__).parent / "data" / "export" / "before_index_cdx" / "before.wacz"
    args = {"verify-bundle": ["verify-bundle", str(old_bundle)], "log verify": ["log", "verify"],
            "key list": ["key", "list"]}[command]
    _said_plainly(run_cli(*args, store=store, env={"ARCHIVER_KEY_DIR": str(key_file)}), key_file)
