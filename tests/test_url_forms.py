"""One URL written two ways is one URL, in every look-up.

A capture keeps the URL as the user typed it (maybe an IRI: ``/café?q=ü``); its records name the
RFC 3986 form the request sent (``/caf%C3%A9?q=%C3%BC``); a Markdown reader hands ``check`` the
encoded form; an imported copy is named by its record's URL. Every look-up by URL (``list --url``,
``history``, ``verify-quote --url``, ``check``, ``recapture``, the log's captures the index
lacks) and every "same page?" test (``diff``, ``verify-bundle``'s pages check, import's search
for a revisit's original, a browser capture's search for its page among Chromium's requests)
compares the two in one form (:func:`archiver.capture.fetch.same_url`), and shows the URL as it
was typed. Hosts are tested at the function level (loopback has no IDN name).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import DATA, run_cli
from servers import Site, response

from archiver.capture.fetch import same_url, wire_uri

SENTENCE = "The café on the corner kept its prices for the whole of the winter season"
PAGE = ("<html><head><title>Café notes</title></head><body><article>"
        + f"<p>{SENTENCE}, and nobody in the street complained about it at all.</p>" * 5
        + "</article></body></html>").encode()


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    """A store with one capture of a page typed as an IRI (path and query non-ASCII, a
    fragment), and a second store with a capture of the same page typed in its wire form (the
    page stays served for the module's tests)."""
    root = tmp_path_factory.mktemp("urlforms")
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    site = Site()
    site.routes["/caf%C3%A9"] = lambda h: response("200 OK", [("Content-Type", "text/html; charset=utf-8")], PAGE)
    typed = site.url("/café?q=ü#p")
    wire = wire_uri(typed)
    try:
        iri_store, wire_store = root / "iri", root / "wire"
        assert run_cli("archive", typed, store=iri_store, env=env).exit_code == 0
        assert run_cli("archive", wire, store=wire_store, env=env).exit_code == 0
        assert wire.endswith("/caf%C3%A9?q=%C3%BC")
        yield {"typed": typed, "wire": wire, "iri": iri_store, "wire_store": wire_store, "env": env, "root": root}
    finally:
        site.close()


def _own_store(tmp_path: Path, forms: dict[str, object]) -> Path:
    """A store of this test's own (signed with its own key) holding a capture of the IRI."""
    store = tmp_path / "store"
    assert run_cli("archive", str(forms["typed"]), store=store).exit_code == 0
    return store


def _ids(store: Path, *args: str) -> list[str]:
    proc = run_cli("list", "--json", *args, store=store)
    assert proc.exit_code == 0, proc.stderr
    return [c["capture_id"] for c in json.loads(proc.stdout)]


# ------------------------------------------------------------------ the comparison itself


@pytest.mark.parametrize(("a", "b"), [
    ("https://bücher.example/café?q=ü#p", "https://xn--bcher-kva.example/caf%C3%A9?q=%C3%BC"),
    ("HTTPS://Bücher.EXAMPLE/caf%c3%a9", "https://xn--bcher-kva.example/caf%C3%A9"),
    ("http://127.0.0.1:8000/café", "http://127.0.0.1:8000/caf%C3%A9#section"),
    ("https://example.com", "https://example.com/"),
    ("http://user:pw@a.example/x", "http://a.example/x"),
])
def test_an_iri_and_its_rfc_3986_form_are_the_same_url(a, b):
    assert same_url(a, b) and same_url(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("https://bücher.example/café", "https://bucher.example/café"),
    ("https://a.example/café", "https://a.example/cafe"),
    ("https://a.example/x?q=ü", "https://a.example/x?q=u"),
    ("https://a.example/Path", "https://a.example/path"),
    ("http://a.example/x", "https://a.example/x"),
])
def test_urls_that_ask_for_different_things_are_not_the_same(a, b):
    assert not same_url(a, b)


@pytest.mark.parametrize(("typed", "requested"), [
    ("http://127.0.0.1:80/café?q=ü#p", "http://127.0.0.1/caf%C3%A9?q=%C3%BC"),
    ("https://Bücher.example:443/café", "https://xn--bcher-kva.example/caf%C3%A9"),
])
def test_the_page_a_browser_capture_waits_for_is_named_as_chromium_requests_it(typed, requested):
    from archiver.capture.browser import browser_form

    assert browser_form(typed) == requested


# ------------------------------------------------------------------ look-ups in one store


def test_list_url_finds_a_capture_typed_as_an_iri_by_its_encoded_form_and_shows_it_as_typed(forms):
    proc = run_cli("list", "--json", "--url", str(forms["wire"]), store=forms["iri"])
    [capture] = json.loads(proc.stdout)
    assert capture["url"] == forms["typed"]


def test_list_url_finds_a_capture_typed_encoded_by_its_iri(forms):
    assert len(_ids(forms["wire_store"], "--url", str(forms["typed"]))) == 1


def test_history_finds_a_capture_typed_as_an_iri_by_its_encoded_form(forms):
    proc = run_cli("history", str(forms["wire"]), "--json", store=forms["iri"], env=forms["env"])
    assert proc.exit_code == 0, proc.stderr
    assert len(json.loads(proc.stdout)["captures"]) == 1


def test_verify_quote_url_finds_a_capture_typed_as_an_iri_by_its_encoded_form(forms):
    proc = run_cli("verify-quote", SENTENCE, "--url", str(forms["wire"]), "--json", store=forms["iri"], env=forms["env"])
    assert proc.exit_code == 0, proc.stderr
    assert json.loads(proc.stdout)["verdict"] == "exact"


def test_check_of_a_markdown_manuscript_finds_a_capture_typed_as_an_iri(forms, tmp_path):
    """markdown-it hands the link over percent-encoded; the capture was typed as an IRI."""
    paper = tmp_path / "paper.md"
    link = str(forms["typed"]).partition("#")[0]
    paper.write_text(f'The owner said "{SENTENCE}" ([source]({link})).\n', encoding="utf-8")
    proc = run_cli("check", str(paper), "--json", store=forms["iri"], env=forms["env"])
    assert proc.stdout, proc.stderr
    [quote] = json.loads(proc.stdout)["quotes"]
    assert quote["status"] == "exact", quote


def test_recapture_of_the_encoded_form_compares_with_the_capture_typed_as_an_iri(forms, tmp_path):
    store = _own_store(tmp_path, forms)
    [previous] = _ids(store)
    proc = run_cli("recapture", str(forms["wire"]), "--json", store=store)
    doc = json.loads(proc.stdout)
    assert doc["previous_capture_id"] == previous and doc["changed"] is False, doc


def test_a_diff_of_captures_typed_two_ways_is_a_diff_of_one_page(forms, tmp_path):
    store = _own_store(tmp_path, forms)
    assert run_cli("archive", str(forms["wire"]), store=store).exit_code == 0
    newest, previous = _ids(store)
    proc = run_cli("diff", previous, newest, store=store)
    assert "DIFFERENT pages" not in proc.stdout, proc.stdout
    doc = json.loads(run_cli("diff", previous, newest, "--json", store=store).stdout)
    assert doc["same_page"] is True and doc["response"] == [], doc["response"]


# ------------------------------------------------------------------ an imported copy


@pytest.fixture(scope="module")
def imported(forms: dict[str, object]) -> Path:
    """The IRI capture exported as a bundle and imported into a new store."""
    root = forms["root"]
    assert isinstance(root, Path)
    [cid] = _ids(forms["iri"])
    bundle = root / "iri.wacz"
    assert run_cli("export", cid, "-o", str(bundle), store=forms["iri"], env=forms["env"]).exit_code == 0
    other = root / "imported"
    proc = run_cli("import", str(bundle), store=other, env=forms["env"])
    assert proc.exit_code == 0, proc.stderr
    return other


def test_history_finds_an_imported_copy_of_an_iri_capture_by_the_typed_iri(forms, imported):
    proc = run_cli("history", str(forms["typed"]), "--json", store=imported, env=forms["env"])
    assert proc.exit_code == 0, proc.stderr
    assert len(json.loads(proc.stdout)["captures"]) == 1


def test_verify_quote_url_finds_an_imported_copy_of_an_iri_capture_by_the_typed_iri(forms, imported):
    proc = run_cli("verify-quote", SENTENCE, "--url", str(forms["typed"]), "--json", store=imported, env=forms["env"])
    assert proc.exit_code == 0, proc.stderr
    assert json.loads(proc.stdout)["verdict"] == "exact"


# ------------------------------------------------------------------ an index made before


def _drop_key_columns(store: Path) -> None:
    db = sqlite3.connect(store / "index.sqlite3")
    try:
        have = {r[1] for r in db.execute("PRAGMA table_info(captures)")}
        for name in ("captures_url_key", "captures_final_url_key"):
            db.execute(f"DROP INDEX IF EXISTS {name}")
        for column in ("url_key", "final_url_key"):
            if column in have:
                db.execute(f"ALTER TABLE captures DROP COLUMN {column}")
        db.execute("UPDATE meta SET value='2' WHERE key='schema'")
        db.commit()
    finally:
        db.close()


def test_an_index_made_before_the_url_keys_is_searched_by_either_form_read_only(forms, tmp_path):
    store = _own_store(tmp_path, forms)
    _drop_key_columns(store)
    before = (store / "index.sqlite3").read_bytes()
    assert len(_ids(store, "--url", str(forms["wire"]))) == 1
    assert (store / "index.sqlite3").read_bytes() == before  # reading never writes


def test_an_index_made_before_the_url_keys_gains_them_when_written_and_at_reindex(forms, tmp_path):
    from archiver.store.index import SCHEMA_VERSION, SqliteIndex

    store = _own_store(tmp_path, forms)
    _drop_key_columns(store)
    SqliteIndex(store / "index.sqlite3").close()  # opened for writing: the columns added and filled
    db = sqlite3.connect(store / "index.sqlite3")
    try:
        assert db.execute("SELECT url_key FROM captures").fetchall() == [(forms["wire"],)]
        assert db.execute("SELECT value FROM meta WHERE key='schema'").fetchone() == (str(SCHEMA_VERSION),)
    finally:
        db.close()
    _drop_key_columns(store)
    assert run_cli("reindex", store=store).exit_code == 0
    assert len(_ids(store, "--url", str(forms["wire"]))) == 1


# ------------------------------------------------------------------ another tool's bundle


def _foreign_with_page(tmp_path: Path, url: str) -> Path:
    """The browsertrix fixture with its first page listed under ``url`` (datapackage.json's hash
    of pages.jsonl updated; its unsigned digest file left out, so nothing is altered)."""
    import hashlib

    src_path = DATA / "import" / "browsertrix-3-pages.wacz"
    out = tmp_path / "foreign.wacz"
    with zipfile.ZipFile(src_path) as src, zipfile.ZipFile(out, "w") as dst:
        pages = src.read("pages/pages.jsonl").replace(b'"https://city.example/ferry"', json.dumps(url).encode())
        package = json.loads(src.read("datapackage.json"))
        for res in package["resources"]:
            if res["path"] == "pages/pages.jsonl":
                res["hash"], res["bytes"] = "sha256:" + hashlib.sha256(pages).hexdigest(), len(pages)
        for info in src.infolist():
            if info.filename == "datapackage-digest.json":
                continue
            data = {"pages/pages.jsonl": pages, "datapackage.json": json.dumps(package).encode()}.get(
                info.filename, src.read(info))
            dst.writestr(info, data)
    return out


def test_verify_bundle_takes_a_foreign_page_listed_in_another_form_for_its_record(tmp_path):
    bundle = _foreign_with_page(tmp_path, "HTTPS://City.Example/ferry#top")
    report = json.loads(run_cli("verify-bundle", str(bundle), "--json", store=tmp_path / "s").stdout)
    assert report["problems"] == []
    assert not [w for w in report["warnings"] if "pages/pages.jsonl lists" in str(w)], report["warnings"]


def test_verify_bundle_still_warns_of_a_foreign_page_without_a_record(tmp_path):
    bundle = _foreign_with_page(tmp_path, "https://city.example/ferry-boat")
    report = json.loads(run_cli("verify-bundle", str(bundle), "--json", store=tmp_path / "s").stdout)
    assert [w for w in report["warnings"] if "pages/pages.jsonl lists https://city.example/ferry-boat" in str(w)]


# ------------------------------------------------------------------ a browser capture's screenshot


@pytest.mark.skipif(shutil.which("chromium") is None and shutil.which("chromium-browser") is None,
                    reason="no Chromium on PATH (Debian package 'chromium'): browser capture tests skipped")
def test_the_screenshot_of_a_browser_capture_of_an_iri_names_the_url_as_typed(forms, tmp_path):
    store = tmp_path / "store"
    proc = run_cli("archive", "--browser", str(forms["typed"]), "--json", store=store)
    assert proc.exit_code == 0, proc.stderr
    capture_id = json.loads(proc.stdout)["capture_id"]
    shot = run_cli("screenshot", capture_id, "-o", str(tmp_path / "page.png"), "--json", store=store)
    assert shot.exit_code == 0, shot.stderr
    assert json.loads(shot.stdout)["url"] == forms["typed"]


def test_history_of_the_encoded_form_says_the_index_lacks_a_capture_typed_as_an_iri(forms, tmp_path):
    """The log lists the capture under the IRI; its index row is gone (a crash, a hand edit)."""
    store = _own_store(tmp_path, forms)
    [capture_id] = _ids(store)
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        db.execute("DELETE FROM captures WHERE capture_id = ?", (capture_id,))
    db.close()
    proc = run_cli("history", str(forms["wire"]), store=store)
    assert proc.exit_code == 3 and capture_id in proc.stderr, proc.stderr


# ------------------------------------------------------------------ another tool's revisit


def test_a_revisit_naming_its_original_in_another_form_of_the_url_is_resolved_at_import(tmp_path):
    """The original record names the page as an IRI (as archiver wrote records before
    2026-11-30); a later tool's revisit refers to it by its percent-encoded form, by URI and
    date only (Heritrix style, no WARC-Refers-To)."""
    import importlib.util
    import io

    spec = importlib.util.spec_from_file_location("make_fixtures", DATA / "import" / "make_fixtures.py")
    mf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mf)
    out = io.BytesIO()
    w = mf._writer(out, "WARC/1.1")
    body = mf.page("Café", SENTENCE + ".")
    mf._record(w, "response", "https://news.example/café", mf._http("200 OK", "text/html", body),
               "application/http; msgtype=response",
               [("WARC-Record-ID", mf._rid(1)), ("WARC-Date", "2024-03-01T10:00:01Z")], payload=body)
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body)
    mf._record(w, "revisit", "https://news.example/caf%C3%A9", head, "application/http; msgtype=response",
               [("WARC-Record-ID", mf._rid(2)), ("WARC-Date", "2024-03-02T10:00:01Z"),
                ("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"),
                ("WARC-Refers-To-Target-URI", "https://news.example/caf%C3%A9"),
                ("WARC-Refers-To-Date", "2024-03-01T10:00:01Z")], payload=body)
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(out.getvalue())
    proc = run_cli("import", str(warc), "--json", store=tmp_path / "store")
    assert "not in this file" not in proc.stderr, proc.stderr
    assert len(json.loads(proc.stdout)["captures"]) == 2


# ------------------------------------------------------------------ the keys are a cache


def test_an_edited_url_key_does_not_make_a_capture_answer_for_another_url(forms, tmp_path):
    """The index is derived and untrusted: a key pointing at another URL (the row's URLs, which
    the evidence check holds against the log, left as they are) finds nothing."""
    store = _own_store(tmp_path, forms)
    other = "https://other.example/news"
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        db.execute("UPDATE captures SET url_key=?, final_url_key=?", (wire_uri(other), wire_uri(other)))
    db.close()
    proc = run_cli("verify-quote", SENTENCE, "--url", other, "--json", store=store)
    assert proc.exit_code == 2 and "no capture of https://other.example/news" in proc.stderr, proc.stdout
