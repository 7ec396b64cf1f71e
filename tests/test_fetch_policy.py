"""What a capture may fetch and what it records: interim responses, credentials, redirects
into private networks, ambiguous URLs, and a disk that fills up mid-write."""

from __future__ import annotations

import base64
import errno
import gzip
import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from servers import Hostile, Site, response

import archiver.capture.fetch as fetch_mod
from archiver.archive import Archive
from archiver.capture.fetch import FetchOptions, is_private_address, redirect_allowed, validate_url
from archiver.capture.records import INTERIM_FIELD, INTERIM_TYPE, REDACTED_FIELD
from archiver.capture.warc import (
    StoredRecord,
    TornTail,
    http_payload,
    iter_records,
    split_http_message,
)
from archiver.errors import InvalidURLError, StoreError
from archiver.store.storage import LocalWarcStorage

HTML = (b"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Budget vote</title></head>"
        b"<body><article><h1>Budget vote</h1><p>The council approved the budget on Tuesday by "
        b"seven votes to two, after a debate that lasted four hours.</p><p>Opponents said the "
        b"plan would not fund the library.</p></article></body></html>")
PAGE = response("200 OK", [("Content-Type", "text/html; charset=utf-8")], HTML)


def _records(store: Path) -> list[StoredRecord]:
    out: list[StoredRecord] = []
    for path in sorted((store / "warcs").glob("*.warc*")):
        for item in iter_records(path):
            assert not isinstance(item, TornTail), item
            out.append(item)
    return out


def _capture(store: Path, url: str, **options: Any):
    with Archive.open(store, fetch_options=FetchOptions(**options)) as arc:
        [result] = arc.capture_many([url])
    return result


def _one_shot(raw: bytes, host: str = "127.0.0.1") -> Hostile:
    return Hostile(lambda: iter([raw]), host)


# ---------------------------------------------------------------------- B. interim responses


@pytest.mark.parametrize("interim", [b"HTTP/1.1 100 Continue\r\n\r\n",
                                     b"HTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n"])
def test_interim_response_is_recorded_but_status_headers_and_text_are_the_final_response(store, interim):
    server = _one_shot(interim + PAGE)
    try:
        result = _capture(store, server.url("/"))
    finally:
        server.close()
    assert result.ok and result.status == 200 and result.content_type.startswith("text/html")
    article = result.article
    for text in (article["text"], article.get("page_text") or ""):
        assert "Content-Type" not in text and "HTTP/1.1" not in text
    assert "seven votes to two" in article["text"]
    resp = next(r for r in _records(store) if r.rec_type == "response")
    kept = next(r for r in _records(store) if r.header("Content-Type") == INTERIM_TYPE)
    assert kept.block + resp.block == interim + PAGE  # as it crossed the wire, the interim head apart
    assert kept.header(INTERIM_FIELD) == interim.split()[1].decode()
    assert resp.payload_digest == "sha256:" + hashlib.sha256(HTML).hexdigest()


def test_split_http_message_skips_leading_interim_heads_but_not_101():
    block = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\n" + PAGE
    head, body = split_http_message(block)
    assert head.startswith(b"HTTP/1.1 200 OK") and body == HTML
    headers, payload = http_payload(block)
    assert ("Content-Type", "text/html; charset=utf-8") in headers and payload == HTML
    upgrade = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\nrest"
    assert split_http_message(upgrade) == (upgrade[:-4], b"rest")


# ---------------------------------------------------------------------- C. credentials


def test_url_with_credentials_is_refused_before_any_io(store, site):
    site.routes["/"] = lambda h: PAGE
    url = f"http://alice:S3cretPW@127.0.0.1:{site.port}/"
    with Archive.open(store) as arc, pytest.raises(InvalidURLError) as info:
        arc.capture_many([url])
    assert "--allow-credentials" in str(info.value) and "S3cretPW" not in str(info.value)
    assert site.requests == []


def test_cli_refuses_credentials_with_exit_2_and_one_line_without_the_password(store, site):
    proc = run_cli("archive", f"http://alice:S3cretPW@127.0.0.1:{site.port}/", store=store)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and len(proc.stderr.strip().splitlines()) == 1
    assert "S3cretPW" not in proc.stderr + proc.stdout
    assert site.requests == []


def test_allowed_credentials_are_sent_but_kept_out_of_records_log_and_index(store, site):
    seen: list[str] = []
    site.routes["/"] = lambda h: (seen.append(h.headers.get("Authorization", "")), PAGE)[1]
    url = f"http://alice:S3cretPW@127.0.0.1:{site.port}/"
    result = _capture(store, url, allow_credentials=True)
    token = base64.b64encode(b"alice:S3cretPW")
    assert result.ok and seen == ["Basic " + token.decode()]
    assert result.url == result.final_url == f"http://127.0.0.1:{site.port}/"
    everything = b"".join(gzip.decompress(p.read_bytes()) for p in (store / "warcs").glob("*.warc.gz"))
    everything += (store / "provenance" / "log.jsonl").read_bytes()
    for secret in (b"S3cretPW", token, b"alice:"):
        assert secret not in everything
    request = next(r for r in _records(store) if r.rec_type == "request")
    assert request.header(REDACTED_FIELD) == "Authorization"
    assert b"Authorization: [redacted by archiver]" in request.block
    with Archive.open(store) as arc:
        assert [r.url for r in arc.list_captures()] == [f"http://127.0.0.1:{site.port}/"]


def test_cli_allow_credentials_keeps_the_password_out_of_the_store_and_output(store, site):
    site.routes["/"] = lambda h: PAGE
    proc = run_cli("archive", "--json", "--allow-credentials", f"http://alice:S3cretPW@127.0.0.1:{site.port}/",
                   store=store)
    assert proc.returncode == 0, proc.stderr
    assert "S3cretPW" not in proc.stdout + proc.stderr
    everything = b"".join(gzip.decompress(p.read_bytes()) for p in (store / "warcs").glob("*.warc.gz"))
    assert b"S3cretPW" not in everything and b"alice" not in everything
    listing = run_cli("list", "--json", store=store)
    assert "S3cretPW" not in listing.stdout and "alice" not in listing.stdout


# ---------------------------------------------------------------------- D. redirects


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])  # refused before connecting / once connected
def test_no_private_redirects_refuses_a_redirect_to_a_loopback_server(store, site, host):
    target = Site(host=host)
    try:
        target.routes["/inside"] = lambda h: PAGE
        site.routes["/r"] = lambda h: response("302 Found", [("Location", target.url("/inside"))])
        result = _capture(store, site.url("/r"), private_redirects="deny")
        assert target.requests == []
    finally:
        target.close()
    assert not result.ok and result.error_kind == "private_redirect"
    assert not any(r.rec_type in ("request", "response") for r in _records(store))
    with Archive.open(store) as arc:
        assert list(arc.log.entries("capture_failed"))[-1].data["error_kind"] == "private_redirect"


def test_default_policy_follows_a_redirect_that_stays_on_loopback(store, site):
    site.routes["/inside"] = lambda h: PAGE
    site.routes["/r"] = lambda h: response("302 Found", [("Location", "/inside")])
    result = _capture(store, site.url("/r"))
    assert result.ok and [h["status"] for h in result.hops] == [302, 200]


def test_default_policy_refuses_a_redirect_from_a_public_address_to_a_private_one(store, monkeypatch):
    # Pretend 127.0.0.1 is a public address and 127.0.0.2 a private one; the check uses the
    # address actually connected to, not the host name.
    monkeypatch.setattr(fetch_mod, "is_private_address", lambda ip: ip != "127.0.0.1")
    inside = _one_shot(PAGE, host="127.0.0.2")
    outside = _one_shot(response("302 Found", [("Location", inside.url("/admin"))]))
    try:
        result = _capture(store, outside.url("/"))
        assert inside.connections == 0  # a private IP literal: not even connected to
    finally:
        inside.close()
        outside.close()
    assert not result.ok and result.error_kind == "private_redirect"


def test_cli_no_private_redirects_flag_fails_the_capture_with_exit_1(store, site):
    site.routes["/inside"] = lambda h: PAGE
    site.routes["/r"] = lambda h: response("302 Found", [("Location", "/inside")])
    proc = run_cli("archive", "--no-private-redirects", site.url("/r"), store=store)
    assert proc.returncode == 1 and "private address 127.0.0.1" in proc.stderr
    assert "/inside" not in site.requests


@pytest.mark.parametrize(("ip", "private"), [
    ("127.0.0.1", True), ("::1", True), ("::ffff:127.0.0.1", True), ("10.1.2.3", True),
    ("192.168.0.1", True), ("169.254.169.254", True), ("fe80::1%eth0", True), ("fc00::1", True),
    ("100.64.0.1", True), ("0.0.0.0", True), ("8.8.8.8", False), ("2001:4860:4860::8888", False),
])
def test_private_addresses_are_recognised(ip, private):
    assert is_private_address(ip) is private


def test_redirect_policies():
    assert redirect_allowed("from-private", "8.8.8.8", "10.0.0.1") is False
    assert redirect_allowed("from-private", "10.0.0.2", "10.0.0.1") is True
    assert redirect_allowed("from-private", "8.8.8.8", "1.1.1.1") is True
    assert redirect_allowed("deny", "127.0.0.1", "127.0.0.1") is False
    assert redirect_allowed("allow", "8.8.8.8", "127.0.0.1") is True


# ---------------------------------------------------------------------- E. ambiguous URLs


def test_cli_refuses_a_url_whose_host_the_parsers_disagree_on_and_fetches_nothing(store):
    a = _one_shot(PAGE, host="127.0.0.2")
    b = _one_shot(PAGE, host="127.0.0.3")
    try:
        url = f"http://127.0.0.2:{a.port}\\@127.0.0.3:{b.port}/ok"
        proc = run_cli("archive", url, store=store)
        assert a.connections == 0 and b.connections == 0 and a.requests == b.requests == 0
    finally:
        a.close()
        b.close()
    assert proc.returncode == 2 and proc.stderr.startswith("error: ")
    assert "ambiguous" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("url", [
    "http://a.example:80\\@b.example/", "http://a.example/\\path", "http://a.example/x\x00y",
    "http://a.example/\x7f", "http://a.example/a\tb", "http://u@v@a.example/",
])
def test_ambiguous_urls_are_refused(url):
    with pytest.raises(InvalidURLError):
        validate_url(url, allow_credentials=True)


# ---------------------------------------------------------------------- F. disk full, bad argv


class _FillingFile:
    """A real file that runs out of space after ``room`` more bytes (part of a write lands)."""

    def __init__(self, f: Any, budget: list[int]) -> None:
        self._f = f
        self._budget = budget

    def write(self, data: bytes) -> int:
        if len(data) > self._budget[0]:
            self._f.write(bytes(data[: max(self._budget[0], 0)]))
            self._budget[0] = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self._budget[0] -= len(data)
        return self._f.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._f, name)


class _FillingStorage(LocalWarcStorage):
    def __init__(self, root: Path, room: int) -> None:
        super().__init__(root)
        self.budget = [room]

    def new_file(self, name: str):  # noqa: ANN201
        rel, f = super().new_file(name)
        return rel, _FillingFile(f, self.budget)


def test_disk_full_at_the_first_capture_is_one_line_and_leaves_no_warc_file(store, site):
    site.routes["/"] = lambda h: PAGE
    storage = _FillingStorage(store, room=1500)  # the warcinfo fits, the capture does not
    with Archive.open(store, storage=storage) as arc, pytest.raises(StoreError) as info:
        arc.capture_many([site.url("/")])
    assert "No space left on device" in str(info.value) and "\n" not in str(info.value)
    assert list((store / "warcs").iterdir()) == []


def test_disk_full_after_a_capture_keeps_the_earlier_capture_readable(store, site):
    site.routes["/"] = lambda h: PAGE
    storage = _FillingStorage(store, room=10**9)
    with Archive.open(store, storage=storage) as arc:
        [first] = arc.capture_many([site.url("/")])
        storage.budget[0] = 100
        with pytest.raises(StoreError):
            arc.capture_many([site.url("/")])
    assert first.ok
    [warc] = list((store / "warcs").iterdir())
    assert all(not isinstance(item, TornTail) for item in iter_records(warc))
    with Archive.open(store) as arc:
        report = arc.reindex()
    assert report.captures == 1 and not report.torn_tails


@pytest.mark.parametrize("args", [["verify-quote", b"caf\xe9 au lait"], ["history", b"http://x.example/\xff"],
                                  ["list", "--url", b"http://x.example/\xff"],
                                  ["verify-quote", "--url", b"http://x.example/\xff", "quote"]])
def test_argument_that_is_not_utf8_is_refused_with_exit_2_and_one_line(store, args):
    # as Python decodes a process's argv: the file-system encoding, undecodable bytes escaped
    proc = run_cli(*(os.fsdecode(a) for a in args), store=store)
    stderr = proc.stderr
    assert proc.returncode == 2, stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1
    assert stderr.startswith("error: ") and "not valid UTF-8" in stderr
