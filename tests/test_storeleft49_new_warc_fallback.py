"""Where the file system cannot make an unnamed file (``O_TMPFILE``), a new WARC file is still held
for writing (its lock taken) before its name appears: it is made under a temporary name in the same
folder, locked, hard-linked to its name and the temporary name removed. Before, that fallback
created the file under its name and locked it an instant later, and ``log verify --deep`` in that
instant called a running capture's new file ``W_WARC_UNLOGGED``. A temporary name a stopped
process left is named for what it is (``W_WARC_TEMPORARY``), never as an unlogged WARC file.

The fallback is forced by having the unnamed file refused, as such a file system refuses it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli import run_cli
from servers import Site, response
from stores import FERRY_PAGE, one_capture_fixtures

from archiver.store import warc_writing
from archiver.store.warc_writing import being_written, create_held, temporary_name

template, captured = one_capture_fixtures("new_warc_fallback", "/ferry", FERRY_PAGE)


@pytest.fixture
def no_unnamed_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc_writing, "_unnamed", lambda _folder: None)


def test_without_unnamed_files_a_new_warc_file_is_held_from_the_instant_its_name_appears(
        tmp_path: Path, no_unnamed_files: None, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "archiver-x.warc.gz"
    seen: list[bool] = []
    monkeypatch.setattr(warc_writing, "named_for_writing", lambda: seen.append(path.exists() and being_written(path)))
    with create_held(path) as f:
        f.write(b"warcinfo")
    assert seen == [True]
    assert path.read_bytes() == b"warcinfo" and not being_written(path)


def test_without_unnamed_files_a_new_warc_file_leaves_no_temporary_name(tmp_path: Path, no_unnamed_files: None) -> None:
    path = tmp_path / "archiver-x.warc.gz"
    with create_held(path) as f:
        f.write(b"warcinfo")
        assert being_written(path)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_without_unnamed_files_a_warc_file_whose_name_exists_is_refused_and_left_as_it_was(
        tmp_path: Path, no_unnamed_files: None) -> None:
    path = tmp_path / "archiver-x.warc.gz"
    path.write_bytes(b"earlier records")
    with pytest.raises(FileExistsError):
        create_held(path).close()
    assert path.read_bytes() == b"earlier records"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_capture_without_unnamed_files_leaves_one_warc_file_and_verifies_deep(
        captured: tuple[Path, str], site: Site, no_unnamed_files: None) -> None:
    store, _cid = captured
    before = {p.name for p in (store / "warcs").iterdir()}
    site.routes["/ferry2"] = lambda _h: response("200 OK", [("Content-Type", "text/html; charset=utf-8")], FERRY_PAGE)
    assert run_cli("archive", site.url("/ferry2"), store=store).returncode == 0
    added = {p.name for p in (store / "warcs").iterdir()} - before
    assert len(added) == 1 and next(iter(added)).endswith(".warc.gz"), added
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 0 and "W_WARC_" not in proc.stdout, proc.stdout + proc.stderr


def _deep_warnings(store: Path) -> list[str]:
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return [line for line in proc.stdout.splitlines() if line.startswith("warning W_WARC_")]


def test_a_temporary_name_a_stopped_creation_left_is_named_for_what_it_is(captured: tuple[Path, str]) -> None:
    store, _cid = captured
    left = temporary_name(store / "warcs" / "archiver-20991231T000000Z-1-x-0.warc.gz")
    left.write_bytes(b"WARC/1.1\r\n")  # (a process stopped while creating the file: only its start written)
    [line] = _deep_warnings(store)
    assert line.startswith("warning W_WARC_TEMPORARY: ") and f"warcs/{left.name}" in line, line
    assert "never got its own name" in line


def test_a_temporary_name_left_beside_its_own_name_is_said_to_be_another_name_of_that_file(
        captured: tuple[Path, str]) -> None:
    store, _cid = captured
    [warc] = sorted((store / "warcs").glob("*.warc.gz"))
    left = temporary_name(warc)
    os.link(warc, left)  # (stopped after the link, before the temporary name was removed)
    [line] = _deep_warnings(store)
    assert line.startswith("warning W_WARC_TEMPORARY: ") and "another name of a WARC file" in line, line
