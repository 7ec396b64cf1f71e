"""WARC-Target-URI names what the request asked for, as RFC 3986 wants, whatever URL was typed.

WARC 1.1 section 5.9: the URI "shall be properly escaped according to [RFC3986]". A user may type
an IRI (``café``, ``?q=ü``, a non-ASCII host) and a ``#fragment``; the request line carries the
percent-encoded path and no fragment, and replay tools look records up by that form. The capture's
own URL (list, show, citations) stays as the user typed it.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bundles import pin_bundle_key
from cli import run_cli
from servers import Site, response

from archiver.capture.fetch import wire_uri
from archiver.capture.warc import StoredRecord, iter_records

PAGE = ("<html><head><title>Café notes</title></head><body><article>"
        + "<p>The café on the corner kept its prices for the whole of the winter season.</p>" * 6
        + "</article></body></html>").encode()


@pytest.fixture(scope="module")
def iri_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A store holding one capture of an IRI with a fragment, reached through a UTF-8 redirect
    (its signing key beside it, in ``keys``)."""
    store = tmp_path_factory.mktemp("iri") / "store"
    site = Site()
    # The server sees the wire form; the redirect names its target in raw UTF-8, as servers do.
    site.routes["/start"] = lambda h: response("302 Found", [("Location", "/naïve?q=ü".encode().decode("latin-1"))])
    site.routes["/na%C3%AFve"] = lambda h: response("200 OK", [("Content-Type", "text/html; charset=utf-8")], PAGE)
    site.routes["/caf%C3%A9"] = lambda h: response("302 Found", [("Location", "/start")])
    typed = site.url("/café?x=ä#section-2")
    try:
        result = run_cli("archive", typed, store=store, env={"ARCHIVER_KEY_DIR": str(store.parent / "keys")})
    finally:
        site.close()
    assert result.exit_code == 0, result.stderr
    return store, typed


def _records(store: Path) -> list[StoredRecord]:
    return [r for p in sorted((store / "warcs").glob("*.warc.gz")) for r in iter_records(p)
            if isinstance(r, StoredRecord)]


def test_every_request_record_names_in_its_target_uri_exactly_the_target_its_request_line_sent(iri_store):
    store, _ = iri_store
    requests_ = [r for r in _records(store) if r.rec_type == "request"]
    assert len(requests_) == 3  # café -> start -> naïve
    for rec in requests_:
        target = rec.target_uri or ""
        request_line = rec.block.split(b"\r\n", 1)[0].decode("ascii")
        sent = request_line.split(" ")[1]
        parts = urlsplit(target)
        assert parts.path + (f"?{parts.query}" if parts.query else "") == sent


def test_no_target_uri_we_write_holds_a_non_ascii_character_a_space_or_a_fragment(iri_store):
    store, _ = iri_store
    targets = [r.target_uri for r in _records(store) if r.target_uri]
    assert targets
    for target in targets:
        assert target.isascii() and " " not in target and "#" not in target, target
    uris = {r.target_uri for r in _records(store) if r.rec_type == "response"}
    assert any(u.endswith("/caf%C3%A9?x=%C3%A4") for u in uris)
    assert any(u.endswith("/na%C3%AFve?q=%C3%BC") for u in uris)


def test_the_capture_keeps_the_url_the_user_typed_fragment_included(iri_store):
    store, typed = iri_store
    listed = json.loads(run_cli("list", "--json", store=store).stdout)
    assert [c["url"] for c in listed] == [typed]


def test_the_cdxj_index_files_the_page_under_the_url_a_browser_requests(iri_store, tmp_path):
    store, _ = iri_store
    copy = tmp_path / "store"
    import shutil

    shutil.copytree(store, copy)
    assert run_cli("cdxj", store=copy).exit_code == 0
    lines = (copy / "indexes" / "index.cdxj").read_text(encoding="utf-8").splitlines()
    keys = {line.split(" ", 1)[0] for line in lines}
    assert any(k.endswith(")/na%c3%afve?q=%c3%bc") for k in keys), keys
    assert all(k.isascii() for k in keys)


def test_a_bundle_of_an_iri_capture_imports_without_a_page_said_to_be_missing(iri_store, tmp_path):
    """pages.jsonl names the page as the capture does (the IRI); its records name the wire form:
    they are one page, and import says of none that it is missing."""
    store, _ = iri_store
    listed = json.loads(run_cli("list", "--json", store=store).stdout)
    bundle = tmp_path / "iri.wacz"
    keys = {"ARCHIVER_KEY_DIR": str(store.parent / "keys")}
    assert run_cli("export", listed[0]["capture_id"], "-o", str(bundle), store=store, env=keys).exit_code == 0
    pin_bundle_key(bundle)  # the recipient trusts its key
    result = run_cli("import", str(bundle), store=tmp_path / "other")
    assert result.exit_code == 0, result.stderr
    assert "pages/pages.jsonl lists" not in result.stderr


@pytest.mark.parametrize(("typed", "wire"), [
    ("http://127.0.0.1:8000/café?q=ü#frag", "http://127.0.0.1:8000/caf%C3%A9?q=%C3%BC"),
    ("https://bücher.example/a", "https://xn--bcher-kva.example/a"),
    ("HTTP://Example.COM", "http://example.com/"),
    ("http://user:secret@a.example/x#y", "http://a.example/x"),
    ("http://a.example/a|b", "http://a.example/a%7Cb"),
    ("http://a.example/?q=%C3%BC", "http://a.example/?q=%C3%BC"),
])
def test_wire_uri_is_the_prepared_request_url_without_credentials_or_fragment(typed, wire):
    assert wire_uri(typed) == wire
    assert wire_uri(wire) == wire  # a URI already in wire form is left as it is
