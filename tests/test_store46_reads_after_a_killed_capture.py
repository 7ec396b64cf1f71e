"""After ``archive`` is killed (SIGKILL) between its capture's index rows and its text (the index's
``-wal`` and ``-shm`` left with no live process: the rows only in that ``-wal``), every read
command states the capture from the ``-wal`` and writes nothing; the next writing command
recovers the ``-wal`` in place (none is left after it).

Real processes: ``archive`` held before its text's transaction by the test's own write
transaction on the text index (SQLite makes it wait there, its index connection open), killed
there; the test's transaction then rolled back and closed. That store is made once a module
(:func:`killed`: one killed process, not one a test) and each test reads or writes a copy of its
own, the ``-wal`` and ``-shm`` the kill left copied byte for byte (the modules that import these
fixtures, tests/test_store46_stray_journal.py and tests/test_storeleft47_foreign_wal.py, do the same).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from cli import run_cli
from killed_writer import writer_held_on
from servers import Site, html_page
from stores import FERRY_PAGE, copy_store, one_capture_fixtures, store_state

from archiver.store.storage import TEXT_INDEX_FILE

SECOND = FERRY_PAGE.replace(b"Ferry timetable", b"Harbour notice").replace(b"night ferry", b"morning bus")
template, captured = one_capture_fixtures("killed_capture46", "/ferry", FERRY_PAGE)


def _indexed(store: Path, url: str) -> str | None:
    db = sqlite3.connect(store / "index.sqlite3", timeout=0.1)
    try:
        row = db.execute("SELECT capture_id FROM captures WHERE url = ?", (url,)).fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        db.close()
    return None if row is None else str(row[0])


def _killed_before_its_text(store: Path, site: Site, env: dict[str, str] | None = None) -> tuple[str, str]:
    """(capture id, URL) of a capture whose ``archive`` was killed after its index rows (``env``
    added to its environment)."""
    site.routes["/notice"] = html_page(SECOND)
    url = site.url("/notice")
    # the writer's text waits for the test's transaction on the text index
    with writer_held_on(store / TEXT_INDEX_FILE, "archive", url, store=store, env=env) as writer:
        deadline = time.monotonic() + 60  # (a last guard, never a timing the test relies on)
        while (cid := _indexed(store, url)) is None:
            assert writer.poll() is None, writer.communicate()
            assert time.monotonic() < deadline, "the capture was never indexed"
            time.sleep(0.02)
    assert (store / "index.sqlite3-wal").exists() and (store / "index.sqlite3-shm").exists()
    return cid, url


@pytest.fixture(scope="module")
def killed(template: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str, str]:
    """Once a module: a copy of the template (in ``root/store``, its key folder ``root/keys``) into
    which an ``archive`` of a second page was killed after its index rows, before its text (served
    from a site of the fixture's own, closed after the kill): (root, the template's capture id, the
    killed capture's id, its URL)."""
    template_root, first = template
    root = tmp_path_factory.mktemp("killed_capture46_killed")
    copy_store(template_root, root / "store", root / "keys")
    site = Site()
    try:
        cid, url = _killed_before_its_text(root / "store", site, env={"ARCHIVER_KEY_DIR": str(root / "keys")})
    finally:
        site.close()
    return root, first, cid, url


@pytest.fixture
def killed_capture(killed: tuple[Path, str, str, str], tmp_path: Path, key_dir: Path) -> tuple[Path, str, str, str]:
    """This test's own copy of :func:`killed`'s store (its ``-wal`` and ``-shm`` with it) and key
    folder: (store, the first capture's id, the killed capture's id, its URL)."""
    root, first, cid, url = killed
    store = tmp_path / "store"
    copy_store(root, store, key_dir)
    assert (store / "index.sqlite3-wal").exists() and (store / "index.sqlite3-shm").exists()
    return store, first, cid, url


READS = [("list",), ("show", "{cid}"), ("history", "{url}"), ("cite", "{cid}"), ("log", "verify", "--deep")]


@pytest.mark.parametrize("args", READS, ids=[" ".join(a) for a in READS])
def test_a_read_after_a_capture_killed_before_its_text_states_it_and_writes_nothing(killed_capture, args):
    store, _first, cid, url = killed_capture
    before = store_state(store)

    proc = run_cli(*(a.format(cid=cid, url=url) for a in args), store=store)

    assert proc.exit_code == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert store_state(store) == before
    if args[0] != "log":
        assert cid in proc.stdout, proc.stdout


def test_the_next_writing_command_after_it_recovers_the_wal(killed_capture, site: Site):
    store, first, cid, _url = killed_capture

    assert run_cli("archive", site.url("/ferry"), store=store).exit_code == 0

    assert not (store / "index.sqlite3-wal").exists() and not (store / "index.sqlite3-shm").exists()
    listed = run_cli("list", store=store).stdout
    assert cid in listed and first in listed
