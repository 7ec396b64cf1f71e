"""Files written whole or not at all, whatever stops the write: the store's own small files
(checkpoints, tree state: ``provenance.log_files.write_atomic``) and the files a user asks for
(``core.files.write_user_file``). Real files; only the operating system's answers are made
hostile (a short write, a Ctrl-C in the middle), as a full disk or a user would make them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archiver.core import files
from archiver.provenance import log_files


def test_a_short_write_still_gives_the_whole_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # os.write may write less than asked (a full disk, a signal): before, the part written replaced the file
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    target = tmp_path / "checkpoint"
    log_files.write_atomic(target, b"the whole checkpoint, every byte of it")
    assert target.read_bytes() == b"the whole checkpoint, every byte of it"


def test_a_ctrl_c_while_a_store_file_is_written_leaves_the_old_file_and_no_temporary_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "checkpoint"
    target.write_bytes(b"old")

    def interrupted(fd: int, data: bytes) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        log_files.write_atomic(target, b"new")
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["checkpoint"]


def test_a_ctrl_c_while_a_users_file_is_written_leaves_no_part_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "proof.txt"

    def interrupted(self: Path, target: Path) -> Path:  # (the part file is written: Ctrl-C before it is renamed)
        raise KeyboardInterrupt

    monkeypatch.setattr(Path, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.write_user_file(target, b"proof")
    assert list(tmp_path.iterdir()) == []
