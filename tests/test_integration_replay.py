"""Our files, opened with the tools people replay archives with (``make integration``).

- pywb indexes our raw WARC files with its own ``wb-manager add`` (every record, ours too) and
  replays the page, not our metadata, for a plain page, a redirect and a chunked+gzip response;
  and unpacks our WACZ with ``wb-manager add --unpack-wacz`` and replays it.
- ReplayWeb.page (the npm package's built app, served from 127.0.0.1 by a server that answers
  Range requests) opens our WACZ in headless Chromium: the page replays, and wabac.js reports
  the bundle's signature as valid (its service worker's collection API: ``verify.publicKey`` is
  our key, ``numValid`` > 0, ``numInvalid`` 0). Screenshots go to ``bench/out/integration/``.
- A browser capture (``archive --browser`` of tests/browser_site.py's page: stylesheet reached
  through a redirect, HTTPS image, article inserted by script from an XHR) exported as WACZ holds
  every record of the capture, the screenshot resource and a pages.jsonl entry, and replays in
  pywb and in ReplayWeb.page styled (the article's computed background is the stylesheet's colour,
  and the screenshot shows it) with the script-inserted article.

Each tool comes from the environment (``make integration`` installs them): ``ARCHIVER_PYWB``
(pywb's ``wayback`` script, ``wb-manager`` beside it), ``ARCHIVER_CHROMIUM`` (Debian's
chromium), ``ARCHIVER_REPLAYWEBPAGE`` (folder with index.html, sw.js, ui.js) and the Python
``playwright`` package. Without them these tests are skipped. Nothing leaves 127.0.0.1: the
browser resolves no other host, and every server and the browser are stopped at the end.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import os
import re
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, chunked, response

PYWB = os.environ.get("ARCHIVER_PYWB")
CHROMIUM = os.environ.get("ARCHIVER_CHROMIUM")
RWP = os.environ.get("ARCHIVER_REPLAYWEBPAGE")
SHOTS = Path(os.environ.get("ARCHIVER_INTEGRATION_OUT") or Path(__file__).parent.parent / "bench" / "out" / "integration")

needs_pywb = pytest.mark.skipif(not PYWB, reason="pywb not installed: run `make integration`")
needs_rwp = pytest.mark.skipif(
    not (CHROMIUM and RWP and importlib.util.find_spec("playwright")),
    reason="chromium, ReplayWeb.page or playwright missing: run `make integration`")

HTML = [("Content-Type", "text/html; charset=utf-8")]
PAGES = {
    "/plain": ("Harbour report", "The harbour handled 41,000 containers in March, the port authority said."),
    "/news": ("Bridge closure", "The old bridge closes for repairs on 3 June for eleven weeks, the council said."),
    "/zipped": ("Tram strike", "Tram drivers will strike on Friday after talks over rest breaks failed on Monday."),
    "/café": ("Café prices", "The café on the quay raised its coffee to 3.20 euros in April, its owner said."),
}
#: What is asked for, and which page (above) it ends at: a plain page, a redirect, chunked+gzip, and
#: an IRI with a fragment (the records name its wire form, the one a replaying browser asks for).
CASES = {"plain": ("/plain", "/plain"), "redirect": ("/old", "/news"), "chunked_gzip": ("/zipped", "/zipped"),
         "iri": ("/café?q=ü#prices", "/café")}


def _html(path: str) -> bytes:
    title, text = PAGES[path]
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p>"
            f"<p>Further details will follow in the next edition.</p></article></body></html>").encode()


def _site() -> Site:
    site = Site()
    site.routes["/plain"] = lambda h: response("200 OK", HTML, _html("/plain"))
    site.routes["/news"] = lambda h: response("200 OK", HTML, _html("/news"))
    site.routes["/old"] = lambda h: response("301 Moved Permanently", [("Location", "/news")])
    site.routes["/caf%C3%A9"] = lambda h: response("200 OK", HTML, _html("/café"))
    body = gzip.compress(_html("/zipped"), mtime=0)
    site.routes["/zipped"] = lambda h: chunked("200 OK", HTML + [("Content-Encoding", "gzip")],
                                               [body[:40], body[40:90], body[90:]])
    return site


@pytest.fixture(scope="module")
def archived(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A store with the three cases captured, and a signed WACZ of all of them."""
    root = tmp_path_factory.mktemp("replay")
    store, env = root / "store", {"ARCHIVER_KEY_DIR": str(root / "keys")}
    site = _site()
    try:
        urls = {name: site.url(asked) for name, (asked, _final) in CASES.items()}
        proc = run_cli("archive", *urls.values(), "--json", store=store, env=env)
        assert proc.returncode == 0, proc.stderr
        captures = json.loads(proc.stdout)
        finals = {name: site.url(final) for name, (_asked, final) in CASES.items()}
    finally:
        site.close()
    bundle = root / "sources.wacz"
    proc = run_cli("export", *(c["capture_id"] for c in captures), "--format", "wacz", "-o", str(bundle),
                   "--json", store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    return {"root": root, "store": store, "urls": urls, "finals": finals, "bundle": bundle,
            "captures": captures}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _get(url: str) -> tuple[str, bytes]:
    with _NO_PROXY.open(url, timeout=30) as r:
        return r.headers.get("Content-Type") or "", r.read()


# --------------------------------------------------------------------------- pywb


def _wb_manager(root: Path, *args: str) -> None:
    tool = Path(PYWB or "").with_name("wb-manager")
    proc = subprocess.run([str(tool), *args], cwd=root, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@contextmanager
def _wayback(root: Path) -> Iterator[str]:
    """pywb's ``wayback`` serving ``root/collections`` on 127.0.0.1, stopped on exit."""
    port = _free_port()
    proc = subprocess.Popen([str(PYWB), "-p", str(port), "-b", "127.0.0.1"], cwd=root,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                _get(base + "/")
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"wayback exited with {proc.returncode}")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _assert_pywb_replays_each_page(base: str, coll: str, archived: dict) -> None:
    for name, url in archived["urls"].items():
        final = CASES[name][1]
        # mp_: the page itself, rewritten for replay (without mp_, pywb answers with its frame)
        asked = urllib.parse.quote(url.partition("#")[0], safe=":/?=&%")  # as a browser sends an IRI: no fragment
        ctype, body = _get(f"{base}/{coll}/mp_/{asked}")  # a redirect is followed to the final page
        assert ctype.startswith("text/html"), (name, ctype)
        assert PAGES[final][1].encode() in body, (name, body[:300])
        assert b"vnd.archiver" not in body and b"capture_id" not in body, name


@needs_pywb
def test_pywb_wb_manager_add_of_our_raw_warcs_replays_the_pages_not_our_metadata(archived, tmp_path):
    _wb_manager(tmp_path, "init", "evidence")
    _wb_manager(tmp_path, "add", "evidence", *map(str, sorted((archived["store"] / "warcs").glob("*.warc.gz"))))
    with _wayback(tmp_path) as base:
        _assert_pywb_replays_each_page(base, "evidence", archived)


@needs_pywb
def test_pywb_unpacks_our_wacz_and_replays_the_pages(archived, tmp_path):
    _wb_manager(tmp_path, "init", "bundle")
    _wb_manager(tmp_path, "add", "--unpack-wacz", "bundle", str(archived["bundle"]))
    index = (tmp_path / "collections" / "bundle" / "indexes" / "index.cdxj").read_text()
    assert len(index.splitlines()) >= 4  # the WACZ's index was picked up: 301 + three pages
    with _wayback(tmp_path) as base:
        _assert_pywb_replays_each_page(base, "bundle", archived)


# --------------------------------------------------------------------------- ReplayWeb.page


_TYPES = {".html": "text/html; charset=utf-8", ".js": "application/javascript", ".json": "application/json",
          ".wacz": "application/wacz"}


class _RangeHandler(BaseHTTPRequestHandler):
    """Static files with HTTP Range support (wabac.js reads a remote WACZ by ranges)."""

    protocol_version = "HTTP/1.1"
    files: dict[str, Path] = {}

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self._serve(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._serve(head=False)

    def _serve(self, *, head: bool) -> None:
        path = self.files.get(urllib.parse.urlsplit(self.path).path)
        if path is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = path.read_bytes()
        start, end, status = 0, len(data) - 1, 200
        m = re.fullmatch(r"bytes=(\d*)-(\d*)", self.headers.get("Range") or "")
        if m and (m.group(1) or m.group(2)):
            if m.group(1):
                start, end = int(m.group(1)), min(int(m.group(2) or end), end)
            else:
                start = max(0, len(data) - int(m.group(2)))
            status = 206
        self.send_response(status)
        self.send_header("Content-Type", _TYPES.get(path.suffix, "application/octet-stream"))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(end - start + 1))
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self.end_headers()
        if not head:
            self.wfile.write(data[start:end + 1])

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def _range_server(files: dict[str, Path]) -> Iterator[str]:
    handler = type("Handler", (_RangeHandler,), {"files": files})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 # offline: no host but 127.0.0.1 resolves
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]


def _wait_for(page, script: str, arg, what: str, timeout: float = 90):
    """Poll ``script`` (a JS function of ``arg``) in the page until it returns a truthy value."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = page.evaluate(script, arg)
        except Exception as exc:  # noqa: BLE001 - a navigation in between: try again
            last = repr(exc)
        if last and not isinstance(last, str):
            return last
        time.sleep(0.5)
    pytest.fail(f"{what} did not happen in {timeout:.0f} s (last: {last!r})")


COLL_INFO = """async (coll) => {
  const r = await fetch('w/api/c/' + coll + '?all=1');
  if (!r.ok) return null;
  const info = await r.json();
  return info.verify && info.verify.publicKey && info.pages && info.pages.length ? info : null;
}"""

VERIFICATION = """async (coll) => {
  const db = await new Promise((ok, err) => { const r = indexedDB.open('db:' + coll); r.onsuccess = () => ok(r.result);
                                                r.onerror = () => err(r.error); });
  return await new Promise((ok) => { const r = db.transaction('verification').objectStore('verification').getAll();
                                     r.onsuccess = () => ok(r.result); });
}"""

FRAME_TEXT = """(needle) => {
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.tagName === 'IFRAME') {
        try { const d = el.contentDocument; if (d && d.body && d.body.innerText.includes(needle)) return true;
              if (d && walk(d)) return true; } catch (e) {}
      }
      if (el.shadowRoot && walk(el.shadowRoot)) return true;
    }
    return false;
  };
  return walk(document);
}"""


@needs_rwp
def test_replaywebpage_replays_our_wacz_and_reports_its_signature_as_valid(archived):
    from playwright.sync_api import sync_playwright

    app = Path(str(RWP))
    files = {f"/{n}": app / n for n in ("index.html", "sw.js", "ui.js")}
    files["/sources.wacz"] = archived["bundle"]
    with zipfile.ZipFile(archived["bundle"]) as z:
        public_key = json.loads(z.read("datapackage-digest.json"))["signedData"]["publicKey"]
        resources = json.loads(z.read("datapackage.json"))["resources"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    with _range_server(files) as base, sync_playwright() as pw:
        source = f"{base}/sources.wacz"
        coll = "id-" + hashlib.sha256(source.encode()).hexdigest()[:12]  # ReplayWeb.page's id for a URL
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            q = urllib.parse.quote(source, safe="")
            page.goto(f"{base}/index.html?source={q}#view=pages")
            info = _wait_for(page, COLL_INFO, coll, "ReplayWeb.page loading the WACZ and verifying its signature")
            verify = info["verify"]
            assert verify["publicKey"] == public_key  # wabac imported our key (a P-256 key fails there)
            assert verify["numValid"] >= 1
            entries = {e["id"]: e for e in page.evaluate(VERIFICATION, coll)}
            assert entries["signature"]["matched"] is True  # the count alone would hide a failed check
            # ReplayWeb.page runs wabac without its hash checks (`useHashCheck`), so the file hashes it
            # registers stay unchecked and are counted as "invalid": those must be exactly our
            # datapackage's own entries, with the hashes we listed.
            unchecked = {k: e["expected"] for k, e in entries.items() if e["matched"] is False and k != "datapackageHash"}
            assert unchecked == {"default" + r["path"]: r["hash"] for r in resources
                                 if r["path"] in ("pages/pages.jsonl", "indexes/index.cdx")}
            assert verify["numInvalid"] == len(unchecked)
            # The signature panel: ReplayWeb.page's "Archive Info" dialog (its ⋮ menu item)
            page.locator("wr-item").evaluate("item => item.onShowInfoDialog()")
            panel = page.locator("wr-item-info")
            panel.get_by_text(public_key[:24]).wait_for(timeout=30_000)
            page.wait_for_timeout(1000)  # the dialog's opening animation
            page.screenshot(path=str(SHOTS / "replaywebpage-signature.png"))
            (SHOTS / "replaywebpage-verify.json").write_text(
                json.dumps({"collection_api_verify": verify, "verification_entries": entries}, indent=2) + "\n")

            url = archived["finals"]["plain"]
            page.goto(f"{base}/index.html?source={q}#view=replay&url={urllib.parse.quote(url, safe='')}")
            _wait_for(page, FRAME_TEXT, PAGES["/plain"][1], "ReplayWeb.page replaying the page")
            page.wait_for_timeout(1000)
            page.screenshot(path=str(SHOTS / "replaywebpage-replay.png"))

            url = archived["urls"]["iri"]  # as typed: ReplayWeb.page, like a browser, asks for its wire form
            page.goto(f"{base}/index.html?source={q}#view=replay&url={urllib.parse.quote(url, safe='')}")
            _wait_for(page, FRAME_TEXT, PAGES["/café"][1], "ReplayWeb.page replaying the page of an IRI")
        finally:
            browser.close()


# --------------------------------------------------------------------------- a browser capture's WACZ

# The local site of tests/browser_site.py: the article is inserted by script from an XHR and painted
# ARTICLE_RGB by a stylesheet reached through a redirect; an image comes over HTTPS.

needs_chromium = pytest.mark.skipif(not CHROMIUM, reason="ARCHIVER_CHROMIUM not set: run `make integration`")
needs_pywb_and_browser = pytest.mark.skipif(
    not (PYWB and CHROMIUM and importlib.util.find_spec("playwright")),
    reason="pywb, chromium or playwright missing: run `make integration`")

FRAME_ARTICLE = """(needle) => {
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.tagName === 'IFRAME') {
        try { const d = el.contentDocument; const box = d && d.getElementById('article');
              if (box && box.innerText.includes(needle))
                return {background: d.defaultView.getComputedStyle(box).backgroundColor, text: box.innerText};
              const inner = d && walk(d); if (inner) return inner; } catch (e) {}
      }
      if (el.shadowRoot) { const inner = walk(el.shadowRoot); if (inner) return inner; }
    }
    return null;
  };
  return walk(document);
}"""


@pytest.fixture(scope="module")
def browser_archived(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One ``archive --browser`` of the styled, script-built article page, exported as a WACZ."""
    from browser_site import start_site

    if not CHROMIUM:
        pytest.skip("ARCHIVER_CHROMIUM not set")
    root = tmp_path_factory.mktemp("browser-replay")
    store, env = root / "store", {"ARCHIVER_KEY_DIR": str(root / "keys")}
    site = start_site(root)
    try:
        proc = run_cli("archive", site.page, "--browser", "--chromium", str(CHROMIUM),
                       "--ca-bundle", str(site.ca_file), "--json", store=store, env=env)
        assert proc.returncode == 0, proc.stderr
        doc = json.loads(proc.stdout)
        urls = {"page": site.page, "css": site.http.url("/style.css"), "image": site.image}
    finally:
        site.close()  # replay must not reach the live site
    bundle = root / "page.wacz"
    proc = run_cli("export", doc["capture_id"], "--format", "wacz", "-o", str(bundle), "--json",
                   store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    return {"doc": doc, "bundle": bundle, "urls": urls, "store": store}


def _wacz_records(bundle: Path) -> list:
    """The WARC headers of every record in the WACZ's WARC files."""
    from warcio.archiveiterator import ArchiveIterator

    out = []
    with zipfile.ZipFile(bundle) as z:
        for name in z.namelist():
            if name.startswith("archive/"):
                with z.open(name) as fh:
                    for rec in ArchiveIterator(fh):
                        out.append(rec.rec_headers)
    return out


@needs_chromium
def test_browser_capture_wacz_holds_every_record_of_the_capture_and_the_screenshot(browser_archived):
    doc = browser_archived["doc"]
    held = {h.get_header("WARC-Record-ID"): h for h in _wacz_records(browser_archived["bundle"])}
    missing = [(r["type"], r["target_uri"]) for r in doc["records"] if r["record_id"] not in held]
    assert not missing
    targets = {h.get_header("WARC-Target-URI"): h.get_header("WARC-Type") for h in held.values()}
    for url in browser_archived["urls"].values():  # the page, its stylesheet, its HTTPS image
        assert targets.get(url) == "response", url
    shots = [h for h in held.values() if h.get_header("WARC-Type") == "resource"
             and h.get_header("Content-Type") == "image/png"]
    assert len(shots) == 1
    assert shots[0].get_header("WARC-Target-URI") == "urn:screenshot:" + browser_archived["urls"]["page"]


@needs_chromium
def test_browser_capture_wacz_lists_the_page_in_pages_jsonl(browser_archived):
    with zipfile.ZipFile(browser_archived["bundle"]) as z:
        lines = [json.loads(line) for line in z.read("pages/pages.jsonl").decode().splitlines()]
    pages = [p for p in lines[1:] if p.get("url") == browser_archived["urls"]["page"]]
    assert len(pages) == 1
    assert pages[0]["title"] == "Quay extension approved"
    assert pages[0]["ts"]


def _launch(pw):
    return pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


# pywb's frame shows a translucent "Loading..." mask over the replayed page until the page reports
# it loaded, then hides it after its 500 ms fade (loading-spinner.js adds a ``hidden-N`` class): a
# screenshot taken before that blends the mask into every colour, so wait for it (on a loaded
# machine the fade ends well after the article's text and style are there).
PYWB_SPINNER_HIDDEN = """() => [...document.querySelectorAll('[class*="loading-spinner-mask"]')]
  .every(e => [...e.classList].some(c => c.startsWith('hidden-')))"""


@needs_pywb_and_browser
@pytest.mark.parametrize("source", ["wacz", "warcs"])
def test_pywb_replays_the_browser_capture_styled_with_the_script_inserted_article(browser_archived, tmp_path,
                                                                                   source):
    from browser_site import ARTICLE_RGB, ARTICLE_TEXT, count_colour
    from playwright.sync_api import sync_playwright

    _wb_manager(tmp_path, "init", "browser")
    if source == "wacz":
        _wb_manager(tmp_path, "add", "--unpack-wacz", "browser", str(browser_archived["bundle"]))
    else:  # the store's own WARC files, indexed by pywb
        _wb_manager(tmp_path, "add", "browser", *map(str, sorted((browser_archived["store"] / "warcs").glob("*.warc.gz"))))
    SHOTS.mkdir(parents=True, exist_ok=True)
    with _wayback(tmp_path) as base, sync_playwright() as pw:
        browser = _launch(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            # pywb's frame around the rewritten page (wombat sends a top-level mp_ page there too)
            page.goto(f"{base}/browser/{browser_archived['urls']['page']}")
            got = _wait_for(page, FRAME_ARTICLE, ARTICLE_TEXT[:60], "pywb replaying the script-inserted article")
            assert got["background"] == "rgb({}, {}, {})".format(*ARTICLE_RGB)  # the stylesheet applied
            _wait_for(page, PYWB_SPINNER_HIDDEN, None, "pywb hiding its loading mask")
            shot = page.screenshot(path=str(SHOTS / f"pywb-browser-capture-{source}.png"))
            assert count_colour(shot, ARTICLE_RGB) > 900 * 250  # the painted 900x300 px article block
        finally:
            browser.close()


@needs_rwp
def test_replaywebpage_replays_the_browser_capture_styled_with_the_script_inserted_article(browser_archived):
    from browser_site import ARTICLE_RGB, ARTICLE_TEXT, count_colour
    from playwright.sync_api import sync_playwright

    app = Path(str(RWP))
    files = {f"/{n}": app / n for n in ("index.html", "sw.js", "ui.js")}
    files["/page.wacz"] = browser_archived["bundle"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    with _range_server(files) as base, sync_playwright() as pw:
        browser = _launch(pw)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            q = urllib.parse.quote(f"{base}/page.wacz", safe="")
            url = urllib.parse.quote(browser_archived["urls"]["page"], safe="")
            page.goto(f"{base}/index.html?source={q}#view=replay&url={url}")
            got = _wait_for(page, FRAME_ARTICLE, ARTICLE_TEXT[:60], "ReplayWeb.page replaying the article")
            coll = "id-" + hashlib.sha256(f"{base}/page.wacz".encode()).hexdigest()[:12]
            listed = _wait_for(page, COLL_INFO, coll, "ReplayWeb.page listing the WACZ's pages")["pages"]
            assert [(p["url"], p["title"]) for p in listed] == [
                (browser_archived["urls"]["page"], "Quay extension approved")]  # read from pages.jsonl
            assert got["background"] == "rgb({}, {}, {})".format(*ARTICLE_RGB)  # the stylesheet applied
            page.wait_for_timeout(1000)
            shot = page.screenshot(path=str(SHOTS / "replaywebpage-browser-capture.png"))
            assert count_colour(shot, ARTICLE_RGB) > 900 * 250  # the painted 900x300 px article block
        finally:
            browser.close()
