"""Reading is never writing (issue 10 §5).

Reading commands open an existing store without creating or changing a single file (the
SQLite indexes are opened ``immutable`` or ``mode=ro``, never in WAL set-up mode), so they
work on a read-only medium or a colleague's copy; a mistyped ``--store`` is exit 2 and
creates nothing. Only commands that add captures (archive, batch, import, recapture) create a
store; commands that log what they do in an existing store (verify-quote, export, reindex)
refuse a read-only one with exit 3.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cli import run_cli_on_read_only_mount
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


#: What each command run on the read-only medium is given (one process runs them all).
ON_READ_ONLY_MEDIUM = [("list",), ("show", "ID"), ("log", "verify", "--deep"),
                       ("verify-quote", "41,000 containers", "--capture", "ID")]


@pytest.fixture(scope="module")
def read_only_runs(archived_once: tuple[Path, dict[str, str]],
                   tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """ON_READ_ONLY_MEDIUM run on one copy of the store, mounted read-only (all in one process: a
    read-only mount needs a process of its own, one is enough): each command's run, and the
    store's files before and after them all."""
    root, values = archived_once
    here = tmp_path_factory.mktemp("read-only")
    store, keys = here / "store", here / "keys"
    copy_store(root, store, keys)
    before = snapshot(store)
    runs = run_cli_on_read_only_mount(store, [[values.get(a, a) for a in c] for c in ON_READ_ONLY_MEDIUM],
                                      env={"ARCHIVER_KEY_DIR": str(keys)})
    return {"runs": dict(zip(ON_READ_ONLY_MEDIUM, runs, strict=True)), "before": before, "after": snapshot(store)}


@pytest.mark.parametrize("command", ON_READ_ONLY_MEDIUM[:3], ids=" ".join)
def test_read_command_works_on_a_read_only_medium(read_only_runs, command):
    run = read_only_runs["runs"][command]
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("Traceback") == 0
    assert read_only_runs["after"] == read_only_runs["before"]


def test_verify_quote_on_a_read_only_medium_refuses_with_exit_3(read_only_runs):
    """Every verification is logged; one that cannot be is not given (no unlogged verdict)."""
    run = read_only_runs["runs"][ON_READ_ONLY_MEDIUM[3]]
    assert run.returncode == 3, run.stderr
    assert "read-only" in run.stderr and "nothing was done" in run.stderr
    assert run.stdout == ""
