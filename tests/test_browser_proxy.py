"""The recording proxy of browser capture, driven by ``requests`` (no browser needed)."""

from __future__ import annotations

import ssl
import time
from pathlib import Path

import pytest
import requests
import trustme
from servers import Site, response

from archiver.capture.fetch import Fetcher, FetchOptions
from archiver.capture.proxy import PAGE_TOKEN_HEADER, RecordingProxy

BODY = b"<html><body><p>Proxied page.</p></body></html>"


@pytest.fixture
def http_site():
    s = Site()
    s.routes["/page"] = lambda h: response("200 OK", [("Content-Type", "text/html"), ("X-Odd", "kept  as sent")], BODY)
    yield s
    s.close()


@pytest.fixture
def https_site(tmp_path: Path):
    ca = trustme.CA()
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(ctx)
    s = Site(ssl_context=ctx)
    s.routes["/page"] = lambda h: response("200 OK", [("Content-Type", "text/html")], BODY)
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    yield s, tmp_path / "ca.pem"
    s.close()


def proxy(options: FetchOptions | None = None, **kw) -> RecordingProxy:
    return RecordingProxy(Fetcher(options or FetchOptions()), deadline=time.monotonic() + 30,
                          max_resources=kw.pop("max_resources", 10), **kw)


def run_ca_file(p: RecordingProxy, tmp_path: Path) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding

    path = tmp_path / "run-ca.pem"
    path.write_bytes(p.ca.cert.public_bytes(Encoding.PEM))
    return str(path)


def test_client_gets_the_recorded_response_bytes_unchanged(http_site):
    with proxy() as p:
        got = requests.get(http_site.url("/page"), proxies={"http": p.address})
    hop = p.log.hops[0]
    assert got.content == BODY and got.headers["X-Odd"] == "kept  as sent"
    assert hop.response_bytes.endswith(BODY) and b"X-Odd: kept  as sent\r\n" in hop.response_bytes
    assert hop.request_bytes.startswith(b"GET /page HTTP/1.1\r\n") and hop.ip == "127.0.0.1"


def test_https_through_connect_is_recorded_with_the_origins_verified_chain(https_site, tmp_path):
    site, ca_file = https_site
    with proxy(FetchOptions(ca_bundle=str(ca_file))) as p:
        got = requests.get(site.url("/page"), proxies={"https": p.address}, verify=run_ca_file(p, tmp_path))
    assert got.content == BODY
    tls = p.log.hops[0].tls
    assert tls is not None and tls.verified and tls.chain_pem


def test_an_origin_certificate_that_does_not_verify_is_refused_not_recorded(https_site, tmp_path):
    site, _ = https_site  # the proxy is not told to trust the site's CA
    with proxy() as p:
        got = requests.get(site.url("/page"), proxies={"https": p.address}, verify=run_ca_file(p, tmp_path))
    assert got.status_code == 502
    assert p.log.hops == [] and p.log.failures[0]["error_kind"] == "tls"


def test_requests_without_the_page_token_are_never_sent_upstream(http_site):
    with proxy(page_token="secret") as p:
        refused = requests.get(http_site.url("/page"), proxies={"http": p.address})
        allowed = requests.get(http_site.url("/page"), proxies={"http": p.address},
                               headers={PAGE_TOKEN_HEADER: "secret"})
    assert refused.status_code == 503 and allowed.status_code == 200
    assert http_site.requests == ["/page"]  # only the page's request reached the origin
    assert PAGE_TOKEN_HEADER.encode() not in p.log.hops[0].request_bytes


def test_requests_past_max_resources_are_refused_and_counted(http_site):
    with proxy(max_resources=2) as p:
        codes = [requests.get(http_site.url("/page"), proxies={"http": p.address}).status_code for _ in range(3)]
    assert codes == [200, 200, 503]
    assert len(p.log.hops) == 2 and p.log.refused_reasons == {"max_resources": 1}


def test_an_unarmed_proxy_sends_nothing_upstream_until_armed(http_site):
    # A browser started ahead of its capture points at a proxy that has no fetcher yet.
    with RecordingProxy(None, max_resources=10) as p:
        before = requests.get(http_site.url("/page"), proxies={"http": p.address})
        p.arm(Fetcher(FetchOptions()), deadline=time.monotonic() + 30, page_url=None, page_token=None)
        after = requests.get(http_site.url("/page"), proxies={"http": p.address})
    assert before.status_code == 503 and after.status_code == 200
    assert http_site.requests == ["/page"]  # only the armed proxy's request reached the origin
    assert len(p.log.hops) == 1 and p.log.refused_reasons == {"not_from_page": 1}


def test_the_proxy_is_not_quiet_while_an_exchange_is_in_flight(http_site):
    import threading

    arrived, release = threading.Event(), threading.Event()

    def slow(handler):
        arrived.set()
        release.wait(30)
        return response("200 OK", [("Content-Type", "text/plain")], b"late")

    http_site.routes["/slow"] = slow
    with proxy() as p:
        client = threading.Thread(target=requests.get, args=(http_site.url("/slow"),),
                                  kwargs={"proxies": {"http": p.address}})
        client.start()
        assert arrived.wait(30)
        in_flight = p.quiet_for()
        release.set()
        client.join(30)
        time.sleep(0.01)
        after = p.quiet_for()
    assert in_flight == 0.0
    assert after > 0.0 and len(p.log.hops) == 1


def test_the_refusing_port_sends_nothing_upstream_and_counts_what_it_refused(http_site):
    # The browser as a whole is pointed here: its background traffic goes nowhere.
    with proxy() as p:
        got = requests.get(http_site.url("/page"), proxies={"http": p.refusing_address})
    assert got.status_code == 503
    assert http_site.requests == [] and p.log.hops == []
    assert p.log.refused_reasons == {"not_from_page": 1}


def test_the_owner_of_a_loopback_connections_other_end_is_read_from_the_kernel():
    import os
    import socket

    from archiver.capture.proxy import peer_uid

    with socket.create_server(("127.0.0.1", 0)) as server, socket.create_connection(server.getsockname()):
        conn, _ = server.accept()
        with conn:
            assert peer_uid(conn) == os.getuid()


def test_a_proxy_for_this_user_only_refuses_another_users_connection(http_site, monkeypatch):
    import archiver.capture.proxy as proxy_module

    with proxy(own_user_only=True) as p:
        mine = requests.get(http_site.url("/page"), proxies={"http": p.address})
        monkeypatch.setattr(proxy_module, "peer_uid", lambda conn: 4242)  # as if another user connected
        with pytest.raises(requests.ConnectionError):
            requests.get(http_site.url("/page"), proxies={"http": p.address})
    assert mine.status_code == 200
    assert http_site.requests == ["/page"]  # the other user's request never went upstream
    assert p.log.refused_reasons == {"other_user": 1}
