"""Red team, third pass: ``reindex`` on a store on a read-only medium.

The commands that log refused a read-only store in one line (exit 3); ``reindex``, which logs
nothing but rewrites the index, opened the index read-only and died on its first write with
a traceback (``sqlite3.OperationalError: attempt to write a readonly database``). It now
refuses up front as the others do: exit 3, one line, nothing changed.
"""

from __future__ import annotations

import pytest
from cli import run_cli_on_read_only_mount
from conftest import run_cli
from servers import Site, html_page
from test_store_reading import snapshot

PAGE = b"<html><head><title>T</title></head><body><p>A page to index again.</p></body></html>"


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    site = Site()
    site.routes["/"] = html_page(PAGE)
    store = tmp_path_factory.mktemp("ro") / "store"
    try:
        assert run_cli("archive", site.url("/"), store=store).returncode == 0
    finally:
        site.close()
    before = snapshot(store)
    done = run_cli_on_read_only_mount(store, [["reindex"], ["reindex", "--cdxj"], ["cdxj"]])
    return done, before, snapshot(store)


def test_reindex_on_a_read_only_store_is_exit_3_in_one_line(runs):
    done, _, _ = runs
    for run in done[:2]:
        assert run.returncode == 3, run.stderr
        assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
        assert "read-only" in run.stderr


def test_reindex_on_a_read_only_store_changes_nothing(runs):
    _, before, after = runs
    assert after == before


def test_cdxj_on_a_read_only_store_is_exit_3_in_one_line_as_every_other_writer(runs):
    # before: exit 1 ("cannot write .../indexes/index.cdxj: Read-only file system"), the code
    # for "found a problem", where every other command that writes into the store exits 3
    cdxj = runs[0][2]
    assert cdxj.returncode == 3, cdxj.stderr
    assert "Traceback" not in cdxj.stderr and len(cdxj.stderr.strip().splitlines()) == 1
    assert "read-only" in cdxj.stderr
