"""WACZ signing keys: new bundles are signed with ECDSA P-384 (what ReplayWeb.page's wabac.js
verifies with); bundles signed before with a P-256 key still verify; a machine that still holds
an old P-256 key gets a new P-384 key, committed to the log like the first."""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path

import pytest
from conftest import run_cli
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from servers import Site, response

from archiver.archive import Archive
from archiver.export import signing

PAGE = (b"<html><head><title>Tide tables</title></head><body><article><h1>Tide tables</h1>"
        b"<p>High water at the north pier was recorded at 5.2 metres on Sunday morning.</p>"
        b"</article></body></html>")


@pytest.fixture
def captured(store: Path, key_dir: Path) -> str:
    site = Site()
    site.routes["/tides"] = lambda h: response("200 OK", [("Content-Type", "text/html")], PAGE)
    try:
        with Archive.open(store, key_dir=key_dir) as arc:
            return arc.capture(site.url("/tides")).capture_id
    finally:
        site.close()


def _export(store: Path, capture_id: str, out: Path) -> dict:
    proc = run_cli("export", capture_id, "--format", "wacz", "-o", str(out), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _signing_key(bundle: Path) -> ec.EllipticCurvePublicKey:
    with zipfile.ZipFile(bundle) as z:
        signed = json.loads(z.read("datapackage-digest.json"))["signedData"]
    key = serialization.load_der_public_key(base64.b64decode(signed["publicKey"]))
    assert isinstance(key, ec.EllipticCurvePublicKey)
    return key


def test_new_bundles_are_signed_with_p384(store, captured, tmp_path):
    _export(store, captured, tmp_path / "b.wacz")
    assert _signing_key(tmp_path / "b.wacz").curve.name == "secp384r1"


def test_a_bundle_signed_with_an_old_p256_key_still_verifies(store, captured, tmp_path, monkeypatch):
    with monkeypatch.context() as m:  # the signing code as it was: P-256 keys
        m.setattr(signing, "CURVE", ec.SECP256R1)
        m.setattr(signing, "key_file", lambda d, o: Path(d) / (o.replace("/", "_") + ".wacz-p256.pem"))
        with Archive.open(store) as arc:
            from archiver.export.wacz import export_wacz

            export_wacz(arc, [captured], tmp_path / "old.wacz")
    assert _signing_key(tmp_path / "old.wacz").curve.name == "secp256r1"
    proc = run_cli("verify-bundle", str(tmp_path / "old.wacz"), "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_machine_with_an_old_p256_key_signs_with_a_new_p384_key_committed_to_the_log(
        store, captured, key_dir, tmp_path, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(signing, "CURVE", ec.SECP256R1)
        m.setattr(signing, "key_file", lambda d, o: Path(d) / (o.replace("/", "_") + ".wacz-p256.pem"))
        with Archive.open(store) as arc:
            from archiver.export.wacz import export_wacz

            old_fp = export_wacz(arc, [captured], tmp_path / "old.wacz").wacz_key_fingerprint
    doc = _export(store, captured, tmp_path / "new.wacz")
    assert doc["wacz_key_fingerprint"] != old_fp
    assert _signing_key(tmp_path / "new.wacz").curve.name == "secp384r1"
    proc = run_cli("log", "show", "--type", "key_created", "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    algos = [e["data"]["algorithm"] for e in json.loads(proc.stdout) if e["data"].get("purpose") == signing.PURPOSE]
    assert algos == ["ecdsa-p256", "ecdsa-p384"]
    assert run_cli("verify-bundle", str(tmp_path / "new.wacz")).returncode == 0
