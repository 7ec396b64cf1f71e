"""``check_store_layout`` reads each of the store's names once (one ``lstat``) and still refuses
what its two passes refused: links first, then shapes (a folder where a file belongs, a file or
a FIFO where a folder or a regular file belongs), with the same messages as ``check_store_shape``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archiver.errors import StoreError
from archiver.store.storage import check_store_layout, check_store_shape


@pytest.fixture
def root(tmp_path: Path) -> Path:
    store = tmp_path / "store"
    for folder in ("warcs", "provenance/checkpoints", "batches", "indexes"):
        (store / folder).mkdir(parents=True)
    for name in ("README.md", "provenance/log.jsonl", "provenance/checkpoint", "provenance/checkpoints/1.checkpoint"):
        (store / name).write_text("x")
    return store


def _refusal(check, root: Path) -> str:
    with pytest.raises(StoreError) as err:
        check(root)
    return str(err.value)


def test_a_store_of_the_right_shape_passes_and_so_does_a_link_to_it(root: Path, tmp_path: Path):
    check_store_layout(root)
    (tmp_path / "alias").symlink_to(root)
    check_store_layout(tmp_path / "alias")


@pytest.mark.parametrize("name", ["warcs", "provenance/log.jsonl", "indexes", "provenance/checkpoints/1.checkpoint",
                                  "batches/run-1"])
def test_a_link_among_the_stores_names_is_refused_by_name(root: Path, tmp_path: Path, name: str):
    path = root / name
    if path.is_dir():
        os.rename(path, tmp_path / "moved")
    else:
        path.unlink(missing_ok=True)
    path.symlink_to(tmp_path / "elsewhere")  # (dangling too: a link is refused whatever it points to)
    assert _refusal(check_store_layout, root).startswith(f"{path} is a symbolic link (to {tmp_path / 'elsewhere'})")


def test_a_link_is_named_before_a_shape_problem_earlier_in_the_list(root: Path, tmp_path: Path):
    (root / "warcs").rmdir()
    (root / "warcs").write_text("a file where the folder belongs")
    (root / "provenance" / "checkpoints" / "2.checkpoint").symlink_to(tmp_path)
    assert "2.checkpoint is a symbolic link" in _refusal(check_store_layout, root)


@pytest.mark.parametrize("damage", ["file for folder", "folder for file", "fifo checkpoint", "fifo log"])
def test_each_shape_problem_is_refused_as_check_store_shape_refuses_it(root: Path, damage: str):
    if damage == "file for folder":
        (root / "indexes").rmdir()
        (root / "indexes").write_text("x")
    elif damage == "folder for file":
        (root / "provenance" / "log.jsonl").unlink()
        (root / "provenance" / "log.jsonl").mkdir()
    elif damage == "fifo checkpoint":
        os.mkfifo(root / "provenance" / "checkpoints" / "3.checkpoint")
    else:
        (root / "provenance" / "log.jsonl").unlink()
        os.mkfifo(root / "provenance" / "log.jsonl")
    said = _refusal(check_store_layout, root)
    assert "of the store and is not" in said and said == _refusal(check_store_shape, root)


def test_a_name_under_a_file_is_reported_by_the_file(root: Path):
    for entry in (root / "provenance" / "checkpoints").iterdir():
        entry.unlink()
    (root / "provenance" / "checkpoints").rmdir()
    (root / "provenance" / "checkpoints").write_text("x")
    assert _refusal(check_store_layout, root) == _refusal(check_store_shape, root)
    assert "checkpoints should be a folder" in _refusal(check_store_layout, root)
