"""A capture whose response sent an empty ``Content-Type:`` field exports to a bundle that verifies and
imports (review rvsec58: hostile heads through every reader).

cdxj-indexer writes such a response's index line with ``"mime": ""``, and verify-bundle read the
record's type as none: the two were compared as different, so our own bundle FAILED ("the line gives
type  (the record's: none), which that record does not have") and ``import`` refused all of it. An
empty type and no type are the same claim: none.
"""

from __future__ import annotations

import json

from cli import run_cli
from servers import Site, response

PAGE = b"<html><body><article><p>The council met on Tuesday to discuss the harbour wall.</p></article></body></html>"


def _bundle(tmp_path):
    site = Site()
    site.routes["/page"] = lambda h: response("200 OK", [("Content-Type", "")], PAGE)
    store = tmp_path / "store"
    try:
        made = run_cli("archive", site.url("/page"), "--json", store=store)
    finally:
        site.close()
    assert made.returncode == 0, made.stderr
    bundle = tmp_path / "b.wacz"
    exported = run_cli("export", json.loads(made.stdout)["capture_id"], "-o", str(bundle), store=store)
    assert exported.returncode == 0, exported.stderr
    return bundle


def test_a_bundle_of_a_response_sent_with_an_empty_content_type_verifies(tmp_path):
    proc = run_cli("verify-bundle", str(_bundle(tmp_path)))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_bundle_of_a_response_sent_with_an_empty_content_type_imports(tmp_path):
    proc = run_cli("import", str(_bundle(tmp_path)), "--json", store=tmp_path / "other")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert len(json.loads(proc.stdout)["captures"]) == 1
