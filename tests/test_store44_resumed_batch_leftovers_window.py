"""A search while a resumed batch indexes its earlier run's leftovers is told they are being
indexed, not to run ``reindex``.

store43 made a batch record, in its own lock, the provenance log's size as its run began: a text
the text index lacks of a capture logged before every running batch began is a stopped process's
leftover (run reindex). A resumed batch recorded that size as it took its lock, and only then
indexed its earlier run's leftovers: a search in between was told "run 'archiver reindex'" for
texts the batch indexed a moment later. The batch's lock now says no size until those leftovers
are indexed (a search waits for them, bounded, and names the running batch), then the log's size
before this run captures anything.

Real processes: the resumed batch is an ``archiver batch`` subprocess; the test holds the text
index's write lock (an open SQLite write transaction) so that the batch stays inside that window,
and lets go once the search has spoken. The search runs here; its bounded wait is made short.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from pathlib import Path

import pytest
from cli import start_cli_process
from conftest import run_cli
from servers import Site, response

from archiver.archive import Archive
from archiver.batch import Politeness, run_batch
from archiver.core import store_lock
from archiver.store.storage import TEXT_INDEX_FILE

FAST = Politeness(host_delay=0, retries=0)
QUOTE = "The night ferry to the island runs every hour from June"


def _article(title: str, sentence: str) -> bytes:
    body = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1><p>{sentence}</p></article></body></html>").encode()
    return response("200 OK", [("Content-Type", "text/html; charset=utf-8")], body)


def _held(path: Path) -> bool:
    """Whether another open file holds ``path``'s flock, shared or not (asked without waiting)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def test_a_search_while_a_resumed_batch_indexes_its_leftovers_is_told_they_are_being_indexed(
        site: Site, store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[int] = []

    def quay(handler):  # noqa: ANN001, ANN202 - 503 the first time (tried again on resume), then the page
        tried.append(1)
        if len(tried) == 1:
            return response("503 Service Unavailable", [("Content-Type", "text/plain")], b"busy")
        return _article("Quay", "The old quay reopens in May, the council said.")

    site.routes["/ferry"] = lambda h: _article("Ferry", "The night ferry to the island runs every hour from June.")
    site.routes["/quay"] = quay
    urls = [site.url("/ferry"), site.url("/quay")]
    first = run_batch(store, urls, threads=True, politeness=FAST)
    with Archive.open(store) as arc:  # as a killed worker leaves it
        arc.text_index.remove(first.items[0].capture_id)
    listed = tmp_path / "urls.txt"
    listed.write_text("\n".join(urls) + "\n")
    monkeypatch.setattr(store_lock, "WRITER_WAIT_SECONDS", 0.3)  # (the search's wait: it ends unanswered)

    writer = sqlite3.connect(store / TEXT_INDEX_FILE, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # the resumed batch cannot index its leftovers yet
    proc = start_cli_process("batch", str(listed), "--threads", "--delay", "0", "--retries", "0", store=store)
    try:
        deadline = time.monotonic() + 60  # (a last guard, never a timing the test relies on)
        while not _held(store / store_lock.BATCH_LOCK_FILE):
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.02)
        found = run_cli("verify-quote", QUOTE, store=store)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        try:
            out, err = proc.communicate(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    said = found.stdout + found.stderr
    assert proc.returncode == 0, err
    assert found.exit_code == 3, said
    assert "(a running batch is still indexing them)" in said and "try again in a moment" in said, said
    assert "reindex" not in said, said
    with Archive.open(store) as arc:  # and the batch did index it
        assert first.items[0].capture_id in arc.text_index.doc_ids()
