"""``import`` of a bundle of ours makes a capture of every capture the bundle proves, whatever
its media type.

``archive`` captures any URL: a plain-text or Markdown file (its words extracted, quotes checked
against them), an image or a JSON document (no text). Each exports to a bundle that
``verify-bundle`` verifies (exit 0), but ``import`` made captures only of HTML and PDF pages, the
rule for a foreign crawl (a crawler's robots.txt, images and scripts are kept as records, not
made captures): the recipient got "pages/pages.jsonl lists ..., but no readable HTML or PDF page
for it is in the WACZ; nothing was made of it", exit 1, and no capture to cite. A capture the
bundle's log proves is now imported as such, extracted as ``archive`` extracts it; a foreign
file's responses are taken as before.

One store (module scope): four captures served from 127.0.0.1, exported in one bundle, imported
into a fresh store whose owner pinned the bundle's key.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from bundles import pin_bundle_key
from cli import run_cli
from servers import Site, response

from archiver.archive import Archive

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
ROUTES = {
    "/notes.txt": ("text/plain; charset=utf-8", b"The harbour handled 41,000 containers in March, the port authority said.\n"),
    "/readme.md": ("text/markdown", b"# Bridge\n\nThe bridge will close for repairs in May, the city council said.\n"),
    "/chart.png": ("image/png", PNG),
    "/figures.csv": ("text/csv", b"containers\n41000\n"),
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """{"ids": {path: capture id}, "proc": the import's result, "store", "env"} of the recipient."""
    root = tmp_path_factory.mktemp("any-capture")
    site = Site()
    for path, (ctype, body) in ROUTES.items():
        site.routes[path] = lambda h, c=ctype, b=body: response("200 OK", [("Content-Type", c)], b)
    try:
        with Archive.open(root / "store", key_dir=root / "keys") as arc:
            ids = {path: arc.capture(site.url(path)).capture_id for path in ROUTES}
    finally:
        site.close()
    bundle = root / "any.wacz"
    made = run_cli("export", *ids.values(), "-o", str(bundle), store=root / "store",
                   env={"ARCHIVER_KEY_DIR": str(root / "keys")})
    assert made.returncode == 0, made.stderr
    env = {"ARCHIVER_KEY_DIR": str(root / "recipient-keys")}
    pin_bundle_key(bundle, env)
    checked = run_cli("verify-bundle", str(bundle), store=root / "recipient", env=env)
    assert checked.returncode == 0 and checked.stdout.startswith("VERIFIED"), checked.stdout + checked.stderr
    proc = run_cli("import", str(bundle), "--json", store=root / "recipient", env=env)
    return {"ids": ids, "proc": proc, "store": root / "recipient", "env": env}


def _shown(imported: dict[str, Any], path: str) -> dict[str, Any]:
    proc = run_cli("show", imported["ids"][path], "--json", store=imported["store"], env=imported["env"])
    assert proc.returncode == 0, proc.stderr
    doc: dict[str, Any] = json.loads(proc.stdout)
    return doc


def test_the_import_of_a_bundle_of_captures_of_every_type_succeeds(imported):
    proc = imported["proc"]
    assert proc.returncode == 0, proc.stderr
    assert "nothing was made of it" not in proc.stderr
    assert {c["capture_id"] for c in json.loads(proc.stdout)["captures"]} == set(imported["ids"].values())


@pytest.mark.parametrize("path", ["/notes.txt", "/readme.md"])
def test_a_plain_text_capture_is_imported_with_its_words(imported, path):
    shown = _shown(imported, path)
    assert shown["origin"] == "imported" and shown["extraction_error"] is None
    assert ROUTES[path][1].decode().split("\n")[-2].split(",")[0].lstrip("# ") in shown["article"]["text"]


def test_a_quote_from_an_imported_plain_text_capture_verifies(imported):
    proc = run_cli("verify-quote", "the port authority said", "--capture", imported["ids"]["/notes.txt"],
                   store=imported["store"], env=imported["env"])
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("path", ["/chart.png", "/figures.csv"])
def test_a_capture_with_no_text_is_imported_as_a_capture_without_text(imported, path):
    shown = _shown(imported, path)
    assert shown["origin"] == "imported" and shown["status"] == 200
    assert shown["article"] is None and shown["extraction_error"] is None
