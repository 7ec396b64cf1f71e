"""``reindex`` replacing a damaged index says what it found, not to run ``reindex``.

Found in the session 39 review: when the index file could not be opened for the rebuild (a
table every index has had was lost, a table made again with other columns), ``reindex`` warned
"index X is damaged (the index X is damaged (no such table: extractions); run 'archiver reindex'
to rebuild it): replacing it": the file named twice and, while reindex was running, the advice
to run it. The warning now carries SQLite's own words once.
"""

from __future__ import annotations

import sqlite3

from conftest import run_cli
from stores import one_capture_fixtures

PAGE = (b"<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>"
        b"<p>The morning ferry leaves at seven from the north pier, the operator said.</p>"
        b"</article></body></html>")

template, captured = one_capture_fixtures("reindex_damage_warning", "/ferry", PAGE)


def test_reindex_of_an_index_that_lost_a_table_warns_once_without_advising_reindex(captured):
    store, _ = captured
    db = sqlite3.connect(store / "index.sqlite3")
    try:
        db.executescript("DROP TABLE extractions")
    finally:
        db.close()
    result = run_cli("reindex", store=store)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [f"warning: index {store / 'index.sqlite3'} is damaged (no such table: extractions): "
                        "replacing it"], result.stderr
