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
A resumed batch SIGKILLed inside that window runs no more: a search then says ``reindex``.
"""

from __future__ import annotations

import fcntl
import os
import signal
import sqlite3
import subprocess
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


def _killed_run(site: Site, store: Path, tmp_path: Path) -> tuple[Path, str]:
    """A batch's first run, its ferry text left unindexed as a killed worker leaves it, its quay
    page to be tried again on resume: (the URL list, the ferry's capture id)."""
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
    ferry = first.items[0].capture_id
    assert ferry is not None
    with Archive.open(store) as arc:
        arc.text_index.remove(ferry)
    listed = tmp_path / "urls.txt"
    listed.write_text("\n".join(urls) + "\n")
    return listed, ferry


def _resume_held_at_its_leftovers(store: Path, listed: Path) -> tuple[sqlite3.Connection, subprocess.Popen[str]]:
    """The batch resumed in a subprocess, held (the test's write transaction on the text index)
    before it has indexed its earlier run's leftovers, once it holds its locks."""
    writer = sqlite3.connect(store / TEXT_INDEX_FILE, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    proc = start_cli_process("batch", str(listed), "--threads", "--delay", "0", "--retries", "0", store=store)
    deadline = time.monotonic() + 60  # (a last guard, never a timing the test relies on)
    while not _held(store / store_lock.BATCH_LOCK_FILE):
        if proc.poll() is not None or time.monotonic() >= deadline:
            writer.close()
            out, err = _end(proc)
            raise AssertionError(f"the resumed batch never held its lock: {out}{err}")
        time.sleep(0.02)
    return writer, proc


def _end(proc: subprocess.Popen[str]) -> tuple[str, str]:
    try:
        return proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_search_while_a_resumed_batch_indexes_its_leftovers_is_told_they_are_being_indexed(
        site: Site, store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listed, ferry = _killed_run(site, store, tmp_path)
    monkeypatch.setattr(store_lock, "WRITER_WAIT_SECONDS", 0.3)  # (the search's wait: it ends unanswered)
    writer, proc = _resume_held_at_its_leftovers(store, listed)
    try:
        found = run_cli("verify-quote", QUOTE, store=store)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        out, err = _end(proc)
    said = found.stdout + found.stderr
    assert proc.returncode == 0, err
    assert found.exit_code == 3, said
    assert "(a running batch is still indexing them)" in said and "try again in a moment" in said, said
    assert "reindex" not in said, said
    with Archive.open(store) as arc:  # and the batch did index it
        assert ferry in arc.text_index.doc_ids()


def test_a_resumed_batch_killed_before_its_leftovers_are_indexed_leaves_them_to_reindex(
        site: Site, store: Path, tmp_path: Path) -> None:
    listed, _ = _killed_run(site, store, tmp_path)
    writer, proc = _resume_held_at_its_leftovers(store, listed)
    try:
        proc.send_signal(signal.SIGKILL)  # (--threads: it has no worker processes)
        _end(proc)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    found = run_cli("verify-quote", QUOTE, store=store)
    said = found.stdout + found.stderr
    assert found.exit_code == 3, said
    assert "run 'archiver reindex'" in said and "still indexing" not in said, said
