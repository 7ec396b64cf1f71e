"""Nothing private leaves the machine in an export (issue 11 §4).

warcinfo records say how a capture was made (command, option names, capture options), never
the user's folders or command-line values; and a capture whose URL carried ``user:password@``
(stores made before such URLs were refused) is never exported: its records are committed to the
log by digest and cannot be cleaned, so the export is refused and nothing is written.
"""

from __future__ import annotations

import gzip
import json
import zipfile

import pytest
from conftest import run_cli
from servers import Site, html_page

import archiver.archive
import archiver.capture.fetch
from archiver.archive import Archive
from archiver.capture.warc import iter_records
from archiver.errors import UsageError

PAGE = (b"<html><head><title>Private page</title></head><body><article><h1>Private page</h1>"
        b"<p>Members were told on Monday that the clubhouse will close for the winter.</p>"
        b"<p>It reopens in April, the committee said, after repairs to the roof.</p></article></body></html>")


@pytest.fixture
def site():
    s = Site()
    s.routes["/page"] = html_page(PAGE)
    yield s
    s.close()


def test_warcinfo_records_option_names_not_the_users_folders_or_arguments(site, tmp_path):
    store = tmp_path / "private-folder-of-alice" / "store"
    ca = tmp_path / "secret-ca-folder" / "ca.pem"
    ca.parent.mkdir()
    import trustme  # (a real CA: one holding no certificate is refused, red team rvcli54)

    trustme.CA().cert_pem.write_to_path(str(ca))  # (not used for http)
    proc = run_cli("archive", site.url("/page"), "--ca-bundle", str(ca), store=store)
    assert proc.returncode == 0, proc.stderr
    warc = next((store / "warcs").iterdir())
    info = next(r for r in iter_records(warc) if getattr(r, "rec_type", None) == "warcinfo").block.decode()
    assert "private-folder-of-alice" not in info and "secret-ca-folder" not in info
    assert site.url("/page") not in info
    assert "archiver-command: archiver archive --ca-bundle --store" in info
    assert '"ca_bundle": "ca.pem"' in info


@pytest.fixture
def credentialed_store(site, tmp_path, monkeypatch):
    """A store as an older archiver left it: a capture of http://alice:S3cretPW@host/page."""
    # The old code: validation let credentials through, and nothing stripped or redacted them.
    monkeypatch.setattr(archiver.archive, "validate_url", lambda url, **kw: url)
    monkeypatch.setattr(archiver.capture.fetch, "validate_url", lambda url, **kw: url)
    monkeypatch.setattr(archiver.archive, "public_url", lambda url: url)
    monkeypatch.setattr(archiver.capture.fetch, "public_url", lambda url: url)
    monkeypatch.setattr(archiver.capture.fetch, "redact_credentials", lambda request: (request, ()))
    url = site.url("/page").replace("http://", "http://alice:S3cretPW@")
    with Archive.open(tmp_path / "store", key_dir=tmp_path / "keys") as arc:
        cap = arc.capture(url)
    monkeypatch.undo()
    return tmp_path / "store", tmp_path / "keys", cap.capture_id


def test_export_refuses_a_capture_whose_url_carried_credentials_and_writes_nothing(credentialed_store, tmp_path):
    store, keys, cid = credentialed_store
    out = tmp_path / "out.wacz"
    proc = run_cli("export", cid, "-o", str(out), store=store, env={"ARCHIVER_KEY_DIR": str(keys)})
    assert proc.returncode == 2 and "credentials" in proc.stderr
    assert "S3cretPW" not in proc.stderr + proc.stdout
    assert not out.exists() and not list(tmp_path.glob("archiver-export-*"))


def test_export_refuses_a_request_record_that_sends_an_authorization_header(credentialed_store, tmp_path):
    from archiver.export import wacz

    store, keys, cid = credentialed_store
    with Archive.open(store, key_dir=keys) as arc:
        cap = arc.show(cid)
        clean = {**cap, "url": "http://127.0.0.1/", "final_url": "http://127.0.0.1/", "hops": []}
        with pytest.raises(UsageError, match="Authorization|credentials"):
            wacz.refuse_secrets(arc, [clean])  # the URL looks clean; the request record still is not
        with pytest.raises(UsageError):
            wacz.export_wacz(arc, [cid], tmp_path / "x.wacz")
    assert not (tmp_path / "x.wacz").exists()


def test_a_capture_made_with_allow_credentials_exports_without_the_password(site, tmp_path):
    store, out = tmp_path / "store", tmp_path / "out.wacz"
    url = site.url("/page").replace("http://", "http://alice:S3cretPW@")
    made = run_cli("archive", "--json", "--allow-credentials", url, store=store)
    assert made.returncode == 0, made.stderr
    cap = json.loads(made.stdout)
    cid = cap["capture_id"]
    proc = run_cli("export", cid, "-o", str(out), store=store)
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(out) as z:
        everything = b"".join(z.read(n) for n in z.namelist())
    everything += b"".join(gzip.decompress(z_member) for z_member in _warc_members(out))
    assert b"S3cretPW" not in everything and b"alice" not in everything


def _warc_members(bundle):
    with zipfile.ZipFile(bundle) as z:
        return [z.read(n) for n in z.namelist() if n.endswith(".warc.gz")]
