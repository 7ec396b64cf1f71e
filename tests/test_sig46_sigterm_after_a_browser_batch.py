"""A SIGTERM to a process whose batch with ``--browser`` (in threads) has returned, its idle
Chromium still in the pool, takes that Chromium along: no process of it outlives the batch's.

The batch's SIGTERM handler (:func:`archiver.batch.sigterm_as_ctrl_c`) is installed before the
first browser starts, so the browser's own (:func:`archiver.capture.browser._take_browsers_along_on_sigterm`,
only over the default action) was skipped; as the batch's run returned it put the default action
back. A SIGTERM from then until the pool is closed at exit (the summary printing, a library
caller's next step) killed the process at once, and its idle Chromium, its zygotes and crash
handlers were left to whoever inherited them.

Real processes: a Python process runs one batch of one page with Debian's Chromium in threads
(the library's :func:`archiver.batch.run_batch`, as ``archiver batch --threads --browser`` does),
says so once it has returned and waits there; the test sends SIGTERM and looks for any process
left below it (the test process is the subreaper of what its tests start), running or unreaped. Skipped without Chromium.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from conftest import RUN_MARK_VAR, below_now, end_marked, left_below, processes_marked
from servers import Site, html_page
from stores import FERRY_PAGE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): skipped"),
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to look for processes left"),
]

#: One batch of one page with Chromium in threads, then "returned" once and a wait to be killed.
BATCH_THEN_WAIT = r"""
import sys, time
from pathlib import Path
from archiver.batch import run_batch
from archiver.capture.browser import BrowserOptions
report = run_batch(Path(sys.argv[1]), [sys.argv[2]], threads=True, jobs=1,
                   browser=BrowserOptions(chromium=sys.argv[3]))
print("returned", report.summary()["captured"], flush=True)
time.sleep(300)
"""


def test_a_sigterm_after_a_threads_batch_with_browser_returned_leaves_no_chromium(
        site: Site, store: Path) -> None:
    site.routes["/ferry"] = html_page(FERRY_PAGE)
    mark = uuid.uuid4().hex
    before = below_now()  # (this worker's own pooled Chromium, from its earlier tests, is not the batch's)
    proc = subprocess.Popen([sys.executable, "-c", BATCH_THEN_WAIT, str(store), site.url("/ferry"), str(CHROMIUM)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, RUN_MARK_VAR: mark,
                                 "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line == "returned 1\n", (line, proc.stderr.read() if proc.poll() is not None else "")
        assert len(processes_marked(mark)) > 1  # the idle Chromium's processes, besides this one
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
        left = left_below(besides=before)  # (Chromium's processes overwrite their environment: not found by the mark)
    finally:
        end_marked(proc, mark)
    assert proc.returncode == -signal.SIGTERM, (proc.returncode, err)
    assert "Traceback" not in err, err
    assert not left, f"left running after the SIGTERM: {left}"
