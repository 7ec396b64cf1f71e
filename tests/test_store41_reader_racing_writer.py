"""A reader that meets a capture logged but not yet indexed by a live writer waits for the
writer's commit, or says a write is in progress: a live writer is not damage.

``archive`` and a batch worker hold the store's lock (shared) from writing a capture's WARC
records through its log append to its index rows. A ``show`` or ``verify-quote`` in another
process between the append and the rows said "the index lacks 1 capture(s) ... (as when a process
stopped ...): run 'archiver reindex'" of a healthy store. The reader now asks (a non-blocking
look at the lock, let go at once: nothing written) whether a writer holds the store, waits a
bounded while for those captures' rows and answers; a writer still holding the store past that
is named ("is writing to this store", exit 3, try again); with no writer, the gap is what it
was (a process stopped: run reindex).

The boundary is two real processes: ``archive`` held between its log append and its index rows
by the test's own write transaction on index.sqlite3 (SQLite makes it wait there, holding the
store's lock), and ``show`` of the new capture. The rest are in-process, the writer's hold being
the test's own ``flock`` of store.lock, the gap a ``captures`` row deleted with sqlite3.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import time
from pathlib import Path

import pytest
from cli import start_cli_process, wait_for_line
from conftest import run_cli
from servers import Site, html_page
from stores import one_capture_fixtures

from archiver.core import store_lock

PAGE = (b"<html><head><title>Tram depot</title></head><body><article><h1>Tram depot</h1>"
        b"<p>The new tram depot opens on Monday with room for forty vehicles, the city said.</p>"
        b"</article></body></html>")
SECOND = (b"<html><head><title>Tram fares</title></head><body><article><h1>Tram fares</h1>"
          b"<p>Tram fares rise by ten cents from the first of March, the transport board said.</p>"
          b"</article></body></html>")
QUOTE = "The new tram depot opens on Monday with room for forty vehicles"
STOPPED = "as when a process stopped"

template, captured = one_capture_fixtures("reader_racing_writer", "/depot", PAGE)


def _delete_row(store: Path, cid: str) -> None:
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        assert db.execute("DELETE FROM captures WHERE capture_id=?", (cid,)).rowcount == 1
    db.close()


def _hold_store(store: Path) -> int:
    """The store's lock held shared, as a committing writer holds it (released by closing)."""
    fd = os.open(store / "store.lock", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_SH)
    return fd


def _logged_capture(store: Path, url: str, deadline: float) -> str:
    """The id of the capture of ``url`` once the log lists it (``deadline``: a last guard). Only the log's complete
    lines are read, as the store's own readers read it: the writer's append may be read half-written (make test, session
    61: a JSONDecodeError on the last line under load)."""
    while time.monotonic() < deadline:
        text = (store / "provenance" / "log.jsonl").read_text()
        for line in text[: text.rfind("\n") + 1].splitlines():
            entry = json.loads(line)
            if entry["type"] == "capture" and entry["data"]["url"] == url:
                return str(entry["data"]["capture_id"])
        time.sleep(0.02)
    raise AssertionError(f"no capture of {url} logged")


def test_show_between_a_writers_log_append_and_its_index_rows_waits_for_its_commit(captured, site: Site):
    store, _ = captured
    site.routes["/fares"] = html_page(SECOND)
    url = site.url("/fares")
    blocker = sqlite3.connect(store / "index.sqlite3", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # the writer's index rows wait for this transaction
    writer = start_cli_process("archive", url, store=store)
    reader = None
    try:
        cid = _logged_capture(store, url, time.monotonic() + 60)
        assert writer.poll() is None  # logged, not indexed, the store's lock held
        reader = start_cli_process("show", cid, store=store, env={"ARCHIVER_LOGLEVEL": "info"})
        wait_for_line(reader.stderr, "to finish writing to this store")  # type: ignore[arg-type]
        blocker.execute("ROLLBACK")
        out, err = reader.communicate(timeout=120)
        assert reader.returncode == 0, err
        assert "evidence: present" in out and STOPPED not in err
        assert writer.wait(timeout=120) == 0
    finally:
        blocker.close()
        for proc in (writer, reader):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.communicate()


@pytest.mark.parametrize("command", [("show", "{cid}"), ("verify-quote", QUOTE, "--capture", "{cid}")])
def test_a_writer_holding_the_store_past_the_wait_is_said_to_be_writing(captured, monkeypatch, command):
    store, cid = captured
    _delete_row(store, cid)
    monkeypatch.setattr(store_lock, "WRITER_WAIT_SECONDS", 0.2)  # (the test's writer never ends)
    fd = _hold_store(store)
    try:
        proc = run_cli(*(part.format(cid=cid) for part in command), store=store)
    finally:
        os.close(fd)
    assert proc.exit_code == 3, proc.output
    assert "is writing to this store" in proc.stderr and cid in proc.stderr
    assert STOPPED not in proc.stderr


def test_with_no_writer_a_capture_the_index_lacks_is_still_a_stopped_process(captured):
    store, cid = captured
    _delete_row(store, cid)
    proc = run_cli("show", cid, store=store)
    assert proc.exit_code == 3, proc.output
    assert f"the index lacks 1 capture(s) the log lists ({cid}; {STOPPED}" in proc.stderr
    assert "archiver reindex" in proc.stderr


def test_the_reader_that_looks_for_a_writer_writes_nothing(captured):
    store, cid = captured
    _delete_row(store, cid)
    (store / "store.lock").unlink()
    before = sorted(p.name for p in store.iterdir())
    assert run_cli("show", cid, store=store).exit_code == 3
    assert sorted(p.name for p in store.iterdir()) == before
