"""The guide's ``time_anchor`` is held to the time-stamp the verifier itself checked.

``provenance/bundle.json`` (a guide, signed only by the WACZ key) states the time-stamp export
made: ``kind``, ``time``, ``issuer`` and ``trusted`` (whether export checked the TSA's chain
against a root). ``verify-bundle`` compared only ``time`` and ``issuer`` (red team sec52): a guide
stating another ``kind``, or a time-stamp the bundle does not hold at all (no ``time`` nor
``issuer``, only ``"trusted": true``), verified; and ``"trusted": true`` stood beside a check that
did not verify the chain without a word. The guide's ``kind`` and its time-stamp now fail the
bundle (exit 1) unless they are the verifier's own; ``"trusted": true`` where this check did not
verify the chain (no ``--tsa-root``) is a warning naming the guide (``W_ANCHOR_UNTRUSTED``): it is
the exporter's word, which the bundle cannot prove.

Bundles: one page exported with a time-stamp from the local ``openssl ts`` TSA (test_export_anchor's
fixture), or without one; each guide edited and the bundle re-signed with the genuine WACZ key.
"""

from __future__ import annotations

import json
import shutil

import pytest
from bundles import members, resign
from conftest import run_cli
from servers import Site, response
from test_export_anchor import PAGE
from test_provenance_anchor import make_ca, tsa  # noqa: F401 - the local TSA fixture

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl binary")


def _exported(store, tmp_path, *options: str):
    site = Site()
    site.routes["/t"] = lambda h: response("200 OK", [("Content-Type", "text/html")], PAGE)
    try:
        cid = json.loads(run_cli("archive", site.url("/t"), "--json", store=store).stdout)["capture_id"]
    finally:
        site.close()
    bundle = tmp_path / "b.wacz"
    proc = run_cli("export", cid, "-o", str(bundle), *options, store=store)
    assert proc.returncode == 0, proc.stderr
    return bundle


def _guide_edited(bundle, tmp_path, key_dir, **anchor):
    guide = json.loads(members(bundle)["provenance/bundle.json"])
    guide["time_anchor"] = {**(guide.get("time_anchor") or {}), **anchor}
    return resign(bundle, tmp_path / "edited.wacz", {"provenance/bundle.json": json.dumps(guide).encode()}, key_dir)


def _checked(bundle, *options: str) -> tuple[int, dict]:
    proc = run_cli("verify-bundle", str(bundle), "--json", *options)
    assert "Traceback" not in proc.stderr, proc.stderr[-600:]
    return proc.returncode, json.loads(proc.stdout)


def test_a_guide_naming_another_kind_of_time_stamp_fails(store, tmp_path, key_dir, tsa):  # noqa: F811
    url, root = tsa
    bundle = _exported(store, tmp_path, "--tsa", url, "--tsa-root", str(root))
    code, doc = _checked(_guide_edited(bundle, tmp_path, key_dir, kind="opentimestamps"), "--tsa-root", str(root))
    assert code == 1
    [said] = [p["message"] for p in doc["problems"] if p["file"] == "provenance/bundle.json"]
    assert "kind" in said and "opentimestamps" in said


def test_a_guide_stating_a_trusted_time_stamp_the_bundle_does_not_hold_fails(store, tmp_path, key_dir):
    bundle = _exported(store, tmp_path)
    code, doc = _checked(_guide_edited(bundle, tmp_path, key_dir, kind="rfc3161", trusted=True))
    assert code == 1
    [said] = [p["message"] for p in doc["problems"] if p["file"] == "provenance/bundle.json"]
    assert "time_anchor" in said


def test_a_guide_saying_trusted_where_this_check_did_not_verify_the_chain_is_a_finding(
        store, tmp_path, tsa):  # noqa: F811
    url, root = tsa
    bundle = _exported(store, tmp_path, "--tsa", url, "--tsa-root", str(root))  # the guide says trusted: true
    code, doc = _checked(bundle)  # no --tsa-root here
    assert doc["time_anchor"]["trusted"] is False
    [said] = [w["message"] for w in doc["warnings"] if w["file"] == "provenance/bundle.json"]
    assert "trusted" in said and "--tsa-root" in said
    assert not doc["problems"]


def test_a_guide_saying_trusted_where_this_check_verified_the_chain_holds(store, tmp_path, tsa):  # noqa: F811
    url, root = tsa
    bundle = _exported(store, tmp_path, "--tsa", url, "--tsa-root", str(root))
    code, doc = _checked(bundle, "--tsa-root", str(root))
    assert not doc["problems"]
    assert not [w for w in doc["warnings"] if w["file"] == "provenance/bundle.json"]
