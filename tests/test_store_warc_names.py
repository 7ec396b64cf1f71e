"""The store lists its WARC files from one directory read (``os.scandir``), not a ``stat`` per
file: a store gains a file per ``archive`` call, and every capture lists them (issue 13)."""

from __future__ import annotations

from pathlib import Path

from archiver.store.storage import LocalWarcStorage


def test_the_store_lists_its_warc_files_sorted_and_nothing_else(tmp_path: Path) -> None:
    warcs = tmp_path / "warcs"
    warcs.mkdir()
    for name in ("archiver-2.warc.gz", "archiver-1.warc.gz", "imported-x.warc", "notes.txt", "a.warc.gz.part"):
        (warcs / name).write_bytes(b"")
    (warcs / "folder.warc.gz").mkdir()  # a folder named like a WARC file is none
    (tmp_path / "elsewhere.warc.gz").write_bytes(b"")
    (warcs / "linked.warc.gz").symlink_to(tmp_path / "elsewhere.warc.gz")  # followed, as is_file() does
    (warcs / "dangling.warc.gz").symlink_to(tmp_path / "gone.warc.gz")
    assert LocalWarcStorage(tmp_path).names() == [
        "warcs/archiver-1.warc.gz", "warcs/archiver-2.warc.gz", "warcs/imported-x.warc", "warcs/linked.warc.gz"]


def test_a_store_without_a_warcs_folder_lists_none(tmp_path: Path) -> None:
    assert LocalWarcStorage(tmp_path).names() == []
