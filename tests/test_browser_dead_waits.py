"""A browser capture whose page dies after its load waits for nothing more.

Once Chromium's main process has died or Playwright's driver has (``browser_died``), or the
page's renderer has (``page_crashed``), nothing the capture still waits for can come: not the
page's ``load``, not its network going idle, not what scrolling asked for. Before, each of those
waits went on to the capture's idle limit (10 s each by default; Chromium or its driver gone, the
wait for network-idle even spun a CPU, Playwright refusing each slice of it at once). What was
recorded is kept, marked; and the process's next capture succeeds (before, after the driver's
death, it failed: "could not start Chromium").

Each capture runs in a process of its own, with idle limits of an hour and a time limit of two:
one that waits for them is still running when the test's own limit (:data:`LIMIT`, far shorter)
is up, and fails; it is then ended (SIGTERM, which kills its browser). No duration is measured.
Real Chromium, a real loopback server (in that process: the route that kills reaches its pool).
"""

from __future__ import annotations

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
#: The test's own limit for the whole capture (Chromium's launch included): far more than it
#: takes on a loaded machine, far less than the capture's idle limits (:data:`CAPTURE`).
LIMIT = 150.0

#: The capture, in its own process: a page that asks for ``/kill.png`` as its ``load`` event
#: fires; the server, before answering, kills Chromium's main process (``browser``), the page's
#: renderers (``renderer``) or Playwright's driver (``driver``: as the out-of-memory killer may,
#: or :func:`archiver.capture.browser_procs.kill_all` does with Chromium, at a SIGTERM or a
#: batch's second Ctrl-C). Prints the capture's ``incomplete`` list (JSON), or its failure; then
#: whether a next capture of the same process (a page that kills nothing) succeeds.
CAPTURE = """
import json, os, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from servers import Site, html_page, response
from archiver.archive import Archive
from archiver.capture import browser
from archiver.capture.fetch import FetchOptions

store, keys, chromium, what = sys.argv[2:6]
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
        outcome = arc.capture_with_browser(site.url("/page"), browser.BrowserOptions(
            chromium=chromium, idle_timeout=3600))
        shown = arc.show(outcome.capture_id) if outcome.ok else None
        print(json.dumps(shown["browser"]["incomplete"] if shown else repr(outcome)), flush=True)
        after = arc.capture_with_browser(site.url("/after"), browser.BrowserOptions(chromium=chromium))
        print(json.dumps(after.ok or repr(after)), flush=True)
finally:
    site.close()
"""


def _capture_whose_page_dies(tmp: Path, what: str) -> tuple[Any, Any]:
    """The ``incomplete`` list of a capture whose browser (``what``) is killed after the page's
    load, and whether the next capture succeeded (True, else its failure); fails the test if
    the captures are still waiting after :data:`LIMIT` seconds."""
    env = {**os.environ, "PYTHONPATH": str(TESTS.parent)}
    proc = subprocess.Popen([sys.executable, "-c", CAPTURE, str(TESTS), str(tmp / "store"), str(tmp / "keys"),
                             str(CHROMIUM), what], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGTERM)  # (kills its browser's processes, then dies of it)
        proc.communicate(timeout=60)
        pytest.fail(f"the capture was still waiting {LIMIT:.0f} s after it began: its waits went on, "
                    f"to the idle limit of an hour, after the {what} died")
    assert proc.returncode == 0, (out + err)[-3000:]
    died, after = out.strip().splitlines()[-2:]
    return json.loads(died), json.loads(after)


def test_a_capture_whose_chromium_dies_after_the_load_waits_no_longer_and_is_kept_marked(tmp_path):
    incomplete, after = _capture_whose_page_dies(tmp_path, "browser")
    assert isinstance(incomplete, list) and "browser_died" in incomplete, incomplete
    assert after is True, after


def test_a_capture_whose_renderer_dies_after_the_load_waits_no_longer_and_is_kept_marked(tmp_path):
    incomplete, after = _capture_whose_page_dies(tmp_path, "renderer")
    assert isinstance(incomplete, list) and "page_crashed" in incomplete, incomplete
    assert after is True, after


def test_a_capture_whose_playwright_driver_dies_after_the_load_waits_no_longer_and_is_kept_marked(tmp_path):
    # No event of the page's comes once the driver is gone: every call failed at once, and the
    # wait for network-idle spun a CPU to its idle limit (during kill_all, starving its thread)
    incomplete, after = _capture_whose_page_dies(tmp_path, "driver")
    assert isinstance(incomplete, list) and "browser_died" in incomplete, incomplete
    assert after is True, after  # (the browser whose driver died is not given back to the pool)
