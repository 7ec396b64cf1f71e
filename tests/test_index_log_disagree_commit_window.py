"""A capture's index row and its extraction's are committed in one transaction.

A reader now holds an index lacking a capture's logged extraction to be an index that disagrees
with the log (tests/test_index_log_disagree_extraction_deleted.py). The two rows were committed
one after the other, so a reader between them (``show`` of a page a batch had just archived) was
told to run reindex on a healthy store. Watched here with SQLite's own statement trace on the
writing connection and a second, read-only connection to the same file: at every transaction the
writer begins, and at the end, no capture is indexed without its extraction.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from servers import Site, html_page

from archiver.archive import Archive

PAGES = {f"/notice-{i}": (f"<html><head><title>Notice {i}</title></head><body><article><h1>Notice {i}</h1>"
                          f"<p>Public notice number {i}: the ferry timetable changes on the first of the "
                          "month.</p></article></body></html>").encode() for i in range(3)}
WITHOUT_EXTRACTION = "SELECT count(*) FROM captures WHERE capture_id NOT IN (SELECT capture_id FROM extractions)"


def test_no_reader_sees_a_capture_indexed_without_its_extraction(store: Path, key_dir: Path, site: Site):
    for path, page in PAGES.items():
        site.routes[path] = html_page(page)
    seen: list[int] = []
    with Archive.open(store, key_dir=key_dir) as arc:
        arc.capture(site.url("/notice-0"))  # the index file exists from here on
        reader = sqlite3.connect(f"file:{store / 'index.sqlite3'}?mode=ro", uri=True)

        def look(statement: str) -> None:
            if statement.startswith("BEGIN"):  # the writer's previous transaction is committed
                seen.append(reader.execute(WITHOUT_EXTRACTION).fetchone()[0])

        arc.index._db.set_trace_callback(look)
        for path in list(PAGES)[1:]:
            arc.capture(site.url(path))
        arc.index._db.set_trace_callback(None)
        seen.append(reader.execute(WITHOUT_EXTRACTION).fetchone()[0])
        reader.close()
    assert len(seen) > 2 and set(seen) == {0}, seen
