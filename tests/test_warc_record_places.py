"""A record's (offset, length) means the same bytes everywhere, in uncompressed and gzipped WARCs.

WARC 1.1 closes every record with two CRLFs after its block. warcio counts an uncompressed
record without them (a gzip member holds them); our length includes them, and the import
listing, the index (``show``), exports, bundles, their CDX index and ``archiver cdxj`` all use
it, so records copied at their places never run together. Sources: wget's own uncompressed
WARC (tests/data/import/wget-3-pages.warc), one warcio writes uncompressed, and the same pages
written by warcio gzip per record. Each goes through import -> show -> verify-quote -> export ->
verify-bundle -> import of the bundle into a second store -> cdxj.

Stores made before (an import logged the shorter length, and the log keeps it) still export.
"""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from bundles import pin_bundle_key
from conftest import DATA, run_cli
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter
from wget_site import sentence as wget_sentence

from archiver.capture import warc
from archiver.capture.warc import (
    RecordSpec,
    StoredRecord,
    TornTail,
    WarcAppender,
    iter_records,
    read_record,
)

WGET = DATA / "import" / "wget-3-pages.warc"
#: WARC 1.1: every record ends with two CRLFs after its block.
RECORD_END = b"\r\n\r\n"
SENTENCE = "The lighthouse keeper said the lamp would be replaced before the autumn storms"


def _page(title: str, text: str) -> bytes:
    paras = "".join(f"<p>{text}. Paragraph {i} gives the background of the matter at some length.</p>"
                    for i in range(4))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{paras}</article></body></html>").encode()


def _warcio_file(path: Path, *, gzip: bool) -> Path:
    """warcinfo, then a request and a response for each of two pages, as warcio writes them."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gzip)
    w.write_record(w.create_warcinfo_record(path.name, {"software": "warcio"}))
    for name, title, text in [("lamp", "Lighthouse lamp", SENTENCE),
                              ("pier", "Pier repairs", "The pier will reopen in June after the repairs")]:
        url, body = f"http://coast.example/{name}", _page(title, text)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                           ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
        req = StatusAndHeaders("GET /{name} HTTP/1.1", [("Host", "coast.example")], is_http_request=True)
        w.write_record(w.create_warc_record(url, "request", http_headers=req))
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    path.write_bytes(buf.getvalue())
    return path


#: source -> (how to make the file in a folder, the sentence quoted from the capture exported)
SOURCES = {
    "wget uncompressed": (lambda d: WGET, wget_sentence(2)),
    "warcio uncompressed": (lambda d: _warcio_file(d / "coast.warc", gzip=False), SENTENCE),
    "warcio gzip": (lambda d: _warcio_file(d / "coast.warc.gz", gzip=True), SENTENCE),
}


def _cli(root: Path, *args: str, store: str = "store", keys: str = "keys"):
    return run_cli(*args, store=root / store, env={"ARCHIVER_KEY_DIR": str(root / keys)})


def _places(path: Path) -> list[StoredRecord]:
    items = list(iter_records(path))
    assert not [i for i in items if isinstance(i, TornTail)], items
    return [i for i in items if isinstance(i, StoredRecord)]


@pytest.fixture(scope="module", params=list(SOURCES))
def chain(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Each step of the chain on one source, run once for the module."""
    root = tmp_path_factory.mktemp("places")
    make, quote = SOURCES[request.param]
    source = make(root)
    out: dict = {"root": root, "source": source, "store": root / "store"}
    imported = _cli(root, "import", str(source), "--json")
    assert imported.returncode == 0, imported.stdout + imported.stderr
    out["imported"] = json.loads(imported.stdout)
    quoted = [c for c in out["imported"]["captures"]
              if _cli(root, "verify-quote", quote, "--capture", c["capture_id"]).returncode == 0]
    assert len(quoted) == 1, out["imported"]
    cid = out["capture_id"] = quoted[0]["capture_id"]
    out["show"] = _cli(root, "show", cid, "--json")
    out["quote"] = _cli(root, "verify-quote", quote, "--capture", cid, "--json")
    out["bundle"] = root / "b.wacz"
    out["export"] = _cli(root, "export", cid, "-o", str(out["bundle"]))
    out["verify_bundle"] = _cli(root, "verify-bundle", str(out["bundle"]), "--json")
    pin_bundle_key(out["bundle"], {"ARCHIVER_KEY_DIR": str(root / "keys2")})  # the recipient trusts its key
    out["import_bundle"] = _cli(root, "import", str(out["bundle"]), "--json", store="store2", keys="keys2")
    out["cdxj"] = _cli(root, "cdxj")
    return out


# --------------------------------------------------------------------------- what a length covers


@pytest.mark.parametrize("source", list(SOURCES))
def test_each_record_the_reader_lists_ends_where_the_next_one_begins(source, tmp_path):
    path = SOURCES[source][0](tmp_path)
    places = _places(path)
    assert [r.offset for r in places[1:]] == [r.offset + r.length for r in places[:-1]]
    assert places[-1].offset + places[-1].length == path.stat().st_size


@pytest.mark.parametrize("source", ["wget uncompressed", "warcio uncompressed"])
def test_an_uncompressed_record_s_bytes_run_from_its_version_line_through_its_closing_crlfs(source, tmp_path):
    path = SOURCES[source][0](tmp_path)
    data = path.read_bytes()
    for rec in _places(path):
        span = data[rec.offset:rec.offset + rec.length]
        assert span.startswith(b"WARC/") and span.endswith(RECORD_END), (rec.record_id, span[-8:])


def test_a_record_read_at_its_offset_has_the_length_the_listing_gives():
    for rec in _places(WGET):
        assert read_record(WGET, rec.offset).length == rec.length


@pytest.mark.parametrize("gzip", [True, False], ids=["gzip per record", "uncompressed"])
def test_our_writer_and_our_reader_give_a_record_the_same_length(gzip, tmp_path):
    path = tmp_path / "ours.warc"
    with open(path, "wb") as f:
        written = WarcAppender(f, gzip=gzip).write([
            RecordSpec(rec_type="resource", target_uri=f"urn:test:{n}", date="2026-11-30T00:00:00Z",
                       record_id=f"<urn:uuid:00000000-0000-4000-8000-00000000000{n}>", block=b"block %d\r\n" % n,
                       content_type="text/plain") for n in range(3)])
    assert [(w.offset, w.length) for w in written] == [(r.offset, r.length) for r in _places(path)]


# --------------------------------------------------------------------------- the chain


def test_show_places_each_imported_record_on_exactly_its_bytes(chain):
    assert chain["show"].returncode == 0, chain["show"].stderr
    for rec in json.loads(chain["show"].stdout)["records"]:
        stored = read_record(chain["store"] / rec["warc"], rec["offset"])
        assert (stored.record_id, stored.length) == (rec["record_id"], rec["length"])


def test_a_quote_is_found_in_the_imported_capture(chain):
    assert chain["quote"].returncode == 0 and json.loads(chain["quote"].stdout)["verdict"] == "exact"


def test_the_imported_capture_exports_and_its_bundle_verifies(chain):
    assert chain["export"].returncode == 0, chain["export"].stderr
    assert chain["verify_bundle"].returncode == 0, chain["verify_bundle"].stdout
    assert json.loads(chain["verify_bundle"].stdout)["verdict"] == "verified"


def test_the_bundle_s_warc_files_hold_whole_records_back_to_back(chain, tmp_path):
    shown = {r["record_id"] for r in json.loads(chain["show"].stdout)["records"]}
    found: set[str] = set()
    with zipfile.ZipFile(chain["bundle"]) as z:
        for name in (n for n in z.namelist() if n.startswith("archive/")):
            (tmp_path / Path(name).name).write_bytes(z.read(name))
            found |= {r.record_id for r in _places(tmp_path / Path(name).name)}
    assert shown <= found


def test_the_bundle_s_cdx_index_points_at_whole_records(chain, tmp_path):
    with zipfile.ZipFile(chain["bundle"]) as z:
        lines = z.read("indexes/index.cdx").decode().splitlines()
        files = {n.removeprefix("archive/"): z.read(n) for n in z.namelist() if n.startswith("archive/")}
    assert lines
    for line in lines:
        place = json.loads(line.split(" ", 2)[2])
        path = tmp_path / place["filename"]
        path.write_bytes(files[place["filename"]])
        assert read_record(path, int(place["offset"])).length == int(place["length"]), line


def test_the_bundle_of_an_imported_capture_imports_into_a_second_store(chain):
    assert chain["import_bundle"].returncode == 0, chain["import_bundle"].stderr
    assert len(json.loads(chain["import_bundle"].stdout)["captures"]) == 1


def test_cdxj_lines_give_the_places_the_index_gives(chain):
    assert chain["cdxj"].returncode == 0, chain["cdxj"].stderr
    places = {(Path(r["warc"]).name, r["offset"]): r["length"] for r in json.loads(chain["show"].stdout)["records"]}
    lines = (chain["store"] / "indexes" / "index.cdxj").read_text().splitlines()
    matched = 0
    for line in lines:
        place = json.loads(line.split(" ", 2)[2])
        key = (place["filename"], int(place["offset"]))
        if key in places:
            assert int(place["length"]) == places[key], line
            matched += 1
    assert matched == 1  # the capture's response (requests and metadata are not replayed)


# --------------------------------------------------------------------------- stores made before


def test_a_store_whose_import_logged_lengths_without_the_closing_crlfs_still_exports(tmp_path, monkeypatch):
    """Before the fix the importer listed places with warcio's own iterator (length without the
    closing CRLFs), and the import entry keeps those lengths for good: such a store is made
    here the same way, then exported, re-indexed and exported again with today's code."""
    with monkeypatch.context() as m:
        m.setattr(warc, "RecordIterator", ArchiveIterator, raising=False)
        proc = _cli(tmp_path, "import", str(WGET), "--json")
    assert proc.returncode == 0, proc.stderr
    cid = json.loads(proc.stdout)["captures"][1]["capture_id"]
    response = [r for r in json.loads(_cli(tmp_path, "show", cid, "--json").stdout)["records"]
                if r["type"] == "response"][0]
    assert read_record(tmp_path / "store" / response["warc"], response["offset"]).length == response["length"] + 4
    for n, step in enumerate([(), ("reindex",)]):
        if step:
            assert _cli(tmp_path, *step).returncode == 0
        bundle = tmp_path / f"b{n}.wacz"
        proc = _cli(tmp_path, "export", cid, "-o", str(bundle))
        assert proc.returncode == 0, proc.stderr
        proc = _cli(tmp_path, "verify-bundle", str(bundle))
        assert proc.returncode == 0, proc.stdout
    assert _cli(tmp_path, "log", "verify", "--deep").returncode == 0


# --------------------------------------------------------------------------- replay in pywb


PYWB = os.environ.get("ARCHIVER_PYWB")
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@contextmanager
def _wayback(folder: Path) -> Iterator[str]:
    """pywb's ``wayback`` serving ``folder``'s config.yaml or collections on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([str(PYWB), "-p", str(port), "-b", "127.0.0.1"], cwd=folder,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=15)


def _replayed(base: str, coll: str, url: str) -> bytes:
    """The archived payload pywb serves for ``url`` (``id_``: the bytes as archived)."""
    for _ in range(300):
        try:
            with _NO_PROXY.open(f"{base}/{coll}/2000id_/{url}", timeout=10) as r:
                body: bytes = r.read()
                return body
        except OSError as exc:
            if getattr(exc, "code", None) == 404:
                raise
            time.sleep(0.1)
    raise AssertionError(f"pywb did not answer for {url}")


def _payload(chain: dict) -> tuple[str, bytes]:
    shown = json.loads(chain["show"].stdout)
    stored = read_record(chain["store"] / shown["warc"], shown["response_offset"])
    return shown["url"], stored.block.split(b"\r\n\r\n", 1)[1]


@pytest.mark.skipif(not PYWB, reason="pywb not installed: run `make integration` (or set ARCHIVER_PYWB)")
def test_pywb_replays_the_imported_page_from_the_store_s_cdxj(chain, tmp_path):
    store = chain["store"].resolve()
    (tmp_path / "config.yaml").write_text(
        f"collections:\n  evidence:\n    index_paths: {store}/indexes\n    archive_paths: {store}/warcs/\n")
    url, payload = _payload(chain)
    with _wayback(tmp_path) as base:
        assert _replayed(base, "evidence", url) == payload


@pytest.mark.skipif(not PYWB, reason="pywb not installed: run `make integration` (or set ARCHIVER_PYWB)")
def test_pywb_replays_the_imported_page_from_the_unpacked_bundle(chain, tmp_path):
    manager = Path(str(PYWB)).with_name("wb-manager")
    for args in (["init", "bundle"], ["add", "--unpack-wacz", "bundle", str(chain["bundle"])]):
        proc = subprocess.run([str(manager), *args], cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    url, payload = _payload(chain)
    with _wayback(tmp_path) as base:
        assert _replayed(base, "bundle", url) == payload
