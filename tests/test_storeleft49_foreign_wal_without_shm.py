"""A ``-wal`` beside the index with no ``-shm`` beside it, of the index's page size, that was not
written to it (copied in from elsewhere) is refused in one line, as the other foreign ``-wal``
cases are (tests/test_storeleft47_foreign_wal.py): each archiver writer keeps the store's record
of the salts of the ``-wal`` it last wrote (``index.sqlite3-wal.salts``), and a ``-wal`` with no
``-shm`` is held to it. Before, such a ``-wal`` was applied whatever it was: ``list`` showed the
other file's rows (here: none, its captures deleted) as this index's.

A copy or backup of the store's own ``-wal`` that left the ``-shm`` out is still read in place.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from cli import run_cli
from servers import Site
from stores import store_state
from test_newcomer_frictions import page
from test_store46_reads_after_a_killed_capture import _killed_before_its_text, captured, template
from test_storeleft47_foreign_wal import _foreign_wal, _one_line

__all__ = ["captured", "template"]


def test_a_writer_keeps_the_record_of_the_salts_of_the_wal_it_wrote(captured: tuple[Path, str], site: Site) -> None:
    store, _first = captured
    _killed_before_its_text(store, site)  # (its -wal left beside the index)
    wal = (store / "index.sqlite3-wal").read_bytes()
    assert (store / "index.sqlite3-wal.salts").read_text().strip() == wal[16:24].hex()


def test_a_foreign_wal_with_no_shm_beside_it_is_refused_by_a_read(captured: tuple[Path, str], tmp_path: Path) -> None:
    store, first = captured
    assert (store / "index.sqlite3-wal.salts").exists()  # (kept by the writer that made the store)
    shutil.copyfile(_foreign_wal(tmp_path, store / "index.sqlite3"), store / "index.sqlite3-wal")
    assert not (store / "index.sqlite3-shm").exists()
    before = store_state(store)

    line = _one_line(run_cli("list", store=store))

    assert "index.sqlite3-wal.salts" in line and "names another one" in line, line
    assert store_state(store) == before


def test_a_foreign_wal_with_no_shm_is_not_checkpointed_into_the_index_by_a_writer(
        captured: tuple[Path, str], site: Site, tmp_path: Path) -> None:
    store, _first = captured
    shutil.copyfile(_foreign_wal(tmp_path, store / "index.sqlite3"), store / "index.sqlite3-wal")
    index_before = (store / "index.sqlite3").read_bytes()

    line = _one_line(run_cli("archive", page(site, "/next", 2), store=store))

    assert line.startswith(f"error: the index {store / 'index.sqlite3'} "), line
    assert (store / "index.sqlite3").read_bytes() == index_before


def test_a_copy_of_the_stores_own_wal_that_left_the_shm_out_is_still_read(
        captured: tuple[Path, str], site: Site) -> None:
    store, first = captured
    cid, _url = _killed_before_its_text(store, site)
    (store / "index.sqlite3-shm").unlink()  # (a copy or backup that left it out)

    listed = run_cli("list", store=store)

    assert listed.exit_code == 0, listed.stderr
    assert first in listed.stdout and cid in listed.stdout
