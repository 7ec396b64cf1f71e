"""A WACZ that does not state which files it packaged is refused by ``import`` (imp71).

A WACZ's ``datapackage.json`` (WACZ 1.1.1 requires one; ``verify-bundle`` fails a WACZ without it) lists its files
and their sha256: a WARC it does not list, or whose sha256 differs, is imported but not extracted. Until imp71 a
WACZ with no datapackage.json was imported with exit 1 ("its file hashes could not be checked") and every page's
words quotable, so removing the datapackage made a WARC put in afterwards quotable. Now such a WACZ, and one whose
datapackage lists no file, is refused as a WACZ not of its shape is: exit 2, one line, nothing imported. Its WARC
files themselves import as WARC files.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from cli import run_cli
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

URL = "https://example.org/pier"
WORDS = "The harbour board approved the new pier on Tuesday evening after a long debate."


def _warc_bytes() -> bytes:
    body = f"<html><head><title>T</title></head><body><article><p>{WORDS}</p></article></body></html>".encode()
    out = io.BytesIO()
    w = WARCWriter(out, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                            protocol="HTTP/1.1")
    w.write_record(w.create_warc_record(URL, "response", payload=io.BytesIO(body), http_headers=http))
    return out.getvalue()


def _wacz(path: Path, package: dict | None) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("archive/data.warc.gz", _warc_bytes())
        z.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0", "id": "pages"}\n'
                                        + json.dumps({"url": URL, "ts": "2024-05-01T10:00:00Z"}) + "\n")
        if package is not None:
            z.writestr("datapackage.json", json.dumps(package))
    return path


@pytest.mark.parametrize("package", [None, {"profile": "data-package", "resources": []}],
                         ids=["no-datapackage", "datapackage-listing-nothing"])
def test_a_wacz_stating_no_packaged_file_is_refused_with_nothing_imported(tmp_path, key_dir, package):
    proc = run_cli("import", str(_wacz(tmp_path / "other.wacz", package)), store=tmp_path / "store")
    assert proc.exit_code == 2 and "datapackage.json" in proc.stderr, proc.output
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert not (tmp_path / "store").exists()


def test_the_warc_of_a_wacz_stating_nothing_imports_as_a_warc(tmp_path, key_dir):
    warc = tmp_path / "data.warc.gz"
    warc.write_bytes(_warc_bytes())
    assert run_cli("import", str(warc), store=tmp_path / "store").exit_code == 0
    proc = run_cli("verify-quote", WORDS, "--json", store=tmp_path / "store")
    assert json.loads(proc.stdout)["verdict"] == "exact"
