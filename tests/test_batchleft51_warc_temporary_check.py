"""A WARC file's temporary name (where the file system makes no unnamed files) is called left over
by lock state, not by time: a creation between its open and its lock, however long that instant
lasts (a process preempted on a loaded machine), is waited for and never named a leftover.

Before, an unheld temporary name was asked about again after a fixed 0.1 s: a creation still
between its open and its lock then was named ``W_WARC_TEMPORARY`` ("an archiver process was
creating it when it was stopped") while it ran. The creation's instant is stretched here by
holding it in a thread before its lock, as a preempted process holds it.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from archiver.store import warc_writing
from archiver.store.warc_writing import create_held, leftover_temporaries, temporary_name


@pytest.fixture
def no_unnamed_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc_writing, "_unnamed", lambda _folder: None)


def test_a_creation_slow_to_take_its_lock_is_not_named_a_leftover(
        tmp_path: Path, no_unnamed_files: None, monkeypatch: pytest.MonkeyPatch) -> None:
    opened, go_on = threading.Event(), threading.Event()
    take_lock = warc_writing.hold_for_writing

    def slow_lock(fd: int, path: Path | None = None) -> None:  # (between the temporary's open and its lock, 0.5 s)
        opened.set()
        go_on.wait(0.5)
        take_lock(fd, path)

    monkeypatch.setattr(warc_writing, "hold_for_writing", slow_lock)
    made: list[Path] = []
    creator = threading.Thread(target=lambda: made.append(_create(tmp_path / "archiver-x.warc.gz")))
    creator.start()
    try:
        assert opened.wait(30)
        left = leftover_temporaries(tmp_path).left
    finally:
        go_on.set()
        creator.join(30)
    assert left == []
    assert made == [tmp_path / "archiver-x.warc.gz"]


def test_a_temporary_name_no_process_holds_is_named_a_leftover(tmp_path: Path) -> None:
    left = temporary_name(tmp_path / "archiver-x.warc.gz")
    left.write_bytes(b"warcinfo")
    assert leftover_temporaries(tmp_path).left == [left]


def _create(path: Path) -> Path:
    with create_held(path) as f:
        f.write(b"warcinfo")
    return path
