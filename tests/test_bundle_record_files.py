"""A bundle's record must be in the WARC file its log entry says it was written to.

Each record a ``capture`` (or ``import``) entry lists carries the store's WARC file it was
written to (``warc``) and the place in it (``offset``, ``length``). The bundle keeps the file's
name (``archive/<that name>``) but not the place: export copies only the chosen captures'
records, so in the bundle's copy of a file a record may sit at another offset than in the store.
What the bundle can be held to is therefore the file: a response taken out of its own file and
put into another file of the bundle (same bytes, the index line rewritten to its new place,
datapackage.json re-hashed and re-signed with the genuine WACZ key) is a bundle that contradicts
the log ("written to file F"), and fails (exit 1) naming the record and both files; ``import``
refuses it too. Before, it verified.

Real captures from a loopback server, each in a store process of its own (so in a WARC file of
its own), exported together; the bundle doctored here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from bundles import members, pin_bundle_key, resign
from cli import run_cli
from servers import Site, html_page
from stores import copy_store

from archiver.archive import Archive
from archiver.capture.warc import StoredRecord, iter_records

PAGES = {"/harbour": b"<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>"
                     b"<p>The harbour handled 41,000 containers in March, the port authority said.</p>"
                     b"</article></body></html>",
         "/airport": b"<html><head><title>Airport</title></head><body><article><h1>Airport</h1>"
                     b"<p>The airport handled 9,000 flights in March, the operator said on Monday.</p>"
                     b"</article></body></html>"}


@pytest.fixture(scope="module")
def two_file_bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A bundle of two captures, each written by a store process of its own (so each in its own
    WARC file), and the folder of its store and keys (``store``, ``keys``)."""
    root = tmp_path_factory.mktemp("two-files")
    site = Site()
    site.routes.update({path: html_page(page) for path, page in PAGES.items()})
    ids = []
    try:
        for path in PAGES:  # one Archive each: one writing process, one WARC file each
            with Archive.open(root / "store", key_dir=root / "keys") as arc:
                ids.append(arc.capture(site.url(path)).capture_id)
    finally:
        site.close()
    bundle = root / "b.wacz"
    proc = run_cli("export", *ids, "-o", str(bundle), store=root / "store",
                   env={"ARCHIVER_KEY_DIR": str(root / "keys")})
    assert proc.returncode == 0, proc.stderr
    return bundle, root


def _records(data: bytes, scratch: Path) -> list[StoredRecord]:
    scratch.write_bytes(data)
    return [r for r in iter_records(scratch) if isinstance(r, StoredRecord)]


def _moved(bundle: Path, out: Path, key_dir: Path) -> tuple[Path, dict[str, Any]]:
    """``bundle`` with the harbour page's response record cut out of its WARC file and appended
    to the other WARC file (its gzip member byte for byte), the index line pointing at its new
    place, re-signed with the genuine WACZ key in ``key_dir``: (the bundle, what was moved)."""
    files = members(bundle)
    warcs = sorted(n for n in files if n.startswith("archive/"))
    assert len(warcs) == 2
    index = files["indexes/index.cdx"].decode()
    line = next(x for x in index.splitlines() if "/harbour" in x)
    fields = json.loads(line.split(" ", 2)[2])
    source = "archive/" + fields["filename"]
    [target] = [n for n in warcs if n != source]
    offset, length = int(fields["offset"]), int(fields["length"])
    member = files[source][offset:offset + length]
    [record] = [r for r in _records(files[source], out.with_suffix(".scratch")) if r.offset == offset]
    assert record.rec_type == "response"
    changes = {source: files[source][:offset] + files[source][offset + length:],
               target: files[target] + member}
    new_fields = {**fields, "offset": str(len(files[target])), "filename": Path(target).name}
    new_line = line.split(" ", 2)
    new_line[2] = json.dumps(new_fields)
    moved_index = index.replace(line, " ".join(new_line))
    # the other file's lines keep their places; the source file's later records moved up
    for other in moved_index.splitlines():
        f = json.loads(other.split(" ", 2)[2])
        if "archive/" + f["filename"] == source and int(f["offset"]) > offset:
            moved_index = moved_index.replace(other, other.replace(f'"offset": "{f["offset"]}"',
                                                                   f'"offset": "{int(f["offset"]) - length}"'))
    changes["indexes/index.cdx"] = moved_index.encode()
    return resign(bundle, out, changes, key_dir), {"record_id": record.record_id, "from": source, "to": target}


@pytest.fixture
def recipient(two_file_bundle: tuple[Path, Path], tmp_path: Path, key_dir: Path) -> tuple[Path, Path]:
    """This test's copy of the genuine bundle, its log key pinned by the recipient, and the
    folder of the exporter's keys (which hold the genuine WACZ key)."""
    bundle, root = two_file_bundle
    genuine = tmp_path / "genuine.wacz"
    genuine.write_bytes(bundle.read_bytes())
    pin_bundle_key(genuine)
    return genuine, root / "keys"


def test_the_genuine_two_file_bundle_verifies(recipient):
    genuine, _ = recipient
    proc = run_cli("verify-bundle", str(genuine), "--json")
    assert proc.returncode == 0, proc.stdout
    assert json.loads(proc.stdout)["problems"] == []


def test_a_response_moved_into_another_warc_file_of_the_bundle_fails(recipient, tmp_path):
    genuine, keys = recipient
    moved, what = _moved(genuine, tmp_path / "moved.wacz", keys)
    proc = run_cli("verify-bundle", str(moved), "--json")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 1, proc.stdout
    [problem] = [p for p in doc["problems"] if what["record_id"] in p["message"]]
    assert problem["file"] == what["to"] and problem["code"] == "E_BUNDLE"
    assert Path(what["from"]).name in problem["message"] and Path(what["to"]).name in problem["message"]
    assert re.search(r"log entry \d+", problem["message"])


def test_import_refuses_a_bundle_whose_response_was_moved_to_another_file(recipient, tmp_path):
    genuine, keys = recipient
    moved, what = _moved(genuine, tmp_path / "moved.wacz", keys)
    proc = run_cli("import", str(moved), store=tmp_path / "mine")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert what["record_id"] in proc.stderr and "Traceback" not in proc.stderr
    listed = run_cli("list", "--json", store=tmp_path / "mine")
    assert listed.returncode == 2 or json.loads(listed.stdout) == [], listed.stdout


def test_the_store_copy_of_the_log_names_the_file_each_record_was_written_to(two_file_bundle, tmp_path, key_dir):
    """What the bundle is held to is what the log states: the file (by name), not the offset."""
    _, root = two_file_bundle
    copy_store(root, tmp_path / "store", key_dir)
    entries = [json.loads(x) for x in (tmp_path / "store" / "provenance" / "log.jsonl").read_text().splitlines()]
    captures = [e["data"] for e in entries if e["type"] == "capture"]
    files = {rec["warc"] for cap in captures for rec in cap["records"]}
    assert len(files) == 2 and all({"warc", "offset", "length"} <= set(rec) for c in captures for rec in c["records"])
