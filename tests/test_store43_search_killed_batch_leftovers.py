"""A whole-archive search tells a killed batch's leftover texts from a running batch's texts: the
first need ``archiver reindex``, the second are still being indexed.

A batch worker killed before its slice's transaction leaves captures committed and logged whose
texts the text index lacks; no running batch ever indexes them (a worker indexes only the texts
of captures it made itself, in this run). Met while another batch ran, they were reported as that
batch's ("the text index lacks 1 archived text(s) that a running batch is still indexing ... try
again in a moment", exit 3), after a bounded wait for nothing, and trying again never helped. A
batch now records, in its own lock (``batches/<key>.lock``), the log's size when its run began:
texts of captures logged before every running batch began are the stopped process's (run
reindex, no wait), the others the running batch's (waited for, then named).

In-process: the running batch is the test's own hold of a batch's lock and of the running mark
(as a batch takes them, :func:`archiver.batch.hold_batch` and
:func:`archiver.core.store_lock.hold_running_batch`); the leftover is a finished batch's capture
whose text is taken out of the text index again, as a killed worker leaves it.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, response

from archiver.archive import Archive
from archiver.batch import Politeness, hold_batch, run_batch, state_path
from archiver.core import store_lock

FAST = Politeness(host_delay=0, retries=0)
QUOTE = "The night ferry to the island runs every hour from June"


def _article(title: str, sentence: str) -> bytes:
    body = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1><p>{sentence}</p></article></body></html>").encode()
    return response("200 OK", [("Content-Type", "text/html; charset=utf-8")], body)


@pytest.fixture
def left_over(site: Site, store: Path) -> Path:
    """A store whose ferry capture's text a killed batch left unindexed (taken out again here)."""
    site.routes["/ferry"] = lambda h: _article("Ferry", "The night ferry to the island runs every hour from June.")
    site.routes["/fees"] = lambda h: _article("Fees", "Mooring fees at the old harbour stay the same this year.")
    site.routes["/quay"] = lambda h: _article("Quay", "The old quay reopens in May, the council said.")
    report = run_batch(store, [site.url("/ferry"), site.url("/fees")], threads=True, politeness=FAST)
    with Archive.open(store) as arc:
        arc.text_index.remove(report.items[0].capture_id)
    return store


@contextlib.contextmanager
def _running_batch(store: Path, urls: list[str]) -> Iterator[None]:
    """This test as a batch running in ``store`` from now on (its own lock and the running mark)."""
    with Archive.open(store) as arc:
        began = arc.log.size
    own = hold_batch(state_path(store, urls), log_size=began)
    mark = store_lock.hold_running_batch(store)
    try:
        yield
    finally:
        os.close(mark)
        os.close(own)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The INFO lines a reader says when it waits for a running batch's texts."""
    monkeypatch.setattr(store_lock, "WRITER_WAIT_SECONDS", 0.2)  # (a guard: the test waits for nothing)
    said: list[str] = []

    class Heard(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            said.append(record.getMessage())

    logger = logging.getLogger(store_lock.__name__)
    handler, level = Heard(logging.INFO), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield said
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def test_a_killed_batchs_leftover_met_during_another_batch_says_run_reindex_without_waiting(
        left_over: Path, site: Site, waits: list[str]) -> None:
    with _running_batch(left_over, [site.url("/quay")]):
        proc = run_cli("verify-quote", QUOTE, store=left_over)
    said = proc.stdout + proc.stderr
    assert proc.exit_code == 3, said
    assert "the text index lacks 1 archived text(s)" in said and "run 'archiver reindex'" in said, said
    assert "still indexing" not in said and "try again in a moment" not in said, said
    assert not [w for w in waits if "to index its captures' texts" in w], waits


def test_an_empty_text_index_of_a_killed_batchs_leftovers_during_another_batch_says_reindex(
        left_over: Path, site: Site, waits: list[str]) -> None:
    with Archive.open(left_over) as arc:  # (both of the killed batch's texts left out)
        for cid in arc.text_index.doc_ids():
            arc.text_index.remove(cid)
    with _running_batch(left_over, [site.url("/quay")]):
        proc = run_cli("verify-quote", QUOTE, store=left_over)
    said = proc.stdout + proc.stderr
    assert proc.exit_code == 3, said
    assert "the text index holds none of the archived texts yet" in said and "'archiver reindex'" in said, said
    assert "still indexing" not in said, said
    assert not [w for w in waits if "to index its captures' texts" in w], waits


def test_a_running_batchs_text_and_a_killed_batchs_leftover_are_each_named_for_what_they_are(
        left_over: Path, site: Site, waits: list[str]) -> None:
    with _running_batch(left_over, [site.url("/quay")]):
        with Archive.open(left_over) as arc:  # the running batch's capture, its text waiting for its slice
            cid = arc.capture(site.url("/quay")).capture_id
            arc.text_index.remove(cid)
        proc = run_cli("verify-quote", QUOTE, store=left_over)
    said = proc.stdout + proc.stderr
    assert proc.exit_code == 3, said
    assert "1 archived text(s) that a running batch is still indexing" in said, said
    assert "1 archived text(s) of captures logged before every running batch began" in said, said
    assert "run 'archiver reindex'" in said, said


def test_a_resumed_batch_indexes_its_earlier_runs_leftovers_before_it_captures_anything(
        site: Site, store: Path) -> None:
    # (so that while it runs, a text of a capture logged before it began is no running batch's)
    seen: list[bool] = []

    def quay(handler):  # noqa: ANN001, ANN202 - 503 the first time (tried again on resume), then the page
        if not seen:
            seen.append(False)
            return response("503 Service Unavailable", [("Content-Type", "text/plain")], b"busy")
        with Archive.open(store) as arc:
            seen.append(ferry in arc.text_index.doc_ids())
        return _article("Quay", "The old quay reopens in May, the council said.")

    site.routes["/ferry"] = lambda h: _article("Ferry", "The night ferry to the island runs every hour from June.")
    site.routes["/quay"] = quay
    urls = [site.url("/ferry"), site.url("/quay")]
    first = run_batch(store, urls, threads=True, politeness=FAST)
    ferry = first.items[0].capture_id
    with Archive.open(store) as arc:  # as a killed worker leaves it
        arc.text_index.remove(ferry)
    run_batch(store, urls, threads=True, politeness=FAST)
    assert seen == [False, True]


def test_a_leftover_met_while_the_running_batchs_worker_commits_is_still_the_stopped_batchs(
        left_over: Path, site: Site, waits: list[str]) -> None:
    # (a busy batch's workers hold the store's lock for each commit: that is no writer of the
    # leftover's text, which was logged before the batch began)
    with _running_batch(left_over, [site.url("/quay")]):
        fd = os.open(left_over / store_lock.LOCK_FILE, os.O_RDWR)
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_SH)  # a worker of the running batch, committing
            proc = run_cli("verify-quote", QUOTE, store=left_over)
        finally:
            os.close(fd)
    said = proc.stdout + proc.stderr
    assert proc.exit_code == 3, said
    assert "run 'archiver reindex'" in said and "still writing" not in said, said
