"""Where no unnamed file can be made, a new WARC file is made under a random temporary name
first (tests/test_storeleft49_new_warc_fallback.py): that name's existing (a file another
creation, or one a stopped process left, holds under it) is no reason to refuse the WARC file,
whose own name is free, and such a file is left as it was."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from archiver.store import warc_writing
from archiver.store.warc_writing import being_written, create_held


@pytest.fixture
def no_unnamed_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc_writing, "_unnamed", lambda _folder: None)


def test_a_temporary_name_that_exists_already_is_passed_over_not_taken_for_the_warc_name(
        tmp_path: Path, no_unnamed_files: None, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "archiver-x.warc.gz"
    taken = tmp_path / f".{path.name}.00000000{warc_writing.TEMPORARY_SUFFIX}"
    taken.write_bytes(b"another creation's")
    real, names = warc_writing.temporary_name, [taken]
    monkeypatch.setattr(warc_writing, "temporary_name", lambda p: names.pop() if names else real(p))

    with create_held(path) as f:
        f.write(b"warcinfo")
        assert being_written(path)

    assert path.read_bytes() == b"warcinfo"
    assert taken.read_bytes() == b"another creation's"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, taken.name])


def test_without_hard_links_either_a_new_warc_file_is_made_under_its_name_and_no_temporary_is_left(
        tmp_path: Path, no_unnamed_files: None, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*_args: object, **_kw: object) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "archiver-x.warc.gz"

    with create_held(path) as f:
        f.write(b"warcinfo")
        assert being_written(path)

    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert path.read_bytes() == b"warcinfo"


def test_when_every_temporary_name_tried_is_taken_the_error_says_so_not_that_the_warc_file_exists(
        tmp_path: Path, no_unnamed_files: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from archiver.errors import StoreError

    path = tmp_path / "archiver-x.warc.gz"
    taken = tmp_path / f".{path.name}.00000000{warc_writing.TEMPORARY_SUFFIX}"
    taken.write_bytes(b"another creation's")
    monkeypatch.setattr(warc_writing, "temporary_name", lambda _p: taken)

    with pytest.raises(StoreError, match="temporary names tried beside it were all taken") as raised:
        create_held(path)

    assert not isinstance(raised.value, FileExistsError)
    assert not path.exists() and taken.read_bytes() == b"another creation's"
