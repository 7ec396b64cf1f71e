"""Regenerate the foreign-archive fixtures of tests/test_import_foreign.py (deterministic bytes).

    python tests/data/import/make_fixtures.py

- ``browsertrix-3-pages.wacz``: a WACZ laid out as browsertrix-crawler writes one: WARC/1.1 with
  ``sha256:`` hex digests, request/response pairs, ``urn:pageinfo:`` and ``urn:text:`` resource
  records, ``pages/pages.jsonl`` (with text), ``indexes/index.cdx``, ``datapackage.json`` and an
  unsigned ``datapackage-digest.json``;
- ``wayback-revisits.warc.gz``: as Heritrix/Wayback write: WARC/1.0, sha1 base32 digests, and
  ``revisit`` records (identical-payload-digest) with and without ``WARC-Refers-To``, a later
  changed copy of a page, and one revisit whose original is not in the file;
- ``resource-records.warc.gz``: pages stored as ``resource`` records (no HTTP envelope), as
  tools that archive files or uploads write them.

Every page carries a distinctive sentence the tests quote.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).parent


def page(title: str, sentence: str) -> bytes:
    """An article page long enough for the extractor, with ``sentence`` in it."""
    paras = "".join(f"<p>{sentence} Paragraph {i} adds context about the matter at some length.</p>"
                    for i in range(5))
    return (f"<html><head><title>{title}</title><meta charset='utf-8'></head><body><article>"
            f"<h1>{title}</h1>{paras}</article></body></html>").encode()


BT_PAGES = [
    ("https://city.example/ferry", "Ferry saved", "The council voted to keep the winter ferry running."),
    ("https://city.example/library", "Library hours", "The central library will open on Sundays from March."),
    ("https://city.example/budget", "Budget passed", "The budget for road repairs doubled this year."),
]
REVISIT_A = ("https://news.example/story", "Dam inspection", "Inspectors found three cracks in the old dam wall.")
REVISIT_A2 = ("https://news.example/story", "Dam inspection update",
              "Engineers repaired the cracks in the old dam wall within a week.")
REVISIT_B = ("https://news.example/other", "Tram line", "The new tram line will reach the airport in 2027.")
RESOURCE_PAGES = [
    ("https://docs.example/report.html", "Water report", "Nitrate levels in the river fell by a fifth."),
    ("https://docs.example/minutes.html", "Council minutes", "The motion to close the pool was withdrawn."),
]


#: Each fixture's record ids differ (a store refuses a second record under an id it holds).
_NS = {"id": 0}


def _rid(n: int) -> str:
    return f"<urn:uuid:00000000-0000-4000-8{_NS['id']:03d}-{n:012d}>"


def _sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def _http(status: str, ctype: str, body: bytes) -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body


def _record(w: WARCWriter, rec_type: str, uri: str, block: bytes, ctype: str, headers: list[tuple[str, str]],
            digest=_sha256, payload: bytes | None = None) -> None:
    """Write one record with exactly these bytes and digests (``digest`` picks the tool's style)."""
    hdrs = [("WARC-Type", rec_type), *headers, ("WARC-Target-URI", uri), ("WARC-Block-Digest", digest(block))]
    if payload is not None:
        hdrs.append(("WARC-Payload-Digest", digest(payload)))
    rec = w.create_warc_record(uri, rec_type, payload=io.BytesIO(block), length=len(block),
                               warc_headers=StatusAndHeaders("", hdrs, protocol=w.warc_version))
    rec.content_type = ctype  # warcio writes this one as the Content-Type header
    w.write_record(rec)


def _writer(f: io.BufferedIOBase, version: str) -> WARCWriter:
    w = WARCWriter(f, gzip=True, warc_version=version)
    w.ensure_digest = lambda *a, **k: None  # every digest is set by hand, in the tool's style
    return w


def _warcinfo(w: WARCWriter, n: int, date: str, software: str, digest=_sha256) -> None:
    body = f"software: {software}\r\nformat: WARC File Format {w.warc_version[5:]}\r\n".encode()
    hdrs = [("WARC-Type", "warcinfo"), ("WARC-Record-ID", _rid(n)), ("WARC-Date", date),
            ("WARC-Block-Digest", digest(body))]
    rec = w.create_warc_record("", "warcinfo", payload=io.BytesIO(body), length=len(body),
                               warc_headers=StatusAndHeaders("", hdrs, protocol=w.warc_version))
    rec.content_type = "application/warc-fields"
    w.write_record(rec)


def browsertrix_warc() -> bytes:
    out = io.BytesIO()
    w = _writer(out, "WARC/1.1")
    _warcinfo(w, 1, "2024-05-06T07:08:00.000Z", "Browsertrix-Crawler 1.1.0 (with warcio.js 2.2.1)")
    n = 10
    for i, (url, title, sentence) in enumerate(BT_PAGES):
        date = f"2024-05-06T07:08:0{i + 1}.000Z"
        body = page(title, sentence)
        req = f"GET /{url.rsplit('/', 1)[1]} HTTP/1.1\r\nHost: city.example\r\nUser-Agent: Chrome\r\n\r\n".encode()
        resp_id, req_id = _rid(n), _rid(n + 1)
        _record(w, "response", url, _http("200 OK", "text/html; charset=utf-8", body),
                "application/http; msgtype=response",
                [("WARC-Record-ID", resp_id), ("WARC-Date", date)], payload=body)
        _record(w, "request", url, req, "application/http; msgtype=request",
                [("WARC-Record-ID", req_id), ("WARC-Date", date), ("WARC-Concurrent-To", resp_id)], payload=b"")
        info = json.dumps({"pageid": f"page-{i}", "url": url, "ts": date,
                           "urls": {url: {"status": 200, "mime": "text/html", "type": "document"}},
                           "counts": {"jsErrors": 0}}).encode()
        _record(w, "resource", "urn:pageinfo:" + url, info, "application/json",
                [("WARC-Record-ID", _rid(n + 2)), ("WARC-Date", date)], payload=info)
        text = f"{title}\n{sentence}".encode()
        _record(w, "resource", "urn:text:" + url, text, "text/plain",
                [("WARC-Record-ID", _rid(n + 3)), ("WARC-Date", date)], payload=text)
        n += 10
    logo = b"\x89PNG\r\n\x1a\nnot really a picture"
    _record(w, "response", "https://city.example/logo.png", _http("200 OK", "image/png", logo),
            "application/http; msgtype=response",
            [("WARC-Record-ID", _rid(n)), ("WARC-Date", "2024-05-06T07:08:04.000Z")], payload=logo)
    return out.getvalue()


def _zip_write(z: zipfile.ZipFile, name: str, data: bytes, compress: bool = True) -> None:
    info = zipfile.ZipInfo(name, date_time=(2024, 5, 6, 7, 9, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    z.writestr(info, data)


def browsertrix_wacz(path: Path) -> None:
    from cdxj_indexer.main import CDXJIndexer

    warc = browsertrix_warc()
    tmp = path.with_suffix(".tmp.warc.gz")
    tmp.write_bytes(warc)
    cdx = io.StringIO()
    CDXJIndexer(cdx, [str(tmp)], sort=True, dir_root=str(tmp.parent), records="response,revisit,resource").process_all()
    tmp.unlink()
    index = cdx.getvalue().replace(tmp.name, "data.warc.gz").encode()
    pages = [json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages", "hasText": True})]
    for i, (url, title, sentence) in enumerate(BT_PAGES):
        pages.append(json.dumps({"id": f"page-{i}", "url": url, "title": title, "loadState": 4, "status": 200,
                                 "ts": f"2024-05-06T07:08:0{i + 1}.000Z", "text": f"{title}\n{sentence}"}))
    files = {"archive/data.warc.gz": warc, "indexes/index.cdx": index,
             "pages/pages.jsonl": ("\n".join(pages) + "\n").encode()}
    package = {"profile": "data-package", "wacz_version": "1.1.1", "title": "city crawl",
               "software": "Browsertrix-Crawler 1.1.0 (with warcio.js 2.2.1)", "created": "2024-05-06T07:09:00Z",
               "resources": [{"name": Path(p).name, "path": p, "hash": _sha256(d), "bytes": len(d)}
                             for p, d in files.items()]}
    package_bytes = json.dumps(package, indent=2).encode()
    digest = json.dumps({"path": "datapackage.json", "hash": _sha256(package_bytes)}).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            _zip_write(z, name, data, compress=not name.endswith(".gz"))
        _zip_write(z, "datapackage.json", package_bytes)
        _zip_write(z, "datapackage-digest.json", digest)


def wayback_revisits(path: Path) -> None:
    """Heritrix-style WARC/1.0: sha1 base32 digests, revisits with and without WARC-Refers-To."""
    profile = "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"
    out = io.BytesIO()
    w = _writer(out, "WARC/1.0")
    _warcinfo(w, 1, "2024-03-01T10:00:00Z", "Heritrix/3.4.0 http://crawler.archive.org", digest=_sha1)

    def response(n: int, spec: tuple[str, str, str], date: str) -> bytes:
        url, title, sentence = spec
        body = page(title, sentence)
        _record(w, "response", url, _http("200 OK", "text/html", body), "application/http; msgtype=response",
                [("WARC-Record-ID", _rid(n)), ("WARC-Date", date), ("WARC-IP-Address", "192.0.2.7")],
                digest=_sha1, payload=body)
        return body

    def revisit(n: int, url: str, date: str, body: bytes, refers: list[tuple[str, str]]) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body)
        _record(w, "revisit", url, head, "application/http; msgtype=response",
                [("WARC-Record-ID", _rid(n)), ("WARC-Date", date), ("WARC-Profile", profile),
                 ("WARC-Truncated", "length"), *refers], digest=_sha1, payload=body)

    story = response(10, REVISIT_A, "2024-03-01T10:00:01Z")
    other = response(11, REVISIT_B, "2024-03-01T10:00:02Z")
    revisit(20, REVISIT_A[0], "2024-03-02T10:00:01Z", story,
            [("WARC-Refers-To", _rid(10)), ("WARC-Refers-To-Target-URI", REVISIT_A[0]),
             ("WARC-Refers-To-Date", "2024-03-01T10:00:01Z")])
    revisit(21, REVISIT_B[0], "2024-03-02T10:00:02Z", other,  # Heritrix: no WARC-Refers-To
            [("WARC-Refers-To-Target-URI", REVISIT_B[0]), ("WARC-Refers-To-Date", "2024-03-01T10:00:02Z")])
    response(30, REVISIT_A2, "2024-03-03T10:00:01Z")  # the page changed: its own capture
    gone = page("Gone", "This page was archived in another file.")
    revisit(40, "https://news.example/gone", "2024-03-03T10:00:02Z", gone,
            [("WARC-Refers-To-Target-URI", "https://news.example/gone"),
             ("WARC-Refers-To-Date", "2023-01-01T00:00:00Z")])
    path.write_bytes(out.getvalue())


def resource_records(path: Path) -> None:
    out = io.BytesIO()
    w = _writer(out, "WARC/1.1")
    _warcinfo(w, 1, "2024-02-02T12:00:00Z", "warcio 1.7.4 (file upload)")
    for i, (url, title, sentence) in enumerate(RESOURCE_PAGES):
        body = page(title, sentence)
        _record(w, "resource", url, body, "text/html; charset=utf-8",
                [("WARC-Record-ID", _rid(10 + i)), ("WARC-Date", f"2024-02-02T12:00:0{i + 1}Z")], payload=body)
    info = b'{"note": "not a page"}'
    _record(w, "resource", "urn:pageinfo:https://docs.example/report.html", info, "application/json",
            [("WARC-Record-ID", _rid(20)), ("WARC-Date", "2024-02-02T12:00:03Z")], payload=info)
    path.write_bytes(out.getvalue())


def main() -> None:
    for ns, (make, name) in enumerate([(browsertrix_wacz, "browsertrix-3-pages.wacz"),
                                       (wayback_revisits, "wayback-revisits.warc.gz"),
                                       (resource_records, "resource-records.warc.gz")], start=1):
        _NS["id"] = ns
        make(HERE / name)


if __name__ == "__main__":
    main()
