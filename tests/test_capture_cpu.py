"""Work cut from a capture's hot path gives exactly what the slower path gave.

* :func:`archiver.core.canonical.canonical_json` (the extraction record, the metadata digest,
  the manifest, the TLS record) writes the bytes ``rfc8785.dumps`` writes, and refuses what it
  refuses;
* :func:`archiver.capture.fetch.validate_url` reads the URL ``requests`` would send from its URL
  preparation alone, and remembers the URLs it accepted;
* the normaliser (the text index's, and the quote engine's) finds its special characters by a
  scan that skips plain text in C, and finds exactly the matches it found before.
"""

from __future__ import annotations

import math
import random
import struct
from pathlib import Path
from typing import Any

import pytest
import requests
import rfc8785
from shipped_pages import PAGES

from archiver.capture.fetch import _prepared_url, _validated, validate_url
from archiver.core.canonical import canonical_json
from archiver.errors import InvalidURLError
from archiver.extract import extract
from archiver.quotes.normalize import _guarded_matches, _pattern

VALUES: list[Any] = [
    None, True, False, 0, -1, 2**53 - 1, -(2**53) + 1, "", "plain",
    "quote \" backslash \\ slash / controls \x00\x01\x08\t\n\x0b\x0c\r\x1f del \x7f",
    "curly “quotes” — dash, no-break\u00a0space, line\u2028separator, e\u0301, 中文, 😀",
    [], {}, [1, "a", None, [True, {"b": []}]], ("tuple", 1),
    {"b": 1, "a": 2, "A": 3, "_": 4, "a_b": 5, "aa": 6},
    # integral floats (a manifest's timeouts) and the edge of the safe range
    10.0, -0.0, 0.0, 120.0, float(2**53 - 1), {"connect_timeout": 10.0, "read_timeout": 30.0},
    # floats without an exponent (an author's backing score), at the edges of that range too
    0.5, 0.9821, -0.25, 123.456, 0.0001, 0.00012, -0.0001, 1234567890123.5, 9999999999999998.0 - 0.5,
    1e15 + 0.5, {"author_support": [{"backing": 0.9821, "name": "Jane Doe"}]},
    # what only the reference implementation writes
    1e21, 1e-7, 1e-5, 9.99e-5, 1e16 + 2, 1.5e16, -2.5e-5, float(2**53), -float(2**53 + 2),
    {"\ue000": 1, "\U0001f600": 2, "z": 3},  # UTF-16 order differs from code point order
    {"é": 1, "e": 2},
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_canonical_json_writes_the_bytes_of_rfc8785(value: Any):
    assert canonical_json(value) == rfc8785.dumps(value)


def test_canonical_json_writes_every_finite_floats_bytes_as_rfc8785():
    rng = random.Random(13)
    floats = [struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0] for _ in range(20_000)]
    floats += [round(rng.uniform(-1, 1) * 10 ** rng.randint(-8, 22), rng.randint(0, 12)) for _ in range(20_000)]
    floats = [f for f in floats if math.isfinite(f)]
    assert [canonical_json(f) for f in floats] == [rfc8785.dumps(f) for f in floats]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "lone \ud800 surrogate", {"k": "\udfff"}, {1: "int key"},
                                   2**53, -(2**53), 10**30, {"nested": [{1, 2}]}], ids=repr)
def test_canonical_json_refuses_what_rfc8785_refuses(value: Any):
    with pytest.raises(Exception) as reference:  # noqa: PT011 - the same class, whatever it is
        rfc8785.dumps(value)
    with pytest.raises(reference.type):
        canonical_json(value)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_extraction_record_bytes_are_rfc8785_of_the_article(page: Path):
    article = extract(page.read_bytes(), url=f"https://example.org/{page.stem}", content_type="text/html")
    assert article.to_json_bytes() == rfc8785.dumps(article.to_dict())


URLS = ["http://a:1\\@b:1/", "http://example.org", "https://ex.org/a b?c=d#e", "http://ünïcode.example/päth?q=ü",
        "http://user:pw@host:8080/x", "HTTP://EXAMPLE.ORG/", "http://[::1]:80/", "http://*.x.org/", "http://.x.org",
        "https://xn--nxasmq6b.com/", "http://127.0.0.1:8080/a/../b/%7e?x=%zz", "http://a.org/%", "http://a.org:0/",
        "http:///path", "http://exa mple.org/", "https://example.org/?q=1&r=2"]


def _outcome(fn: Any, url: str) -> tuple[str, str]:
    try:
        return "ok", str(fn(url))
    except Exception as exc:  # noqa: BLE001 - the outcome compared is the exception
        return type(exc).__name__, str(exc)


@pytest.mark.parametrize("url", URLS)
def test_prepared_url_is_the_url_of_requests_full_preparation(url: str):
    assert _outcome(_prepared_url, url) == _outcome(lambda u: requests.Request("GET", u).prepare().url, url)


def test_validate_url_remembers_an_accepted_url():
    url = "http://127.0.0.1:9/remembered-once"
    first = validate_url(url)
    hits = _validated.cache_info().hits
    assert validate_url(url) == first == url
    assert _validated.cache_info().hits == hits + 1


def test_validate_url_refuses_a_bad_url_every_time():
    for _ in range(2):
        with pytest.raises(InvalidURLError):
            validate_url("http://a:1\\@b:1/")
    with pytest.raises(InvalidURLError):
        validate_url(["not", "a", "string"])  # type: ignore[arg-type]  # unhashable: refused, not a TypeError


def _normalizer_texts() -> list[str]:
    """The sample pages' texts, and short strings made of the characters the normaliser's
    guard and patterns treat specially (seeded, so every run checks the same ones)."""
    texts = []
    for page in PAGES:
        article = extract(page.read_bytes(), url=f"https://example.org/{page.stem}", content_type="text/html")
        texts += [article.text, article.page_text]
    alphabet = [*" \n\t\r\u00a0\u202f-–—−()[]«»‹›;:?!aAé1.,\u2011\u00ad\u200bxyz", "sic", "(sic)", " - ", "«  ", "‹ ", "-\n"]
    rng = random.Random(13)
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    return texts


def test_guarded_normaliser_scan_finds_the_matches_of_finditer():
    texts = _normalizer_texts()  # (made once: each pattern is asked about the same texts)
    for pattern in (_pattern(asides=False, combining=False), _pattern(asides=True, combining=False)):
        for text in texts:
            expected = [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
            assert [(m.span(), m.lastgroup) for m in _guarded_matches(pattern, text)] == expected, text
