"""A batch worker adds texts to the full-text index a slice at a time (one transaction per
slice, not per capture), and no capture's text is left unsearchable: a worker's orderly exit
indexes what waits, and the runner adds texts a killed worker never indexed. Real servers on
127.0.0.1, real stores (WARC, log, SQLite indexes)."""

from __future__ import annotations

from pathlib import Path

from servers import Site, response

from archiver.archive import Archive
from archiver.batch import CAPTURED, Politeness, run_batch

FAST = Politeness(host_delay=0, retries=0)


def page(n: int) -> bytes:
    body = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Report {n}</title></head>"
            f"<body><article><h1>Report {n}</h1><p>The council approved budget number {n} on Tuesday "
            f"by seven votes to two, after a debate that lasted four hours.</p><p>Opponents said the "
            f"plan would not fund the library branch {n}.</p></article></body></html>").encode()
    return response("200 OK", [("Content-Type", "text/html; charset=utf-8")], body)


def serve(site: Site, count: int) -> list[str]:
    for i in range(count):
        site.routes[f"/p{i}"] = lambda handler, i=i: page(i)
    return [site.url(f"/p{i}") for i in range(count)]


def indexed(store: Path, capture_ids: list[str]) -> set[str]:
    with Archive.open(store) as arc:
        return {cid for cid in capture_ids if cid in arc.text_index}


def test_a_worker_indexes_texts_one_transaction_per_slice_and_the_rest_when_it_closes(
        site: Site, store: Path) -> None:
    urls = serve(site, 4)
    arc = Archive.open(store)
    arc.ensure_writable()  # (a worker's store was made by its runner: its text index is the one written)
    transactions: list[int] = []
    real = arc.text_index.add_many

    def counted(items: list, made_from: dict | None = None) -> None:  # noqa: ANN001 - the text index's signature
        transactions.append(len(items))
        real(items, made_from)

    arc.text_index.add_many = counted
    arc.index_texts_in_slices(3)
    ids = [arc.capture(u).capture_id for u in urls]
    assert transactions == [3]  # the first slice, in one transaction; the fourth text waits
    assert indexed(store, ids) == set(ids[:3])
    assert arc.texts_not_indexed() == 1
    arc.close()  # what a worker's orderly exit does
    assert transactions == [3, 1]
    assert indexed(store, ids) == set(ids)


def test_a_process_batch_leaves_every_capture_in_the_text_index(site: Site, store: Path) -> None:
    urls = serve(site, 5)  # fewer than a slice per worker: only the workers' exits index them
    report = run_batch(store, urls, jobs=2, politeness=FAST)
    assert [it.status for it in report.items] == [CAPTURED] * 5
    ids = [it.capture_id for it in report.items if it.capture_id]
    assert indexed(store, ids) == set(ids)
    with Archive.open(store) as arc:
        assert set(arc.text_index.candidates("approved budget number 3 on Tuesday")) & set(ids)


def test_texts_a_killed_worker_never_indexed_are_added_when_the_batch_is_resumed(
        site: Site, store: Path) -> None:
    urls = serve(site, 4)
    report = run_batch(store, urls, jobs=2, threads=True, politeness=FAST)
    ids = [it.capture_id for it in report.items if it.capture_id]
    with Archive.open(store) as arc:  # as if the worker holding these had been killed
        for cid in ids[1:3]:
            arc.text_index.remove(cid)
    assert indexed(store, ids) == {ids[0], ids[3]}
    again = run_batch(store, urls, jobs=2, threads=True, politeness=FAST)
    assert all(it.resumed for it in again.items)  # nothing fetched again ...
    assert len(site.requests) == 4
    assert indexed(store, ids) == set(ids)  # ... and every text searchable
