"""A hung but connected Chromium cannot keep the browser's thread past the capture's deadline.

When a call into the page is refused as its target is closed, :class:`_Gone` asks Chromium
itself for a CDP session, to tell a renderer's crash from a lost connection. That call has no
time limit of Playwright's: a Chromium stopped (SIGSTOP here; starved or wedged in life) while
still connected never answers it, and the browser's thread waited for good. It is now bounded
as the calls into the page are: by the capture's deadline Chromium is killed, the call fails,
and the browser counts as lost.

Real Chromium, launched as the pool launches it (its processes one
:class:`~archiver.capture.browser_procs.Family`), stopped with SIGSTOP, in a process of its own
that prints what ``refused`` concluded, then what a visit to a page in another stopped Chromium
came to, then whether the pool of that process replaced its idle Chromium stopped between two
captures (one process for the three steps: a process each cost a Python start-up and a
Playwright driver's more, ~0.5 CPU-s; the process is there to be killed with its stopped
Chromiums if a step waits for good, not for a boundary the steps check); a step still waiting
when the tests' own limit (:data:`LIMIT`, far longer than the capture's deadline) is up fails
its test (a step that came back before still passes), and the process is killed with its
Chromium. No duration is measured.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): "
                                "browser capture tests skipped")

#: The test's own limit: far more than the script takes on a loaded machine (Chromium's launch
#: included), far less than forever.
LIMIT = 120.0

#: Three steps, each printing a JSON line of what it came to; the first two each with a Chromium
#: of its own launched as the pool does, its main process then stopped (SIGSTOP):
#:
#: - ``refused``: ``_Gone.refused`` looks at a real TargetClosedError (of a page closed before):
#:   whether it took the browser for lost;
#: - ``visit``: a page visited with a capture's deadline a second away: the visit's first calls
#:   go to the browser itself (a new context, a new page), which have no time limit of
#:   Playwright's. How the visit ended;
#: - ``pooled``: two captures through this process's browser pool, the pooled Chromium stopped
#:   (SIGSTOP) between them, with a time limit of two hours: before its next capture the pool
#:   asks the idle browser whether it is alive, with no limit of Playwright's; it now kills one
#:   that does not answer and starts another. Whether each capture succeeded and how many
#:   Chromiums the pool launched.
HUNG = """
import datetime as dt, json, os, signal, sys, time
from playwright.sync_api import Error, sync_playwright
from archiver.capture import browser_procs
from archiver.capture.browser_page import BrowserOptions, BrowserSession, _Gone, visit_page
from archiver.capture.proxy import RecordingProxy

browser_procs.adopt_orphans()  # (as the pool does: what Chromium leaves is reaped here)

def launch_and_stop(pw, family, before_stop):
    browser = pw.chromium.launch(executable_path=sys.argv[1], headless=True, env=family.env(),
                                 chromium_sandbox=False, handle_sigint=False)
    kept = before_stop(browser)
    found = family.scan()
    mains = [pid for pid, proc in found.items() if proc.ppid not in found]
    for pid in mains:
        os.kill(pid, signal.SIGSTOP)
    return browser, kept, mains

def end(browser, family):
    family.kill()
    try:
        browser.close()
    except Error:
        pass

def closed_page(browser):
    page = browser.new_page()
    closed = browser.new_page()
    closed.close()
    try:
        closed.title()
        raise SystemExit("a closed page answered")
    except Error as exc:
        return page, exc

with sync_playwright() as pw:
    family = browser_procs.Family()
    browser, (page, refused), mains = launch_and_stop(pw, family, closed_page)
    gone = _Gone(browser, page, deadline=time.monotonic() + 1.0, stop_browser=family.kill)
    gone.refused(refused)
    print(json.dumps({"step": "refused", "error": type(refused).__name__, "stopped": len(mains),
                      "lost": gone.lost, "died": gone.browser_died()}), flush=True)
    end(browser, family)
    family.end()

    family = browser_procs.Family()
    with RecordingProxy(None, max_resources=10, own_user_only=True) as proxy:
        browser, _, mains = launch_and_stop(pw, family, lambda b: b.new_page().close())  # (it answers before it is stopped)
        session = BrowserSession(url="http://127.0.0.1:9/", started=dt.datetime.now(dt.timezone.utc))
        try:
            visit_page(browser, session, BrowserOptions(), time.monotonic() + 1.0, "token", proxy,
                       stop_page=family.kill_renderers, stop_browser=family.kill)
            ended = "returned"
        except Error as exc:
            ended = type(exc).__name__
        print(json.dumps({"step": "visit", "stopped": len(mains), "ended": ended,
                          "connected": browser.is_connected()}), flush=True)
        end(browser, family)
    family.end()

# The pool's own step, once this Playwright is stopped: the pool starts its own on its thread.
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from servers import Site, html_page
from archiver.archive import Archive
from archiver.capture import browser as pool_browser
from archiver.capture.fetch import FetchOptions

store, keys = sys.argv[3:5]
PAGE = b"<!doctype html><html><head><title>Quay</title></head><body><p>The quay was rebuilt in 1911.</p></body></html>"
site = Site()
site.routes.update({"/first": html_page(PAGE), "/second": html_page(PAGE.replace(b"1911", b"1912"))})
try:
    with Archive.open(Path(store), key_dir=Path(keys), fetch_options=FetchOptions(total_timeout=7200)) as arc:
        options = pool_browser.BrowserOptions(chromium=sys.argv[1], idle_timeout=1.0)
        first = arc.capture_with_browser(site.url("/first"), options)
        stopped = 0
        for held in pool_browser._POOL.browsers:
            for family in getattr(held, "families", [])[-1:]:
                found = family.scan()
                for pid, proc in found.items():  # the main process (and crash handlers): parent not of the launch
                    if proc.state != "Z" and proc.ppid not in found:
                        os.kill(pid, signal.SIGSTOP)
                        stopped += 1
        second = arc.capture_with_browser(site.url("/second"), options)
        print(json.dumps({"step": "pooled", "first": first.ok, "stopped": stopped,
                          "second": second.ok or repr(second), "launches": pool_browser.launch_count()}),
              flush=True)
finally:
    site.close()
"""

#: What each step of :data:`HUNG` waits for, to name it when it did not come back.
STEPS = {"refused": "_Gone.refused", "visit": "the visit", "pooled": "the pool's second capture"}


@pytest.fixture(scope="module")
def hung(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run :data:`HUNG` in a process and session of its own, killed with its Chromium if a step
    still waits after :data:`LIMIT`: what each step printed, or (a string) why it did not."""
    tmp = tmp_path_factory.mktemp("hung")
    tests = Path(__file__).resolve().parent
    env = {**os.environ, "PYTHONPATH": str(tests.parent), "TMPDIR": str(tmp)}
    proc = subprocess.Popen([sys.executable, "-c", HUNG, str(CHROMIUM), str(tests), str(tmp / "store"),
                             str(tmp / "keys")], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=LIMIT)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        # SIGTERM first: it kills the pool's browsers (their driver runs in a session of its own),
        # stopped ones too; then the session, the first steps' Chromiums with it.
        proc.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=60)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        code = None
    found: dict[str, Any] = {}
    for line in out.splitlines():
        with contextlib.suppress(ValueError, TypeError, KeyError):  # (a line of the process's that is not ours)
            doc = json.loads(line)
            found[doc.pop("step")] = doc
    missing = None  # the first step that did not come back: the steps after it never ran
    for step, what in STEPS.items():
        if missing is not None:
            found[step] = f"not run: {missing} did not come back"
        elif step not in found:
            missing = what
            found[step] = (f"{what} still waited for the stopped Chromium after {LIMIT:.0f} s: {err[-2000:]}"
                           if code is None else f"the process exited {code} before {what} came back: {err[-2000:]}")
        elif code not in (0, None):
            found[step] = f"the process exited {code}: {err[-2000:]}"
    return found


def _step(hung: dict[str, Any], step: str) -> dict[str, Any]:
    """What ``step`` printed; fails the test if it did not come back."""
    if isinstance(hung[step], str):
        pytest.fail(hung[step])
    return dict(hung[step])


def test_a_hung_chromium_asked_whether_it_is_connected_is_stopped_and_counts_as_lost(hung: dict[str, Any]) -> None:
    found = _step(hung, "refused")
    assert found["error"] == "TargetClosedError" and found["stopped"] >= 1, found
    assert found["lost"] and found["died"], found


def test_a_page_visited_in_a_hung_chromium_ends_with_the_browser_killed_at_the_deadline(hung: dict[str, Any]) -> None:
    found = _step(hung, "visit")
    assert found["stopped"] >= 1, found
    assert found["ended"] != "returned" and not found["connected"], found


def test_a_pooled_chromium_hung_while_idle_is_replaced_for_the_next_capture(hung: dict[str, Any]) -> None:
    found = _step(hung, "pooled")
    assert found["first"] is True and found["stopped"] >= 1, found
    assert found["second"] is True and found["launches"] == 2, found
