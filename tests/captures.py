"""One capture through the facade (of a raw server's script too), the WARC records it wrote, and a raw redirect
to serve: the steps the capture tests (framing, heads, redirects, hostile servers) each wrote out again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli import run_cli
from servers import Hostile, Route, Script, Site, response

from archiver.archive import Archive
from archiver.capture.fetch import FetchOptions
from archiver.capture.records import CaptureResult
from archiver.capture.warc import StoredRecord, iter_records


def capture_one(store: Path, url: str, **options: Any) -> CaptureResult:
    """The result of capturing ``url`` into ``store`` with these fetch options (a failure is a result too)."""
    with Archive.open(store, fetch_options=FetchOptions(**options)) as arc:
        [result] = arc.capture_many([url])
    return result


def capture_from(store: Path, script: Script, **options: Any) -> CaptureResult:
    """:func:`capture_one` of a raw server on 127.0.0.1 that answers each connection with ``script``'s bytes
    (closed after)."""
    server = Hostile(script)
    try:
        return capture_one(store, server.url("/"), **options)
    finally:
        server.close()


def captured(store: Path, url: str, **options: Any) -> CaptureResult:
    """:func:`capture_one`, which must have succeeded."""
    result = capture_one(store, url, **options)
    assert result.ok, result.error
    return result


def stored_records(store: Path, rec_type: str | None = None) -> list[StoredRecord]:
    """The records of the store's WARC files, in file order (only those of ``rec_type`` when given)."""
    return [r for path in sorted((store / "warcs").glob("*.warc*")) for r in iter_records(path)
            if isinstance(r, StoredRecord) and rec_type in (None, r.rec_type)]


def redirect_response(location: bytes) -> bytes:
    """A whole 302 response whose ``Location`` is these bytes, as received."""
    return b"HTTP/1.1 302 Found\r\nLocation: " + location + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


def redirect(location: bytes) -> Route:
    """A route answering :func:`redirect_response`."""
    return lambda h: redirect_response(location)


def archived_served(store: Path, fields: list[tuple[str, str]], body: bytes) -> str:
    """The capture id of ``archive --json`` (a real CLI run) of one page a 127.0.0.1 server sends with these head
    ``fields`` and ``body``: the MIME-sniffing tests' step (sec57, sec58, rvsec58)."""
    site = Site()
    site.routes["/statement"] = lambda h: response("200 OK", fields, body)
    try:
        made = run_cli("archive", site.url("/statement"), "--json", store=store)
    finally:
        site.close()
    assert made.returncode == 0, made.stderr
    return str(json.loads(made.stdout)["capture_id"])


def archived_as_read_before(store: Path, fields: list[tuple[str, str]], body: bytes, monkeypatch: Any, *,
                            version: str = "127") -> str:
    """:func:`archived_served` as an extractor before 131 read it: no byte of the body is binary to it (a
    binary body sent as ``text/plain; charset=utf-8`` was text, which Chromium downloads) and it logs
    ``archiver-extract`` ``version``. The extraction is the real commands', only the reading older: the
    store an old archiver left (rvsec58, sec59)."""
    import archiver.core.mime as mime
    import archiver.extract as extract

    then = tuple(sorted({**dict(extract._versions()), "archiver-extract": version}.items()))
    with monkeypatch.context() as patched:
        patched.setattr(mime, "is_binary", lambda _body: False)
        patched.setattr(extract, "_versions", lambda: then)
        return archived_served(store, fields, body)


def foreign_warc(path: Path, fields: list[tuple[str, str]], body: bytes, *, status: str = "200 OK",
                 url: str = "https://example.org/minutes") -> Path:
    """Another tool's WARC (plain warcio) holding one response of ``status`` with these head ``fields`` (and a
    Content-Length of ``body``) and ``body``: the import tests' page as another tool wrote it (sec66, session 51)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        http = StatusAndHeaders(status, [*fields, ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return path
