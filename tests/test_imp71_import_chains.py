"""An imported capture keeps the redirect and refresh chain its records hold, as a native capture shows it (imp71).

A native capture of ``/old`` (301) that lands on ``/mid``, which forwards its reader by a refresh of no delay, then
on ``/article``, records three hops: ``show`` names the chain, ``list`` and ``cite`` the URL requested. Until imp71
an import of the same exchange kept one hop, the article, as if it had been requested: our own bundle lost the chain
its log states, and another tool's file made the 301's HTML body a capture of its own. Now the chain is rebuilt: for
a bundle of ours that verified, from its capture manifests, which its signed log proves; for any other file, from
the records themselves (a redirect's Location, a refresh of no delay, each linked to the first later response of
its target, not dated before it). No hop is invented: a redirect whose target the file does not hold, or holds only
earlier, links nothing.

Module scope: one loopback site captured natively once, exported once; each test imports into a store of its own.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from bundles import pin_bundle_key, without_provenance
from cli import run_cli
from servers import Site, html_page, response
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver.archive import Archive

ARTICLE = (b"<html><head><title>Pier</title></head><body><article><h1>Pier</h1><p>The harbour board approved the "
           b"new pier on Tuesday evening after a long debate about its cost.</p></article></body></html>")
MOVED = b"<html><head><title>Moved</title></head><body><p>The harbour page has moved to a new address.</p></body></html>"


@pytest.fixture(scope="module")
def native(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The native capture (its ``show --json``), its bundle, its WARC file, and the key folder of a recipient
    who pinned the bundle's key."""
    root = tmp_path_factory.mktemp("chains")
    site = Site()
    site.routes["/old"] = lambda h: response("301 Moved Permanently", [("Location", "/mid"),
                                                                       ("Content-Type", "text/html")], MOVED)
    site.routes["/mid"] = lambda h: response("200 OK", [("Content-Type", "text/html"), ("Refresh", "0; url=/article")],
                                             b"<html><body>One moment.</body></html>")
    site.routes["/article"] = html_page(ARTICLE)
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    try:
        with Archive.open(root / "store", key_dir=root / "keys") as arc:
            cid = arc.capture(site.url("/old")).capture_id
    finally:
        site.close()
    bundle = root / "chain.wacz"
    assert run_cli("export", cid, "-o", str(bundle), store=root / "store", env=env).exit_code == 0
    recipient = {"ARCHIVER_KEY_DIR": str(root / "recipient-keys")}
    pin_bundle_key(bundle, recipient)
    [warc] = sorted((root / "store" / "warcs").glob("*.warc.gz"))
    return {"show": json.loads(run_cli("show", cid, "--json", store=root / "store", env=env).stdout),
            "bundle": bundle, "stripped": without_provenance(bundle, root / "stripped.wacz"), "warc": warc,
            "env": recipient, "root": root}


def _chain(show: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(h["url"], h["status"], h["ip"], h["truncated"]) for h in show["hops"]]


@pytest.fixture(params=["bundle", "stripped", "warc"])
def imported(request: pytest.FixtureRequest, native: dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    """The native exchange imported into a fresh store: as our verified bundle, as that bundle with its
    provenance removed (another tool's WACZ), or as the WARC file itself."""
    source = native[request.param]
    if request.param == "warc":  # (a name of its own: the native store's file is not touched)
        source = Path(shutil.copy(source, tmp_path / "other.warc.gz"))
    store = tmp_path / "store"
    proc = run_cli("import", str(source), "--json", store=store, env=native["env"])
    assert proc.exit_code == 0, proc.output
    [made] = json.loads(proc.stdout)["captures"]
    show = json.loads(run_cli("show", made["capture_id"], "--json", store=store, env=native["env"]).stdout)
    return {"store": store, "show": show, "env": native["env"]}


def test_an_imported_capture_shows_the_chain_a_native_capture_of_the_exchange_shows(native, imported):
    assert _chain(imported["show"]) == _chain(native["show"])
    assert (imported["show"]["url"], imported["show"]["final_url"]) == (native["show"]["url"],
                                                                        native["show"]["final_url"])


def test_an_imported_capture_lists_its_redirects_as_a_native_capture_does(native, imported):
    shown = run_cli("show", imported["show"]["capture_id"], store=imported["store"], env=imported["env"]).stdout
    [line] = [x for x in shown.splitlines() if x.strip().startswith("redirects:")]
    assert line.split("redirects:")[1].split() == ["301", native["show"]["url"], "->", "200", "(refresh)",
                                                   native["show"]["hops"][1]["url"], "->", "200",
                                                   native["show"]["final_url"]]


def test_list_names_the_url_requested_and_the_page_reached(native, imported):
    [listed] = json.loads(run_cli("list", "--json", store=imported["store"], env=imported["env"]).stdout)
    assert (listed["url"], listed["final_url"]) == (native["show"]["url"], native["show"]["final_url"])


def test_a_citation_of_the_imported_capture_names_the_url_requested(native, imported):
    cited = run_cli("cite", imported["show"]["capture_id"], "--style", "bibtex", store=imported["store"],
                    env=imported["env"]).stdout
    assert f"requested {native['show']['url']}" in cited


def test_the_manifest_of_the_imported_capture_names_every_hop_and_its_records(native, imported):
    records = {r["record_id"]: r for r in imported["show"]["records"]}
    types = [(r["type"], r["target_uri"]) for r in records.values() if r["type"] in ("request", "response")]
    assert types == [(t, h["url"]) for h in native["show"]["hops"] for t in ("request", "response")]


def test_the_redirects_body_is_no_capture_of_its_own(imported):
    assert len(json.loads(run_cli("list", "--json", store=imported["store"], env=imported["env"]).stdout)) == 1


def test_reindex_and_the_deep_log_check_keep_the_imported_chain(native, imported):
    store, env = imported["store"], imported["env"]
    assert run_cli("reindex", store=store, env=env).exit_code == 0
    again = json.loads(run_cli("show", imported["show"]["capture_id"], "--json", store=store, env=env).stdout)
    assert _chain(again) == _chain(native["show"]) and again["evidence"] == "present"
    assert run_cli("log", "verify", "--deep", store=store, env=env).exit_code == 0


def test_an_imported_chain_exported_again_verifies_and_imports_with_its_chain(native, imported, tmp_path):
    store, env, cid = imported["store"], imported["env"], imported["show"]["capture_id"]
    bundle = tmp_path / "again.wacz"
    assert run_cli("export", cid, "-o", str(bundle), store=store, env=env).exit_code == 0
    assert run_cli("verify-bundle", str(bundle), store=store, env=env).exit_code == 0
    third = {"ARCHIVER_KEY_DIR": str(tmp_path / "third-keys")}
    pin_bundle_key(bundle, third)
    proc = run_cli("import", str(bundle), "--json", store=tmp_path / "third", env=third)
    assert proc.exit_code == 0, proc.output
    [made] = json.loads(proc.stdout)["captures"]
    shown = json.loads(run_cli("show", made["capture_id"], "--json", store=tmp_path / "third", env=third).stdout)
    assert _chain(shown) == _chain(native["show"])


# ------------------------------------------------------------------ another tool's file: what links two responses

PAGE_URL, OLD_URL = "https://example.org/pier", "https://example.org/old-pier"


def _foreign(path: Path, exchanges: list[tuple[str, str, list[tuple[str, str]], bytes, str]]) -> Path:
    """Another tool's WARC (warcio): a request and a response per exchange ``(url, status, fields, body, date)``,
    in the order given."""
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for url, status, fields, body, date in exchanges:
            req = w.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=StatusAndHeaders(
                f"GET {url.split('example.org', 1)[1]} HTTP/1.1", [("Host", "example.org")], is_http_request=True))
            http = StatusAndHeaders(status, [*fields, ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            resp = w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            for rec in (req, resp):
                rec.rec_headers.replace_header("WARC-Date", date)
            req.rec_headers.add_header("WARC-Concurrent-To", resp.rec_headers["WARC-Record-ID"])
            w.write_record(req)
            w.write_record(resp)
    return path


HTML = [("Content-Type", "text/html")]
MOVED_TO_PAGE = (OLD_URL, "301 Moved Permanently", [*HTML, ("Location", "/pier")], MOVED, "2024-05-01T10:00:00Z")
PAGE_THEN = (PAGE_URL, "200 OK", HTML, ARTICLE, "2024-05-01T10:00:01Z")


def _hops_after_import(tmp_path: Path, exchanges) -> list[list[tuple[Any, ...]]]:
    warc = _foreign(tmp_path / "other.warc.gz", exchanges)
    proc = run_cli("import", str(warc), "--json", store=tmp_path / "store")
    assert proc.exit_code == 0, proc.output
    return [[(h["url"], h["status"]) for h in json.loads(run_cli(
        "show", c["capture_id"], "--json", store=tmp_path / "store").stdout)["hops"]]
            for c in json.loads(proc.stdout)["captures"]]


def test_another_tools_redirect_and_its_target_are_one_capture(tmp_path, key_dir):
    assert _hops_after_import(tmp_path, [MOVED_TO_PAGE, PAGE_THEN]) == [[(OLD_URL, 301), (PAGE_URL, 200)]]


def test_a_page_that_refreshes_at_once_in_its_html_is_a_hop(tmp_path, key_dir):
    refresh = (OLD_URL, "200 OK", HTML, b'<html><head><meta http-equiv="refresh" content="0; url=/pier"></head>'
               b"<body><p>The harbour page has moved to a new address.</p></body></html>", "2024-05-01T10:00:00Z")
    assert _hops_after_import(tmp_path, [refresh, PAGE_THEN]) == [[(OLD_URL, 200), (PAGE_URL, 200)]]


def test_a_page_fetched_before_the_redirect_to_it_is_not_its_target(tmp_path, key_dir):
    earlier = (PAGE_URL, "200 OK", HTML, ARTICLE, "2024-05-01T09:00:00Z")
    hops = _hops_after_import(tmp_path, [earlier, MOVED_TO_PAGE])
    assert [(PAGE_URL, 200)] in hops and [(OLD_URL, 301), (PAGE_URL, 200)] not in hops


def test_a_response_dated_before_the_redirect_to_it_is_not_its_target(tmp_path, key_dir):
    dated_before = (PAGE_URL, "200 OK", HTML, ARTICLE, "2024-05-01T09:00:00Z")
    hops = _hops_after_import(tmp_path, [MOVED_TO_PAGE, dated_before])
    assert [(PAGE_URL, 200)] in hops and [(OLD_URL, 301), (PAGE_URL, 200)] not in hops


def test_a_redirect_whose_target_the_file_lacks_gives_no_other_page_a_chain(tmp_path, key_dir):
    elsewhere = (OLD_URL, "302 Found", [*HTML, ("Location", "/harbour")], MOVED, "2024-05-01T10:00:00Z")
    assert [(PAGE_URL, 200)] in _hops_after_import(tmp_path, [elsewhere, PAGE_THEN])


def test_two_redirects_to_one_page_give_it_one_chain(tmp_path, key_dir):
    other = ("https://example.org/pier-old", "301 Moved Permanently", [*HTML, ("Location", "/pier")], MOVED,
             "2024-05-01T10:00:00Z")
    hops = _hops_after_import(tmp_path, [MOVED_TO_PAGE, other, PAGE_THEN])
    assert [h for h in hops if h[-1] == (PAGE_URL, 200)] == [[(OLD_URL, 301), (PAGE_URL, 200)]]


def test_a_crawls_revisit_of_a_redirect_is_a_hop_of_the_later_page(tmp_path, key_dir):
    """Heritrix and Wayback store a redirect seen again as a revisit whose own head is the 301: the later crawl's
    page is reached through it, as the first crawl's is through the 301's response."""
    warc = _foreign(tmp_path / "other.warc.gz", [MOVED_TO_PAGE, PAGE_THEN])
    with open(warc, "ab") as f:
        w = WARCWriter(f, gzip=True)
        moved = StatusAndHeaders("301 Moved Permanently", [*HTML, ("Location", "/pier"),
                                                           ("Content-Length", str(len(MOVED)))], protocol="HTTP/1.1")
        first = w.create_warc_record(OLD_URL, "response", payload=io.BytesIO(MOVED), http_headers=moved)
        again = w.create_revisit_record(OLD_URL, first.rec_headers["WARC-Payload-Digest"], OLD_URL,
                                        MOVED_TO_PAGE[4], http_headers=moved)
        again.rec_headers.replace_header("WARC-Date", "2024-06-01T10:00:00Z")
        w.write_record(again)
        later = ARTICLE.replace(b"Tuesday", b"Wednesday")
        http = StatusAndHeaders("200 OK", [*HTML, ("Content-Length", str(len(later)))], protocol="HTTP/1.1")
        page = w.create_warc_record(PAGE_URL, "response", payload=io.BytesIO(later), http_headers=http)
        page.rec_headers.replace_header("WARC-Date", "2024-06-01T10:00:01Z")
        w.write_record(page)
    proc = run_cli("import", str(warc), "--json", store=tmp_path / "store")
    assert proc.exit_code == 0, proc.output
    shown = [json.loads(run_cli("show", c["capture_id"], "--json", store=tmp_path / "store").stdout)
             for c in json.loads(proc.stdout)["captures"]]
    assert sorted((s["capture_time"][:10], [(h["url"], h["status"]) for h in s["hops"]]) for s in shown) == [
        ("2024-05-01", [(OLD_URL, 301), (PAGE_URL, 200)]), ("2024-06-01", [(OLD_URL, 301), (PAGE_URL, 200)])]
    assert {s["evidence"] for s in shown} == {"present"}
    assert run_cli("log", "verify", "--deep", store=tmp_path / "store").exit_code == 0
