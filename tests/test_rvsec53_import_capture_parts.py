"""``import`` of a bundle of ours makes captures of the captures its log proves, not of their parts.

A capture of ``/old`` that redirects to ``/new`` holds two responses: the 302 (whose body, a
"moved" page no browser shows, ``archive`` never extracts) and the page. Its bundle verifies, and
its log proves one capture. ``import`` took every HTML response of the bundle for a page, as it
does in a foreign crawl, so the recipient's archive held a second capture, of the 302's body,
under an id of its own: a quote of words the exporter's archive answers ``not_found`` for verified
``exact`` there. A response a proven capture holds besides its page (a redirect hop, a browser
capture's subresource) now stays a record of that capture's file, as a crawler's robots.txt does.

One store (module scope): the redirect served from 127.0.0.1, exported, imported into a fresh
store whose owner pinned the bundle's key.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from bundles import pin_bundle_key
from cli import run_cli
from servers import Site, html_page, response

from archiver.archive import Archive

MOVED = (b"<html><head><title>Moved</title></head><body><article><p>This page has moved. The harbour was closed "
         b"for good by the council, the mayor said on Tuesday morning.</p></article></body></html>")
PAGE = (b"<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1><p>The harbour handled 41,000 "
        b"containers in March, the port authority said on Tuesday.</p></article></body></html>")
MOVED_QUOTE = "The harbour was closed for good by the council"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The capture's id, the import's ``--json`` document, the recipient's store and env."""
    root = tmp_path_factory.mktemp("capture-parts")
    site = Site()
    site.routes["/old"] = lambda h: response("302 Found", [("Location", "/new"), ("Content-Type", "text/html")], MOVED)
    site.routes["/new"] = html_page(PAGE)
    try:
        with Archive.open(root / "store", key_dir=root / "keys") as arc:
            cid = arc.capture(site.url("/old")).capture_id
    finally:
        site.close()
    bundle = root / "moved.wacz"
    made = run_cli("export", cid, "-o", str(bundle), store=root / "store", env={"ARCHIVER_KEY_DIR": str(root / "keys")})
    assert made.returncode == 0, made.stderr
    env = {"ARCHIVER_KEY_DIR": str(root / "recipient-keys")}
    pin_bundle_key(bundle, env)
    proc = run_cli("import", str(bundle), "--json", store=root / "recipient", env=env)
    assert proc.returncode == 0, proc.stderr
    return {"id": cid, "doc": json.loads(proc.stdout), "store": root / "recipient", "env": env}


def test_the_import_makes_only_the_capture_the_bundle_proves(imported):
    assert [c["capture_id"] for c in imported["doc"]["captures"]] == [imported["id"]]


def test_words_of_a_redirect_hop_are_not_found_in_the_recipients_archive(imported):
    proc = run_cli("verify-quote", MOVED_QUOTE, "--json", store=imported["store"], env=imported["env"])
    assert proc.returncode == 1 and json.loads(proc.stdout)["verdict"] == "not_found", proc.stdout


def test_the_page_a_redirect_led_to_is_imported_with_its_words(imported):
    proc = run_cli("verify-quote", "the port authority said on Tuesday", "--capture", imported["id"],
                   store=imported["store"], env=imported["env"])
    assert proc.returncode == 0, proc.stdout + proc.stderr
