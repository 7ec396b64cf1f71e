"""Reading is never writing (issue 10 §5).

Reading commands open an existing store without creating or changing a single file (the
SQLite indexes are opened ``immutable`` or ``mode=ro``, never in WAL set-up mode), so they
work on a read-only medium or a colleague's copy; a mistyped ``--store`` is exit 2 and
creates nothing. Only commands that add captures (archive, batch, import, recapture) create a
store; commands that log what they do in an existing store (verify-quote, export, reindex)
refuse a read-only one with exit 3.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cli import process_command
from click.testing import CliRunner
from servers import Site, html_page
from stores import build_template, copy_store

from archiver.archive import Archive
from archiver.cli import cli, store_mode

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p>"
        b"</article></body></html>")

READ_COMMANDS = [
    ("list",), ("list", "--json"), ("show", "ID"), ("show", "ID", "--json"), ("history", "URL"),
    ("diff", "ID", "ID2"), ("cite", "ID"), ("log", "show"), ("log", "verify"),
    ("log", "verify", "--deep"), ("log", "key"),
]


@pytest.fixture(scope="module")
def site():
    s = Site()
    s.routes["/news"] = html_page(PAGE)
    yield s
    s.close()


@pytest.fixture(scope="module")
def archived_once(site: Site, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """Two captures of one page, made once for the module, closed as a finished process leaves
    them (the text index's WAL files gone): the folder and the values to put in commands."""
    root = tmp_path_factory.mktemp("archived")
    first, second = build_template(root, lambda arc: arc.capture_many([site.url("/news"), site.url("/news")]))
    return root, {"ID": first.capture_id, "ID2": second.capture_id, "URL": site.url("/news")}


@pytest.fixture
def archived(archived_once: tuple[Path, dict[str, str]], store: Path, key_dir: Path) -> tuple[Path, dict[str, str]]:
    """This test's own copy of a store with two captures of one page, and the values to put in commands."""
    root, values = archived_once
    copy_store(root, store, key_dir)
    return store, values


def snapshot(root: Path) -> list[tuple[str, int, int]]:
    """Every file and folder under ``root`` with its mtime and size: any write shows."""
    return sorted((str(p.relative_to(root)), p.stat().st_mtime_ns, p.stat().st_size)
                  for p in [root, *root.rglob("*")])


def invoke(store: Path, *args: str):  # noqa: ANN201
    return CliRunner().invoke(cli, ["--store", str(store), *args])


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_read_command_changes_no_file_in_the_store(archived, command):
    store, values = archived
    before = snapshot(store)
    result = invoke(store, *[values.get(a, a) for a in command])
    assert result.exit_code == 0, result.output
    assert snapshot(store) == before


def test_list_does_not_write_the_store_readme(archived):
    store, _ = archived
    (store / "README.md").unlink()
    assert invoke(store, "list").exit_code == 0
    assert not (store / "README.md").exists()


@pytest.mark.parametrize("command", [*READ_COMMANDS, ("verify-quote", "containers", "--capture", "ID"),
                                     ("export", "ID", "-o", "OUT"), ("reindex",), ("cdxj",)],
                         ids=" ".join)
def test_command_on_a_missing_store_is_exit_2_and_creates_nothing(tmp_path, command):
    store = tmp_path / "typo"
    values = {"ID": "01abc", "ID2": "01abd", "URL": "http://127.0.0.1:9/", "OUT": str(tmp_path / "out.wacz")}
    result = invoke(store, *[values.get(a, a) for a in command])
    assert result.exit_code == 2, result.output
    assert f"no archiver store at {store}" in result.stderr
    assert "Traceback" not in result.output
    assert not store.exists() and not (tmp_path / "out.wacz").exists()


def test_read_command_on_an_empty_folder_leaves_it_empty(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    result = invoke(folder, "list")
    assert result.exit_code == 2
    assert list(folder.iterdir()) == []


def test_only_commands_that_add_captures_create_a_store():
    assert {c for c in ("archive", "batch", "import", "recapture") if store_mode(c) == "create"} == {
        "archive", "batch", "import", "recapture"}
    assert {store_mode(c) for c in ("verify-quote", "export", "reindex", "cdxj")} == {"write"}
    assert store_mode("list") == store_mode("show") == store_mode("cite") == "read"


def test_list_reads_what_a_writer_still_open_has_committed(archived, site):
    """With a writer's WAL beside the index, reading goes through it (``mode=ro``), not around it."""
    store, _ = archived
    writer = Archive.open(store)
    try:
        third = writer.capture(site.url("/news"))
        assert (store / "index.sqlite3-wal").exists()
        result = invoke(store, "list", "--json")
        assert result.exit_code == 0, result.output
        assert third.capture_id in result.stdout
    finally:
        writer.close()


def _on_read_only_mount(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI against ``store`` bind-mounted read-only in a private mount namespace (needs root:
    the tests run as root, where chmod would not stop a write)."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("a read-only bind mount needs root and unshare")
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" || exit 99; shift; exec "$@"'
    cmd = ["unshare", "-m", "sh", "-c", script, str(store), "-",
           *process_command(*args, store=store)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode == 99:
        pytest.skip("cannot make a read-only bind mount here")
    return proc


@pytest.mark.parametrize("command", [("list",), ("show", "ID"), ("log", "verify", "--deep")], ids=" ".join)
def test_read_command_works_on_a_read_only_medium(archived, command):
    store, values = archived
    before = snapshot(store)
    proc = _on_read_only_mount(store, *[values.get(a, a) for a in command])
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("Traceback") == 0
    assert snapshot(store) == before


def test_verify_quote_on_a_read_only_medium_refuses_with_exit_3(archived):
    """Every verification is logged; one that cannot be is not given (no unlogged verdict)."""
    store, values = archived
    proc = _on_read_only_mount(store, "verify-quote", "41,000 containers", "--capture", values["ID"])
    assert proc.returncode == 3, proc.stderr
    assert "read-only" in proc.stderr and "nothing was done" in proc.stderr
    assert proc.stdout == ""
