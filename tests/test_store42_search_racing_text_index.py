"""A whole-archive search that meets a capture whose text a live writer has not put in the text
index yet waits for the writer's commit, or says it is writing: a live writer is not damage.

``archive`` indexes a capture's text after its index row, holding the store's lock throughout. A
search between the two waited for missing index rows (tests/test_store41_reader_racing_writer.py)
but not for the text: it reported "the text index lacks 1 archived text(s) ... run 'archiver
reindex'" of a healthy store (exit 3), with the quote's holder unsearched. It now waits for those
texts the same bounded way, and a writer still holding the store past that is named.

In-process: the writer's hold is the test's own ``flock`` of store.lock, the gap the capture's text
taken out of the text index; the writer's commit (the text put back, the lock let go) happens when
the reader says it waits (its INFO line), so nothing is timed.
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path

import pytest
from conftest import run_cli
from stores import FERRY_PAGE as PAGE
from stores import FERRY_QUOTE as QUOTE
from stores import capture_template, copy_store

from archiver.archive import Archive
from archiver.core import store_lock

OTHER = (b"<html><head><title>Harbour fees</title></head><body><article><h1>Harbour fees</h1>"
         b"<p>Mooring fees at the old harbour stay the same this year, the council decided.</p>"
         b"</article></body></html>")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("search_racing_text_index")
    first, _ = capture_template(root, {"/ferry": PAGE, "/fees": OTHER})  # (a text index that holds one)
    return root, str(first.capture_id)


@pytest.fixture
def captured(template: tuple[Path, str], tmp_path: Path, key_dir: Path) -> tuple[Path, str]:
    root, cid = template
    copy_store(root, tmp_path / "store", key_dir)
    return tmp_path / "store", cid


def _take_text_out(store: Path, key_dir: Path, cid: str) -> dict[str, object]:
    with Archive.open(store, key_dir=key_dir) as arc:
        article = arc.index.extraction(cid)["article"]
        arc.text_index.remove(cid)
    return article


def _hold_store(store: Path) -> int:
    fd = os.open(store / "store.lock", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_SH)
    return fd


class _CommitWhenWaitedFor(logging.Handler):
    """The writer's commit, done when the reader says it waits: the text indexed, the lock let go."""

    def __init__(self, store: Path, key_dir: Path, cid: str, article: dict[str, object], fd: int) -> None:
        super().__init__(logging.INFO)
        self.store, self.key_dir, self.cid, self.article, self.fd = store, key_dir, cid, article, fd
        self.done = False

    def emit(self, record: logging.LogRecord) -> None:
        if self.done or "to finish writing to this store" not in record.getMessage():
            return
        self.done = True
        with Archive.open(self.store, key_dir=self.key_dir) as arc:
            arc.index_texts([(self.cid, self.article)])
        os.close(self.fd)


def test_a_search_while_a_writer_indexes_a_text_waits_for_it(captured, key_dir):
    store, cid = captured
    article = _take_text_out(store, key_dir, cid)
    fd = _hold_store(store)
    handler = _CommitWhenWaitedFor(store, key_dir, cid, article, fd)
    logger = logging.getLogger(store_lock.__name__)
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        proc = run_cli("verify-quote", QUOTE, store=store)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        if not handler.done:
            os.close(fd)
    assert handler.done
    assert proc.exit_code == 0, (proc.stdout + proc.stderr)
    assert cid in proc.stdout and "text index lacks" not in (proc.stdout + proc.stderr)


def test_a_writer_holding_the_store_past_the_wait_is_said_to_be_writing(captured, key_dir, monkeypatch):
    store, cid = captured
    _take_text_out(store, key_dir, cid)
    monkeypatch.setattr(store_lock, "WRITER_WAIT_SECONDS", 0.2)  # (the test's writer never ends)
    fd = _hold_store(store)
    try:
        proc = run_cli("verify-quote", QUOTE, store=store)
    finally:
        os.close(fd)
    assert proc.exit_code == 3, (proc.stdout + proc.stderr)
    assert "is still writing to this store" in (proc.stdout + proc.stderr) and "run 'archiver reindex'" not in (proc.stdout + proc.stderr)


def test_with_no_writer_a_text_the_index_lacks_is_still_a_stopped_process(captured, key_dir):
    store, cid = captured
    _take_text_out(store, key_dir, cid)
    proc = run_cli("verify-quote", QUOTE, store=store)
    assert proc.exit_code == 3, (proc.stdout + proc.stderr)
    assert "the text index lacks 1 archived text(s)" in (proc.stdout + proc.stderr) and "archiver reindex" in (proc.stdout + proc.stderr)
