"""``reindex`` gives a capture the extraction its own log entry vouches for, even when a later
capture's entry names the same extraction record id.

An older version drew record ids again in each session (tests/test_store_locks.py): the second
session's capture is logged and refused by the index, and its ``extraction`` entry names the
first capture's extraction record id. ``reindex`` found extraction entries by record id alone,
took the second capture's and left the first without its text ("its extraction ... was never
logged (interrupted)"), after which ``show`` said "evidence: present" with no article. Now that an
index lacking a logged extraction is named ("run reindex"), ``reindex`` must restore it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json

from conftest import run_cli
from test_store_locks import _logged_capture_ids, _reindex, site  # noqa: F401 - site is a fixture

from archiver.archive import Archive
from archiver.core.fixed_clocks import CountingIds, FixedClock
from archiver.store.index import IdClashError


def test_reindex_indexes_the_extraction_of_the_capture_whose_entry_names_it(store, site):  # noqa: F811
    for day, path in ((1, "/p0"), (2, "/p1")):  # each session counts its ids from 1
        clock = FixedClock(dt.datetime(2026, 1, day, tzinfo=dt.UTC))
        with Archive.open(store, ids=CountingIds(), clock=clock) as arc, contextlib.suppress(IdClashError):
            arc.capture(site.url(path))  # the second: logged, its index row refused
    first = _logged_capture_ids(store)[0]
    code, report = _reindex(store)
    assert code == 1 and report["captures"] == 1 and report["extractions"] == 1, report
    assert report["recovered"] == [], report["recovered"]
    shown = run_cli("show", first, "--json", store=store)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["article"] is not None
