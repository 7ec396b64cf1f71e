"""A bundle whose member lists repeat an id is refused, naming the id and the file.

Nothing is ever merged silently: a second page under one ``id`` in ``pages/pages.jsonl``, a
second entry for one path in ``datapackage.json``'s ``resources``, a second WARC record under
one ``WARC-Record-ID``, or a capture id listed twice in ``provenance/bundle.json`` was read
"last wins" (or folded into a set) in another tool's WACZ, so which of the two was checked or
imported was the reader's accident. ``import`` refuses such a bundle (a malformed input file,
exit 2, one line); ``verify-bundle`` reports it as a problem found in that file (exit 1).
Fixture: browsertrix's three-page WACZ (tests/data/import/), rewritten with its data package's
hashes recomputed, so that the repeat is the only thing wrong with it.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, run_cli

from archiver.errors import MalformedBundleFile
from archiver.export.bundle_json import decode_guide

BROWSERTRIX = DATA / "import" / "browsertrix-3-pages.wacz"
LIBRARY_RESPONSE = b"<urn:uuid:00000000-0000-4000-8001-000000000020>"
BUDGET_RESPONSE = b"<urn:uuid:00000000-0000-4000-8001-000000000030>"


def _sha(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _rewritten(out: Path, edit: Callable[[dict[str, bytes]], None],
               resources: Callable[[list[dict[str, Any]]], None] | None = None) -> Path:
    """The browsertrix WACZ with its members edited by ``edit`` (its replay index left out: the
    offsets of a recompressed WARC would no longer be its), then datapackage.json's resources
    recomputed (and edited by ``resources``) and the digest file made to hash it."""
    with zipfile.ZipFile(BROWSERTRIX) as z:
        members = {name: z.read(name) for name in z.namelist()}
    package = json.loads(members.pop("datapackage.json"))
    members.pop("datapackage-digest.json")
    members.pop("indexes/index.cdx")
    edit(members)
    listed = [{"name": Path(n).name, "path": n, "hash": _sha(d), "bytes": len(d)} for n, d in members.items()]
    if resources is not None:
        resources(listed)
    package["resources"] = listed
    members["datapackage.json"] = json.dumps(package, indent=2).encode()
    members["datapackage-digest.json"] = json.dumps(
        {"path": "datapackage.json", "hash": _sha(members["datapackage.json"])}).encode()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_STORED if name.endswith(".gz") else zipfile.ZIP_DEFLATED)
    return out


def _repeat_a_page_id(members: dict[str, bytes]) -> None:
    members["pages/pages.jsonl"] = members["pages/pages.jsonl"].replace(b'"id": "page-2"', b'"id": "page-1"')


def _repeat_a_record_id(members: dict[str, bytes]) -> None:
    """The budget page's response record takes the library's response's WARC-Record-ID (each
    gzip member recompressed on its own, as WARC files are)."""
    raw, parts = members["archive/data.warc.gz"], []
    while raw:
        d = zlib.decompressobj(wbits=31)
        part = d.decompress(raw)
        raw = d.unused_data
        part = part.replace(b"WARC-Record-ID: " + BUDGET_RESPONSE, b"WARC-Record-ID: " + LIBRARY_RESPONSE)
        c = zlib.compressobj(wbits=31)
        parts.append(c.compress(part) + c.flush())
    members["archive/data.warc.gz"] = b"".join(parts)


def _list_the_warc_twice(listed: list[dict[str, Any]]) -> None:
    listed.append(dict(next(r for r in listed if r["path"] == "archive/data.warc.gz")))


def _verify(path: Path, store: Path) -> tuple[int, dict[str, Any]]:
    proc = run_cli("verify-bundle", str(path), "--json", store=store)
    return proc.returncode, json.loads(proc.stdout)


def _refused_in_one_line(path: Path, store: Path, *named: str) -> None:
    proc = run_cli("import", str(path), store=store)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith("error:") and proc.stderr.count("\n") == 1, proc.stderr
    assert all(n in proc.stderr for n in named), proc.stderr
    assert not list((store / "warcs").glob("imported-*")) if (store / "warcs").exists() else True


def test_the_rewritten_fixture_alone_verifies_as_foreign(tmp_path: Path, store: Path) -> None:
    """The helper's bundle, with nothing repeated, has no problem: the tests below see only theirs."""
    code, report = _verify(_rewritten(tmp_path / "same.wacz", lambda members: None), store)
    assert code == 3 and report["verdict"] == "foreign" and report["problems"] == [], report["problems"]


def test_verify_bundle_fails_a_foreign_wacz_whose_pages_repeat_an_id(tmp_path: Path, store: Path) -> None:
    code, report = _verify(_rewritten(tmp_path / "pages.wacz", _repeat_a_page_id), store)
    assert code == 1 and report["verdict"] == "failed"
    assert any(p["file"] == "pages/pages.jsonl" and "page-1" in p["message"] for p in report["problems"]), report


def test_import_refuses_a_wacz_whose_pages_repeat_an_id(tmp_path: Path, store: Path) -> None:
    _refused_in_one_line(_rewritten(tmp_path / "pages.wacz", _repeat_a_page_id), store,
                         "pages/pages.jsonl", "page-1")


def test_verify_bundle_fails_a_foreign_wacz_whose_records_repeat_an_id(tmp_path: Path, store: Path) -> None:
    code, report = _verify(_rewritten(tmp_path / "records.wacz", _repeat_a_record_id), store)
    assert code == 1 and report["verdict"] == "failed"
    named = [p for p in report["problems"] if LIBRARY_RESPONSE.decode() in p["message"]]
    assert named and named[0]["file"] == "archive/data.warc.gz", report["problems"]


def test_import_refuses_a_wacz_whose_records_repeat_an_id(tmp_path: Path, store: Path) -> None:
    _refused_in_one_line(_rewritten(tmp_path / "records.wacz", _repeat_a_record_id), store,
                         "records.wacz", LIBRARY_RESPONSE.decode())


def test_verify_bundle_fails_a_data_package_listing_a_file_twice(tmp_path: Path, store: Path) -> None:
    code, report = _verify(_rewritten(tmp_path / "package.wacz", lambda m: None, _list_the_warc_twice), store)
    assert code == 1 and report["verdict"] == "failed"
    assert any(p["file"] == "datapackage.json" and "archive/data.warc.gz" in p["message"]
               for p in report["problems"]), report["problems"]


def test_import_refuses_a_data_package_listing_a_file_twice(tmp_path: Path, store: Path) -> None:
    _refused_in_one_line(_rewritten(tmp_path / "package.wacz", lambda m: None, _list_the_warc_twice), store,
                         "datapackage.json", "archive/data.warc.gz")


def test_a_guide_listing_a_capture_twice_is_malformed() -> None:
    raw = json.dumps({"captures": [{"capture_id": "01abc"}, {"capture_id": "01def"}, {"capture_id": "01abc"}]})
    with pytest.raises(MalformedBundleFile) as caught:
        decode_guide(raw.encode())
    assert re.search(r"01abc", caught.value.diagnostics()) and "provenance/bundle.json" in caught.value.diagnostics()
