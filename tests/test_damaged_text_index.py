"""A damaged full-text index does not fail a capture that is committed.

Found at the end of the seventh session (review 18's notes): with ``text-index.sqlite3`` damaged,
``archive`` recorded the capture (WARC records, log entry, index row), then printed only "the text
index ... is damaged; run 'archiver reindex'" and exited 1, with no capture id: a user's retry
captured the page a second time. The text index is derived: the capture is reported, a warning
says the text is not searchable until ``reindex``, which rebuilds it.
"""

from __future__ import annotations

from conftest import run_cli
from servers import Site, html_page

PAGE = (b"<html><head><title>Quay notes</title></head><body><article><p>The quay was rebuilt in 1911 "
        b"after the great storm, the museum's guide says.</p></article></body></html>")


def _damaged(store, site: Site) -> None:
    site.routes["/first"] = html_page(PAGE)
    assert run_cli("archive", site.url("/first"), store=store).returncode == 0
    (store / "text-index.sqlite3").write_bytes(b"not a database")
    for suffix in ("-wal", "-shm"):
        (store / f"text-index.sqlite3{suffix}").unlink(missing_ok=True)


def test_a_capture_into_a_store_whose_text_index_is_damaged_is_reported_with_a_warning(store, site):
    _damaged(store, site)
    site.routes["/second"] = html_page(PAGE.replace(b"Quay", b"Pier"))
    proc = run_cli("archive", site.url("/second"), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    assert '"capture_id"' in proc.stdout
    assert "warning:" in proc.stderr and "archiver reindex" in proc.stderr and "Traceback" not in proc.stderr


def test_reindex_makes_the_text_of_a_capture_made_meanwhile_searchable(store, site):
    _damaged(store, site)
    site.routes["/second"] = html_page(PAGE.replace(b"museum's guide", b"harbour master"))
    assert run_cli("archive", site.url("/second"), store=store).returncode == 0
    assert run_cli("reindex", store=store).returncode == 0
    found = run_cli("verify-quote", "after the great storm, the harbour master says", store=store)
    assert found.returncode == 0 and "verdict: exact" in found.stdout, found.stdout + found.stderr
