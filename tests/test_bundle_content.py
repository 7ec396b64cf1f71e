"""verify-bundle holds a bundle's records and pages to the signed log (review: trust findings F3, F4).

The attacker here holds the bundle's WACZ key but not the log's key: they can change any file
and re-sign ``datapackage.json`` (:func:`bundles.resign`), never add a proven log entry. Before,
such a bundle verified (exit 0) with a WARC record added under the id of a captured response (a
replay tool showed it as the newest capture of the page), with a record no entry names (one
``W_BUNDLE`` warning), and with a page's URL, time or title rewritten in ``pages/pages.jsonl``
(which replay tools list as the bundle's pages). Now each fails (exit 1), and genuine exports
of every kind (plain, with quotes, corrected, imported) carry no such record and no warning.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from bundles import members, resign
from conftest import run_cli
from servers import Site, html_page, response
from stores import build_template, copy_store
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver.export.cdxj import cdxj_text

PAGES = "pages/pages.jsonl"
INDEX = "indexes/index.cdx"
NEWS = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
        b"</article></body></html>")
FERRY = (b"<html><head><title>Ferry times</title></head><body><article><h1>Ferry times</h1>"
         b"<p>The morning ferry leaves at seven and the last one returns at eleven at night.</p>"
         b"</article></body></html>")
FORGED = (b"<html><head><title>Harbour closed</title></head><body><article><h1>Harbour closed</h1>"
          b"<p>The harbour will never reopen, the port authority promised on Tuesday.</p>"
          b"</article></body></html>")
QUOTE = "The harbour handled 41,000 containers in March"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Two captures (the second through a redirect), a quote verified on the first, and their
    bundle exported with that verification; the store, the key folder and the log key."""
    root = tmp_path_factory.mktemp("bundle-content")
    site = Site()
    site.routes["/news"] = html_page(NEWS)
    site.routes["/ferry"] = html_page(FERRY)
    site.routes["/old-ferry"] = lambda h: response("301 Moved Permanently", [("Location", "/ferry")])
    try:
        news, ferry = build_template(root, lambda arc: (arc.capture(site.url("/news")),
                                                        arc.capture(site.url("/old-ferry"))))
    finally:
        site.close()
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    assert run_cli("verify-quote", QUOTE, "--capture", news.capture_id, store=root / "store", env=env).returncode == 0
    bundle = root / "b.wacz"
    proc = run_cli("export", news.capture_id, ferry.capture_id, "--with-quotes", "all", "-o", str(bundle),
                   store=root / "store", env=env)
    assert proc.returncode == 0, proc.stderr
    return {"bundle": bundle, "keys": root / "keys", "key": root / "store" / "provenance" / "log.pub",
            "store": root / "store", "env": env, "news": news, "ferry": ferry, "root": root}


def _verify(path: Path, key: Path) -> tuple[int, dict[str, Any]]:
    proc = run_cli("verify-bundle", str(path), "--key", str(key), "--json")
    assert "Traceback" not in proc.stderr, proc.stderr[-800:]
    return proc.returncode, json.loads(proc.stdout)


def _failed(code: int, doc: dict[str, Any]) -> list[str]:
    assert code == 1 and doc["verdict"] == "failed", (doc["verdict"], doc["warnings"])
    return [p["message"] for p in doc["problems"]]


def _records(bundle: Path) -> list[tuple[str, str, str | None]]:
    """(type, record id, target URI) of every record in the bundle's WARC members."""
    from warcio.archiveiterator import ArchiveIterator

    out = []
    for name, data in members(bundle).items():
        if name.startswith("archive/"):
            for rec in ArchiveIterator(io.BytesIO(data)):
                out.append((rec.rec_type, rec.rec_headers.get_header("WARC-Record-ID"),
                            rec.rec_headers.get_header("WARC-Target-URI")))
    return out


def _response_record(url: str, body: bytes, date: str, record_id: str | None = None) -> bytes:
    """One gzipped WARC response record as another tool writes it (warcio)."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True, warc_version="WARC/1.1")
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                            protocol="HTTP/1.1")
    headers = {"WARC-Date": date, **({"WARC-Record-ID": record_id} if record_id else {})}
    w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                        warc_headers_dict=headers))
    return buf.getvalue()


def _with_added_warc(made: dict[str, Any], tmp_path: Path, warc: bytes) -> Path:
    """The bundle with ``archive/0000.warc.gz`` added (listed first by name), its index rebuilt
    over every WARC so a replay tool finds the added record, and re-signed with the WACZ key."""
    files = members(made["bundle"])
    files["archive/0000.warc.gz"] = warc
    folder = tmp_path / "archive"
    folder.mkdir()
    for name, data in files.items():
        if name.startswith("archive/"):
            (folder / Path(name).name).write_bytes(data)
    index = cdxj_text(sorted(folder.iterdir()), root=folder).encode()
    return resign(made["bundle"], tmp_path / "doctored.wacz", {"archive/0000.warc.gz": warc, INDEX: index},
                  made["keys"])


def _page_lines(bundle: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in members(bundle)[PAGES].decode().splitlines()]


def _with_pages(made: dict[str, Any], tmp_path: Path, lines: list[dict[str, Any]]) -> Path:
    data = "".join(json.dumps(x) + "\n" for x in lines).encode()
    return resign(made["bundle"], tmp_path / "pages.wacz", {PAGES: data}, made["keys"])


def _page_of(lines: list[dict[str, Any]], capture_id: str) -> dict[str, Any]:
    return next(x for x in lines if x.get("id") == capture_id)


# ------------------------------------------------------------------ the genuine bundle


def test_the_genuine_bundle_verifies_with_no_warning(made):
    code, doc = _verify(made["bundle"], made["key"])
    assert code == 0 and doc["verdict"] == "verified", doc["problems"]
    assert doc["warnings"] == []


def test_a_plain_export_verifies_with_no_warning(one_page_bundle):
    code, doc = _verify(one_page_bundle["bundle"], one_page_bundle["key"])
    assert code == 0 and doc["verdict"] == "verified" and doc["warnings"] == [], doc["problems"]


def test_re_signing_the_genuine_files_with_the_wacz_key_alone_still_verifies(made, tmp_path):
    """The attacker's re-signing is sound by itself: what the tests below change is what fails."""
    code, doc = _verify(resign(made["bundle"], tmp_path / "same.wacz", {}, made["keys"]), made["key"])
    assert code == 0 and doc["warnings"] == [], doc["problems"]


# ------------------------------------------------------------------ F3: records


@pytest.mark.parametrize("where", ["same URL, later", "another URL"])
def test_a_record_added_under_the_id_of_a_captured_response_fails(made, tmp_path, where):
    rid = next(r for t, r, u in _records(made["bundle"]) if t == "response" and u == made["news"].url)
    url = made["news"].url if where == "same URL, later" else made["news"].url.replace("/news", "/closed")
    doctored = _with_added_warc(made, tmp_path, _response_record(url, FORGED, "2030-01-01T00:00:00Z", rid))
    problems = _failed(*_verify(doctored, made["key"]))
    assert any(rid in p and "twice" in p for p in problems), problems


def test_a_record_no_proven_entry_names_fails_a_bundle_of_ours(made, tmp_path):
    doctored = _with_added_warc(made, tmp_path, _response_record(
        made["news"].url, FORGED, "2030-01-01T00:00:00Z", "<urn:uuid:11111111-2222-3333-4444-555555555555>"))
    problems = _failed(*_verify(doctored, made["key"]))
    assert any("urn:uuid:11111111-2222-3333-4444-555555555555" in p and "no log entry" in p
               for p in problems), problems


# ------------------------------------------------------------------ F4: pages


@pytest.mark.parametrize("field,value", [
    ("url", "https://city.example.gov/press/harbour"),
    ("ts", "2019-01-01T00:00:00Z"),
    ("title", "Harbour closed for good, authority says"),
])
def test_a_page_whose_field_was_rewritten_fails(made, tmp_path, field, value):
    lines = _page_lines(made["bundle"])
    _page_of(lines, made["news"].capture_id)[field] = value
    problems = _failed(*_verify(_with_pages(made, tmp_path, lines), made["key"]))
    assert any(made["news"].capture_id in p and field in p and value in p for p in problems), problems


def test_a_page_with_url_time_and_title_rewritten_together_fails(made, tmp_path):
    """The reviewer's bundle: every field a replay tool lists, rewritten at once."""
    lines = _page_lines(made["bundle"])
    _page_of(lines, made["news"].capture_id).update(
        url="https://city.example.gov/press/harbour", ts="2019-01-01T00:00:00Z", title="Harbour closed")
    assert len(_failed(*_verify(_with_pages(made, tmp_path, lines), made["key"]))) >= 3


@pytest.mark.parametrize("field,value", [("origin", "imported"), ("text_sha256", "sha256:" + "0" * 64),
                                         ("corrected", ["title"])])
def test_a_page_whose_other_stated_field_was_rewritten_fails(made, tmp_path, field, value):
    lines = _page_lines(made["bundle"])
    _page_of(lines, made["news"].capture_id)[field] = value
    problems = _failed(*_verify(_with_pages(made, tmp_path, lines), made["key"]))
    assert any(made["news"].capture_id in p and field in p for p in problems), problems


def test_a_page_naming_its_captures_requested_url_or_another_form_of_it_verifies(made, tmp_path):
    """A page's URL is held to its capture's in wire form (``same_url``): the URL that was asked
    for (before the redirect), or the final one with the host in capitals, is the same page."""
    lines = _page_lines(made["bundle"])
    _page_of(lines, made["ferry"].capture_id)["url"] = made["ferry"].url
    news = _page_of(lines, made["news"].capture_id)
    news["url"] = news["url"].replace("http://127.0.0.1", "HTTP://127.0.0.1")
    code, doc = _verify(_with_pages(made, tmp_path, lines), made["key"])
    assert code == 0 and doc["warnings"] == [], doc["problems"]


def test_a_page_added_for_no_capture_of_the_bundle_fails(made, tmp_path):
    lines = _page_lines(made["bundle"])
    lines.append({**_page_of(lines, made["news"].capture_id), "id": "01aaaaaaaaaaaaaaaa", "title": "Harbour closed"})
    problems = _failed(*_verify(_with_pages(made, tmp_path, lines), made["key"]))
    assert any("01aaaaaaaaaaaaaaaa" in p for p in problems), problems


def test_a_second_page_for_one_capture_fails(made, tmp_path):
    lines = _page_lines(made["bundle"])
    lines.append({**_page_of(lines, made["news"].capture_id), "title": "Harbour closed"})
    problems = _failed(*_verify(_with_pages(made, tmp_path, lines), made["key"]))
    assert any(made["news"].capture_id in p and "twice" in p for p in problems), problems


# ------------------------------------------------------------------ genuine exports of every kind


def test_a_corrected_title_is_the_page_title_and_the_bundle_verifies_with_no_warning(made, tmp_path):
    store, keys = tmp_path / "store", tmp_path / "keys"
    copy_store(made["root"], store, keys)  # (its key folder's record names the copy: appended to as its own)
    env = {"ARCHIVER_KEY_DIR": str(keys)}
    cid = made["news"].capture_id
    fixed = run_cli("correct", cid, "--title", "Harbour report for March", "--reason", "the printed title",
                    store=store, env=env)
    assert fixed.returncode == 0, fixed.stderr
    bundle = tmp_path / "corrected.wacz"
    assert run_cli("export", cid, "-o", str(bundle), store=store, env=env).returncode == 0
    assert _page_of(_page_lines(bundle), cid)["title"] == "Harbour report for March"
    code, doc = _verify(bundle, made["key"])
    assert code == 0 and doc["warnings"] == [], doc["problems"]
    lines = _page_lines(bundle)
    _page_of(lines, cid)["title"] = "Harbour report"  # the extracted title, which the correction replaced
    problems = _failed(*_verify(resign(bundle, tmp_path / "uncorrected.wacz",
                                       {PAGES: "".join(json.dumps(x) + "\n" for x in lines).encode()}, keys),
                                made["key"]))
    assert any("title" in p for p in problems), problems


def test_an_export_of_imported_captures_verifies_with_no_warning(tmp_path):
    foreign = Path(__file__).parent / "data" / "import" / "browsertrix-3-pages.wacz"
    store, env = tmp_path / "store", {"ARCHIVER_KEY_DIR": str(tmp_path / "keys")}
    imported = run_cli("import", str(foreign), "--json", store=store, env=env)
    assert imported.returncode == 0, imported.stderr
    ids = [c["capture_id"] for c in json.loads(imported.stdout)["captures"]]
    bundle = tmp_path / "imported.wacz"
    assert run_cli("export", *ids, "-o", str(bundle), store=store, env=env).returncode == 0
    code, doc = _verify(bundle, store / "provenance" / "log.pub")
    assert code == 0 and doc["warnings"] == [], doc["problems"]
    assert {c["origin"] for c in doc["captures"]} == {"imported"}


# ------------------------------------------------------------------ the package's main page


@pytest.mark.parametrize("field,value", [("mainPageURL", "https://city.example.gov/press/harbour"),
                                         ("mainPageDate", "2019-01-01T00:00:00Z")])
def test_a_main_page_rewritten_in_the_data_package_fails(one_page_bundle, tmp_path, field, value):
    """A one-capture bundle names its page as the package's main page, which ReplayWeb.page opens
    first: it is held to the capture's URL and logged time like the page itself."""
    package = json.loads(members(one_page_bundle["bundle"])["datapackage.json"])
    assert package[field]  # the export names it
    package[field] = value
    doctored = resign(one_page_bundle["bundle"], tmp_path / "main.wacz",
                      {"datapackage.json": json.dumps(package, indent=2).encode()}, one_page_bundle["keys"])
    problems = _failed(*_verify(doctored, one_page_bundle["key"]))
    assert any(field in p and value in p for p in problems), problems
