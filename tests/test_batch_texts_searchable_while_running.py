"""A running batch's captured texts become searchable within a bounded time, and a whole-archive
search that meets texts a running batch has not indexed yet names the batch, not damage.

A batch worker indexes texts a slice at a time (tests/test_batch_texts.py). A slice was indexed
only when it held 16 texts or the worker ended, so a captured text could stay unsearchable for as
long as the batch ran, and a whole-archive ``verify-quote`` during a batch said "the text index
lacks N archived text(s) ... run 'archiver reindex'" (exit 3) of a healthy store (review rvs41: 56
of 118 searches during a 40-URL batch). Now a worker indexes its slice once the oldest text has
waited :data:`~archiver.batch.TEXT_SLICE_SECONDS` (at a capture's end, or while it waits for its
next URL); a batch marks itself running for its whole run (a shared ``flock`` on
``batches/running.lock``); a search that finds texts lacking while one runs waits for them
(bounded) and answers, or says the batch is still indexing them (exit 3, no "reindex"). With no
batch running (one that was killed) the gap is still a stopped process's: run reindex.

Real servers on 127.0.0.1 and real stores; a running batch is a real ``archiver batch`` held at
its server (:class:`servers.Gate`) or, in-process, the test's own hold of the batch's mark. The
waits are guards, never what a test relies on.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from cli import run_cli, start_cli_process
from conftest import RUN_MARK_VAR, end_marked, reap_exited_children, wait_until_gone
from servers import Gate, Site, response

from archiver.archive import Archive
from archiver.batch import TEXT_SLICE_SECONDS_VAR, Politeness, run_batch
from archiver.core import store_lock
from archiver.store.storage import TEXT_INDEX_FILE

FAST = Politeness(host_delay=0, retries=0)


def _article(title: str, sentence: str) -> bytes:
    body = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1><p>{sentence}</p></article></body></html>").encode()
    return response("200 OK", [("Content-Type", "text/html; charset=utf-8")], body)


FERRY = "The night ferry to the island runs every hour from June, the harbour master said."
QUOTE = "The night ferry to the island runs every hour from June"
FEES = "Mooring fees at the old harbour stay the same this year, the council decided."


def _ferry(_handler):  # noqa: ANN001, ANN202
    return _article("Ferry timetable", FERRY)


def _held(gate: Gate):  # noqa: ANN202
    def route(handler):  # noqa: ANN001, ANN202
        gate.wait()
        return _article("Harbour fees", FEES)

    return route


def _wait_for(condition: Callable[[], object], proc: subprocess.Popen[str], what: str, timeout: float = 120) -> None:
    """Until ``condition()`` holds (a last guard, never a timing the test relies on)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, f"{what}: not within {timeout:g} s"
        time.sleep(0.02)


def _captured_and_searchable(store: Path) -> tuple[int, int]:
    """(captures in the index, texts the text index lacks), as a reader sees them."""
    if not (store / TEXT_INDEX_FILE).exists():
        return 0, 0
    with Archive.open(store) as arc:
        return len(arc.index.capture_ids()), arc.texts_not_indexed()


@contextlib.contextmanager
def _running_batch(urls: list[str], tmp_path: Path, store: Path, gate: Gate, jobs: int,
                   env: dict[str, str]):  # noqa: ANN202
    """A real ``archiver batch`` of ``urls``, ended (the gate opened) when the block is left."""
    listed = tmp_path / "urls.txt"
    listed.write_text("".join(u + "\n" for u in urls))
    mark = uuid.uuid4().hex
    proc = start_cli_process("batch", str(listed), "--delay", "0", "--jobs", str(jobs), "--nl", store=store,
                             env={**env, RUN_MARK_VAR: mark})
    try:
        yield proc
        gate.open()
        _, stderr = proc.communicate(timeout=120)  # a guard only
        assert proc.returncode == 0, stderr
        assert wait_until_gone(mark) == []
    finally:
        gate.open()
        end_marked(proc, mark)
        reap_exited_children()


def test_a_search_during_a_batch_names_the_batch_still_indexing_a_text_not_reindex(
        site: Site, store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # One worker: the ferry page is captured, its text waits for its slice (held there for the
    # test by the hook), and the worker is held fetching the next URL, so the batch runs on.
    gate = Gate(free=0, deadline=300)
    site.routes["/ferry"] = _ferry
    site.routes["/fees"] = _held(gate)
    monkeypatch.setattr(store_lock, "WRITER_WAIT_SECONDS", 0.2)  # (the held batch does not index it)
    site.routes["/earlier"] = lambda handler: _article("Harbour works", "The old quay reopens in May.")
    assert run_cli("archive", site.url("/earlier"), store=store).exit_code == 0  # (a text index not empty)
    with _running_batch([site.url("/ferry"), site.url("/fees")], tmp_path, store, gate, 1,
                        {TEXT_SLICE_SECONDS_VAR: "3600"}) as batch:
        _wait_for(lambda: gate.passed >= 1, batch, "the second URL at the server")  # the first is committed
        assert _captured_and_searchable(store) == (2, 1)
        proc = run_cli("verify-quote", QUOTE, store=store)
        said = proc.stdout + proc.stderr
        assert proc.exit_code == 3, said
        assert f"that a running batch (pid {batch.pid}) is still indexing" in said, said
        assert "reindex" not in said, said
    after = run_cli("verify-quote", QUOTE, store=store)  # the batch ended: its texts are all indexed
    assert after.exit_code == 0, after.stdout + after.stderr


def test_a_search_during_a_first_batch_into_an_empty_text_index_names_the_batch_not_reindex(
        site: Site, store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = Gate(free=0, deadline=300)
    site.routes["/ferry"] = _ferry
    site.routes["/fees"] = _held(gate)
    monkeypatch.setattr(store_lock, "WRITER_WAIT_SECONDS", 0.2)
    with _running_batch([site.url("/ferry"), site.url("/fees")], tmp_path, store, gate, 1,
                        {TEXT_SLICE_SECONDS_VAR: "3600"}) as batch:
        _wait_for(lambda: gate.passed >= 1, batch, "the second URL at the server")
        assert _captured_and_searchable(store) == (1, 1)
        proc = run_cli("verify-quote", QUOTE, store=store)
        said = proc.stdout + proc.stderr
        assert proc.exit_code == 3, said
        assert f"a running batch (pid {batch.pid}) is still indexing them" in said and "reindex" not in said, said


def test_a_running_batch_indexes_a_text_within_its_time_while_waiting_for_its_next_url(
        site: Site, store: Path, tmp_path: Path) -> None:
    # Two workers: one captures the ferry page and then waits (no URL left for it); the other is
    # held fetching a page of another host, so the batch runs on and no worker exits. The ferry
    # text is fewer than a slice: it is indexed once it has waited its time, and found.
    gate = Gate(free=0, deadline=300)
    site.routes["/ferry"] = _ferry
    other = Site(host="127.0.0.2", bind="127.0.0.2")
    other.routes["/fees"] = _held(gate)
    try:
        with _running_batch([site.url("/ferry"), other.url("/fees")], tmp_path, store, gate, 2, {}) as batch:
            _wait_for(lambda: _captured_and_searchable(store) == (1, 0), batch, "the ferry text indexed")
            assert gate.released == 0 and batch.poll() is None  # the batch still runs
            proc = run_cli("verify-quote", QUOTE, store=store)
            assert proc.exit_code == 0, proc.stdout + proc.stderr
    finally:
        other.close()


@pytest.fixture
def batched(site: Site, store: Path) -> tuple[Path, str, dict[str, object]]:
    """A store one finished batch captured the ferry page into (it left ``batches/running.lock``),
    with the ferry text taken out of the text index again: (store, capture id, its article)."""
    site.routes["/ferry"] = _ferry
    site.routes["/fees"] = lambda handler: _article("Harbour fees", FEES)
    report = run_batch(store, [site.url("/ferry"), site.url("/fees")], threads=True, politeness=FAST)
    cid = report.items[0].capture_id
    assert cid is not None and (store / store_lock.BATCH_LOCK_FILE).is_file()
    with Archive.open(store) as arc:
        article = arc.index.extraction(cid)["article"]
        arc.text_index.remove(cid)
    return store, cid, article


def test_with_no_batch_running_a_text_the_index_lacks_is_still_a_stopped_process(batched) -> None:
    store, _, _ = batched  # (a killed batch: its mark left behind, held by no one)
    proc = run_cli("verify-quote", QUOTE, store=store)
    said = proc.stdout + proc.stderr
    assert proc.exit_code == 3, said
    assert "the text index lacks 1 archived text(s)" in said and "run 'archiver reindex'" in said, said
    assert "running batch" not in said, said


class _SliceLandsWhenWaitedFor(logging.Handler):
    """The running batch's slice, indexed when the reader says it waits for it."""

    def __init__(self, store: Path, cid: str, article: dict[str, object]) -> None:
        super().__init__(logging.INFO)
        self.store, self.cid, self.article = store, cid, article
        self.done = False

    def emit(self, record: logging.LogRecord) -> None:
        if self.done or "to index its captures' texts" not in record.getMessage():
            return
        self.done = True
        with Archive.open(self.store) as arc:
            arc.index_texts([(self.cid, self.article)])


def test_a_search_that_waits_while_a_batch_indexes_its_slice_answers(batched) -> None:
    store, cid, article = batched
    mark = store_lock.hold_running_batch(store)  # (the test is the running batch)
    handler = _SliceLandsWhenWaitedFor(store, cid, article)
    logger = logging.getLogger(store_lock.__name__)
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        proc = run_cli("verify-quote", QUOTE, store=store)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        os.close(mark)
    assert handler.done
    assert proc.exit_code == 0, proc.stdout + proc.stderr
    assert cid in proc.stdout and "text index lacks" not in (proc.stdout + proc.stderr)


def test_a_reader_creates_no_mark_of_running_batches(site: Site, store: Path) -> None:
    site.routes["/ferry"] = _ferry
    assert run_cli("archive", site.url("/ferry"), store=store).exit_code == 0
    with Archive.open(store) as arc:
        arc.text_index.remove(arc.index.capture_ids().pop())
    assert run_cli("verify-quote", QUOTE, store=store).exit_code == 3
    assert not (store / store_lock.BATCH_LOCK_FILE).exists()


def test_a_text_waits_for_its_slice_within_its_time_and_is_indexed_once_its_time_is_up(site: Site, store: Path) -> None:
    site.routes["/ferry"] = _ferry
    site.routes["/fees"] = lambda handler: _article("Harbour fees", FEES)
    arc = Archive.open(store)
    arc.ensure_writable()
    try:
        arc.index_texts_in_slices(16, 3600.0)  # a slice of 16, an hour at most: the text waits
        first = arc.capture(site.url("/ferry")).capture_id
        assert arc.texts_not_indexed() == 1
        assert (arc.flush_texts_when_due() or 0) > 0 and arc.texts_not_indexed() == 1
        arc.index_texts_in_slices(16, 0.0)  # (what was waiting is indexed; from now, no wait at all)
        second = arc.capture(site.url("/fees")).capture_id
        assert arc.texts_not_indexed() == 0 and {first, second} <= arc.text_index.doc_ids()
        assert arc.flush_texts_when_due() is None  # nothing waits
    finally:
        arc.close()
