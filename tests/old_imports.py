"""Stores as an ``import`` made before 8bf1ad7 left them, for the tests that hold statements and
``reindex`` to what that import logged.

An import of a gzip WARC whose members did not hold one record each logged its response at its
member's start with a place no record has: a negative length for a file gzipped whole, the
response's uncompressed length (ending inside the next member) for a file gzipped a pair of
records at a time. Today's ``import`` refuses such files, so the store is made as that import made
it: a real import of the same records laid out a record per member into one store, and into a
copy of that store made before it (same log, same key), the same WARC files with the imported one
laid out the old way and the same entries as that import logged them (the response's length as
below, no member digest), appended and signed through the store's own log.

Layouts (:data:`LAYOUTS`): ``whole`` and ``by_pairs`` as above; ``two_members``, a file a record per
member whose response is logged with the length of its own member and the next one (a span of two
whole members, which no writer or import of ours logged: a record is one member);
``pair_in_member``, a file gzipped a pair of records at a time whose response is logged with the
length of the pair's member (one whole member, holding the response and its request: no record's
either, since a record is a member holding that record alone).
"""

from __future__ import annotations

import gzip
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import run_cli
from stores import copy_store, left_closed
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


#: the file as it came, and the length logged for its response (``None``: :func:`_by_pairs_length`)
LAYOUTS: dict[str, tuple[Callable[[], bytes], int | None]] = {
    "whole": (lambda: gzip.compress(_records(gz=False) + _records(gz=False, ids=OTHER_IDS)), LOGGED_LENGTH),
    "by_pairs": (lambda: gzip.compress(_records(gz=False)) + gzip.compress(_records(gz=False, ids=OTHER_IDS)), None),
    "two_members": (lambda: _records(gz=True) + _records(gz=True, ids=OTHER_IDS), len(_records(gz=True))),
    "pair_in_member": (lambda: gzip.compress(_records(gz=False), mtime=0)
                       + gzip.compress(_records(gz=False, ids=OTHER_IDS), mtime=0),
                       len(gzip.compress(_records(gz=False), mtime=0))),
}


#: The real import every layout starts from, made once per test process (:func:`_real_import`).
_REAL_IMPORT: list[Path] = []


def _real_import(root: Path) -> Path:
    """A folder holding ``blank`` (``store``, ``keys``: a log and its key, made before anything was
    imported) and ``first`` (that store after a real import of the records laid out a record per
    member), made under ``root`` by the first call of this test process and the same for every call
    after it: the import (and its extraction) is the same whatever the layout, so it is made once."""
    if not _REAL_IMPORT:
        first, blank = root / "first", root / "blank"
        with Archive.open(first / "store", key_dir=first / "keys") as arc:
            assert arc.log is not None  # the log and its key, made before anything is imported
        left_closed(first / "store")
        copy_store(first, blank / "store", blank / "keys")
        crawl = root / "crawl.warc.gz"
        crawl.write_bytes(_records(gz=True))
        with Archive.open(first / "store", key_dir=first / "keys") as arc:
            arc.import_file(crawl)
        left_closed(first / "store")
        _REAL_IMPORT.append(root)
    return _REAL_IMPORT[0]


def build_old_import(root: Path, layout: str) -> tuple[Path, str, int]:
    """A store under ``root/old`` (``store``, ``keys``) holding one capture imported as that
    import logged it in ``layout``; returns (``root/old``, the capture id, its response's logged
    length). Its index is not built: run ``reindex`` on it (or a copy)."""
    made = _real_import(root)
    first, old = made / "first", root / "old"
    copy_store(made / "blank", old / "store", old / "keys")
    entries = [json.loads(line) for line in (first / "store" / "provenance" / "log.jsonl").read_text().splitlines()]
    imported = next(e["data"] for e in entries if e["type"] == "import")
    extraction = next(e["data"] for e in entries if e["type"] == "extraction")
    store = old / "store"
    (store / "warcs").mkdir(exist_ok=True)
    for warc in (first / "store" / "warcs").iterdir():
        shutil.copy2(warc, store / "warcs" / warc.name)
    make, logged = LAYOUTS[layout]
    came = make()  # the file as it came
    length = logged if logged is not None else _by_pairs_length()
    [listed] = imported["warcs"]
    (store / listed["name"]).write_bytes(came)
    listed["sha256"] = sha256_label(came)
    [capture] = imported["captures"]
    response = next(r for r in capture["records"] if r["record_id"] == capture["response_record_id"])
    response.update(length=length, member_sha256=None)  # as that import logged it
    with Archive.open(store, key_dir=old / "keys") as arc:
        assert [e.seq for e in arc.append_events([("import", imported), ("extraction", extraction)])] == [1, 2]
    left_closed(store)
    return old, capture["capture_id"], length


def reindexed_old_import(root: Path, layout: str) -> tuple[Path, str, int, Any]:
    """:func:`build_old_import`, then ``reindex`` run on it (as a store a user re-indexed after
    upgrading): (``root/old``, the capture id, its response's logged length, reindex's run)."""
    old, cid, length = build_old_import(root, layout)
    reindexed = run_cli("reindex", store=old / "store", env={"ARCHIVER_KEY_DIR": str(old / "keys")})
    return old, cid, length, reindexed


def copy_for_a_test(template: tuple[Path, str, int], store: Path, key_dir: Path) -> tuple[Path, str, str]:
    """A copy at ``store`` (key in ``key_dir``) of a template built by :func:`reindexed_old_import`,
    for one test: (the store, the capture id, the words a statement about its place names)."""
    root, cid, length = template
    copy_store(root, store, key_dir)
    return store, cid, f"has a logged length of {length}, which "
