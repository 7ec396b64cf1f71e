"""A new WARC file is held for writing (its lock taken) before its name appears in ``warcs/``:
``log verify --deep`` never meets a running capture's new file unheld, so never calls it
``W_WARC_UNLOGGED`` ("no running process is writing it"). Before, the file was created under its
name and locked an instant later; a check in that instant called it unlogged.

A real ``archive`` process is held (``ARCHIVER_TEST_HOLD_AT_NEW_WARC``) as soon as its new WARC
file has its name in the store, and the check runs there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli import run_cli, start_cli_process, wait_for_file
from servers import Site
from test_newcomer_frictions import page
from test_store_locks import _finish
from test_storeleft47_warc_being_written import _codes, _new_warc

from archiver.store.warc_writing import HOLD_AT_NEW_WARC_VAR


def test_a_new_warc_file_is_in_progress_from_the_instant_its_name_appears(
        site: Site, store: Path, tmp_path: Path) -> None:
    assert run_cli("archive", page(site, "/first"), store=store).returncode == 0
    before = set((store / "warcs").glob("*.warc.gz"))
    flag = tmp_path / "held"
    capture = start_cli_process("archive", page(site, "/second", 2), store=store, env={HOLD_AT_NEW_WARC_VAR: str(flag)})
    try:
        wait_for_file(flag, capture)
        new = _new_warc(store, before)
        found = _codes(store)
    finally:
        flag.unlink(missing_ok=True)
        code, _out, err = _finish(capture)
    assert code == 0, err
    assert "W_WARC_UNLOGGED" not in found, found
    [line] = found["W_WARC_IN_PROGRESS"]
    assert f"warcs/{new.name}" in line
    assert _codes(store) == {}



def test_creating_a_warc_file_whose_name_exists_refuses_and_leaves_it_as_it_was(tmp_path: Path) -> None:
    from archiver.store.warc_writing import create_held

    path = tmp_path / "archiver-x.warc.gz"
    path.write_bytes(b"earlier records")
    with pytest.raises(FileExistsError):
        create_held(path).close()
    assert path.read_bytes() == b"earlier records"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_new_warc_file_is_held_for_writing_when_it_is_returned(tmp_path: Path) -> None:
    from archiver.store.warc_writing import being_written, create_held

    path = tmp_path / "archiver-x.warc.gz"
    with create_held(path) as f:
        f.write(b"warcinfo")
        f.flush()
        assert being_written(path)
    assert path.read_bytes() == b"warcinfo" and not being_written(path)
