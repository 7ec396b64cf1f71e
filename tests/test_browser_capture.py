"""``archive --browser`` end to end with a real headless Chromium, offline, on 127.0.0.1.

One browser capture of the local site (tests/browser_site.py) is shared by the module; each
test checks one behaviour of it. Skipped, with the reason shown, when no Chromium is installed.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

import pytest
from browser_site import ARTICLE_RGB, ARTICLE_TEXT, LAZY_RGB, colour_counts, start_site
from click.testing import CliRunner
from servers import html_page

from archiver.capture import browser_folders
from archiver.cli import cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): "
                                    "browser capture tests skipped")


def invoke(store: Path, key_dir: Path, *args: str) -> Any:
    return CliRunner().invoke(cli, ["--store", str(store), *args], env={"ARCHIVER_KEY_DIR": str(key_dir)})


def one(output: str) -> dict[str, Any]:
    """The --json of ``archive URL``: one URL asked for, one object."""
    doc = json.loads(output)
    assert isinstance(doc, dict), doc
    return doc


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Any:
    s = start_site(tmp_path_factory.mktemp("site"), probes=True)  # the article page with the isolation probes
    yield s
    s.close()


@pytest.fixture(scope="module")
def captured(site: Any, in_process_captures: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One ``archive --browser`` of the article page (and one plain HTTP capture of it). The
    lazy image below the fold, asked for only by scrolling, takes 1.5 s to arrive.

    Made right after the in-process capture of :func:`in_process_captures`, in the same process:
    it is also the next browser capture, during which the work that capture left for after load
    must not run again (``work_ran``: the threads it has run on, read after this capture), and
    the second of two captures of one page in a row (:func:`isolation`): how many Chromiums it
    launched (``launched``, once the first capture's browser is back in the pool) and what its
    requests carried (``seen``).
    """
    if CHROMIUM is None:
        pytest.skip("no Chromium on PATH")
    from archiver.capture import browser

    root = tmp_path_factory.mktemp("browser")
    store, keys = root / "store", root / "keys"
    assert idle_browsers(), "the in-process capture gave its browser back"
    launches = browser.launch_count()
    site.seen.clear()
    site.lazy_delay = 1.5
    try:
        result = invoke(store, keys, "archive", site.page, "--browser", "--ca-bundle", str(site.ca_file), "--json")
    finally:
        site.lazy_delay = 0.0
    assert result.exit_code == 0, result.output
    launched, seen = browser.launch_count() - launches, list(site.seen)
    work_ran = list(in_process_captures["ran"])
    http = invoke(store, keys, "archive", site.page, "--json")
    assert http.exit_code == 0, http.output
    return {"store": store, "keys": keys, "doc": one(result.stdout), "http": one(http.stdout), "work_ran": work_ran,
            "launched": launched, "seen": seen}


def idle_browsers(timeout: float = 30) -> list[Any]:
    """The browsers of this process's pool that served a capture and are free now, once there is
    one (within ``timeout``): a capture gives its browser back on the browser's thread, just
    after it returns."""
    from archiver.capture import browser

    deadline = time.monotonic() + timeout
    while not (idle := [b for b in browser._POOL.browsers if b.served and b.free()]) and time.monotonic() < deadline:
        time.sleep(0.05)
    return idle


def warc_records(store: Path) -> list[Any]:
    from warcio.archiveiterator import ArchiveIterator

    out = []
    for path in sorted((store / "warcs").glob("*.warc.gz")):
        with path.open("rb") as fh:
            for rec in ArchiveIterator(fh, no_record_parse=True):
                out.append((rec.rec_headers, rec.content_stream().read()))
    return out


def sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


@needs_chromium
def test_every_exchange_of_the_page_is_recorded_byte_exact(captured, site):
    from archiver.capture.warc import http_payload

    ids = {r["record_id"] for r in captured["doc"]["records"]}
    responses = {}
    for headers, block in warc_records(captured["store"]):
        if headers.get_header("WARC-Record-ID") not in ids:
            continue
        assert headers.get_header("WARC-Block-Digest") == sha256(block)
        if headers.get_header("WARC-Type") == "response":
            _, payload = http_payload(block)
            assert headers.get_header("WARC-Payload-Digest") == sha256(payload)
            assert headers.get_header("WARC-IP-Address") == urlsplit(headers.get_header("WARC-Target-URI")).hostname
            responses[headers.get_header("WARC-Target-URI")] = int(block.split(b" ", 2)[1])
    assert responses[site.page] == 200
    assert responses[site.http.url("/old-style.css")] == 301  # the redirect hop
    assert responses[site.http.url("/style.css")] == 200
    assert responses[site.image] == 200  # over HTTPS
    assert responses[site.http.url("/api/article.json")] == 200  # the XHR
    assert responses[site.http.url("/lazy.png")] == 200  # below the fold: loaded by scrolling
    assert responses[site.http.url("/missing.png")] == 404
    assert responses[site.font] == 200  # the web font, from a second host


@needs_chromium
def test_https_exchange_keeps_the_origins_certificate_from_the_proxys_own_handshake(captured, site):
    tls = [json.loads(block) for headers, block in warc_records(captured["store"])
           if headers.get_header("WARC-Target-URI") == "urn:archiver:tls:" + site.image]
    assert len(tls) == 1
    assert tls[0]["certificate_verified"] is True
    pem = site.ca_file.read_text()
    assert tls[0]["peer_certificate_chain_pem"]  # the site's leaf (signed by the test CA, not ours)
    assert "archiver capture run CA" not in json.dumps(tls[0]) and pem


@pytest.fixture(scope="module")
def screenshot(captured: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The ``screenshot`` command's run on the browser capture, and its PNG's colours (decoded once)."""
    out = tmp_path_factory.mktemp("shot") / "page.png"
    result = invoke(captured["store"], captured["keys"], "screenshot", captured["doc"]["capture_id"], "-o", str(out))
    return {"result": result, "colours": colour_counts(out.read_bytes()) if out.exists() else None}


@needs_chromium
def test_screenshot_shows_the_script_inserted_article(screenshot):
    assert screenshot["result"].exit_code == 0, screenshot["result"].output
    # The article block (created by script, painted by the stylesheet reached through a redirect)
    # is 900 px wide and at least 300 px high.
    assert screenshot["colours"][ARTICLE_RGB] > 900 * 250


@needs_chromium
def test_content_asked_for_by_scrolling_is_waited_for_before_the_screenshot(captured, screenshot, site):
    # Playwright's network-idle state, once reached, stays reached: waiting for it again after
    # scrolling returned at once and the screenshot was taken before the lazy image arrived
    # (the article page's lazy image, 3000 px below the fold, takes 1.5 s in this capture).
    lazy = site.http.url("/lazy.png")
    assert lazy in {r["target_uri"] for r in captured["doc"]["records"]}  # asked for by scrolling
    assert screenshot["result"].exit_code == 0, screenshot["result"].output
    assert screenshot["colours"][LAZY_RGB] > 30 * 20  # the image is in the picture


@needs_chromium
def test_screenshot_and_rendered_dom_are_resources_referring_to_the_page(captured, site):
    doc = captured["doc"]
    by_uri = {h.get_header("WARC-Target-URI"): (h, b) for h, b in warc_records(captured["store"])}
    shot_headers, shot = by_uri["urn:screenshot:" + site.page]
    dom_headers, dom = by_uri["urn:rendered-dom:" + site.page]
    for headers in (shot_headers, dom_headers):
        assert headers.get_header("WARC-Type") == "resource"
        assert headers.get_header("WARC-Refers-To") == doc["response_record_id"]
    assert shot.startswith(b"\x89PNG")
    assert ARTICLE_TEXT.encode() in dom
    assert doc["browser"]["screenshot_sha256"] == sha256(shot)
    assert doc["browser"]["rendered_dom_sha256"] == sha256(dom)
    logged = invoke(captured["store"], captured["keys"], "log", "show", "--type", "capture", "--json")
    entry = next(e for e in json.loads(logged.stdout) if e["data"]["capture_id"] == doc["capture_id"])
    assert entry["data"]["browser"]["screenshot_sha256"] == sha256(shot)  # signed with the capture
    assert entry["data"]["browser"]["rendered_dom_sha256"] == sha256(dom)


@needs_chromium
def test_extraction_uses_the_rendered_dom_where_http_mode_misses_the_paragraph(captured):
    article = captured["doc"]["article"]
    assert ARTICLE_TEXT in article["text"]
    assert article["sources"]["text"] == "rendered-dom"
    assert ARTICLE_TEXT not in ((captured["http"].get("article") or {}).get("text") or "")


@needs_chromium
def test_verify_quote_finds_the_script_inserted_paragraph(captured):
    quote = "approved the northern quay extension on Tuesday evening"
    result = invoke(captured["store"], captured["keys"], "verify-quote", quote,
                    "--capture", captured["doc"]["capture_id"], "--json")
    assert result.exit_code == 0, result.output
    assert one(result.stdout)["verdict"] == "exact"


@needs_chromium
def test_deep_log_verify_re_extracts_the_browser_capture_from_its_rendered_dom(captured):
    result = invoke(captured["store"], captured["keys"], "log", "verify", "--deep")
    assert result.exit_code == 0, result.output


@needs_chromium
def test_exported_bundle_holds_the_screenshot_and_verifies_with_re_extraction_from_the_dom(captured, tmp_path):
    import zipfile

    bundle = tmp_path / "page.wacz"
    store, keys, cid = captured["store"], captured["keys"], captured["doc"]["capture_id"]
    made = invoke(store, keys, "export", cid, "--format", "wacz", "-o", str(bundle))
    assert made.exit_code == 0, made.output
    with zipfile.ZipFile(bundle) as z:
        warcs = b"".join(gzip.decompress(z.read(n)) for n in z.namelist() if n.endswith(".warc.gz"))
    assert b"WARC-Target-URI: urn:screenshot:" in warcs and b"WARC-Target-URI: urn:rendered-dom:" in warcs
    checked = invoke(store, keys, "verify-bundle", str(bundle), "--json")
    assert checked.exit_code == 0, checked.output
    doc = one(checked.stdout)
    assert doc["extractions_checked"] == 1 and doc["problems"] == []
    # every record of a browser capture (subresources, screenshot, rendered DOM and text) is named by
    # its proven entry: a record no entry names fails a bundle (tests/test_bundle_content.py)
    assert doc["warnings"] == []


@needs_chromium
def test_show_lists_the_screenshot_and_the_page_resources(captured, site):
    result = invoke(captured["store"], captured["keys"], "show", captured["doc"]["capture_id"])
    assert result.exit_code == 0, result.output
    assert "screenshot:" in result.stdout and "urn:screenshot:" in result.stdout
    assert site.image in result.stdout


@needs_chromium
def test_a_page_that_never_goes_network_idle_is_bounded_in_time_and_marked_incomplete(site, captured, tmp_path):
    store, keys = tmp_path / "store", tmp_path / "keys"
    started = time.monotonic()
    # The page polls every 100 ms (network idle needs 500 ms without a request), so it is browsed
    # for the whole limit, which is kept short. The limit would also cover Chromium's start (6 s
    # once left the page 0.1 s on a loaded machine), but :func:`captured` (asked for here, made
    # in this process) leaves its Chromium idle in the pool for this capture: 5 s are the page's.
    # (An idle Chromium is closed after 30 s: if it has been, on a slow machine, the limit is 9 s,
    # which leaves the page at least 4 s after a start.) How far the page got by then depends on
    # the machine's load, so nothing here counts on it: the cuts at --max-resources and
    # --max-body are the next test's, on a page that stops asking.
    assert captured["doc"]["browser"]
    limit = "5" if idle_browsers(timeout=0) else "9"
    result = invoke(store, keys, "archive", site.endless, "--browser", "--total-timeout", limit, "--json")
    assert time.monotonic() - started < 60
    assert result.exit_code == 0, result.output
    doc = one(result.stdout)
    assert doc["browser"]["complete"] is False
    assert "networkidle_not_reached" in doc["browser"]["incomplete"]


#: A page that, once its 3 MB image is in, asks for 14 more resources at once and then nothing:
#: with the document and the image, 16 requests, and the network idle soon after.
BURST = ("<!doctype html><html><head><title>Burst</title><script>"
         "function burst() { for (let i = 0; i < 14; i++) fetch('/poll?burst=' + i); }"
         "</script></head><body><p>Sixteen requests.</p>"
         "<img src='/huge.png' alt='huge' onload='burst()' onerror='burst()'></body></html>")


@needs_chromium
def test_a_page_asking_for_more_than_max_resources_with_a_body_over_max_body_is_cut_at_both_and_marked_incomplete(
        site, captured, tmp_path):
    # Its requests all come once its image is in, however loaded the machine, and the limit is a
    # guard only: the page stops asking, so the capture ends at its network idle, not at a time.
    store, keys = tmp_path / "store", tmp_path / "keys"
    site.http.routes["/burst"] = html_page(BURST.encode())
    result = invoke(store, keys, "archive", site.http.url("/burst"), "--browser", "--total-timeout", "120",
                    "--max-resources", "12", "--max-body", "100000", "--json")
    assert result.exit_code == 0, result.output
    doc = one(result.stdout)
    assert doc["browser"]["complete"] is False
    assert "refused_max_resources" in doc["browser"]["incomplete"]  # 16 asked for, cut at 12 exchanges
    assert doc["browser"]["exchanges"] == 12
    huge = [h for h, _ in warc_records(store) if h.get_header("WARC-Target-URI") == site.http.url("/huge.png")
            and h.get_header("WARC-Type") == "response"]
    assert huge and huge[0].get_header("WARC-Truncated") == "length"  # the 3 MB image, cut at --max-body


def test_browser_without_chromium_is_a_usage_error_and_nothing_is_done(tmp_path):
    store = tmp_path / "store"
    result = invoke(store, tmp_path / "keys", "archive", "http://127.0.0.1:9/", "--browser",
                    "--chromium", str(tmp_path / "no-such-chromium"))
    assert result.exit_code == 2
    assert "chromium" in result.output.lower() and "Traceback" not in result.output
    assert not store.exists()


@needs_chromium
def test_a_page_the_browser_never_receives_is_a_logged_failure_with_nothing_written(tmp_path):
    import socket

    # A port bound here and never listened on: refused, and no other process (another test
    # worker's server) can take it meanwhile, as it could once a probe's port was let go.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        store, keys = tmp_path / "store", tmp_path / "keys"
        result = invoke(store, keys, "archive", f"http://127.0.0.1:{port}", "--browser", "--total-timeout", "20")
    assert result.exit_code == 1
    assert "connection refused" in result.output and "Traceback" not in result.output
    assert not list((store / "warcs").glob("*.warc.gz")) or not any(
        h.get_header("WARC-Type") == "response" for h, _ in warc_records(store))
    logged = invoke(store, keys, "log", "show", "--type", "capture_failed", "--json")
    assert logged.exit_code == 0 and f"127.0.0.1:{port}" in logged.stdout


def test_the_proxy_knows_the_page_by_the_url_the_browser_sends():
    from archiver.capture.browser import browser_form

    assert browser_form("HTTP://Example.ORG:80") == "http://example.org/"
    assert browser_form("https://example.org:8443/a?b=1#frag") == "https://example.org:8443/a?b=1"


@pytest.fixture(scope="module")
def recaptured_after_a_crash(isolation: dict[str, Any], captured: dict[str, Any]) -> dict[str, Any]:
    """``recapture --browser`` of :func:`captured`'s page, in this process, made after the pooled
    Chromium the earlier captures left idle was killed (SIGKILL): one capture for two tests, the
    recapture's own and the pool's replacing of a browser that died while idle (``launched``:
    how many Chromiums the recapture started; ``folders``: the killed Chromium's temporary folders,
    its profile and its singleton socket's, as its command line and the profile's link named them).
    Asks for :func:`isolation`: the two captures it compares are made, with their Chromium, before
    this one kills it."""
    import os
    import signal

    from archiver.capture import browser

    idle = idle_browsers()
    assert idle, "the earlier captures left an idle browser"
    pids = [pid for b in idle for pid in _chromium_pids(b)]
    assert pids
    folders = [folder for pid in pids for folder in _temporary_folders(pid)]
    for pid in pids:
        os.kill(pid, signal.SIGKILL)
    launches = browser.launch_count()
    # recapture has no --ca-bundle: the HTTPS image's certificate (a test CA) does not verify now.
    result = invoke(captured["store"], captured["keys"], "recapture", captured["doc"]["capture_id"], "--browser",
                    "--json")
    return {"result": result, "launched": browser.launch_count() - launches, "folders": folders}


def _temporary_folders(pid: int) -> list[Path]:
    """The profile (``--user-data-dir``) of the Chromium ``pid`` and the folder of its singleton socket."""
    words = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    profiles = [Path(w.split(b"=", 1)[1].decode()) for w in words if w.startswith(b"--user-data-dir=")]
    return [folder for profile in profiles for folder in (profile, (profile / "SingletonSocket").readlink().parent)]


@needs_chromium
def test_recapture_with_browser_compares_and_an_unverifiable_origin_is_listed_not_recorded(
        recaptured_after_a_crash, captured, site):
    result = recaptured_after_a_crash["result"]
    assert result.exit_code == 0, result.output
    done = json.loads(result.stdout)
    browser = done["capture"]["browser"]
    assert done["previous_capture_id"] == captured["doc"]["capture_id"] and done["diff"] is not None
    assert [(f["url"], f["error_kind"]) for f in browser["failed_requests"]] == [(site.image, "tls")]
    assert site.image not in {r["target_uri"] for r in done["capture"]["records"]}


@needs_chromium
def test_consent_banner_is_clicked_only_when_asked_and_the_capture_says_so(captured, batched, site):
    assert captured["doc"]["browser"]["consent_dismissed"] is False  # the default: as the reader met it
    consent = next(d for d in batched["done"] if d["url"] == site.http.url("/consent"))  # with --dismiss-consent
    result = invoke(batched["store"], batched["keys"], "show", consent["capture_id"], "--json")
    assert result.exit_code == 0, result.output
    browser = one(result.stdout)["browser"]
    assert browser["consent_dismissed"] is True
    assert [c.split(": ", 1)[1] for c in browser["consent_clicked"]] == ["Accept all"]


def short_folders_left_since(started: float) -> list[str]:
    """The short temporary folders made for Chromium (archiver/capture/browser_folders.py) since
    ``started`` by processes that have exited: left behind. (The batch's browsers run in its
    workers, whose pids are not known here; a folder's name carries its maker's pid.)"""
    prefix = browser_folders.SHORT_PREFIX
    left = []
    for parent in browser_folders.SHORT_PARENTS:
        for path in Path(parent).glob(prefix + "*") if Path(parent).is_dir() else []:
            pid = path.name[len(prefix):].split("-")[0]
            with contextlib.suppress(OSError):
                if path.stat().st_mtime >= started - 1 and pid.isdigit() and not Path(f"/proc/{pid}").exists():
                    left.append(str(path))
    return left


@pytest.fixture(scope="module")
def batched(site: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One ``batch --browser --jobs 2 --dismiss-consent`` of the article page and the consent page
    (the consent test reads its capture of the banner page: one Chromium run fewer), as a command
    of its own (its fork server and workers are its own) under a ``TMPDIR`` of 120 bytes, too long
    for a Unix socket's address in it (multiprocessing's fork server listens on one; Chromium's
    singleton socket is one); what it left there and in the short temporary folders is noted."""
    if CHROMIUM is None:
        pytest.skip("no Chromium on PATH")
    root = tmp_path_factory.mktemp("batch")
    urls = root / "urls.txt"
    urls.write_text(f"{site.page}\n{site.http.url('/consent')}\n")
    store, keys = root / "store", root / "keys"
    base = Path(tempfile.mkdtemp(prefix="tmp-"))  # (in this run's temporary directory: tmp_path's is long already)
    long = base / ("d" * (120 - len(str(base)) - 1))
    long.mkdir()
    started = time.time()
    proc = subprocess.Popen([sys.executable, "-m", "archiver", "--store", str(store), "batch", str(urls), "--browser",
                             "--jobs", "2", "--ca-bundle", str(site.ca_file), "--dismiss-consent", "--nl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "ARCHIVER_KEY_DIR": str(keys), "TMPDIR": str(long)})
    out, err = proc.communicate(timeout=300)
    result = SimpleNamespace(exit_code=proc.returncode, stdout=out, output=out + err)
    done = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    yield {"store": store, "keys": keys, "result": result, "done": done, "left_in_tmp": os.listdir(long),
           "short_left": short_folders_left_since(started)}
    shutil.rmtree(base, ignore_errors=True)


@needs_chromium
def test_batch_with_browser_captures_each_url_through_chromium(batched):
    result, done = batched["result"], batched["done"]
    assert result.exit_code == 0, result.output
    assert sorted(d["status"] for d in done) == ["captured", "captured"]
    shots = [h for h, _ in warc_records(batched["store"])
             if str(h.get_header("WARC-Target-URI")).startswith("urn:screenshot:")]
    assert len(shots) == 2


@needs_chromium
def test_batch_with_browser_under_a_long_tmpdir_leaves_nothing_there_nor_in_its_short_folders(batched):
    assert batched["result"].exit_code == 0, batched["result"].output
    assert batched["left_in_tmp"] == [] and batched["short_left"] == []


@needs_chromium
def test_reindex_rebuilds_the_browser_capture_from_its_manifest(captured):
    store, keys, cid = captured["store"], captured["keys"], captured["doc"]["capture_id"]
    rebuilt = invoke(store, keys, "reindex", "--json")
    assert rebuilt.exit_code == 0, rebuilt.output
    shown = invoke(store, keys, "show", cid, "--json")
    assert shown.exit_code == 0, shown.output
    doc = one(shown.stdout)
    assert doc["browser"]["screenshot_record_id"] == captured["doc"]["browser"]["screenshot_record_id"]
    assert doc["article"]["sources"]["text"] == "rendered-dom"


@needs_chromium
def test_each_candidate_text_is_extracted_once_and_the_chosen_one_is_not_made_again(in_process_captures):
    # The DOM and the served HTML are both extracted to choose the text source; the commit
    # uses the chosen extraction instead of making it a third time.
    first = in_process_captures["first"]
    assert first["extract_calls"] == 2
    assert first["article"]["sources"]["text"] == "rendered-dom"
    assert ARTICLE_TEXT in first["article"]["text"]


@pytest.fixture(scope="module")
def in_process_captures(site: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One in-process ``capture_with_browser`` of the article page, made once for the tests that
    watch what happens around a capture: before it, work is left for after load and a browser is
    started ahead; ``Archive.extract`` is counted during it, and what its requests carried is
    kept (``seen``). The next browser capture in this process is :func:`captured`'s (which reads
    ``ran`` after it)."""
    if CHROMIUM is None:
        pytest.skip("no Chromium on PATH")
    import threading

    from archiver.archive import Archive
    from archiver.capture import browser
    from archiver.capture.fetch import FetchOptions

    root = tmp_path_factory.mktemp("in-process")
    calls: list[str | None] = []
    ran: list[str] = []
    done = threading.Event()
    real = Archive.extract

    def counting(self: Archive, body: bytes, **kw: Any) -> Any:
        calls.append(kw.get("content_type"))
        return real(self, body, **kw)

    def work() -> None:
        ran.append(threading.current_thread().name)
        done.set()

    def capture() -> dict[str, Any]:
        calls.clear()
        with Archive.open(root / "store", key_dir=root / "keys",
                          fetch_options=FetchOptions(ca_bundle=str(site.ca_file))) as arc:
            result = arc.capture_with_browser(site.page, options)
            article = arc.show(result.capture_id)["article"] if result.ok else None
        return {"result": result, "extract_calls": len(calls), "article": article}

    options = browser.BrowserOptions(chromium=CHROMIUM)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Archive, "extract", counting)
        browser.close_idle_browsers()  # (none yet, normally: the browser started ahead is this one)
        launches = browser.launch_count()
        browser.after_load(work)
        browser.prelaunch(options)
        site.seen.clear()
        first = capture()
        first["seen"] = list(site.seen)
        first["launched"] = browser.launch_count() - launches
        first["after_load_ran"] = done.wait(30)
        first["ran"] = list(ran)
    return {"first": first, "ran": ran}


@needs_chromium
def test_a_browser_started_ahead_is_the_one_the_next_capture_uses(in_process_captures, site):
    first = in_process_captures["first"]
    assert first["result"].ok, first["result"].error
    assert first["launched"] == 1  # the capture took the browser started ahead, and started none
    assert site.page in {r["target_uri"] for r in first["result"].records}


@needs_chromium
def test_work_left_for_after_load_runs_once_on_a_side_thread_during_the_next_capture(in_process_captures, captured):
    first = in_process_captures["first"]
    assert first["result"].ok, first["result"].error
    assert first["after_load_ran"] and first["ran"] == ["archiver-after-load"]
    assert captured["doc"]["browser"]  # the next browser capture (exit 0: see the fixture)
    assert captured["work_ran"] == ["archiver-after-load"]  # once


def test_phase_marks_are_written_at_exit_only_when_asked(tmp_path, monkeypatch):
    # Not asked (no ARCHIVER_BROWSER_PHASES): nothing is kept or left for exit (seen in this
    # process); asked: a real process writes its marks as it exits (one process, not two).
    import atexit
    import os
    import subprocess
    import sys

    from archiver.capture import browser_page

    registered: list[Any] = []
    monkeypatch.delenv(browser_page.PHASES_ENV, raising=False)
    monkeypatch.setattr(atexit, "register", lambda func, *a, **k: registered.append(func) or func)
    monkeypatch.setattr(browser_page, "_PHASES", [])
    browser_page.mark("one")
    assert registered == [] and browser_page._PHASES == []
    monkeypatch.undo()
    code = "from archiver.capture.browser import mark; mark('one'); mark('two')"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = tmp_path / "phases.json"
    subprocess.run([sys.executable, "-c", code], env={**env, "ARCHIVER_BROWSER_PHASES": str(out)}, check=True,
                   timeout=120)
    marks = json.loads(out.read_text())
    assert [name for name, _ in marks] == ["one", "two", "exit"]
    assert marks[0][1] <= marks[1][1] <= marks[2][1]


def test_a_browser_capture_process_leaves_its_objects_to_the_os_at_exit(monkeypatch):
    # The collector's passes over every object at interpreter shutdown cost 0.1-0.4 s after the
    # last output; the objects are frozen at exit instead.
    import atexit
    import gc
    import sys

    from archiver.capture import browser_page
    from archiver.cli.browser_cmds import browser_settings

    registered: list[Any] = []
    monkeypatch.setattr(atexit, "register", lambda func, *a, **k: registered.append(func) or func)
    monkeypatch.setattr(browser_page, "_AFTER_LOAD", [])  # (the extractor warm-up it leaves for the next capture)
    browser_settings(True, sys.executable, 10, False)  # any executable passes for a Chromium here
    assert gc.freeze in registered
    assert browser_settings(False, None, 10, False) is None


# ---------------------------------------------------------------------------- the pool of browsers
# A capture reuses a Chromium already running in its process; each gets a fresh browser context.


@pytest.fixture(scope="module")
def isolation(in_process_captures: dict[str, Any], captured: dict[str, Any]) -> dict[str, Any]:
    """Two captures of the article page in a row, in this process: :func:`in_process_captures`'s,
    then :func:`captured`'s. The page (with the site's probes) leaves a cookie, a long-cached image
    and a local-storage entry behind; what each capture's requests carried is in ``seen``."""
    first = in_process_captures["first"]
    assert first["result"].ok, first["result"].error
    return {"captures": [
        {"seen": first["seen"], "recorded": {r["target_uri"] for r in first["result"].records}},
        {"seen": captured["seen"], "recorded": {r["target_uri"] for r in captured["doc"]["records"]},
         "launched": captured["launched"]},
    ]}


@needs_chromium
def test_a_second_browser_capture_in_the_same_process_launches_no_new_chromium(isolation):
    assert isolation["captures"][1]["launched"] == 0


@needs_chromium
def test_a_cookie_set_in_one_capture_is_not_sent_in_the_next(isolation):
    first, second = (dict(c["seen"]) for c in isolation["captures"])
    assert first["/article"] is None
    assert first["/report?stored=none"] == "visit=1"  # within the capture the cookie is the page's
    assert second["/article"] is None  # the next capture's first request: no cookie of the first


@needs_chromium
def test_a_resource_cached_in_one_capture_is_fetched_and_recorded_again_in_the_next(isolation, site):
    for capture in isolation["captures"]:
        assert "/cached.png" in dict(capture["seen"])  # the site served it to each capture
        assert site.http.url("/cached.png") in capture["recorded"]


@needs_chromium
def test_local_storage_left_by_one_capture_is_not_seen_by_the_next(isolation):
    assert [[p for p, _ in c["seen"] if p.startswith("/report")] for c in isolation["captures"]] == [
        ["/report?stored=none"], ["/report?stored=none"]]


def _chromium_pids(browser_run: Any) -> list[int]:
    """The pids of the Chromium launched with ``browser_run``'s browser-wide proxy (its main process)."""
    wanted = f"--proxy-server={browser_run.base_proxy.refusing_address}".encode()
    pids = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and wanted in (proc / "cmdline").read_bytes().split(b"\0"):
                pids.append(int(proc.name))
        except OSError:
            continue
    return pids


@needs_chromium
def test_a_pooled_chromium_that_died_while_idle_is_replaced_and_the_next_capture_succeeds(recaptured_after_a_crash):
    result = recaptured_after_a_crash["result"]
    assert result.exit_code == 0, result.output  # the capture after the crash (see the fixture)
    assert json.loads(result.stdout)["capture"]["browser"]
    assert recaptured_after_a_crash["launched"] == 1  # the dead one was dropped and a new one started


@needs_chromium
def test_a_pooled_chromium_that_died_while_idle_leaves_none_of_its_temporary_folders(recaptured_after_a_crash):
    # Killed, Chromium removes no folder of its own (Playwright's driver, alive, removes the profile).
    folders = recaptured_after_a_crash["folders"]
    assert {f.name.split("-")[0].split(".")[0] for f in folders} == {"playwright_chromiumdev_profile", "org"}  # (found)
    assert [f for f in folders if f.exists()] == []
