"""A batch worker's captured text becomes searchable within its time even while that worker is in
a long fetch.

A worker indexes the texts waiting for their slice at 16 texts, or once the oldest has waited
:data:`~archiver.batch.TEXT_SLICE_SECONDS`, looked at when a capture ends and while it waits for
its next URL: a worker that went from a capture straight into a slow page's fetch (a server taking
its time, up to the read and total timeouts) held the texts it had captured for all of that fetch,
unsearchable, though its batch said they would be searchable within seconds. The batch process,
which learns of each capture as it is reported, now indexes a text its worker still holds one
slice's time past its due (on its own connection, in its own thread: no worker is interrupted and
no SQLite connection crosses threads); the worker's own slice later indexes it again, the same.

Real loopback server and store; the slow page's server holds its answer until the first page's
text is searchable (a guard of 20 s, after which it answers and the test fails).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from servers import Site, response

from archiver.archive import Archive
from archiver.batch import CAPTURED, TEXT_SLICE_SECONDS_VAR, Politeness, run_batch

FAST = Politeness(host_delay=0, retries=0)


def _article(title: str, sentence: str) -> bytes:
    body = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1><p>{sentence}</p></article></body></html>").encode()
    return response("200 OK", [("Content-Type", "text/html; charset=utf-8")], body)


def test_a_text_is_searchable_while_its_worker_is_in_a_long_fetch(
        site: Site, store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TEXT_SLICE_SECONDS_VAR, "0.2")
    seen: list[bool] = []

    def slow(handler):  # noqa: ANN001, ANN202 - answers once the ferry page's text is searchable
        deadline = time.monotonic() + 20  # a guard only (under the read timeout)
        while time.monotonic() < deadline:
            with Archive.open(store) as arc:
                if len(arc.text_index) and arc.texts_not_indexed() == 0:
                    break
            time.sleep(0.05)
        seen.append(time.monotonic() < deadline)
        return _article("Harbour fees", "Mooring fees at the old harbour stay the same this year.")

    site.routes["/ferry"] = lambda h: _article("Ferry", "The night ferry to the island runs every hour from June.")
    site.routes["/slow"] = slow
    report = run_batch(store, [site.url("/ferry"), site.url("/slow")], jobs=1, politeness=FAST)
    assert [it.status for it in report.items] == [CAPTURED, CAPTURED]
    assert seen == [True]  # the ferry text was searchable while its worker was fetching /slow
