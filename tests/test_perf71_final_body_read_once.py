"""A plain capture reads its final response once (archiver/capture/final_body.py, task perf71): the fetch reads it
whole for its refresh check and hands that reading to the commit, which extracts from it instead of splitting,
de-chunking and decoding the response again. The capture is the one the two readings made: same refresh answers,
same extraction, same error for a body past the inflate limit.
"""

from __future__ import annotations

import gzip

import pytest
from servers import Site, chunked, gzipped, response

from archiver.archive import Archive
from archiver.capture.content_coding import DecodedBody
from archiver.capture.fetch import Fetcher

HTML = ("Content-Type", "text/html; charset=utf-8")
WORDS = "The harbour handled 41,000 containers in March, the port authority said"
PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        + b"".join(b"<p>Paragraph %d: %s.</p>" % (i, WORDS.encode()) for i in range(6))
        + b"</article></body></html>")
OTHER = PAGE.replace(b"harbour", b"airport").replace(b"Harbour", b"Airport")
#: more than the inflate limit the tests set (100,000 bytes) once decoded, all of it after the page's beginning
PADDING = b"<!--" + b" " * 300_000 + b"-->"


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


def _commit(store, url, exchange):
    with Archive.open(store) as arc:
        return arc.record_exchange(url, exchange)


def test_the_fetch_hands_its_reading_of_the_final_body_on_with_the_exchange(site):
    site.routes["/p"] = lambda h: chunked("200 OK", [HTML, ("Content-Encoding", "gzip")],
                                          [gzip.compress(PAGE, mtime=0)])
    exchange = Fetcher().fetch(site.url("/p"))
    assert exchange.final_body is not None and exchange.final_body.hop is exchange.final
    assert exchange.final_body.decoded == DecodedBody(PAGE)


def test_a_commit_from_the_fetchs_reading_keeps_what_a_commit_reading_the_response_again_keeps(site, tmp_path,
                                                                                              key_dir):
    site.routes["/p"] = lambda h: gzipped("200 OK", [HTML], PAGE)
    exchange = Fetcher().fetch(site.url("/p"))
    handed = _commit(tmp_path / "a", site.url("/p"), exchange)
    again = _commit(tmp_path / "b", site.url("/p"), exchange._replace(final_body=None))
    assert handed.article is not None and WORDS in handed.article["text"]
    assert handed.article == again.article
    assert handed.payload_digest == again.payload_digest


def test_the_commit_extracts_from_the_reading_it_is_handed(site, tmp_path, key_dir):
    site.routes["/p"] = lambda h: gzipped("200 OK", [HTML], PAGE)
    exchange = Fetcher().fetch(site.url("/p"))
    assert exchange.final_body is not None
    told = exchange._replace(final_body=exchange.final_body._replace(decoded=DecodedBody(OTHER)))
    assert "airport" in _commit(tmp_path / "s", site.url("/p"), told).article["text"]


def test_a_reading_made_under_another_inflate_limit_is_not_used(site, tmp_path, key_dir, monkeypatch):
    site.routes["/p"] = lambda h: gzipped("200 OK", [HTML], PAGE)
    exchange = Fetcher().fetch(site.url("/p"))
    assert exchange.final_body is not None
    told = exchange._replace(final_body=exchange.final_body._replace(decoded=DecodedBody(OTHER)))
    monkeypatch.setenv("ARCHIVER_LIMIT_MAX_INFLATED_BYTES", "500000")
    assert "harbour" in _commit(tmp_path / "s", site.url("/p"), told).article["text"]


def test_a_reading_of_another_hop_is_not_used(site, tmp_path, key_dir):
    site.routes["/p"] = lambda h: gzipped("200 OK", [HTML], PAGE)
    site.routes["/q"] = lambda h: gzipped("200 OK", [HTML], OTHER)
    exchange = Fetcher().fetch(site.url("/p"))
    other = Fetcher().fetch(site.url("/q"))
    assert "harbour" in _commit(tmp_path / "s", site.url("/p"),
                                exchange._replace(final_body=other.final_body)).article["text"]


def test_a_body_past_the_inflate_limit_commits_the_error_a_second_reading_finds(site, tmp_path, key_dir,
                                                                                  monkeypatch):
    monkeypatch.setenv("ARCHIVER_LIMIT_MAX_INFLATED_BYTES", "100000")
    site.routes["/p"] = lambda h: gzipped("200 OK", [HTML], PAGE + PADDING)
    exchange = Fetcher().fetch(site.url("/p"))
    handed = _commit(tmp_path / "a", site.url("/p"), exchange)
    again = _commit(tmp_path / "b", site.url("/p"), exchange._replace(final_body=None))
    assert handed.article is None and handed.extraction_error
    assert "inflate limit" in handed.extraction_error
    assert handed.extraction_error == again.extraction_error


def test_a_refresh_at_the_start_of_a_body_past_the_inflate_limit_is_still_followed(site, monkeypatch):
    monkeypatch.setenv("ARCHIVER_LIMIT_MAX_INFLATED_BYTES", "100000")
    forwarder = b"<html><head><meta http-equiv='refresh' content='0; url=/p'><title>Moved</title></head><body>"
    site.routes["/old"] = lambda h: gzipped("200 OK", [HTML], forwarder + PADDING + b"</body></html>")
    site.routes["/p"] = lambda h: response("200 OK", [HTML], PAGE)
    exchange = Fetcher().fetch(site.url("/old"))
    assert [h.url for h in exchange.hops] == [site.url("/old"), site.url("/p")]
