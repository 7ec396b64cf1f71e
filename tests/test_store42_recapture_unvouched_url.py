"""``recapture ID`` captures again the URL the capture's log entry records, and nothing else: when
the evidence check cannot read that entry (the index places it where the log holds no such entry),
the URL the index holds is vouched for by nothing, and the command is refused (exit 1, naming the
disagreement and ``reindex``) before anything is fetched or logged. It fetched the index's URL
(which may be an edited one), committed a new capture of it, and only then refused the comparison.

A capture whose logged URL is known (a WARC file missing, an index fact edited) is still captured
again: the URL is the log's, the new capture stands on its own, and only the comparison is refused
(tests/test_evidence.py).

The store is a real captured one (tests/stores.py); its ``captures`` row is edited with sqlite3 to
name a live loopback page (tests/servers.py) and to place its log entry one byte off.
"""

from __future__ import annotations

import sqlite3

from conftest import run_cli
from servers import Site, html_page
from stores import one_capture_fixtures

PAGE = (b"<html><head><title>Quay wall</title></head><body><article><h1>Quay wall</h1>"
        b"<p>The quay reopens on Friday after repairs to its wall, the port authority said.</p>"
        b"</article></body></html>")

template, captured = one_capture_fixtures("recapture_unvouched_url", "/quay", PAGE)


def test_recapture_of_an_id_whose_logged_url_cannot_be_read_fetches_nothing(captured, site: Site):
    store, cid = captured
    site.routes["/elsewhere"] = html_page(PAGE)
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        assert db.execute("UPDATE captures SET url=?, log_offset=log_offset+1 WHERE capture_id=?",
                          (site.url("/elsewhere"), cid)).rowcount == 1
    db.close()
    log = (store / "provenance" / "log.jsonl").read_bytes()
    proc = run_cli("recapture", cid, store=store)
    assert proc.exit_code == 1, proc.output
    assert "the index disagrees with the provenance log" in proc.stderr and "archiver reindex" in proc.stderr
    assert site.requests == []
    assert (store / "provenance" / "log.jsonl").read_bytes() == log
