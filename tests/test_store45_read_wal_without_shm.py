"""A read command on a store whose index (or text index) has a ``-wal`` file and no ``-shm``, or a
``-wal`` and a ``-shm`` that no live process has open (a killed writer's), writes nothing, and
still reads the captures committed in that ``-wal``.

A ``-wal`` without its ``-shm`` is no live writer's (a writer's connection has both until its
last close, which checkpoints and removes both; a killed one leaves both): it is a store copied
or backed up while a writer had it open, by a tool that leaves the "shared memory" file out.
Opening such a file ``mode=ro`` made SQLite create the ``-shm`` beside it (and leave it): a read
wrote into the store, and on a read-only copy it failed. ``immutable`` would not write, but it
ignores the ``-wal``, and with it the captures committed there.

A killed writer leaves both files, unlocked: a ``mode=ro`` reader rewrote that ``-shm`` (its read
marks, a recovery of the WAL's index), a read that changed a file of the store.

The stores here are copies made while another connection held both indexes open after the
second capture (with and without the ``-shm`` files): the second capture's rows are only in the
two ``-wal`` files, and no process holds the copies' files.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from cli import run_cli
from servers import Site, html_page
from stores import FERRY_PAGE, FERRY_QUOTE, build_template, copy_store, store_state

from archiver.store.storage import TEXT_INDEX_FILE

SECOND_PAGE = FERRY_PAGE.replace(b"Ferry timetable", b"Harbour notice").replace(b"night ferry", b"morning bus")
SECOND_QUOTE = FERRY_QUOTE.replace("night ferry", "morning bus")


@pytest.fixture(scope="module", params=["no -shm", "a killed writer's -shm"])
def template(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> tuple[Path, str, str, str]:
    """(root, first capture id, second capture id, its URL): the store copied (without its
    ``-shm`` files, or with them) while another connection held both indexes open after the
    second capture."""
    with_shm = request.param != "no -shm"
    made = tmp_path_factory.mktemp("wal_without_shm")
    site = Site()
    site.routes["/ferry"] = html_page(FERRY_PAGE)
    site.routes["/notice"] = html_page(SECOND_PAGE)
    held: list[sqlite3.Connection] = []

    def build(arc):  # noqa: ANN001, ANN202 - the template's two captures
        first = arc.capture(site.url("/ferry"))
        for name in ("index.sqlite3", TEXT_INDEX_FILE):  # an open reader keeps the -wal at the last close
            held.append(sqlite3.connect(made / "store" / name))
            held[-1].execute("SELECT count(*) FROM sqlite_master").fetchone()
        return first, arc.capture(site.url("/notice"))

    try:
        first, second = build_template(made, build)
        root = tmp_path_factory.mktemp("wal_without_shm_copy")
        shutil.copytree(made / "store", root / "store", ignore=None if with_shm else shutil.ignore_patterns("*-shm"))
        shutil.copytree(made / "keys", root / "keys")
    finally:
        for db in held:
            db.close()
        site.close()
    for name in ("index.sqlite3", TEXT_INDEX_FILE):
        assert (root / "store" / f"{name}-wal").stat().st_size > 0
        assert (root / "store" / f"{name}-shm").exists() == with_shm
    return root, str(first.capture_id), str(second.capture_id), site.url("/notice")



READS = {
    "show": ("show", "{second}"),
    "list": ("list",),
    "cite": ("cite", "{second}"),
    "history": ("history", "{url}"),
    "diff": ("diff", "{first}", "{second}"),
    "log show": ("log", "show"),
    "log verify": ("log", "verify"),
    "log verify --deep": ("log", "verify", "--deep"),
}


@pytest.mark.parametrize("name", READS)
def test_a_read_on_a_wal_without_its_shm_writes_nothing_and_reads_the_wal(template, tmp_path: Path, key_dir: Path,
                                                                          name: str):
    root, first, second, url = template
    store = tmp_path / "store"
    copy_store(root, store, key_dir)
    before = store_state(store)
    args = [a.format(first=first, second=second, url=url, out=tmp_path / "out.wacz") for a in READS[name]]
    proc = run_cli(*args, store=store)
    assert proc.returncode == (1 if name == "diff" else 0), proc.stdout + proc.stderr  # (diff: the texts differ)
    assert store_state(store) == before
    if name in ("list", "show", "history"):
        assert second in proc.stdout or second[:8] in proc.stdout, proc.stdout


@pytest.mark.parametrize("command", [("verify-quote", SECOND_QUOTE, "--json"), ("export", "{second}", "-o", "{out}")],
                         ids=["verify-quote", "export"])
def test_a_logging_command_on_a_wal_without_its_shm_reads_the_capture_committed_there(
        template, tmp_path: Path, key_dir: Path, command):
    """``verify-quote`` and ``export`` log what they did (conventions: every verification, every
    export), so they open the store as writers do; the capture only the ``-wal`` holds is theirs."""
    root, _first, second, _url = template
    store = tmp_path / "store"
    copy_store(root, store, key_dir)
    proc = run_cli(*(a.format(second=second, out=tmp_path / "out.wacz") for a in command), store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert second in proc.stdout + proc.stderr or (tmp_path / "out.wacz").exists()
