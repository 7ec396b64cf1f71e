"""A browser capture whose page dies under it: what is kept, and what never is.

A page's death is Chromium's main process dying (a crash, a kill: ``browser_died``) or the page's
renderer dying while the browser lives on (a crash, the out-of-memory killer's usual pick:
``page_crashed``). Either way the exchanges the recording proxy took stand, marked, whenever the
death comes (tests/test_redteam4_browser.py kills the main process at several moments); but a
capture is only ever made of the page's own document: a redirect whose target never arrived is
no page. Real Chromium, real loopback server, in this process.
"""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path
from typing import Any

import pytest
from servers import Site, html_page, response

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): "
                                "browser capture tests skipped")

SERVED = "The harbour authority approved the new breakwater after a long public consultation. " * 3
#: A page whose parsing waits for a script the server answers only after killing something:
#: the page's load cannot have been reported when the death comes.
BLOCKED = (f"<!doctype html><html><head><meta charset='utf-8'><title>Deaths</title></head><body>"
           f"<article><p>{SERVED}</p></article><script src='/kill.js'></script></body></html>").encode()


def _families() -> list[Any]:
    from archiver.capture import browser

    return [b.families[-1] for b in browser._POOL.browsers if getattr(b, "families", None)]


def _kill_renderers(_handler: Any) -> bytes:
    for family in _families():
        family.kill_renderers()
    return response("200 OK", [("Content-Type", "text/javascript")], b"")


def _kill_browser_then_redirect(_handler: Any) -> bytes:
    for family in _families():
        main = family.scan()
        for pid, proc in main.items():  # the launch's main process: the one whose parent is not of the launch
            if proc.state != "Z" and proc.ppid not in main:
                os.kill(pid, signal.SIGKILL)
    return response("302 Found", [("Location", "/page"), ("Content-Length", "0")], b"")


def _capture(tmp: Path, start: str, routes: dict[str, Any]) -> dict[str, Any]:
    from archiver.archive import Archive
    from archiver.capture import browser

    site = Site()
    site.routes.update(routes)
    try:
        with Archive.open(tmp / "store", key_dir=tmp / "keys") as arc:
            try:
                outcome: Any = arc.capture_with_browser(site.url(start), browser.BrowserOptions(
                    chromium=CHROMIUM, idle_timeout=1.0))
                return {"outcome": outcome, "shown": arc.show(outcome.capture_id) if outcome.ok else None,
                        "requests": list(site.requests)}
            except Exception as exc:  # noqa: BLE001 - what the test looks at
                return {"outcome": exc, "shown": None, "requests": list(site.requests)}
    finally:
        site.close()


def test_a_renderer_dying_while_the_page_loads_keeps_the_recorded_page_marked_page_crashed(tmp_path):
    got = _capture(tmp_path, "/page", {"/page": html_page(BLOCKED), "/kill.js": _kill_renderers})
    shown = got["shown"]  # (before: "Page.goto: Page crashed", the capture failed, nothing kept)
    assert shown is not None, repr(got["outcome"])
    assert "page_crashed" in shown["browser"]["incomplete"] and shown["browser"]["complete"] is False
    assert shown["article"]["sources"]["text"] == "http-response" and SERVED.strip() in shown["article"]["text"]


def test_a_browser_dying_after_a_redirect_and_before_its_target_keeps_no_capture(tmp_path):
    from archiver.errors import CaptureError

    got = _capture(tmp_path, "/r", {"/r": _kill_browser_then_redirect, "/page": html_page(BLOCKED)})
    outcome = got["outcome"]  # (before this fix: a capture of the 302 alone, "ok", empty text)
    assert isinstance(outcome, CaptureError) or not outcome.ok, repr(outcome)
    assert "never received the page" in str(getattr(outcome, "error", None) or outcome)


def test_a_redirect_whose_target_never_answers_keeps_no_capture_and_vouches_for_no_error_page(tmp_path):
    # The browser is alive throughout: the redirect's target refuses the connection, so what the
    # page shows is an error page (the recording proxy's own words) that no server sent. The
    # plain capture of the same URL fails; so does this one (before: "complete", status 302, and
    # "connection refused" verified exact against a page the origin never served).
    import socket

    from archiver.errors import CaptureError

    with socket.socket() as held:  # bound, never listening: every connection to it is refused
        held.bind(("127.0.0.1", 0))
        target = f"http://127.0.0.1:{held.getsockname()[1]}/target"
        got = _capture(tmp_path, "/r", {"/r": lambda _h: response(
            "302 Found", [("Location", target), ("Content-Length", "0")], b"")})
    outcome = got["outcome"]
    assert isinstance(outcome, CaptureError) or not outcome.ok, repr(outcome)
    message = str(getattr(outcome, "error", None) or outcome)
    assert "never received the page" in message and target in message, message


def test_a_pooled_browser_whose_playwright_driver_died_while_idle_serves_the_next_capture(tmp_path):
    # The out-of-memory killer's pick between two captures: the pooled browser's thread relaunched
    # Chromium through the dead driver, the capture failed as "could not start Chromium" (check
    # --chromium), and in a batch that line stopped every URL left
    import time

    from archiver.capture import browser

    # The first capture takes an idle browser an earlier test left in the pool, if there is one
    # (closing it first cost a launch); the one it took has served one more capture since.
    served = {b: b.served for b in browser._POOL.browsers}
    page = html_page(BLOCKED.replace(b"<script src='/kill.js'></script>", b""))
    first = _capture(tmp_path / "a", "/page", {"/page": page})
    assert first["shown"] is not None, first["outcome"]
    (held,) = [b for b in browser._POOL.browsers if b.free() and b.served > served.get(b, 0)]
    driver = next(iter(held._driver.members))  # (the family is made of the driver's pid)
    os.kill(driver, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while Path(f"/proc/{driver}/stat").exists() and Path(f"/proc/{driver}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
        assert time.monotonic() < deadline, "the driver did not die"
        time.sleep(0.05)
    second = _capture(tmp_path / "b", "/page", {"/page": page})
    assert second["shown"] is not None, second["outcome"]
    assert SERVED.strip() in second["shown"]["article"]["text"]
