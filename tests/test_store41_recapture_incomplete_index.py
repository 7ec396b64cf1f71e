"""``recapture URL`` compares with the URL's newest capture only from an index holding every
capture of that URL the log lists: it is refused (exit 3, naming them and ``reindex``) before
anything is fetched, as ``verify-quote --url`` is. It took the newest capture the index held
(or none: "first capture") and said what changed since an older one.

The store is a real captured one (tests/stores.py), its ``captures`` row deleted with sqlite3.
"""

from __future__ import annotations

import json
import sqlite3

from conftest import run_cli
from stores import one_capture_fixtures

PAGE = (b"<html><head><title>Market moves</title></head><body><article><h1>Market moves</h1>"
        b"<p>The Saturday market moves to the harbour square from April, the council said.</p>"
        b"</article></body></html>")

template, captured = one_capture_fixtures("recapture_incomplete_index", "/market", PAGE)


def test_recapture_of_a_url_whose_capture_the_index_lacks_is_refused_before_fetching(captured):
    store, cid = captured
    url = json.loads(run_cli("show", cid, "--json", store=store).stdout)["url"]
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        assert db.execute("DELETE FROM captures WHERE capture_id=?", (cid,)).rowcount == 1
    db.close()
    log = (store / "provenance" / "log.jsonl").read_bytes()
    proc = run_cli("recapture", url, store=store)
    assert proc.exit_code == 3, proc.output
    assert f"the index lacks 1 capture(s) of {url} the log lists ({cid};" in proc.stderr
    assert (store / "provenance" / "log.jsonl").read_bytes() == log  # nothing fetched, nothing logged
