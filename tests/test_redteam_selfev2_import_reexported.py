"""Red team (evidence features, second pass): an id kept through two imports was said to be the wrong log's.

Colleague P captures a page (capture id X of log P) and exports it. D imports P's bundle: X is
kept, and D's signed ``import`` entry records it as log P's id (``original_log``). D exports X
and F, who trusts D, imports D's bundle: X is kept again, but F
recorded it as the id of log D, the log that signed the bundle, so ``show X`` said "capture id X
is the id of log D" while D's own proven entry says it is P's, and P's footnotes ("log P capture
X") led to a capture said to be another log's. The bundle's proven import entry names the log an
imported capture's id belongs to; the import now keeps that log (the signer's only for an id the
signer made), and ``verify-bundle --json`` names it per capture (``original_log``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bundles import members, pin_bundle_key
from cli import run_cli
from servers import Site, html_page

from archiver.archive import Archive

PAGE = (b"<html><head><title>Harbour tax</title></head><body><article><h1>Harbour tax</h1>"
        b"<p>The committee said on Tuesday that the harbour tax will be abolished next spring.</p>"
        b"</article></body></html>")


@pytest.fixture(scope="module")
def reexported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """P's capture X, imported by D and exported again: D's bundle, X and both logs' names."""
    root = tmp_path_factory.mktemp("reexported")
    site = Site()
    site.routes["/tax"] = html_page(PAGE)
    try:
        with Archive.open(root / "p", key_dir=root / "p-keys") as arc:
            cid = arc.capture(site.url("/tax")).capture_id
    finally:
        site.close()
    p_env, d_env = {"ARCHIVER_KEY_DIR": str(root / "p-keys")}, {"ARCHIVER_KEY_DIR": str(root / "d-keys")}
    assert run_cli("export", cid, "-o", str(root / "p.wacz"), store=root / "p", env=p_env).returncode == 0
    (root / "d-keys").mkdir(mode=0o700)
    pin_bundle_key(root / "p.wacz", env=d_env)
    proc = run_cli("import", str(root / "p.wacz"), store=root / "d", env=d_env)
    assert proc.returncode == 0, proc.stderr
    assert run_cli("export", cid, "-o", str(root / "d.wacz"), store=root / "d", env=d_env).returncode == 0
    origin = {n: json.loads(members(root / f"{n}.wacz")["provenance/bundle.json"])["log_origin"] for n in "pd"}
    return {"bundle": root / "d.wacz", "x": cid, "p": origin["p"], "d": origin["d"]}


@pytest.fixture
def imported(reexported: dict[str, Any], store: Path, key_dir: Path) -> dict[str, Any]:
    pin_bundle_key(reexported["bundle"])
    proc = run_cli("import", str(reexported["bundle"]), store=store)
    assert proc.returncode == 0, proc.stderr
    return {**reexported, "store": store}


def test_show_names_the_log_that_made_the_id_not_the_log_that_re_exported_it(imported):
    shown = run_cli("show", imported["x"], store=imported["store"]).stdout
    assert f"capture id {imported['x']} is the id of log {imported['p']}" in shown, shown


def test_the_import_entry_records_the_log_that_made_the_id(imported):
    lines = (imported["store"] / "provenance" / "log.jsonl").read_text().splitlines()
    [entry] = [e for e in map(json.loads, lines) if e["type"] == "import"]
    [c] = entry["data"]["captures"]
    assert c["capture_id"] == imported["x"] and c["original_log"]["origin"] == imported["p"]


def test_verify_bundle_names_the_log_an_imported_captures_id_belongs_to(reexported, key_dir):
    pin_bundle_key(reexported["bundle"])
    doc = json.loads(run_cli("verify-bundle", str(reexported["bundle"]), "--json").stdout)
    [c] = doc["captures"]
    assert c["origin"] == "imported" and c["original_log"]["origin"] == reexported["p"]
