"""A capture whose signed log places a record where no record is is the log and the WARC file
disagreeing: every statement about it says so (exit 1), not "present".

An ``import`` of a gzip WARC whose members hold several records, made before such files were
refused (8bf1ad7), logged its response at its member's start with a length no record has: a
negative one for a file gzipped whole, the response's uncompressed length (which ends inside the
next member) for one gzipped a pair of records at a time. ``export`` of the first has failed in
one line since 155b11e (tests/test_record_span_logged_length.py), of the second it copied a member
cut short; ``show`` still said "evidence: present", ``verify-quote`` and ``cite`` answered and
``log verify --deep`` said OK, because the full reader found the record by its offset alone.

Today's ``import`` refuses such a file, so the store is made as that import made it: a real import
of the same records laid out a record per member into one store, and into a copy of that store
made before it (same log, same key), the same WARC files with the imported one gzipped whole and
the same entries as that import logged them (the response's length negative, no member digest),
appended and signed through the store's own log; ``reindex`` then builds its index.
"""

from __future__ import annotations

import gc
import gzip
import io
import json
import shutil
from pathlib import Path

import pytest
from conftest import run_cli
from stores import copy_store
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver.archive import Archive
from archiver.core.digests import sha256_label

PAGE = (b"<html><head><title>Bridge delayed</title></head><body><article><h1>Bridge delayed</h1>"
        + b"".join(b"<p>Paragraph %d: the minister said the bridge would open in May, not in June as "
                   b"planned, and that the budget had not grown.</p>" % i for i in range(6))
        + b"</article></body></html>")
RESPONSE_ID, REQUEST_ID = "<urn:uuid:11111111-1111-4111-8111-111111111111>", "<urn:uuid:22222222-2222-4222-8222-222222222222>"
OTHER_IDS = ("<urn:uuid:33333333-3333-4333-8333-333333333333>", "<urn:uuid:44444444-4444-4444-8444-444444444444>")
QUOTE = "the bridge would open in May"
LOGGED_LENGTH = -1127


def _records(gz: bool, ids: tuple[str, str] = (RESPONSE_ID, REQUEST_ID)) -> bytes:
    """A response and its request (the same records each time), each a gzip member (``gz``) or uncompressed."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                       ("Content-Length", str(len(PAGE)))], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://example.org/a", "response", payload=io.BytesIO(PAGE),
                                        http_headers=http, warc_headers_dict={"WARC-Date": "2026-11-30T10:00:00Z",
                                                                            "WARC-Record-ID": ids[0]}))
    req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
    w.write_record(w.create_warc_record("https://example.org/a", "request", payload=io.BytesIO(b""), http_headers=req,
                                        warc_headers_dict={"WARC-Date": "2026-11-30T10:00:00Z",
                                                           "WARC-Record-ID": ids[1]}))
    return buf.getvalue()


def _by_pairs_length() -> int:
    """The length that import logged for the response of a file gzipped a pair of records at a
    time: the response's uncompressed length, which ends inside the pair's member (or past it)."""
    raw = _records(gz=False)
    return raw.index(b"\r\n\r\nWARC/") + 4  # where the request begins


#: the file as it came, and the length that import logged for its response
LAYOUTS = {"whole": (lambda: gzip.compress(_records(gz=False) + _records(gz=False, ids=OTHER_IDS)), LOGGED_LENGTH),
           "by_pairs": (lambda: gzip.compress(_records(gz=False)) + gzip.compress(_records(gz=False, ids=OTHER_IDS)),
                        None)}


@pytest.fixture(scope="module", params=sorted(LAYOUTS))
def template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    root = tmp_path_factory.mktemp("logged_place_no_record")
    first, old = root / "first", root / "old"
    with Archive.open(first / "store", key_dir=first / "keys") as arc:
        assert arc.log is not None  # the log and its key, made before anything is imported
    gc.collect()
    copy_store(first, old / "store", old / "keys")
    crawl = root / "crawl.warc.gz"
    crawl.write_bytes(_records(gz=True))
    with Archive.open(first / "store", key_dir=first / "keys") as arc:
        arc.import_file(crawl)
    gc.collect()
    entries = [json.loads(line) for line in (first / "store" / "provenance" / "log.jsonl").read_text().splitlines()]
    imported = next(e["data"] for e in entries if e["type"] == "import")
    extraction = next(e["data"] for e in entries if e["type"] == "extraction")
    store = old / "store"
    (store / "warcs").mkdir(exist_ok=True)
    for warc in (first / "store" / "warcs").iterdir():
        shutil.copy2(warc, store / "warcs" / warc.name)
    make, length = LAYOUTS[request.param]
    whole = make()  # the file as it came: gzipped whole, or a member per pair of records
    length = length if length is not None else _by_pairs_length()
    [listed] = imported["warcs"]
    (store / listed["name"]).write_bytes(whole)
    listed["sha256"] = sha256_label(whole)
    [capture] = imported["captures"]
    response = next(r for r in capture["records"] if r["record_id"] == capture["response_record_id"])
    response.update(length=length, member_sha256=None)  # as that import logged it
    with Archive.open(store, key_dir=old / "keys") as arc:
        assert [e.seq for e in arc.append_events([("import", imported), ("extraction", extraction)])] == [1, 2]
    gc.collect()
    reindexed = run_cli("reindex", store=store, env={"ARCHIVER_KEY_DIR": str(old / "keys")})
    assert reindexed.exit_code == 0, reindexed.output
    return old, capture["capture_id"], length


@pytest.fixture
def imported(template: tuple[Path, str, int], tmp_path: Path, key_dir: Path) -> tuple[Path, str, str]:
    root, cid, length = template
    copy_store(root, tmp_path / "store", key_dir)
    return tmp_path / "store", cid, f"has a logged length of {length}, which "


@pytest.mark.parametrize("command", [("show", "{cid}"), ("show", "{cid}", "--json"),
                                     ("verify-quote", QUOTE, "--capture", "{cid}"), ("cite", "{cid}")])
def test_a_statement_about_it_says_the_log_places_no_record_there(imported, command):
    store, cid, said = imported
    proc = run_cli(*(part.format(cid=cid) for part in command), store=store)
    assert proc.exit_code == 1, proc.output
    assert said in proc.stderr and "warcio recompress" in proc.stderr, proc.stderr
    assert "evidence: present" not in proc.stdout and '"present"' not in proc.stdout


def test_log_verify_deep_names_the_place(imported):
    store, _, said = imported
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.exit_code == 1, proc.output
    assert said in proc.output and "deep: OK" not in proc.output


def test_export_refuses_it_in_one_line(imported, tmp_path):
    store, cid, said = imported
    proc = run_cli("export", cid, "-o", str(tmp_path / "b.wacz"), store=store)
    assert proc.exit_code == 1, proc.output
    assert said in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "b.wacz").exists()
