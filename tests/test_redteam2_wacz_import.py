"""Red team, second pass: a WACZ whose WARC is not the one its datapackage.json vouches for.

A WACZ lists each of its files with a sha256 in datapackage.json (which a signature may cover).
A WARC swapped in afterwards (self-consistent, its own digests recomputed), or added beside
the listed ones, was imported with a warning or none, and its words verified ``exact``.
Such a member is now copied in and its pages made captures, but not extracted: no verdict
rests on bytes the WACZ itself does not vouch for.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from conftest import run_cli
from pywacz import wacz_create
from test_import import PAGE
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

FORGED = "the minister said the bridge would open in June"


def _warc(path: Path, page: bytes, url: str = "https://example.org/bridge") -> Path:
    """A WARC as another tool writes it (warcio: sha1 digests that match the bytes)."""
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                           ("Content-Length", str(len(page)))], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(page), http_headers=http))
    return path


def _rezip(wacz: Path, out: Path, replace: dict[str, bytes]) -> Path:
    """``wacz`` with the members in ``replace`` swapped or added (datapackage.json kept as it was)."""
    with zipfile.ZipFile(wacz) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, replace.pop(info.filename, None) or src.read(info.filename))
        for name, data in replace.items():
            dst.writestr(name, data)
    return out


def _packaged(tmp_path: Path) -> tuple[Path, str]:
    wacz = tmp_path / "genuine.wacz"
    wacz_create(wacz, _warc(tmp_path / "bridge.warc.gz", PAGE))
    with zipfile.ZipFile(wacz) as z:
        [member] = [n for n in z.namelist() if n.startswith("archive/")]
    return wacz, member


def _forged_page() -> bytes:
    return PAGE.replace(b"would open in May", b"would open in June")


def test_a_warc_swapped_into_a_wacz_after_packaging_is_never_quoted_from(store, tmp_path):
    wacz, member = _packaged(tmp_path)
    swapped = _rezip(wacz, tmp_path / "swapped.wacz",
                     {member: _warc(tmp_path / "forged.warc.gz", _forged_page()).read_bytes()})
    proc = run_cli("import", str(swapped), "--json", store=store)
    assert proc.returncode == 1, proc.stderr  # imported, with the problem
    [capture] = json.loads(proc.stdout)["captures"]
    assert capture["extraction_error"] and "datapackage.json" in capture["extraction_error"]
    verdict = run_cli("verify-quote", FORGED, "--capture", capture["capture_id"], store=store)
    assert verdict.returncode != 0 and "verdict: exact" not in verdict.stdout


def test_a_warc_added_to_a_wacz_beside_the_listed_ones_is_never_quoted_from(store, tmp_path):
    wacz, _ = _packaged(tmp_path)
    added = _rezip(wacz, tmp_path / "added.wacz", {
        "archive/extra.warc.gz": _warc(tmp_path / "extra.warc.gz", _forged_page(),
                                       "https://example.org/bridge-2").read_bytes()})
    proc = run_cli("import", str(added), "--json", store=store)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert any("not listed" in w for w in doc["problems"])
    verdict = run_cli("verify-quote", FORGED, "--json", store=store)
    assert verdict.returncode != 0 and json.loads(verdict.stdout)["verdict"] != "exact"


def test_the_genuine_wacz_still_imports_cleanly_and_verifies(store, tmp_path):
    wacz, _ = _packaged(tmp_path)
    proc = run_cli("import", str(wacz), "--json", store=store)
    assert proc.returncode == 0 and json.loads(proc.stdout)["warnings"] == [], proc.stdout + proc.stderr
    verdict = run_cli("verify-quote", "the minister said the bridge would open in May", store=store)
    assert verdict.returncode == 0 and "verdict: exact" in verdict.stdout
