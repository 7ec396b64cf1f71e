"""Red team, second pass: words an imported record holds, but its own digest says were never captured.

A WARC written by another tool states the digest of each record's block and payload. A
record edited afterwards (here "open in May" made "open in Jun", headers kept) no longer
matches them. Import warned, and still extracted the edited text: ``verify-quote`` then called
the edited words ``exact`` (exit 0, "evidence: present"). Such a record is now copied in and
made a capture, but its text is not extracted: no verdict rests on it.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import re
from pathlib import Path

from conftest import run_cli
from test_import import PAGE, _edit_members, _foreign_warc
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

EDITED = "the minister said the bridge would open in Jun"


def _not_vouched(stdout: str) -> bool:
    """No verdict (the store holds no text to search) or none that vouches for the words."""
    return not stdout.strip() or json.loads(stdout)["verdict"] not in ("exact", "normalized")


def _import(store: Path, warc: Path) -> dict:
    proc = run_cli("import", str(warc), "--json", store=store)
    assert proc.returncode == 1, proc.stderr  # imported, with warnings
    return json.loads(proc.stdout)


def test_a_record_edited_after_its_tool_wrote_it_is_never_quoted_from(store, tmp_path):
    warc = _foreign_warc(tmp_path / "edited.warc.gz")
    _edit_members(warc, b"would open in May", b"would open in Jun")
    [capture] = _import(store, warc)["captures"]
    proc = run_cli("verify-quote", EDITED, "--capture", capture["capture_id"], store=store)
    assert proc.returncode != 0 and "verdict: exact" not in proc.stdout
    assert "its bytes are not the ones its WARC file recorded" in capture["extraction_error"]


def test_a_whole_archive_search_does_not_find_the_edited_words(store, tmp_path):
    warc = _foreign_warc(tmp_path / "edited.warc.gz")
    _edit_members(warc, b"would open in May", b"would open in Jun")
    _import(store, warc)
    proc = run_cli("verify-quote", EDITED, "--json", store=store)
    assert proc.returncode != 0 and _not_vouched(proc.stdout)


def _stating_another_payload_digest(path: Path) -> Path:
    """A response whose block digest is right and whose payload digest is of other bytes."""
    buf = io.BytesIO()
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                       ("Content-Length", str(len(PAGE)))], protocol="HTTP/1.1")
    w = WARCWriter(buf, gzip=False)
    w.write_record(w.create_warc_record("https://example.org/bridge", "response", payload=io.BytesIO(PAGE),
                                        http_headers=http))
    other = hashlib.sha1(PAGE.replace(b"open in May", b"open in Jun")).digest()  # noqa: S324 - as tools write
    raw = re.sub(rb"WARC-Payload-Digest: [^\r]+", b"WARC-Payload-Digest: sha1:" + base64.b32encode(other),
                 buf.getvalue(), count=1)
    path.write_bytes(gzip.compress(raw, mtime=0))
    return path


def test_a_payload_whose_stated_digest_is_of_other_bytes_is_never_quoted_from(store, tmp_path):
    """The block digest matches (recomputed by whoever edited it); the payload digest does not."""
    [capture] = _import(store, _stating_another_payload_digest(tmp_path / "payload.warc.gz"))["captures"]
    proc = run_cli("verify-quote", "the minister said the bridge would open in May", "--capture",
                   capture["capture_id"], store=store)
    assert proc.returncode != 0 and "verdict: exact" not in proc.stdout


def test_deep_log_verify_and_reindex_accept_the_unextracted_capture(store, tmp_path):
    warc = _foreign_warc(tmp_path / "edited.warc.gz")
    _edit_members(warc, b"would open in May", b"would open in Jun")
    _import(store, warc)
    deep = run_cli("log", "verify", "--deep", store=store)
    assert deep.returncode == 0 and "deep: OK" in deep.stdout, deep.stdout + deep.stderr
    assert run_cli("reindex", store=store).returncode == 0
    proc = run_cli("verify-quote", EDITED, "--json", store=store)
    assert proc.returncode != 0 and _not_vouched(proc.stdout)
