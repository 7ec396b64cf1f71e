"""A hung but connected Chromium cannot keep the browser's thread past the capture's deadline.

When a call into the page is refused as its target is closed, :class:`_Gone` asks Chromium
itself for a CDP session, to tell a renderer's crash from a lost connection. That call has no
time limit of Playwright's: a Chromium stopped (SIGSTOP here; starved or wedged in life) while
still connected never answers it, and the browser's thread waited for good. It is now bounded
as the calls into the page are: by the capture's deadline Chromium is killed, the call fails,
and the browser counts as lost.

Real Chromium, launched as the pool launches it (its processes one
:class:`~archiver.capture.browser_procs.Family`), stopped with SIGSTOP, in a process of its own
that prints what ``refused`` concluded; a process still waiting when the test's own limit
(:data:`LIMIT`, far longer than the capture's deadline) is up fails the test and is killed. No
duration is measured.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): "
                                "browser capture tests skipped")

#: The test's own limit: far more than the script takes on a loaded machine (Chromium's launch
#: included), far less than forever.
LIMIT = 120.0

#: Launch Chromium as the pool does, stop its main process, and have ``_Gone.refused`` look at a
#: real TargetClosedError (of a page closed before); print whether it took the browser for lost.
SCRIPT = """
import json, os, signal, sys, time
from playwright.sync_api import Error, sync_playwright
from archiver.capture import browser_procs
from archiver.capture.browser_page import _Gone

browser_procs.adopt_orphans()  # (as the pool does: what Chromium leaves is reaped here)
family = browser_procs.Family()
with sync_playwright() as pw:
    browser = pw.chromium.launch(executable_path=sys.argv[1], headless=True, env=family.env(),
                                 chromium_sandbox=False, handle_sigint=False)
    page = browser.new_page()
    closed = browser.new_page()
    closed.close()
    try:
        closed.title()
        raise SystemExit("a closed page answered")
    except Error as exc:
        refused = exc
    found = family.scan()
    mains = [pid for pid, proc in found.items() if proc.ppid not in found]
    for pid in mains:
        os.kill(pid, signal.SIGSTOP)
    gone = _Gone(browser, page, deadline=time.monotonic() + 1.0, stop_browser=family.kill)
    gone.refused(refused)
    print(json.dumps({"error": type(refused).__name__, "stopped": len(mains), "lost": gone.lost,
                      "died": gone.browser_died()}), flush=True)
    family.kill()
    try:
        browser.close()
    except Error:
        pass
family.end()
"""


def _run_hung(script: str, what: str, tmp_path: Path) -> dict:
    """Run ``script`` (it stops its Chromium and prints one JSON line) in a process and session of
    its own, killed with its Chromium if ``what`` still waits after :data:`LIMIT`: what it printed."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent), "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-c", script, str(CHROMIUM)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # (its Chromium with it: one session)
        out, err = proc.communicate()
        pytest.fail(f"{what} still waited for the stopped Chromium after {LIMIT:.0f} s: {err[-2000:]}")
    assert proc.returncode == 0, err[-2000:]
    return dict(json.loads(out.strip().splitlines()[-1]))


def test_a_hung_chromium_asked_whether_it_is_connected_is_stopped_and_counts_as_lost(tmp_path: Path) -> None:
    found = _run_hung(SCRIPT, "_Gone.refused", tmp_path)
    assert found["error"] == "TargetClosedError" and found["stopped"] >= 1, found
    assert found["lost"] and found["died"], found


#: Two captures in one process, the pooled Chromium stopped (SIGSTOP) between them, with a time
#: limit of two hours: before its next capture the pool asks the idle browser whether it is
#: alive, with no limit of Playwright's; it now kills one that does not answer and starts
#: another. Prints whether each capture succeeded and how many Chromiums were launched.
POOLED = """
import json, os, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from servers import Site, html_page
from archiver.archive import Archive
from archiver.capture import browser
from archiver.capture.fetch import FetchOptions

store, keys, chromium = sys.argv[2:5]
PAGE = b"<!doctype html><html><head><title>Quay</title></head><body><p>The quay was rebuilt in 1911.</p></body></html>"
site = Site()
site.routes.update({"/first": html_page(PAGE), "/second": html_page(PAGE.replace(b"1911", b"1912"))})
try:
    with Archive.open(Path(store), key_dir=Path(keys), fetch_options=FetchOptions(total_timeout=7200)) as arc:
        options = browser.BrowserOptions(chromium=chromium, idle_timeout=1.0)
        first = arc.capture_with_browser(site.url("/first"), options)
        stopped = 0
        for held in browser._POOL.browsers:
            for family in getattr(held, "families", [])[-1:]:
                found = family.scan()
                for pid, proc in found.items():  # the main process (and crash handlers): parent not of the launch
                    if proc.state != "Z" and proc.ppid not in found:
                        os.kill(pid, signal.SIGSTOP)
                        stopped += 1
        second = arc.capture_with_browser(site.url("/second"), options)
        print(json.dumps({"first": first.ok, "stopped": stopped, "second": second.ok or repr(second),
                          "launches": browser.launch_count()}), flush=True)
finally:
    site.close()
"""


def test_a_pooled_chromium_hung_while_idle_is_replaced_for_the_next_capture(tmp_path: Path) -> None:
    tests = Path(__file__).resolve().parent
    env = {**os.environ, "PYTHONPATH": str(tests.parent)}
    proc = subprocess.Popen([sys.executable, "-c", POOLED, str(tests), str(tmp_path / "store"), str(tmp_path / "keys"),
                             str(CHROMIUM)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        out, err = proc.communicate(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGTERM)  # (kills its browsers' processes, stopped ones too, then dies of it)
        proc.communicate(timeout=60)
        pytest.fail(f"the next capture still waited for the stopped Chromium after {LIMIT:.0f} s")
    assert proc.returncode == 0, err[-3000:]
    found = json.loads(out.strip().splitlines()[-1])
    assert found["first"] is True and found["stopped"] >= 1, found
    assert found["second"] is True and found["launches"] == 2, found


#: Launch Chromium as the pool does, stop its main process (SIGSTOP), then visit a page in it with
#: a capture's deadline a second away: the visit's first calls go to the browser itself (a new
#: context, a new page), which have no time limit of Playwright's. Prints how the visit ended.
VISIT = """
import datetime as dt, json, os, signal, sys, time
from playwright.sync_api import Error, sync_playwright
from archiver.capture import browser_procs
from archiver.capture.browser_page import BrowserOptions, BrowserSession, visit_page
from archiver.capture.proxy import RecordingProxy

browser_procs.adopt_orphans()
family = browser_procs.Family()
with RecordingProxy(None, max_resources=10, own_user_only=True) as proxy, sync_playwright() as pw:
    browser = pw.chromium.launch(executable_path=sys.argv[1], headless=True, env=family.env(),
                                 chromium_sandbox=False, handle_sigint=False)
    browser.new_page().close()  # (it answers before it is stopped)
    found = family.scan()
    mains = [pid for pid, proc in found.items() if proc.ppid not in found]
    for pid in mains:
        os.kill(pid, signal.SIGSTOP)
    session = BrowserSession(url="http://127.0.0.1:9/", started=dt.datetime.now(dt.timezone.utc))
    try:
        visit_page(browser, session, BrowserOptions(), time.monotonic() + 1.0, "token", proxy,
                   stop_page=family.kill_renderers, stop_browser=family.kill)
        ended = "returned"
    except Error as exc:
        ended = type(exc).__name__
    print(json.dumps({"stopped": len(mains), "ended": ended, "connected": browser.is_connected()}), flush=True)
    family.kill()
    try:
        browser.close()
    except Error:
        pass
family.end()
"""


def test_a_page_visited_in_a_hung_chromium_ends_with_the_browser_killed_at_the_deadline(tmp_path: Path) -> None:
    found = _run_hung(VISIT, "the visit", tmp_path)
    assert found["stopped"] >= 1, found
    assert found["ended"] != "returned" and not found["connected"], found
