"""A whole-archive search waits for live writers at most once: one bounded wait in all, however
many times it finds something to wait for.

A search whose text index was empty waited (bounded, :data:`~archiver.core.store_lock.WRITER_WAIT_SECONDS`)
for a running batch's texts while planning; when the batch's first slice landed meanwhile (the
text index no longer empty) but another text was still lacking, the search itself looked again
and waited a second full time: 10 s where 5 s were promised. Every wait of one search now shares
one :class:`~archiver.core.store_lock.Patience`, whose clock and sleep are ours to inject: the
test counts the seconds the search slept on its clock, not on the wall's.

In-process: the running batch is the test's own hold of the running mark; its slice lands (one
of the two texts indexed again) when the search first sleeps.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from stores import FERRY_PAGE as FERRY
from stores import FERRY_QUOTE as QUOTE
from stores import capture_template, copy_store

from archiver.archive import Archive
from archiver.core import store_lock
from archiver.quotes.service import QuoteRequest, QuoteService

FEES = (b"<html><head><title>Harbour fees</title></head><body><article><h1>Harbour fees</h1>"
        b"<p>Mooring fees at the old harbour stay the same this year, the council decided.</p>"
        b"</article></body></html>")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("search_waits_once")
    results = capture_template(root, {"/ferry": FERRY, "/fees": FEES})
    return root, [str(r.capture_id) for r in results]


class SliceLandsOnFirstSleep:
    """Our clock and sleep for :class:`~archiver.core.store_lock.Patience`: time moves only when
    the search sleeps; on its first sleep the running batch indexes the ferry text."""

    def __init__(self, arc: Archive, cid: str, article: dict[str, object]) -> None:
        self.arc, self.cid, self.article = arc, cid, article
        self.now = 0.0
        self.slept = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        if not self.slept:
            self.arc.index_texts([(self.cid, self.article)])
        self.now += seconds
        self.slept += seconds


def test_an_empty_index_search_during_a_batch_waits_once_in_all(template, tmp_path: Path, key_dir: Path) -> None:
    root, (ferry, fees) = template
    copy_store(root, tmp_path / "store", key_dir)
    store = tmp_path / "store"
    (store / "batches").mkdir(exist_ok=True)
    mark = store_lock.hold_running_batch(store)  # (the test is the running batch; it began before both)
    try:
        with Archive.open(store) as arc:
            article = arc.index.extraction(ferry)["article"]
            arc.text_index.remove(ferry)
            arc.text_index.remove(fees)  # an empty text index: the batch has indexed nothing yet
            time = SliceLandsOnFirstSleep(arc, ferry, article)
            arc.new_patience = lambda: store_lock.Patience(clock=time.clock, sleep=time.sleep)
            report = QuoteService(arc).verify(QuoteRequest(QUOTE))
    finally:
        os.close(mark)
    assert report.primary.source is not None and report.primary.source.capture_id == ferry
    assert report.incomplete and "1 archived text(s) that a running batch is still indexing" in report.incomplete
    assert 0 < time.slept <= store_lock.WRITER_WAIT_SECONDS + 0.1  # one bounded wait, not one per look


def test_a_batch_setting_invalid_rows_aside_waits_once_in_all(template, tmp_path: Path, key_dir: Path) -> None:
    # (verify-quote --batch --skip-invalid: each row is planned to set the invalid ones aside,
    # then planned and run again; the CLI runs both inside the service's waits_once)
    root, (ferry, fees) = template
    copy_store(root, tmp_path / "store", key_dir)
    store = tmp_path / "store"
    (store / "batches").mkdir(exist_ok=True)
    mark = store_lock.hold_running_batch(store)
    try:
        with Archive.open(store) as arc:
            article = arc.index.extraction(ferry)["article"]
            arc.text_index.remove(ferry)
            arc.text_index.remove(fees)
            time = SliceLandsOnFirstSleep(arc, ferry, article)
            arc.new_patience = lambda: store_lock.Patience(clock=time.clock, sleep=time.sleep)
            service = QuoteService(arc)
            requests = [QuoteRequest(QUOTE)]
            with service.waits_once(requests):
                valid, skipped = service.split_checkable(requests)
                [report] = service.verify_batch(valid)
    finally:
        os.close(mark)
    assert skipped == [] and report.primary.source is not None and report.primary.source.capture_id == ferry
    assert 0 < time.slept <= store_lock.WRITER_WAIT_SECONDS + 0.1
