"""``import`` of a bundle of ours reads a capture's body as ``archive`` read it, content coding too.

A response whose ``Content-Encoding`` cannot be undone (a gzip stream that is no gzip, an unknown
coding) is no page a browser shows: ``archive`` keeps it with no text and says why ("the body's
compressed data is damaged ..."). Since rvsec52 a bundle of ours brings such a capture whatever
its media type, and ``import`` read the still-coded bytes as the page's text instead, so a quote of
them verified ``exact`` in the recipient's archive while the exporter's holds no text for it (an
HTML page was read so before too). A capture a bundle of ours proves now keeps the decoding's
failure as its extraction error, as ``archive`` recorded it. Another tool's file is read so too
since sec54 (tests/test_sec54_import_undecodable_foreign.py).

One store (module scope): a text/plain and an HTML response served as ``Content-Encoding: gzip``
but sent plain, captured from 127.0.0.1, exported and imported into a fresh store whose owner
pinned the bundle's key.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from bundles import pin_bundle_key
from cli import run_cli
from servers import Site, response

from archiver.archive import Archive

WORDS = b"The harbour was closed for good by the council, the mayor said on Tuesday morning."
ROUTES = {"/notes.txt": ("text/plain; charset=utf-8", WORDS + b"\n"),
          "/story.html": ("text/html", b"<html><body><article><p>" + WORDS + b"</p></article></body></html>")}


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The capture ids by path, and each store with its env (``origin`` and ``recipient``)."""
    root = tmp_path_factory.mktemp("undecodable")
    site = Site()
    for path, (ctype, body) in ROUTES.items():
        site.routes[path] = lambda h, c=ctype, b=body: response(
            "200 OK", [("Content-Type", c), ("Content-Encoding", "gzip")], b)
    try:
        with Archive.open(root / "store", key_dir=root / "keys") as arc:
            ids = {path: arc.capture(site.url(path)).capture_id for path in ROUTES}
    finally:
        site.close()
    origin = (root / "store", {"ARCHIVER_KEY_DIR": str(root / "keys")})
    bundle = root / "coded.wacz"
    made = run_cli("export", *ids.values(), "-o", str(bundle), store=origin[0], env=origin[1])
    assert made.returncode == 0, made.stderr
    recipient = (root / "recipient", {"ARCHIVER_KEY_DIR": str(root / "recipient-keys")})
    pin_bundle_key(bundle, recipient[1])
    proc = run_cli("import", str(bundle), store=recipient[0], env=recipient[1])
    assert proc.returncode == 0, proc.stderr
    return {"ids": ids, "origin": origin, "recipient": recipient}


def _shown(stores: dict[str, Any], which: str, path: str) -> dict[str, Any]:
    store, env = stores[which]
    proc = run_cli("show", stores["ids"][path], "--json", store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    doc: dict[str, Any] = json.loads(proc.stdout)
    return doc


@pytest.mark.parametrize("path", list(ROUTES))
def test_an_imported_capture_whose_coding_cannot_be_undone_has_no_text(stores, path):
    assert _shown(stores, "recipient", path)["article"] is None


@pytest.mark.parametrize("path", list(ROUTES))
def test_an_imported_capture_says_why_it_has_no_text_as_its_original_does(stores, path):
    original = _shown(stores, "origin", path)["extraction_error"]
    assert original and _shown(stores, "recipient", path)["extraction_error"] == original


def test_the_coded_bytes_are_not_quotable_in_the_recipients_archive(stores):
    store, env = stores["recipient"]
    proc = run_cli("verify-quote", "The harbour was closed for good by the council", "--capture",
                   stores["ids"]["/notes.txt"], "--json", store=store, env=env)
    assert proc.returncode != 0 and "exact" not in proc.stdout, proc.stdout + proc.stderr
