"""A browser capture whose page dies after its load waits for nothing more.

Once Chromium's main process has died or Playwright's driver has (``browser_died``), or the
page's renderer has (``page_crashed``), nothing the capture still waits for can come: not the
page's ``load``, not its network going idle, not what scrolling asked for. Before, each of those
waits went on to the capture's idle limit (10 s each by default; Chromium or its driver gone, the
wait for network-idle even spun a CPU, Playwright refusing each slice of it at once). What was
recorded is kept, marked; and the process's next capture succeeds (before, after the driver's
death, it failed: "could not start Chromium").

The captures run in a process of their own (one for the three deaths, one after another: a
process each cost a Python start-up and two Chromium launches more), with idle limits of an hour
and a time limit of two: one that waits for them is still running when the tests' own limit
(:data:`LIMIT`, far shorter) is up, and fails (the deaths whose captures came back before it
still pass); the process is then ended (SIGTERM, which kills its browser). No duration is
measured. Real Chromium, a real loopback server (in that process: the route that kills reaches
its pool).
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

TESTS = Path(__file__).resolve().parent
#: The tests' own limit for the three deaths' captures (Chromium's launches included): far more
#: than they take on a loaded machine, far less than a capture's idle limits (:data:`CAPTURE`).
LIMIT = 300.0

#: What is killed, in the order the one process runs them.
DEATHS = ("browser", "renderer", "driver")

#: The captures, in their own process: for each death named, a page that asks for ``/kill.png``
#: as its ``load`` event fires; the server, before answering, kills Chromium's main process
#: (``browser``), the page's renderers (``renderer``) or Playwright's driver (``driver``: as the
#: out-of-memory killer may, or :func:`archiver.capture.browser_procs.kill_all` does with
#: Chromium, at a SIGTERM or a batch's second Ctrl-C). Prints, a JSON line each, the capture's
#: ``incomplete`` list, or its failure, and whether a next capture of the same process (a page
#: that kills nothing) succeeds. (The renderer's and the driver's pages are loaded in the
#: browser the previous death's next capture left in the pool, as a user's process would.)
CAPTURE = """
import json, os, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from servers import Site, html_page, response
from archiver.archive import Archive
from archiver.capture import browser
from archiver.capture.fetch import FetchOptions

store, keys, chromium = sys.argv[2:5]
what = ""
PAGE = (b"<!doctype html><html><head><meta charset='utf-8'><title>Dies</title></head><body>"
        b"<article><p>The harbour authority approved the new breakwater.</p></article><script>"
        b"addEventListener('load', () => { new Image().src = '/kill.png'; });</script></body></html>")
AFTER = b"<!doctype html><html><head><title>After</title></head><body><p>The breakwater opened.</p></body></html>"

def kill(_handler):
    for held in browser._POOL.browsers:
        if what == "driver":
            for pid in held._driver.members:
                os.kill(pid, signal.SIGKILL)
            continue
        for family in getattr(held, "families", [])[-1:]:
            if what == "renderer":
                family.kill_renderers()
                continue
            found = family.scan()
            for pid, proc in found.items():  # the main process: its parent is not of the launch
                if proc.state != "Z" and proc.ppid not in found:
                    os.kill(pid, signal.SIGKILL)
    return response("200 OK", [("Content-Type", "image/png")], b"")

site = Site()
site.routes.update({"/page": html_page(PAGE), "/kill.png": kill, "/after": html_page(AFTER)})
try:
    with Archive.open(Path(store), key_dir=Path(keys), fetch_options=FetchOptions(total_timeout=7200)) as arc:
        for what in sys.argv[5:]:
            outcome = arc.capture_with_browser(site.url("/page?" + what), browser.BrowserOptions(
                chromium=chromium, idle_timeout=3600))
            shown = arc.show(outcome.capture_id) if outcome.ok else None
            died = shown["browser"]["incomplete"] if shown else repr(outcome)
            after = arc.capture_with_browser(site.url("/after?" + what), browser.BrowserOptions(chromium=chromium))
            print(json.dumps([what, died, after.ok or repr(after)]), flush=True)
finally:
    site.close()
"""


@pytest.fixture(scope="module")
def deaths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """For each of :data:`DEATHS`, the ``incomplete`` list of a capture whose browser part of
    that name is killed after the page's load, and whether the next capture succeeded (True,
    else its failure); a death whose capture had not come back after :data:`LIMIT` seconds
    (its waits went on), or any, when the process failed, is a string saying so."""
    tmp = tmp_path_factory.mktemp("dead-waits")
    env = {**os.environ, "PYTHONPATH": str(TESTS.parent)}
    proc = subprocess.Popen([sys.executable, "-c", CAPTURE, str(TESTS), str(tmp / "store"), str(tmp / "keys"),
                             str(CHROMIUM), *DEATHS], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        out, err = proc.communicate(timeout=LIMIT)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGTERM)  # (kills its browser's processes, then dies of it)
        out, err = proc.communicate(timeout=60)
        code = None
    if code not in (0, None):  # (a failure past the last line, at its exit: no death is known to have passed)
        return {what: f"the captures' process exited {code}: {(out + err)[-3000:]}" for what in DEATHS}
    found: dict[str, Any] = {}
    for line in out.splitlines():
        with contextlib.suppress(ValueError, TypeError):  # (a line of the process's that is not ours)
            what, died, after = json.loads(line)
            found[what] = (died, after)
    for what in DEATHS:
        if what in found:
            continue
        if code is None:
            found[what] = (f"the capture was still waiting {LIMIT:.0f} s after the captures began: its waits "
                           f"went on, to the idle limit of an hour, after the {what} died")
        else:
            found[what] = f"the captures' process ended before this one came back: {(out + err)[-3000:]}"
    return found


def _capture_whose_page_dies(deaths: dict[str, Any], what: str) -> tuple[Any, Any]:
    """The ``incomplete`` list of the capture whose ``what`` was killed after the page's load,
    and whether the next capture succeeded; fails the test if it did not come back."""
    if isinstance(deaths[what], str):
        pytest.fail(deaths[what])
    died, after = deaths[what]
    return died, after


def test_a_capture_whose_chromium_dies_after_the_load_waits_no_longer_and_is_kept_marked(deaths):
    incomplete, after = _capture_whose_page_dies(deaths, "browser")
    assert isinstance(incomplete, list) and "browser_died" in incomplete, incomplete
    assert after is True, after


def test_a_capture_whose_renderer_dies_after_the_load_waits_no_longer_and_is_kept_marked(deaths):
    incomplete, after = _capture_whose_page_dies(deaths, "renderer")
    assert isinstance(incomplete, list) and "page_crashed" in incomplete, incomplete
    assert after is True, after


def test_a_capture_whose_playwright_driver_dies_after_the_load_waits_no_longer_and_is_kept_marked(deaths):
    # No event of the page's comes once the driver is gone: every call failed at once, and the
    # wait for network-idle spun a CPU to its idle limit (during kill_all, starving its thread)
    incomplete, after = _capture_whose_page_dies(deaths, "driver")
    assert isinstance(incomplete, list) and "browser_died" in incomplete, incomplete
    assert after is True, after  # (the browser whose driver died is not given back to the pool)
