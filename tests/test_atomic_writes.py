"""Files written whole or not at all, whatever stops the write: the store's own small files
(checkpoints, tree state, keys: ``core.durable``) and the files a user asks for
(``core.files.write_user_file``). Real files; only the operating system's answers are made
hostile (a short write, a Ctrl-C in the middle), as a full disk or a user would make them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archiver.core import durable as log_files
from archiver.core import files


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

    def interrupted(src: object, dst: object) -> None:  # (the temporary file is written: Ctrl-C before it is renamed)
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.write_user_file(target, b"proof")
    assert list(tmp_path.iterdir()) == []


def test_a_link_planted_beside_a_users_file_is_neither_followed_nor_removed(tmp_path: Path) -> None:
    # before: the bytes went to "<path>.part", opened as it was: a link planted there (into the
    # store's log) had the report written into the file it named
    victim = tmp_path / "log.jsonl"
    victim.write_bytes(b"the evidence\n")
    planted = tmp_path / "report.csv.part"
    planted.symlink_to(victim)
    files.write_user_file(tmp_path / "report.csv", b"url,status\n", "the report")
    assert victim.read_bytes() == b"the evidence\n"
    assert planted.is_symlink() and (tmp_path / "report.csv").read_bytes() == b"url,status\n"


def test_a_users_own_file_of_the_temporary_name_is_left_as_it_was(tmp_path: Path) -> None:
    own = tmp_path / "report.csv.part"
    own.write_bytes(b"my notes")
    files.write_user_file(tmp_path / "report.csv", b"url,status\n", "the report")
    assert own.read_bytes() == b"my notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv", "report.csv.part"]


def test_a_short_write_of_a_new_signing_key_still_gives_the_whole_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # before: one os.write, its count ignored: a key of 7 bytes, "malformed signer key" for ever
    from archiver.provenance import keys

    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    made = keys.create_key(tmp_path / "keys", "archiver.example/log")
    monkeypatch.undo()
    assert keys.load_key(tmp_path / "keys", "archiver.example/log").skey == made.skey


def test_a_short_write_of_a_new_bundle_signing_key_still_gives_the_whole_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from archiver.export import signing

    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    made, created = signing.load_or_create(tmp_path / "keys", "archiver.example/log")
    monkeypatch.undo()
    again, created_again = signing.load_or_create(tmp_path / "keys", "archiver.example/log")
    assert (created, created_again) == (True, False)
    assert again.public_key_b64 == made.public_key_b64


def test_a_key_is_created_whole_on_a_file_system_without_hard_links(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # vfat, exFAT and some SMB mounts refuse link(): the key is still made, once, whole
    import errno

    from archiver.provenance import keys

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    made = keys.create_key(tmp_path / "keys", "archiver.example/log")
    assert keys.load_key(tmp_path / "keys", "archiver.example/log").skey == made.skey
    assert sorted(p.name for p in (tmp_path / "keys").iterdir()) == ["archiver.example_log.key"]
    with pytest.raises(Exception, match="already exists"):
        keys.create_key(tmp_path / "keys", "archiver.example/log")
