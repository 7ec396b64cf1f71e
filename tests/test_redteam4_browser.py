"""Red team, fourth pass: ``archive --browser`` attacked by the page it captures.

A hostile page, served from a real loopback server and loaded by the real Chromium through
archiver's recording proxy, tries to make the capture vouch for words its recorded response
never held, or to make the capture hang. What succeeded, and is fixed here:

- a page that loads another document after it loaded (``location.replace``, ``location.reload``
  with a different second answer): the rendered DOM read at the end was the other document's,
  its text became the capture's (``sources.text: rendered-dom``) and the capture said
  ``complete``; a quote of the other document's words was ``exact`` against the capture of a
  URL that never sent them. Now the capture is marked ``page_navigated_away`` and its text is
  never taken from such a DOM;
- a page whose script never yields (a busy loop after load): every call into the page
  (scrolling, reading the DOM) waited forever; the capture failed only after ``--total-timeout``
  plus 30 s, nothing was kept, and the browser's thread stayed stuck until the command exited.
  Now the page's renderer is stopped at the time limit and the capture is kept, marked
  ``page_stopped_at_time_limit``; the browser serves the next capture;
- a quote found only in text the page's scripts wrote was ``exact`` with nothing saying the text
  is the rendered DOM rather than what the server sent: the verdict now says so (``text_from``).

- a response that never ends (a dripping body, a long poll) still in flight when the page had
  been read: the proxy waited for each such exchange in turn until the capture's deadline, so
  the capture took its whole ``--total-timeout`` however early the page was read, and whether
  the exchange was recorded depended on timing. Now the proxy stops waiting (5 s in all), the
  exchange is never recorded, and the capture says ``exchanges_unfinished_at_end``.

- a ws:// WebSocket (Chromium sends it through a CONNECT tunnel, in plain bytes): the proxy
  took the tunnel for TLS, the handshake failed and nothing was counted, so a page whose content
  comes over a WebSocket was captured ``complete``. Now a tunnel that does not carry TLS is
  closed and counted (``refused_unsupported``), as a wss:// upgrade already was.

- a DOM built by a few bytes of script (300 kB here; any size) was read whole and kept as the
  rendered-DOM record, whatever ``--max-body`` said: a page could fill memory and the store. Now
  the DOM's length is measured in the browser first, in a JavaScript world of archiver's own, and
  a DOM over ``--max-body`` is not read (``rendered_dom_over_max_body``).

- Chromium killed while the page was still loading (the request of a script that blocks its
  parsing): the capture failed and dropped the exchanges recorded, as it did by timing alone
  when the kill came just after the load, before Playwright heard of it (seen in CI). Now the
  recorded exchanges are kept either way, marked ``browser_died``.

What was tried and held (no fix needed) is checked too: ``history.pushState`` to another URL
(the recorded document is the served one; the URL shown is recorded as ``rendered_url``),
escape sequences in a script-set title, dialogs and popups.

All captures run in one process, one after another, so they share one pooled Chromium.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from servers import Hostile, Site, html_page, response

from archiver.cli import cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): "
                                "browser capture tests skipped")

SERVED = "The council published its annual budget report this morning with details about spending. " * 3
ELSEWHERE = "Words served only under another address appear here and nowhere in the captured page. " * 5
SECOND = "The second answer to the same address says something else entirely at great length. " * 5
SCRIPTED = "These sentences were written into the page by its own script after it had loaded. " * 5
OTHER_QUOTE = "served only under another address appear here"
SECOND_QUOTE = "says something else entirely at great length"
SCRIPTED_QUOTE = "written into the page by its own script"


def _page(body: str, *, title: str = "Hostile", script: str = "") -> bytes:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><p>{body}</p></article><script>{script}</script></body></html>").encode()


def _site() -> Site:
    site = Site()
    later = "addEventListener('load', () => setTimeout(() => {{ {} }}, 50));"
    site.routes["/navigates"] = html_page(_page(SERVED, script=later.format("location.replace('/elsewhere');")))
    site.routes["/elsewhere"] = html_page(_page(ELSEWHERE, title="Elsewhere"))
    answers = iter([_page(SERVED, script=later.format("location.reload();")), _page(SECOND)])

    def reloads(_handler: Any) -> bytes:  # a different answer the second time
        return response("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
                        next(answers, _page(SECOND)))

    site.routes["/reloads"] = reloads
    site.routes["/loops"] = html_page(_page(SERVED, script="addEventListener('load', () => setTimeout(() => { for (;;) {} }, 0));"))
    site.routes["/scripted"] = html_page(_page(
        "Loading", script=f"document.querySelector('article').innerHTML = '<p>{SCRIPTED}</p>';"))
    site.routes["/pushes"] = html_page(_page(SERVED, script="history.pushState(null, '', '/elsewhere');"))
    site.routes["/sockets"] = html_page(_page(SERVED, script="new WebSocket('ws://' + location.host + '/live');"))
    site.routes["/bloats"] = html_page(_page(SERVED, script=(  # 300 kB of DOM from 200 bytes, never shown
        "const d = document.createElement('div'); d.hidden = true; "
        "d.textContent = 'The minister resigned in disgrace. '.repeat(9000); document.body.appendChild(d); "
        "Object.defineProperty(Element.prototype, 'outerHTML', {get() { return ''; }});")))  # (and lies)
    hidden = "The secret annex lists every payment made to the minister in cash"
    site.routes["/tricks"] = html_page(_page(SERVED, script=(  # words only in frames, a shadow root, a worker
        f"const f = document.createElement('iframe'); f.src = 'data:text/html,<p>{hidden}</p>'; document.body.append(f);"
        f"const g = document.createElement('iframe'); document.body.append(g);"
        f"g.src = URL.createObjectURL(new Blob(['<p>{hidden}</p>'], {{type: 'text/html'}}));"
        f"const h = document.createElement('div'); h.attachShadow({{mode: 'open'}}).innerHTML = '<p>{hidden}</p>';"
        f"document.body.append(h); navigator.serviceWorker && navigator.serviceWorker.register('/sw.js');"
        f"const i = document.createElement('img'); i.src = 'file:///etc/hostname'; document.body.append(i);")))
    site.routes["/sw.js"] = lambda h: response("200 OK", [("Content-Type", "text/javascript")], (
        f"self.addEventListener('fetch', e => e.respondWith(new Response('<p>{hidden}</p>')));").encode())
    site.routes["/titles"] = html_page(_page(  # (its text, and so its title, from the rendered DOM)
        "Loading", script=f"document.querySelector('article').innerHTML = '<p>{SCRIPTED}</p>'; "
                          r"document.title = 'T\x1b]0;owned\x07\x1b[31mRED\u202eevil\x9b2J';"))
    forward = "<html><head><meta http-equiv='refresh' content='0; url={}'></head><body><p>Moved.</p></body></html>"
    site.routes["/forwards"] = html_page(forward.format("/elsewhere").encode())  # (session 52)
    site.routes["/forwards-on"] = html_page(forward.format("/navigates").encode())
    site.routes["/pops"] = html_page(_page(
        SERVED, script="alert('a'); confirm('b'); prompt('c'); window.open('/elsewhere'); "
                       "addEventListener('load', () => { alert('again'); window.close(); });"))
    return site


def _invoke(store: Path, keys: Path, *args: str) -> Any:
    return CliRunner().invoke(cli, ["--store", str(store), *args], env={"ARCHIVER_KEY_DIR": str(keys)})


def _doc(result: Any) -> dict[str, Any]:
    doc = json.loads(result.stdout)
    assert isinstance(doc, dict), doc  # one URL, one quote: one object (conventions.md)
    return doc


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One browser capture of each hostile page (one Chromium, in this process), in one store."""
    from archiver.capture import browser

    root = tmp_path_factory.mktemp("redteam4")
    store, keys = root / "store", root / "keys"
    site = _site()
    runs: dict[str, Any] = {}
    try:
        for name in ("navigates", "reloads", "scripted", "pushes", "pops", "sockets", "bloats", "tricks", "loops",
                     "forwards", "forwards-on"):
            # The loop burns a core from load until the limit: the capture costs about as many
            # CPU-seconds as its limit (measured: 6.0-6.3 at 6 s, 4.1-4.2 at 4 s), so the limit
            # is short. 5 s leaves the warm pooled Chromium 3 s (the capture keeps the other 2
            # for the screenshot and DOM) to load this small loopback page, which a whole warm
            # capture of another page here does in about 1 s of wall time: margin for a loaded
            # CI machine, at ~1 CPU-s more than 4 s would cost.
            limit = "5" if name == "loops" else "60"
            runs[name] = _invoke(store, keys, "archive", site.url("/" + name), "--browser", "--json",
                                 "--total-timeout", limit, "--max-body", "100000")
        launches = browser.launch_count()
        runs["after_loop"] = _invoke(store, keys, "archive", site.url("/pushes"), "--browser", "--json")
        runs["launched_after_loop"] = browser.launch_count() - launches
        runs["titles"] = _invoke(store, keys, "archive", site.url("/titles"), "--browser")
        yield {"store": store, "keys": keys, "runs": runs, "site": site}
    finally:
        site.close()


def _captured(hostile: Any, name: str) -> dict[str, Any]:
    result = hostile["runs"][name]
    assert result.exit_code == 0, result.output
    return _doc(result)


def _verdict(hostile: Any, quote: str, capture: str, *more: str) -> Any:
    return _invoke(hostile["store"], hostile["keys"], "verify-quote", quote, "--capture", capture, *more)


def test_a_page_that_loads_another_url_after_load_is_marked_and_its_text_is_not_that_urls(hostile):
    doc = _captured(hostile, "navigates")
    assert "page_navigated_away" in doc["browser"]["incomplete"] and doc["browser"]["complete"] is False
    assert doc["browser"]["rendered_url"].endswith("/elsewhere")
    assert OTHER_QUOTE not in doc["article"]["text"]
    assert doc["article"]["sources"]["text"] == "http-response"


def test_a_quote_of_the_document_a_page_navigated_to_is_not_verified_against_it(hostile):
    doc = _captured(hostile, "navigates")
    result = _verdict(hostile, OTHER_QUOTE, doc["capture_id"], "--json")
    assert _doc(result)["verdict"] != "exact", result.output


def test_a_page_that_reloads_to_a_different_answer_is_marked_and_its_text_is_the_recorded_response(hostile):
    doc = _captured(hostile, "reloads")
    assert "page_navigated_away" in doc["browser"]["incomplete"]
    assert SECOND_QUOTE not in doc["article"]["text"]
    assert "annual budget report" in doc["article"]["text"]  # the first answer: the recorded document


def test_a_page_whose_script_never_yields_is_stopped_at_the_time_limit_and_kept(hostile):
    doc = _captured(hostile, "loops")  # (before: no capture, "did not finish", after the limit + 30 s)
    assert "page_stopped_at_time_limit" in doc["browser"]["incomplete"]
    assert doc["status"] == 200 and "annual budget report" in doc["article"]["text"]


def test_the_browser_that_served_a_never_yielding_page_serves_the_next_capture(hostile):
    doc = _captured(hostile, "after_loop")
    assert hostile["runs"]["launched_after_loop"] == 0  # the same Chromium, not stuck in the page
    assert doc["browser"]["complete"] is True


def test_a_quote_only_the_rendered_dom_holds_says_its_text_is_the_rendered_dom(hostile):
    doc = _captured(hostile, "scripted")
    assert doc["article"]["sources"]["text"] == "rendered-dom"
    shown = _verdict(hostile, SCRIPTED_QUOTE, doc["capture_id"], "--json")
    assert _doc(shown)["verdict"] == "exact" and _doc(shown)["text_from"] == "rendered-dom"
    told = _verdict(hostile, SCRIPTED_QUOTE, doc["capture_id"])
    assert "rendered it, after its scripts ran" in told.stdout, told.output


def test_a_quote_of_served_text_says_its_text_is_the_http_response(hostile):
    doc = _captured(hostile, "pushes")
    shown = _verdict(hostile, "annual budget report this morning", doc["capture_id"], "--json")
    assert _doc(shown)["text_from"] == "http-response"


def test_push_state_to_another_url_keeps_the_served_document_and_records_the_url_shown(hostile):
    doc = _captured(hostile, "pushes")  # held before this pass: no fix
    assert doc["browser"]["incomplete"] == [] and doc["browser"]["rendered_url"].endswith("/elsewhere")
    assert OTHER_QUOTE not in doc["article"]["text"]


def test_dialogs_and_a_popup_neither_stop_the_capture_nor_give_it_the_popups_text(hostile):
    doc = _captured(hostile, "pops")  # held before this pass: no fix
    assert doc["browser"]["rendered_dom_sha256"] and doc["browser"]["screenshot_sha256"]
    assert OTHER_QUOTE not in doc["article"]["text"]


def test_escape_sequences_in_a_script_set_title_never_reach_the_terminal(hostile):
    result = hostile["runs"]["titles"]  # held before this pass: no fix
    assert result.exit_code == 0, result.output
    assert not any(c in result.stdout for c in "\x1b\x07\x9b\u202e"), repr(result.stdout)


@pytest.fixture(scope="module")
def dripping(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One in-process browser capture of a page that fetches six responses that never end (a byte
    every 0.2 s each), with a 20 s limit: waited for in turn, 5 s each, they outlast it."""
    from archiver.archive import Archive
    from archiver.capture import browser
    from archiver.capture.fetch import FetchOptions

    hung_up = threading.Event()

    def drip() -> Any:
        try:
            yield b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n"
            while True:
                time.sleep(0.2)
                yield b"."
        finally:  # (the client closed: the script is closed with the connection)
            hung_up.set()

    origin = Hostile(drip)
    site = Site()
    site.routes["/page"] = html_page(_page(SERVED, script=f"for (let i = 0; i < 6; i++) "
                                                          f"fetch('{origin.url('/stream')}?' + i, {{mode: 'no-cors'}});"))
    root = tmp_path_factory.mktemp("dripping")
    try:
        with Archive.open(root / "store", key_dir=root / "keys",
                          fetch_options=FetchOptions(total_timeout=20.0)) as arc:
            result = arc.capture_with_browser(site.url("/page"), browser.BrowserOptions(chromium=CHROMIUM,
                                                                                        idle_timeout=1.0))
            still_sending = not hung_up.is_set()
            shown = arc.show(result.capture_id) if result.ok else None
        yield {"result": result, "still_sending": still_sending, "shown": shown, "stream": origin.url("/stream")}
    finally:
        origin.close()
        site.close()


def test_a_response_still_arriving_when_the_page_was_read_is_cut_and_not_recorded(dripping):
    assert dripping["result"].ok, dripping["result"].error
    shown = dripping["shown"]
    assert "exchanges_unfinished_at_end" in shown["browser"]["incomplete"]
    assert not any(r["target_uri"].startswith(dripping["stream"]) for r in shown["records"])


def test_the_capture_does_not_wait_for_responses_that_never_end(dripping):
    # before: the proxy waited for each in turn until the capture's deadline cut them (listed
    # as failed: "timed out after 20s in total")
    failed = dripping["shown"]["browser"]["failed_requests"]
    assert not any(f["url"].startswith(dripping["stream"]) for f in failed), failed
    assert dripping["still_sending"]


#: Where in the page's life the server kills Chromium: when the image the page asks for after
#: its load is asked for (Playwright may or may not have heard of the load by then), when the
#: script that blocks the page's parsing is asked for (it never has: the load cannot be reported),
#: or once scrolling has asked for a lazy image (the capture is waiting for what scrolling asked
#: for: the image, answered, asks for the kill, so Playwright has heard of the image's request).
KILLED_WHEN = {
    "after_load": _page(SERVED, script="addEventListener('load', () => { new Image().src = '/kill.png'; });"),
    "after_scroll": (f"<!doctype html><html><head><meta charset='utf-8'><title>Hostile</title></head><body>"
                     f"<article><p>{SERVED}</p></article><img src='/lazy.png' loading='lazy' width='10' "
                     f"height='10' style='margin-top:6000px' onload=\"fetch('/kill.png')\" "
                     f"onerror=\"fetch('/kill.png')\"></body></html>").encode(),
    "while_loading": (f"<!doctype html><html><head><meta charset='utf-8'><title>Hostile</title></head><body>"
                      f"<article><p>{SERVED}</p></article><script src='/kill.png'></script></body></html>").encode(),
}


@pytest.fixture(scope="module", params=sorted(KILLED_WHEN))
def browser_killed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One in-process browser capture during which Chromium's main process is killed by the
    server (see :data:`KILLED_WHEN`): what the capture returned, or raised; and, once the capture
    has returned and the pool's idle browsers are closed, which processes of the killed Chromium
    are still there, running or not reaped (``left``, of ``launched``)."""
    from pathlib import Path as _Path

    from archiver.archive import Archive
    from archiver.capture import browser, browser_procs

    launched: dict[int, int] = {}  # every process of the killed Chromiums: pid -> start time

    def start_time(pid: int) -> int | None:
        try:
            return int((_Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[19])
        except (OSError, ValueError, IndexError):
            return None

    def launch_of(main: int) -> dict[int, int]:
        """The processes of the Chromium whose main process is ``main``: those carrying its
        launch's mark in their environment (it, its crash handlers), and their descendants."""
        def environ(pid: int) -> list[bytes]:
            try:
                return (_Path("/proc") / str(pid) / "environ").read_bytes().split(b"\0")
            except OSError:
                return []

        mark = next((v for v in environ(main) if v.startswith(f"{browser_procs.MARK_ENV}=".encode())), None)
        parents: dict[int, int] = {}
        for proc in _Path("/proc").iterdir():
            try:
                if proc.name.isdigit():
                    parents[int(proc.name)] = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
        members = {main} | ({pid for pid in parents if mark in environ(pid)} if mark else set())
        grew = True
        while grew:
            below = {pid for pid, ppid in parents.items() if ppid in members} - members
            members |= below
            grew = bool(below)
        return {pid: start for pid in members if (start := start_time(pid)) is not None}

    def chromium_main_pids() -> list[int]:
        wanted = [f"--proxy-server={b.base_proxy.refusing_address}".encode() for b in browser._POOL.browsers
                  if hasattr(b, "base_proxy")]
        found = []
        for proc in _Path("/proc").iterdir():
            try:
                if proc.name.isdigit() and any(w in (proc / "cmdline").read_bytes().split(b"\0") for w in wanted):
                    found.append(int(proc.name))
            except OSError:
                continue
        return found

    slow: list[int] = []  # a process of the killed Chromium that is slow to exit (see kill_chromium)

    def kill_chromium(_handler: Any) -> bytes:
        import os
        import signal

        mains = chromium_main_pids()
        for pid in mains:
            launched.update(launch_of(pid))
        # One crash handler is slow to exit, as a dozen processes given a small share of a
        # loaded machine's CPU can be: stopped here, and ended by the fixture once the idle
        # browsers are being closed (the browser's thread waits for it meanwhile).
        for pid in launched:
            with contextlib.suppress(OSError):
                if (_Path("/proc") / str(pid) / "comm").read_text().startswith("chrome_crashpad") and not slow:
                    os.kill(pid, signal.SIGSTOP)
                    slow.append(pid)
        for pid in mains:
            os.kill(pid, signal.SIGKILL)
        return response("200 OK", [("Content-Type", "image/png")], b"")

    def end_slow() -> None:
        import os
        import signal

        for pid in slow:
            if start_time(pid) == launched.get(pid):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)

    site = Site()
    site.routes["/page"] = html_page(KILLED_WHEN[request.param])
    site.routes["/kill.png"] = kill_chromium
    site.routes["/lazy.png"] = lambda _handler: response("200 OK", [("Content-Type", "image/png")], b"")
    root = tmp_path_factory.mktemp("killed")
    try:
        with Archive.open(root / "store", key_dir=root / "keys") as arc:
            try:
                outcome: Any = arc.capture_with_browser(site.url("/page"), browser.BrowserOptions(
                    chromium=CHROMIUM, idle_timeout=1.0))
                shown = arc.show(outcome.capture_id) if outcome.ok else None
            except Exception as exc:  # noqa: BLE001 - what the test looks at
                outcome, shown = exc, None
        ender = threading.Timer(1.0, end_slow)  # (not a wait of the test's: the browser's thread waits for it)
        ender.start()
        browser.close_idle_browsers()
        left = sorted(pid for pid, start in launched.items() if start_time(pid) == start)
        ender.join()
        yield {"outcome": outcome, "shown": shown, "launched": launched, "slow": list(slow), "left": left}
    finally:
        end_slow()
        site.close()


def test_chromium_dying_under_the_page_keeps_what_was_recorded_and_lists_what_is_missing(browser_killed):
    from archiver.capture.records import CaptureResult

    outcome = browser_killed["outcome"]  # held before this pass: no fix
    assert isinstance(outcome, CaptureResult) and outcome.ok, repr(outcome)
    incomplete = browser_killed["shown"]["browser"]["incomplete"]
    assert "no_screenshot" in incomplete and "no_rendered_dom" in incomplete


def test_chromium_dying_under_the_page_is_named_and_the_text_is_the_recorded_response(browser_killed):
    shown = browser_killed["shown"]
    assert shown is not None, repr(browser_killed["outcome"])
    assert "browser_died" in shown["browser"]["incomplete"] and shown["browser"]["complete"] is False
    assert shown["article"]["sources"]["text"] == "http-response" and SERVED.strip() in shown["article"]["text"]


def test_a_chromium_that_died_under_the_page_leaves_no_process_once_the_idle_browsers_are_closed(browser_killed):
    # Closing the idle browsers waits until they are closed. A browser whose Chromium died under
    # a capture had left the pool already, and was still ending its processes on its own thread:
    # they were left, running or not reaped, after close_idle_browsers returned (seen at the end
    # of a loaded test run: "processes started by the tests outlived the run", 1 run in 3).
    assert len(browser_killed["launched"]) > 1 and browser_killed["slow"]  # (the killed Chromium's processes were seen)
    assert browser_killed["left"] == []


def test_a_plain_websocket_is_counted_as_unsupported_and_the_capture_is_not_complete(hostile):
    doc = _captured(hostile, "sockets")  # (before: nothing counted, "complete": true)
    assert "refused_unsupported" in doc["browser"]["incomplete"] and doc["browser"]["complete"] is False


def test_a_rendered_dom_over_max_body_is_not_kept_and_the_capture_says_so(hostile):
    doc = _captured(hostile, "bloats")  # (before: a 300 kB rendered-DOM record, --max-body 100000)
    assert "rendered_dom_over_max_body" in doc["browser"]["incomplete"]
    assert doc["browser"]["rendered_dom_record_id"] is None
    assert not any(r["target_uri"].startswith("urn:rendered-dom:") for r in doc["records"])


def test_words_only_in_frames_of_data_or_blob_urls_a_shadow_root_or_a_worker_are_not_the_pages(hostile):
    doc = _captured(hostile, "tricks")  # held before this pass: no fix
    assert "payment made to the minister" not in doc["article"]["text"]
    assert "/sw.js" not in hostile["site"].requests  # service workers are blocked
    result = _verdict(hostile, "every payment made to the minister in cash", doc["capture_id"], "--json")
    assert _doc(result)["verdict"] != "exact"


def test_a_page_that_forwards_by_a_refresh_of_no_delay_is_followed_and_its_target_is_the_capture(hostile):
    """Session 52: Chromium takes its reader on at once, so the chain is the forwarding page, then the page shown;
    the capture is complete, and its text (and rendered text) are the page shown's."""
    doc = _captured(hostile, "forwards")
    assert [hop["url"].rsplit("/", 1)[1] for hop in doc["hops"]] == ["forwards", "elsewhere"]
    assert "page_navigated_away" not in doc["browser"]["incomplete"]
    assert doc["browser"]["rendered_text_record_id"] is not None
    assert _doc(_verdict(hostile, OTHER_QUOTE, doc["capture_id"], "--json"))["verdict"] == "exact"


def test_a_page_reached_by_a_refresh_that_then_navigates_is_still_marked(hostile):
    doc = _captured(hostile, "forwards-on")
    assert [hop["url"].rsplit("/", 1)[1] for hop in doc["hops"]] == ["forwards-on", "navigates"]
    assert "page_navigated_away" in doc["browser"]["incomplete"]
    assert _doc(_verdict(hostile, OTHER_QUOTE, doc["capture_id"], "--json"))["verdict"] != "exact"
