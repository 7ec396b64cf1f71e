"""``export --tsa``: the bundle's checkpoint carries an RFC 3161 time-stamp (a local ``openssl ts``
TSA on 127.0.0.1, the provenance tests' fixture), and verify-bundle checks it."""

from __future__ import annotations

import json
import shutil
import zipfile

import pytest
from conftest import run_cli
from servers import Site, response
from test_provenance_anchor import make_ca, tsa  # noqa: F401 - the local TSA fixture

from archiver.export.bundle_verify import verify_bundle

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl binary")

PAGE = (b"<html><head><title>Tide tables</title></head><body><article><h1>Tide tables</h1>"
        b"<p>High water at 06:12 and 18:40, the harbour master said.</p></article></body></html>")


@pytest.fixture
def stamped(store, tmp_path, tsa):  # noqa: F811 - the imported fixture
    url, root = tsa
    site = Site()
    site.routes["/t"] = lambda h: response("200 OK", [("Content-Type", "text/html")], PAGE)
    try:
        cid = json.loads(run_cli("archive", site.url("/t"), "--json", store=store).stdout)["capture_id"]
    finally:
        site.close()
    bundle = tmp_path / "stamped.wacz"
    proc = run_cli("export", cid, "-o", str(bundle), "--tsa", url, "--tsa-root", str(root), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    return {"bundle": bundle, "root": root, "export": json.loads(proc.stdout), "store": store}


def test_export_with_a_tsa_puts_the_token_in_the_bundle_and_logs_its_time(stamped):
    with zipfile.ZipFile(stamped["bundle"]) as z:
        assert "provenance/checkpoint.rfc3161.tsr" in z.namelist()
    anchor = stamped["export"]["time_anchor"]
    assert anchor["kind"] == "rfc3161" and anchor["trusted"] is True and anchor["time"].endswith("Z")
    size = stamped["export"]["checkpoint_size"]
    assert (stamped["store"] / "provenance" / "checkpoints" / f"{size}.rfc3161.tsr").exists()


def test_verify_bundle_with_the_tsa_root_proves_when_the_entries_existed(stamped):
    proc = run_cli("verify-bundle", str(stamped["bundle"]), "--tsa-root", str(stamped["root"]), "--json")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 0 and doc["time_anchor"]["trusted"] is True
    assert any("existed no later than" in s and "checked against the given root" in s for s in doc["proven"])
    assert not any("no RFC 3161 time-stamp" in s for s in doc["not_proven"])


def test_verify_bundle_without_the_root_warns_that_the_chain_was_not_checked(stamped):
    report = verify_bundle(stamped["bundle"])
    assert report.ok and report.time_anchor["trusted"] is False
    assert any(w.code == "W_ANCHOR_UNTRUSTED" for w in report.warnings)


def test_a_token_from_another_root_fails_naming_the_token(stamped, tmp_path):
    other_root, _, _ = make_ca(tmp_path, "Other")
    report = verify_bundle(stamped["bundle"], tsa_roots=[other_root])
    assert "provenance/checkpoint.rfc3161.tsr" in {p.file for p in report.problems}


def test_an_unreachable_tsa_exits_3_and_writes_nothing(store, tmp_path):
    site = Site()
    site.routes["/t"] = lambda h: response("200 OK", [("Content-Type", "text/html")], PAGE)
    try:
        cid = json.loads(run_cli("archive", site.url("/t"), "--json", store=store).stdout)["capture_id"]
    finally:
        site.close()
    out = tmp_path / "x.wacz"
    proc = run_cli("export", cid, "-o", str(out), "--tsa", "http://127.0.0.1:9/tsr", store=store)
    assert proc.returncode == 3 and "unreachable" in proc.stderr
    assert not out.exists()


def test_entries_claiming_a_time_after_the_time_stamp_are_caught(tmp_path, key_dir, tsa):  # noqa: F811
    import datetime as dt

    from archiver.archive import Archive
    from archiver.core.fixed_clocks import FixedClock
    from archiver.export.wacz import export_wacz
    from archiver.provenance.anchor import RFC3161Anchor, load_certificates

    url, root = tsa
    site = Site()
    site.routes["/t"] = lambda h: response("200 OK", [("Content-Type", "text/html")], PAGE)
    future = FixedClock(start=dt.datetime.now(dt.UTC) + dt.timedelta(days=400))  # a machine whose clock is wrong
    out = tmp_path / "b.wacz"
    try:
        with Archive.open(tmp_path / "store", key_dir=key_dir, clock=future) as arc:
            cid = arc.capture(site.url("/t")).capture_id
            export_wacz(arc, [cid], out, anchor=RFC3161Anchor(url, roots=load_certificates([root])))
    finally:
        site.close()
    report = verify_bundle(out, tsa_roots=[root])
    assert not report.ok
    assert any("after its checkpoint was anchored" in p.message and p.file.endswith(".tlog-proof")
               for p in report.problems)


def test_a_stamped_bundle_verifies_and_imports_in_a_fresh_store(stamped, tmp_path):
    env = {"ARCHIVER_KEY_DIR": str(tmp_path / "recipient-keys")}
    key = stamped["store"] / "provenance" / "log.pub"
    assert run_cli("key", "pin", str(key), env=env).returncode == 0
    checked = run_cli("verify-bundle", str(stamped["bundle"]), "--tsa-root", str(stamped["root"]),
                      store=tmp_path / "recipient", env=env)
    assert checked.returncode == 0 and checked.stdout.startswith("VERIFIED"), checked.stdout + checked.stderr
    imported = run_cli("import", str(stamped["bundle"]), "--json", store=tmp_path / "recipient", env=env)
    assert imported.returncode == 0, imported.stderr
    assert [c["capture_id"] for c in json.loads(imported.stdout)["captures"]] == stamped["export"]["captures"]
